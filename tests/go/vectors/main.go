// The Go binding against the shared test vectors: every code in a catalog.json must come back
// from the generated packages with the same value, names, metadata and link, through the
// registry (codesets) and through each type's own FromValue/FromName. Run by `cargo xtask test`
// (stage go) from a module that replaces the binding's module path with a generated tree:
// go run . <path to catalog.json>
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"reflect"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
	"github.com/rtc-error-catalog/rtc-error-catalog/generated/go/codesets"
)

type catalog struct {
	Counts struct {
		Codes int `json:"codes"`
	} `json:"counts"`
	Categories []struct {
		ID          string  `json:"id"`
		UserMessage *string `json:"user_message"`
	} `json:"categories"`
	RetryPolicies []struct {
		ID       string        `json:"id"`
		Schedule *jsonSchedule `json:"schedule"`
	} `json:"retry_policies"`
	Providers []struct {
		ID       string    `json:"id"`
		CodeSets []codeSet `json:"code_sets"`
	} `json:"providers"`
	Equivalents []struct {
		ID    string   `json:"id"`
		Codes []string `json:"codes"`
	} `json:"equivalents"`
	RetryVectors []struct {
		Code    string  `json:"code"`
		Attempt int     `json:"attempt"`
		Random  float64 `json:"random"`
		DelayMs *uint32 `json:"delay_ms"`
	} `json:"retry_vectors"`
}

type codeSet struct {
	ID          string `json:"id"`
	Values      string `json:"values"`
	Identifiers struct {
		Go string `json:"go"`
	} `json:"identifiers"`
	Codes []code `json:"codes"`
}

type code struct {
	Name        string `json:"name"`
	Identifiers struct {
		Go string `json:"go"`
	} `json:"identifiers"`
	Value              json.RawMessage `json:"value"`
	UpstreamName       string          `json:"upstream_name"`
	Summary            string          `json:"summary"`
	Cause              string          `json:"cause"`
	When               []string        `json:"when"`
	Category           string          `json:"category"`
	Retry              string          `json:"retry"`
	RetryBasis         string          `json:"retry_basis"`
	Terminal           any             `json:"terminal"`
	TerminalCondition  *string         `json:"terminal_condition"`
	TerminalBasis      string          `json:"terminal_basis"`
	UserMessage        string          `json:"user_message"`
	UserMessageKey     string          `json:"user_message_key"`
	Remediation        []string        `json:"remediation"`
	Causes             []string        `json:"causes"`
	References         []string        `json:"references"`
	Since              *string         `json:"since"`
	RetrySchedule      *jsonSchedule   `json:"retry_schedule"`
	RuntimeSignal      *jsonSignal     `json:"runtime_signal"`
	Rationale          *string         `json:"rationale"`
	Deprecated         *string         `json:"deprecated"`
	Failure            *bool           `json:"failure"`
	ProtocolEquivalent *string         `json:"protocol_equivalent"`
}

type jsonSchedule struct {
	InitialDelayMs        uint32 `json:"initial_delay_ms"`
	MultiplierThousandths uint32 `json:"multiplier_thousandths"`
	MaxDelayMs            uint32 `json:"max_delay_ms"`
	Jitter                string `json:"jitter"`
	MaxAttempts           uint32 `json:"max_attempts"`
}

type jsonSignal struct {
	Name      string   `json:"name"`
	Overrides []string `json:"overrides"`
	Values    []struct {
		Value string `json:"value"`
		Means string `json:"means"`
	} `json:"values"`
	Meaning *string `json:"meaning"`
}

var (
	passed   int
	failures []string
)

// same counts one assertion: equal by reflect.DeepEqual, with nil and empty slices equal.
func same(got, want any, what string) {
	if reflect.DeepEqual(got, want) || (isEmptyList(got) && isEmptyList(want)) {
		passed++
		return
	}
	failures = append(failures, fmt.Sprintf("%s: got %#v, want %#v", what, got, want))
}

func isEmptyList(v any) bool {
	r := reflect.ValueOf(v)
	return r.IsValid() && r.Kind() == reflect.Slice && r.Len() == 0
}

// opt is an optional text as the binding has it: empty when catalog.json says null.
func opt(s *string) string {
	if s == nil {
		return ""
	}
	if *s == "" {
		failures = append(failures, "catalog.json has an empty optional text, which the binding cannot tell from none")
	}
	return *s
}

func schedule(s *errorcatalog.RetrySchedule) *jsonSchedule {
	if s == nil {
		return nil
	}
	return &jsonSchedule{s.InitialDelayMs, s.MultiplierThousandths, s.MaxDelayMs, string(s.Jitter), s.MaxAttempts}
}

func signal(s *errorcatalog.RuntimeSignal) *jsonSignal {
	if s == nil {
		return nil
	}
	out := &jsonSignal{Name: s.Name, Overrides: s.Overrides, Meaning: &s.Meaning}
	if s.Meaning == "" {
		out.Meaning = nil
	}
	// An empty list is an empty list in catalog.json, never null: compare it as one.
	out.Values = make([]struct {
		Value string `json:"value"`
		Means string `json:"means"`
	}, 0, len(s.Values))
	for _, v := range s.Values {
		out.Values = append(out.Values, struct {
			Value string `json:"value"`
			Means string `json:"means"`
		}{v.Value, v.Means})
	}
	return out
}

