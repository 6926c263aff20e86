// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package errorcatalog is the shared part of the RTC error catalog: the taxonomy, the
// metadata every code carries, and the retry helper. Each provider's codes are in a package
// of their own below this one; the package codesets lists them all.
package errorcatalog

// Category: What kind of event a code reports, the same across providers (the catalog's own taxonomy).
type Category string

// Every Category.
const (
	// CategoryNetwork: Network: The network path failed or timed out. Usually transient.
	CategoryNetwork Category = "network"

	// CategoryClientError: Client error: The app used the SDK wrongly. A developer must fix it.
	CategoryClientError Category = "client_error"
)

// CategoryByID returns the Category with this id, and whether the catalog has it.
func CategoryByID(id string) (Category, bool) {
	c := Category(id)
	_, ok := c.lookup()
	return c, ok
}

// ID: The id used in the spec and in every binding, e.g. `network`.
func (c Category) ID() string { return string(c) }

// Title: A short human-readable name.
func (c Category) Title() string { return c.term().title }

// Meaning: One paragraph: what it means and what an app should do.
func (c Category) Meaning() string { return c.term().meaning }

func (c Category) term() term {
	t, _ := c.lookup()
	return t
}

func (c Category) lookup() (term, bool) {
	switch c {
	case CategoryNetwork:
		return term{"Network", "The network path failed or timed out. Usually transient.", "", nil}, true
	case CategoryClientError:
		return term{"Client error", "The app used the SDK wrongly. A developer must fix it.", "", nil}, true
	}
	return term{}, false
}

// UserMessage: the default end-user message of the category's codes.
func (c Category) UserMessage() string { return c.term().userMessage }

// RetryPolicy: What an app should do about a code, the same across providers (the catalog's own taxonomy).
type RetryPolicy string

// Every RetryPolicy.
const (
	// RetryPolicyBackoff: Back off and retry: Retry after a delay that grows with each attempt.
	RetryPolicyBackoff RetryPolicy = "backoff"

	// RetryPolicyNever: Do not retry: Retrying cannot succeed without a change to the app.
	RetryPolicyNever RetryPolicy = "never"
)

// RetryPolicyByID returns the RetryPolicy with this id, and whether the catalog has it.
func RetryPolicyByID(id string) (RetryPolicy, bool) {
	c := RetryPolicy(id)
	_, ok := c.lookup()
	return c, ok
}

// ID: The id used in the spec and in every binding, e.g. `network`.
func (c RetryPolicy) ID() string { return string(c) }

// Title: A short human-readable name.
func (c RetryPolicy) Title() string { return c.term().title }

// Meaning: One paragraph: what it means and what an app should do.
func (c RetryPolicy) Meaning() string { return c.term().meaning }

func (c RetryPolicy) term() term {
	t, _ := c.lookup()
	return t
}

func (c RetryPolicy) lookup() (term, bool) {
	switch c {
	case RetryPolicyBackoff:
		return term{"Back off and retry", "Retry after a delay that grows with each attempt.", "", nil}, true
	case RetryPolicyNever:
		return term{"Do not retry", "Retrying cannot succeed without a change to the app.", "", nil}, true
	}
	return term{}, false
}

// Schedule: how long to wait before each retry; nil when the policy does not retry on a
// schedule. Each call returns a new copy.
func (c RetryPolicy) Schedule() *RetrySchedule { return c.term().schedule }

// term is a category's or retry policy's text.
type term struct {
	title       string
	meaning     string
	userMessage string
	schedule    *RetrySchedule
}

// Basis: Where a code's retry policy or terminal flag comes from.
type Basis string

// Every Basis.
const (
	// BasisProvider: The provider documents it, or its SDK implements it.
	BasisProvider Basis = "provider"

	// BasisCatalog: The catalog's own classification; the code's `rationale` says why.
	BasisCatalog Basis = "catalog"
)

// Terminality: Whether a code ends the session: yes, no, or only under a condition.
type Terminality string

// Every Terminality.
const (
	// TerminalityTerminal: The session is over.
	TerminalityTerminal Terminality = "terminal"

	// TerminalityNotTerminal: The session goes on.
	TerminalityNotTerminal Terminality = "not_terminal"

	// TerminalityDepends: The session ends only under the code's terminal condition (its text says when).
	TerminalityDepends Terminality = "depends"
)

// Jitter: How a delay is randomised (AWS's "exponential backoff and jitter").
type Jitter string

