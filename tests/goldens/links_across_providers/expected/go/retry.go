// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

package errorcatalog

import "math"

// DelayMs: Milliseconds to wait before retry number `attempt` (1 = the first retry), or none to give up (attempt 0 or past `max_attempts`); `random` is a number in [0, 1) (anything else counts as 0). The rule is in spec/README.md.
func (s RetrySchedule) DelayMs(attempt int, random float64) (uint32, bool) {
	if attempt < 1 || uint64(attempt) > uint64(s.MaxAttempts) {
		return 0, false
	}
	// Outside [0, 1), NaN included (every comparison with NaN is false), counts as 0.
	r := 0.0
	if random >= 0 && random < 1 {
		r = random
	}
	limit := uint64(s.MaxDelayMs)
	delay := min(uint64(s.InitialDelayMs), limit)
	for i := 1; i < attempt; i++ {
		delay = min(delay*uint64(s.MultiplierThousandths)/1000, limit)
	}
	jittered := delay
	switch s.Jitter {
	case JitterFull:
		jittered = uint64(math.Floor(r * float64(delay+1)))
	case JitterEqual:
		half := delay / 2
		jittered = half + uint64(math.Floor(r*float64(delay-half+1)))
	}
	return uint32(min(jittered, delay)), true
}

// RetryDelay: Milliseconds to wait before retry number `attempt` (1 = the first retry) of `code`, or none to give up or when the code has no schedule; `random` is a number in [0, 1) (anything else counts as 0). The rule is in spec/README.md.
func RetryDelay(code ErrorCode, attempt int, random float64) (uint32, bool) {
	info := code.Info()
	if info == nil || info.RetrySchedule == nil {
		return 0, false
	}
	return info.RetrySchedule.DelayMs(attempt, random)
}