func terminality(json any) errorcatalog.Terminality {
	switch json {
	case true:
		return errorcatalog.TerminalityTerminal
	case false:
		return errorcatalog.TerminalityNotTerminal
	case "depends":
		return errorcatalog.TerminalityDepends
	}
	return ""
}

// wireValue is the value as the binding's lookups take it: an int32 or a string.
func wireValue(set codeSet, c code) any {
	if set.Values != "integer" {
		var s string
		if err := json.Unmarshal(c.Value, &s); err != nil {
			failures = append(failures, fmt.Sprintf("%s: value %s: %v", c.Name, c.Value, err))
		}
		return s
	}
	var n int64
	err := json.Unmarshal(c.Value, &n)
	if err != nil || n < math.MinInt32 || n > math.MaxInt32 {
		failures = append(failures, fmt.Sprintf("%s: value %s is not an int32", c.Name, c.Value))
	}
	return int32(n)
}

// checkCode compares one code of catalog.json with what the binding returns for its value.
func checkCode(provider string, set codeSet, registered codesets.CodeSet, c code) (errorcatalog.ErrorCode, bool) {
	at := provider + "/" + set.ID + "/" + c.Name
	value := wireValue(set, c)
	got, ok := registered.FromValue(value)
	if !ok {
		failures = append(failures, fmt.Sprintf("%s: FromValue(%#v) found nothing", at, value))
		return nil, false
	}
	same(reflect.TypeOf(got).Name(), set.Identifiers.Go, at+": type")
	same(got.WireValue(), value, at+": wire value")
	same(got.String(), c.UpstreamName, at+": String")
	byName, _ := registered.FromName(c.UpstreamName)
	same(byName, got, at+": FromName")
	looked, _ := codesets.Lookup(provider, set.ID, value)
	same(looked, got, at+": codesets.Lookup")
	info := got.Info()
	same(info.Provider, provider, at+": provider")
	same(info.CodeSet, set.ID, at+": code set")
	same(info.CatalogName, c.Name, at+": catalog name")
	same(info.UpstreamName, c.UpstreamName, at+": upstream name")
	same(info.Summary, c.Summary, at+": summary")
	same(info.Cause, c.Cause, at+": cause")
	same(info.When, c.When, at+": when")
	same(info.Category.ID(), c.Category, at+": category")
	same(info.RetryPolicy.ID(), c.Retry, at+": retry policy")
	same(string(info.RetryBasis), c.RetryBasis, at+": retry basis")
	// IsTerminal is true only for `terminal: true`, never for `depends`.
	same(info.IsTerminal(), c.Terminal == true, at+": terminal")
	same(info.Terminality, terminality(c.Terminal), at+": terminality")
	same(info.TerminalCondition, opt(c.TerminalCondition), at+": terminal condition")
	same(string(info.TerminalBasis), c.TerminalBasis, at+": terminal basis")
	same(info.UserMessage, c.UserMessage, at+": user message")
	same(info.UserMessageKey, c.UserMessageKey, at+": user message key")
	same(info.Remediation, c.Remediation, at+": remediation")
	same(info.Causes, c.Causes, at+": causes")
	same(info.References, c.References, at+": references")
	same(info.Since, opt(c.Since), at+": since")
	same(schedule(info.RetrySchedule), c.RetrySchedule, at+": retry schedule")
	same(signal(info.RuntimeSignal), c.RuntimeSignal, at+": runtime signal")
	same(info.Rationale, opt(c.Rationale), at+": rationale")
	same(info.Deprecation, opt(c.Deprecated), at+": deprecated")
	same(info.ProtocolEquivalent, opt(c.ProtocolEquivalent), at+": protocol equivalent")
	if c.ProtocolEquivalent != nil {
		target, ok := codesets.Resolve(*c.ProtocolEquivalent)
		same(ok, true, at+": protocol equivalent resolves")
		if ok {
			ti := target.Info()
			same(ti.Provider+"/"+ti.CodeSet+"/"+ti.CatalogName, *c.ProtocolEquivalent, at+": resolved equivalent")
		}
	}
	flag, hasFlag := got.(interface{ IsFailure() bool })
	same(hasFlag, c.Failure != nil, at+": has IsFailure")
	if hasFlag && c.Failure != nil {
		same(flag.IsFailure(), *c.Failure, at+": failure flag")
	}
	return got, true
}

// unknownValue is a wire value no code of the set has.
func unknownValue(set codeSet) any {
	if set.Values != "integer" {
		return "\x00not a code"
	}
	taken := map[int32]bool{}
	for _, c := range set.Codes {
		taken[wireValue(set, c).(int32)] = true
	}
	for v := int32(math.MaxInt32); ; v-- {
		if !taken[v] {
			return v
		}
	}
}