// Every Jitter.
const (
	// JitterFull: A random whole delay from 0 to the delay.
	JitterFull Jitter = "full"

	// JitterEqual: Half the delay plus a random part up to the other half.
	JitterEqual Jitter = "equal"

	// JitterNone: The delay itself.
	JitterNone Jitter = "none"
)

// RetrySchedule: How long to wait before each retry, and when to give up.
type RetrySchedule struct {
	// InitialDelayMs: Delay before the first retry, in milliseconds.
	InitialDelayMs uint32

	// MultiplierThousandths: Growth per retry in thousandths (1500 = x1.5, 1000 = constant).
	MultiplierThousandths uint32

	// MaxDelayMs: Cap on one delay, in milliseconds (applied before jitter).
	MaxDelayMs uint32

	// Jitter: How the delay is randomised.
	Jitter Jitter

	// MaxAttempts: Retries after which to give up.
	MaxAttempts uint32
}

// RuntimeSignal: A verdict the provider's SDK gives at run time; it takes precedence over the catalog's static guidance.
type RuntimeSignal struct {
	// Name: The SDK's field or call, e.g. `MeetingSessionStatus.isTerminal()`.
	Name string

	// Overrides: The catalog fields it takes precedence over: `retry`, `terminal`.
	Overrides []string

	// Values: Each value and what it means (empty when they cannot be listed).
	Values []SignalValue

	// Meaning: What it means, when the values cannot be listed.
	Meaning string
}

// SignalValue: One value of a runtime signal.
type SignalValue struct {
	// Value: The value as the SDK gives it.
	Value string

	// Means: What it means for the app.
	Means string
}

// Info: Everything the catalog says about the code. Optional texts are empty when the catalog has none. The provider packages
// share one Info per code: read it, do not change it.
type Info struct {
	// Provider: The provider's id, e.g. `livekit`.
	Provider string

	// CodeSet: The code set's id, e.g. `disconnect_reason`.
	CodeSet string

	// CatalogName: The name as the catalog keys it (the upstream name without the set's prefix).
	CatalogName string

	// UpstreamName: The name exactly as upstream spells it.
	UpstreamName string

	// Summary: One short sentence.
	Summary string

	// Cause: What causes it.
	Cause string

	// When: When it occurs.
	When []string

	// Category: The catalog's category.
	Category Category

	// RetryPolicy: What an app should do.
	RetryPolicy RetryPolicy

	// RetryBasis: Where the retry policy comes from.
	RetryBasis Basis

	// Terminality: Whether the session ends when this code is reported: yes, no, or only under a condition.
	Terminality Terminality

	// TerminalCondition: With `Depends`: when the code ends the session, in words.
	TerminalCondition string

	// TerminalBasis: Where the terminal flag comes from.
	TerminalBasis Basis

	// UserMessage: What to tell the end user (the code's own message or its category's).
	UserMessage string

	// UserMessageKey: A stable key for localising the user message: `provider.code_set.NAME`.
	UserMessageKey string

	// Remediation: Ordered steps for developers or operators.
	Remediation []string

	// Causes: The known root causes, for codes that cover several.
	Causes []string

	// References: Where the remediation comes from.
	References []string

	// Since: The upstream release that introduced the code, where known.
	Since string

	// RetrySchedule: How long to wait before each retry; none when the retry policy does not retry on a schedule.
	RetrySchedule *RetrySchedule

	// RuntimeSignal: The SDK's run-time verdict that takes precedence over this guidance, if any.
	RuntimeSignal *RuntimeSignal

	// Rationale: Why the catalog classified it so, where a basis is the catalog.
	Rationale string

	// Deprecation: Set when upstream deprecates the code.
	Deprecation string

	// ProtocolEquivalent: The equivalent code in the linked code set as `provider/code_set/NAME` (codesets.Resolve finds it), if any.
	ProtocolEquivalent string
}

// IsTerminal: True only when the code always ends the session (`Terminal`); false for `NotTerminal` and for `Depends`, whose condition must be checked.
func (i *Info) IsTerminal() bool { return i.Terminality == TerminalityTerminal }

// ErrorCode is implemented by every code set's type, so a retry or messaging policy can be
// written once for codes from any provider.
type ErrorCode interface {
	// String returns the name exactly as upstream spells it.
	String() string

	// WireValue returns the wire value: an int32 or a string.
	WireValue() any

	// Info returns everything the catalog says about the code, or nil for a value the catalog
	// does not know.
	Info() *Info
}
