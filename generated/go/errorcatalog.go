// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package errorcatalog is the shared part of the RTC error catalog: the taxonomy, the
// metadata every code carries, and the retry helper. Each provider's codes are in a package
// of their own below this one; the package codesets lists them all.
package errorcatalog

// Category: What kind of event a code reports, the same across providers (the catalog's own taxonomy).
type Category string

// Every Category.
const (
	// CategoryNotAnError: Not an error: Nothing failed. The code reports a normal state (for example "no failure has occurred") and needs no handling beyond logging.
	CategoryNotAnError Category = "not_an_error"

	// CategoryEndedNormally: Ended normally: The session ended because the local user or app asked for it. Clean up; do not reconnect and do not show an error.
	CategoryEndedNormally Category = "ended_normally"

	// CategoryCredentials: Credentials: The token or credentials were missing, malformed, expired or rejected. A fresh, valid credential from the app's backend usually fixes it.
	CategoryCredentials Category = "credentials"

	// CategoryPermission: Permission: The caller is identified but not allowed to do this: denied by a moderator, by room rules or by the grants in its token. Retrying with the same rights fails again.
	CategoryPermission Category = "permission"

	// CategoryCapacity: Capacity: The room, stage or service is full or has no resources left. It may succeed later, once load drops; tell the user and let them try again.
	CategoryCapacity Category = "capacity"

	// CategoryNetwork: Network: The network path between client and service failed or timed out: unreachable host, lost signalling, ping timeout. Usually transient; retry with backoff.
	CategoryNetwork Category = "network"

	// CategoryMediaNegotiation: Media negotiation: The media path could not be negotiated or established: ICE, SDP offer/answer, codecs. Often an environment problem (firewall, browser); a retry may help, repeated failures need the user.
	CategoryMediaNegotiation Category = "media_negotiation"

	// CategoryEndedByService: Session ended by the service or another party: The service, a moderator or another participant ended this session: room deleted, removed from the meeting, joined from another device, server shut down. Do not reconnect automatically; tell the user what happened.
	CategoryEndedByService Category = "ended_by_service"

	// CategoryServiceFault: Service fault: The provider's service failed in a way the client did not cause: internal error, unexpected response. Retry with backoff and alert if it recurs.
	CategoryServiceFault Category = "service_fault"

	// CategoryClientError: Client or configuration error: The app, its configuration or its use of the SDK is wrong: invalid request, unsupported setting, misuse of the API. Retrying the same call fails again; a developer must fix it.
	CategoryClientError Category = "client_error"

	// CategoryBillingQuota: Billing or quota: The account's plan, credits or quota does not allow the session. Operators must act; the user can only be told.
	CategoryBillingQuota Category = "billing_quota"

	// CategoryUserInput: Input needed from the user: The session can continue once the user supplies something: a password, a display name, a choice. Ask, then retry.
	CategoryUserInput Category = "user_input"

	// CategoryUnknown: Unknown: The provider could not classify the failure, or the code groups failures of several kinds. Log the details; treat it as a fault.
	CategoryUnknown Category = "unknown"
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
	case CategoryNotAnError:
		return term{"Not an error", "Nothing failed. The code reports a normal state (for example \"no failure has occurred\") and needs no handling beyond logging.", "Everything is working normally.", nil}, true
	case CategoryEndedNormally:
		return term{"Ended normally", "The session ended because the local user or app asked for it. Clean up; do not reconnect and do not show an error.", "You have left the call.", nil}, true
	case CategoryCredentials:
		return term{"Credentials", "The token or credentials were missing, malformed, expired or rejected. A fresh, valid credential from the app's backend usually fixes it.", "We could not confirm your access to this call. Please try joining again.", nil}, true
	case CategoryPermission:
		return term{"Permission", "The caller is identified but not allowed to do this: denied by a moderator, by room rules or by the grants in its token. Retrying with the same rights fails again.", "You do not have permission to do that in this call.", nil}, true
	case CategoryCapacity:
		return term{"Capacity", "The room, stage or service is full or has no resources left. It may succeed later, once load drops; tell the user and let them try again.", "This call is full right now. Please try again in a little while.", nil}, true
	case CategoryNetwork:
		return term{"Network", "The network path between client and service failed or timed out: unreachable host, lost signalling, ping timeout. Usually transient; retry with backoff.", "The connection to the call was interrupted. Check your internet connection and try again.", nil}, true
	case CategoryMediaNegotiation:
		return term{"Media negotiation", "The media path could not be negotiated or established: ICE, SDP offer/answer, codecs. Often an environment problem (firewall, browser); a retry may help, repeated failures need the user.", "We could not connect your audio and video. Check your network, or try another browser or device.", nil}, true
	case CategoryEndedByService:
		return term{"Session ended by the service or another party", "The service, a moderator or another participant ended this session: room deleted, removed from the meeting, joined from another device, server shut down. Do not reconnect automatically; tell the user what happened.", "This call has ended.", nil}, true
	case CategoryServiceFault:
		return term{"Service fault", "The provider's service failed in a way the client did not cause: internal error, unexpected response. Retry with backoff and alert if it recurs.", "Something went wrong on our side. Please try again in a moment.", nil}, true
	case CategoryClientError:
		return term{"Client or configuration error", "The app, its configuration or its use of the SDK is wrong: invalid request, unsupported setting, misuse of the API. Retrying the same call fails again; a developer must fix it.", "Something went wrong in the app. Please try again later; if it keeps happening, contact support.", nil}, true
	case CategoryBillingQuota:
		return term{"Billing or quota", "The account's plan, credits or quota does not allow the session. Operators must act; the user can only be told.", "This service is not available right now. Please contact the organiser or support.", nil}, true
	case CategoryUserInput:
		return term{"Input needed from the user", "The session can continue once the user supplies something: a password, a display name, a choice. Ask, then retry.", "A little more information is needed before you can join.", nil}, true
	case CategoryUnknown:
		return term{"Unknown", "The provider could not classify the failure, or the code groups failures of several kinds. Log the details; treat it as a fault.", "Something went wrong. Please try again.", nil}, true
	}
	return term{}, false
}