func checkSet(provider string, set codeSet, byLink map[string]errorcatalog.ErrorCode) int {
	var registered *codesets.CodeSet
	count := 0
	all := codesets.All()
	for i := range all {
		if all[i].Provider == provider && all[i].ID == set.ID {
			registered = &all[i]
			count++
		}
	}
	same(count, 1, provider+"/"+set.ID+": once in codesets.All")
	if registered == nil {
		return 0
	}
	same(len(registered.Codes), len(set.Codes), provider+"/"+set.ID+": code count")
	checked := 0
	for i, c := range set.Codes {
		got, ok := checkCode(provider, set, *registered, c)
		if !ok {
			continue
		}
		if i < len(registered.Codes) {
			same(registered.Codes[i], got, provider+"/"+set.ID+"/"+c.Name+": upstream order")
		}
		byLink[provider+"/"+set.ID+"/"+c.Name] = got
		checked++
	}
	// An unknown value or name gives (nil, false), never a panic.
	unknown := unknownValue(set)
	v, ok := registered.FromValue(unknown)
	same([]any{v, ok}, []any{nil, false}, provider+"/"+set.ID+": unknown value")
	v, ok = registered.FromName("\x00not a name")
	same([]any{v, ok}, []any{nil, false}, provider+"/"+set.ID+": unknown name")
	v, ok = codesets.Lookup(provider, set.ID, unknown)
	same([]any{v, ok}, []any{nil, false}, provider+"/"+set.ID+": codesets.Lookup of an unknown value")
	v, ok = registered.FromValue(1.5)
	same([]any{v, ok}, []any{nil, false}, provider+"/"+set.ID+": a value of the wrong type")
	return checked
}

// checkGuidance compares the taxonomy's texts and schedules, and every retry vector.
func checkGuidance(cat catalog, byLink map[string]errorcatalog.ErrorCode) {
	for _, c := range cat.Categories {
		got, ok := errorcatalog.CategoryByID(c.ID)
		same(ok, true, "category "+c.ID+": CategoryByID")
		same(got.UserMessage(), opt(c.UserMessage), "category "+c.ID+": user message")
	}
	for _, p := range cat.RetryPolicies {
		got, ok := errorcatalog.RetryPolicyByID(p.ID)
		same(ok, true, "policy "+p.ID+": RetryPolicyByID")
		same(schedule(got.Schedule()), p.Schedule, "policy "+p.ID+": schedule")
	}
	_, ok := errorcatalog.CategoryByID("\x00unknown")
	same(ok, false, "unknown category")
	checked := 0
	for _, v := range cat.RetryVectors {
		c, found := byLink[v.Code]
		if !found {
			failures = append(failures, "retry vector: no code "+v.Code)
			continue
		}
		at := fmt.Sprintf("retry vector %s attempt %d random %v", v.Code, v.Attempt, v.Random)
		delay, ok := errorcatalog.RetryDelay(c, v.Attempt, v.Random)
		var got *uint32
		if ok {
			got = &delay
		}
		same(got, v.DelayMs, at+": RetryDelay")
		checked++
	}
	// NaN and negative numbers count as 0, like random = 1.0 in the vectors.
	for _, c := range byLink {
		if c.Info().RetrySchedule == nil {
			continue
		}
		want, _ := errorcatalog.RetryDelay(c, 1, 0)
		nan, _ := errorcatalog.RetryDelay(c, 1, math.NaN())
		negative, _ := errorcatalog.RetryDelay(c, 1, -0.5)
		same(nan, want, c.Info().CatalogName+": NaN counts as 0")
		same(negative, want, c.Info().CatalogName+": negative counts as 0")
		break
	}
	if checked == 0 {
		failures = append(failures, "no retry vector checked")
	}
	same(checked, len(cat.RetryVectors), "retry vectors checked")
	fmt.Printf("go retry vectors: %d checked\n", checked)
}

func main() {
	text, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Println(err)
		os.Exit(2)
	}
	var cat catalog
	if err := json.Unmarshal(text, &cat); err != nil {
		fmt.Println(err)
		os.Exit(2)
	}
	byLink := map[string]errorcatalog.ErrorCode{}
	codes, sets := 0, 0
	for _, p := range cat.Providers {
		for _, s := range p.CodeSets {
			codes += checkSet(p.ID, s, byLink)
			sets++
		}
	}
	same(len(codesets.All()), sets, "codesets.All has every code set")
	for _, group := range cat.Equivalents {
		for _, link := range group.Codes {
			_, ok := codesets.Resolve(link)
			same(ok, true, group.ID+": "+link+" resolves")
		}
	}
	checkGuidance(cat, byLink)
	same(codes, cat.Counts.Codes, "codes checked")
	if codes == 0 {
		failures = append(failures, "no code checked")
	}
	for _, f := range failures {
		fmt.Fprintln(os.Stderr, "FAIL "+f)
	}
	fmt.Printf("go vectors: %d codes checked\n", codes)
	fmt.Printf("RESULT %d passed, %d failed\n", passed, len(failures))
	if len(failures) > 0 {
		os.Exit(1)
	}
}