// UserMessage: the default end-user message of the category's codes.
func (c Category) UserMessage() string { return c.term().userMessage }

// RetryPolicy: What an app should do about a code, the same across providers (the catalog's own taxonomy).
type RetryPolicy string

// Every RetryPolicy.
const (
	// RetryPolicyNotAnError: Not an error: Nothing to retry: the code does not report a failure.
	RetryPolicyNotAnError RetryPolicy = "not_an_error"

	// RetryPolicyAutomatic: The SDK retries by itself: The provider's SDK is already reconnecting or recovering. Do not restart the session from the app; show progress and wait for a terminal code.
	RetryPolicyAutomatic RetryPolicy = "automatic"

	// RetryPolicyBackoff: Back off and retry: The failure is likely transient. Retry the same operation after a delay that grows with each attempt, and give up after a bounded number of attempts.
	RetryPolicyBackoff RetryPolicy = "backoff"

	// RetryPolicyRefreshCredentials: Refresh credentials, then retry: Fetch a new token or new credentials from the app's backend, then retry. Retrying with the old credentials fails again.
	RetryPolicyRefreshCredentials RetryPolicy = "refresh_credentials"

	// RetryPolicyUserAction: Needs a user action: Retry only after the user has done something: entered a password or name, been admitted, chosen to rejoin, fixed their network or browser. Never retry without them.
	RetryPolicyUserAction RetryPolicy = "user_action"

	// RetryPolicyNever: Do not retry: Retrying cannot succeed without a change to the app, its configuration, the account or the room. Report it; fix the cause.
	RetryPolicyNever RetryPolicy = "never"

	// RetryPolicyDepends: Depends on the accompanying code: The value only groups failures (a category or sub-type reported beside a more specific code). Decide from the accompanying code.
	RetryPolicyDepends RetryPolicy = "depends"
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
	case RetryPolicyNotAnError:
		return term{"Not an error", "Nothing to retry: the code does not report a failure.", "", nil}, true
	case RetryPolicyAutomatic:
		return term{"The SDK retries by itself", "The provider's SDK is already reconnecting or recovering. Do not restart the session from the app; show progress and wait for a terminal code.", "", &RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: JitterEqual, MaxAttempts: 10}}, true
	case RetryPolicyBackoff:
		return term{"Back off and retry", "The failure is likely transient. Retry the same operation after a delay that grows with each attempt, and give up after a bounded number of attempts.", "", &RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: JitterFull, MaxAttempts: 5}}, true
	case RetryPolicyRefreshCredentials:
		return term{"Refresh credentials, then retry", "Fetch a new token or new credentials from the app's backend, then retry. Retrying with the old credentials fails again.", "", &RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: JitterFull, MaxAttempts: 2}}, true
	case RetryPolicyUserAction:
		return term{"Needs a user action", "Retry only after the user has done something: entered a password or name, been admitted, chosen to rejoin, fixed their network or browser. Never retry without them.", "", nil}, true
	case RetryPolicyNever:
		return term{"Do not retry", "Retrying cannot succeed without a change to the app, its configuration, the account or the room. Report it; fix the cause.", "", nil}, true
	case RetryPolicyDepends:
		return term{"Depends on the accompanying code", "The value only groups failures (a category or sub-type reported beside a more specific code). Decide from the accompanying code.", "", nil}, true
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
