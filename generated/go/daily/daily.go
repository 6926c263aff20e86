// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package daily has the error codes of Daily, one type per code set.
package daily

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// FatalErrorType: Type of the fatal error daily-js reports on its `error` event, after which the call object leaves the meeting.
//
// Upstream: DailyFatalErrorType in https://docs.daily.co/reference/daily-js 0.92.2 (package npm:@daily-co/daily-js@0.92.2).
type FatalErrorType string

// Every FatalErrorType, in upstream order.
const (
	// FatalErrorTypeEjected: The participant was ejected from the meeting.
	FatalErrorTypeEjected FatalErrorType = "ejected"

	// FatalErrorTypeNbfRoom: The room is not available yet.
	FatalErrorTypeNbfRoom FatalErrorType = "nbf-room"

	// FatalErrorTypeNbfToken: The meeting token is not valid yet.
	FatalErrorTypeNbfToken FatalErrorType = "nbf-token"

	// FatalErrorTypeExpRoom: The room has expired.
	FatalErrorTypeExpRoom FatalErrorType = "exp-room"

	// FatalErrorTypeExpToken: The meeting token has expired.
	FatalErrorTypeExpToken FatalErrorType = "exp-token"

	// FatalErrorTypeNoRoom: The room does not exist.
	FatalErrorTypeNoRoom FatalErrorType = "no-room"

	// FatalErrorTypeMeetingFull: The meeting is full.
	FatalErrorTypeMeetingFull FatalErrorType = "meeting-full"

	// FatalErrorTypeEndOfLife: This version of daily-js is no longer supported.
	FatalErrorTypeEndOfLife FatalErrorType = "end-of-life"

	// FatalErrorTypeNotAllowed: The participant is not allowed to join.
	FatalErrorTypeNotAllowed FatalErrorType = "not-allowed"

	// FatalErrorTypeConnectionError: The call could not connect or lost its connection for good.
	FatalErrorTypeConnectionError FatalErrorType = "connection-error"
)

// FatalErrorTypeFromValue returns the code with this wire value, and whether the catalog knows it.
func FatalErrorTypeFromValue(value string) (FatalErrorType, bool) {
	if c := FatalErrorType(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseFatalErrorType returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseFatalErrorType(name string) (FatalErrorType, bool) {
	switch name {
	case "ejected":
		return FatalErrorTypeEjected, true
	case "nbf_room":
		return FatalErrorTypeNbfRoom, true
	case "nbf_token":
		return FatalErrorTypeNbfToken, true
	case "exp_room":
		return FatalErrorTypeExpRoom, true
	case "exp_token":
		return FatalErrorTypeExpToken, true
	case "no_room":
		return FatalErrorTypeNoRoom, true
	case "meeting_full":
		return FatalErrorTypeMeetingFull, true
	case "end_of_life":
		return FatalErrorTypeEndOfLife, true
	case "not_allowed":
		return FatalErrorTypeNotAllowed, true
	case "connection_error":
		return FatalErrorTypeConnectionError, true
	}
	return "", false
}

// AllFatalErrorTypeValues returns every code, in upstream order.
func AllFatalErrorTypeValues() []FatalErrorType {
	return []FatalErrorType{
		FatalErrorTypeEjected,
		FatalErrorTypeNbfRoom,
		FatalErrorTypeNbfToken,
		FatalErrorTypeExpRoom,
		FatalErrorTypeExpToken,
		FatalErrorTypeNoRoom,
		FatalErrorTypeMeetingFull,
		FatalErrorTypeEndOfLife,
		FatalErrorTypeNotAllowed,
		FatalErrorTypeConnectionError,
	}
}

// String returns the name exactly as upstream spells it, or FatalErrorType(value) for a value the
// catalog does not know.
func (c FatalErrorType) String() string {
	if i := c.index(); i >= 0 {
		return fatalErrorTypeInfo[i].UpstreamName
	}
	return fmt.Sprintf("FatalErrorType(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c FatalErrorType) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c FatalErrorType) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &fatalErrorTypeInfo[i]
	}
	return nil
}

// index is the code's row in fatalErrorTypeInfo, or -1.
func (c FatalErrorType) index() int {
	switch c {
	case FatalErrorTypeEjected:
		return 0
	case FatalErrorTypeNbfRoom:
		return 1
	case FatalErrorTypeNbfToken:
		return 2
	case FatalErrorTypeExpRoom:
		return 3
	case FatalErrorTypeExpToken:
		return 4
	case FatalErrorTypeNoRoom:
		return 5
	case FatalErrorTypeMeetingFull:
		return 6
	case FatalErrorTypeEndOfLife:
		return 7
	case FatalErrorTypeNotAllowed:
		return 8
	case FatalErrorTypeConnectionError:
		return 9
	}
	return -1
}

var fatalErrorTypeInfo = [...]errorcatalog.Info{
	{
		Provider:           "daily",
		CodeSet:            "fatal_error_type",
		CatalogName:        "ejected",
		UpstreamName:       "ejected",
		Summary:            "The participant was ejected from the meeting.",
		Cause:              "Someone with the right to do so removed this participant from the call.",
		When:               []string{"a meeting owner or the app's backend ejects the participant"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You were removed from this call.",
		UserMessageKey:     "daily.fatal_error_type.ejected",
		Remediation:        []string{"Show the user that they were removed, and do not rejoin automatically.", "If the removal was not intended, check who can eject participants (meeting owners, the app's backend)."},
		Causes:             nil,
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "The removal was a deliberate decision by another party, so rejoining without their consent would undo it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "fatal_error_type",
		CatalogName:        "nbf_room",
		UpstreamName:       "nbf_room",
		Summary:            "The room is not available yet.",
		Cause:              "The room's not-before time (nbf) lies in the future, so it cannot be joined yet.",
		When:               []string{"joining a scheduled room before its start time"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call has not started yet. Please try again at the scheduled time.",
		UserMessageKey:     "daily.fatal_error_type.nbf_room",
		Remediation:        []string{"Tell the user when the room opens (its nbf time) and let them try again then.", "If the time looks right, check the room's nbf setting in the app's backend and the clock it was computed from."},
		Causes:             nil,
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "The join succeeds once the room's start time has passed, which the user should be told and can retry after.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "fatal_error_type",
		CatalogName:        "nbf_token",
		UpstreamName:       "nbf_token",
		Summary:            "The meeting token is not valid yet.",
		Cause:              "The meeting token's not-before time (nbf) lies in the future.",
		When:               []string{"a token issued for a later start time is used early", "the clocks of the token issuer and Daily disagree"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not confirm your access to this call. Please try joining again.",
		UserMessageKey:     "daily.fatal_error_type.nbf_token",
		Remediation:        []string{"Fetch a token from the app's backend whose nbf is not in the future, and join again.", "Check the clock of the server that issues tokens."},
		Causes:             []string{"the token was issued for a later start time", "the token issuer's clock is ahead"},
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "The token itself is not usable now; a token with a suitable start time from the app's backend fixes it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "fatal_error_type",
		CatalogName:        "exp_room",
		UpstreamName:       "exp_room",
		Summary:            "The room has expired.",
		Cause:              "The room's expiry time (exp) has passed, so it can no longer be joined and its participants are removed.",
		When:               []string{"joining a room after its expiry time", "a meeting runs past the room's expiry time"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call is no longer available.",
		UserMessageKey:     "daily.fatal_error_type.exp_room",
		Remediation:        []string{"Do not rejoin the same room.", "Have the app's backend create a new room or extend the room's expiry (exp), then join that."},
		Causes:             []string{"joining after the room expired", "the meeting ran past the room's expiry"},
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "An expired room cannot be used again; the app's backend must create or extend a room.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "fatal_error_type",
		CatalogName:        "exp_token",
		UpstreamName:       "exp_token",
		Summary:            "The meeting token has expired.",
		Cause:              "The meeting token's expiry time (exp) has passed.",
		When:               []string{"joining with an old token", "a meeting runs past the token's expiry time"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not confirm your access to this call. Please try joining again.",
		UserMessageKey:     "daily.fatal_error_type.exp_token",
		Remediation:        []string{"Fetch a fresh meeting token from the app's backend and join again.", "Issue tokens whose expiry covers the expected length of the meeting."},
		Causes:             []string{"joining with an old token", "the meeting ran past the token's expiry"},
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "A fresh token from the app's backend is all that is needed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "fatal_error_type",
		CatalogName:        "no_room",
		UpstreamName:       "no_room",
		Summary:            "The room does not exist.",
		Cause:              "The room URL names a room that does not exist, or no longer exists, in the Daily domain.",
		When:               []string{"a mistyped or stale room URL", "the room was deleted"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call link is not valid. Please check the link.",
		UserMessageKey:     "daily.fatal_error_type.no_room",
		Remediation:        []string{"Check the room URL the app passes to join(): domain and room name.", "If the room was deleted, have the app's backend create it again or hand out a current URL."},
		Causes:             []string{"a mistyped or stale room URL", "the room was deleted"},
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "The same URL keeps failing until the app creates the room or uses a correct URL.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "fatal_error_type",
		CatalogName:        "meeting_full",
		UpstreamName:       "meeting_full",
		Summary:            "The meeting is full.",
		Cause:              "The room has reached its participant limit.",
		When:               []string{"joining a call that has as many participants as the room allows"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call is full right now. Please try again in a little while.",
		UserMessageKey:     "daily.fatal_error_type.meeting_full",
		Remediation:        []string{"Tell the user the call is full and let them try again later.", "If calls often fill up, raise the room's participant limit in its settings."},
		Causes:             nil,
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "A later attempt can succeed only once someone leaves, so the user should be told and decide when to try again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "fatal_error_type",
		CatalogName:        "end_of_life",
		UpstreamName:       "end_of_life",
		Summary:            "This version of daily-js is no longer supported.",
		Cause:              "Daily refused the call because the daily-js release the app uses has reached its end of life.",
		When:               []string{"an app ships an old daily-js release past its support window"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This app needs to be updated before you can join calls.",
		UserMessageKey:     "daily.fatal_error_type.end_of_life",
		Remediation:        []string{"Upgrade @daily-co/daily-js in the app to a supported release and ship the update.", "Until then, ask users to update the app or reload a newer version of the page."},
		Causes:             nil,
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "Only upgrading daily-js in the app fixes it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "fatal_error_type",
		CatalogName:        "not_allowed",
		UpstreamName:       "not_allowed",
		Summary:            "The participant is not allowed to join.",
		Cause:              "The room's access rules refused this participant, for example a private room joined without a token that grants access.",
		When:               []string{"joining a private room without a suitable meeting token"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You are not allowed to join this call.",
		UserMessageKey:     "daily.fatal_error_type.not_allowed",
		Remediation:        []string{"Check the room's privacy setting and whether the participant needs a meeting token.", "Have the app's backend issue a token that grants access to this room, then join with it."},
		Causes:             nil,
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "Retrying with the same rights fails again; the app must obtain access for the participant first.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "fatal_error_type",
		CatalogName:        "connection_error",
		UpstreamName:       "connection_error",
		Summary:            "The call could not connect or lost its connection for good.",
		Cause:              "Loading the call bundle, looking up the room, joining, reconnecting, moving between servers or the WebRTC connection failed; details.on says which, and details.sourceError carries the underlying error.",
		When:               []string{"the call bundle cannot be loaded (the JS reports a timeout after 25 s when loading the call frame)", "the network drops and reconnection does not succeed", "a firewall blocks Daily's servers"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "daily.fatal_error_type.connection_error",
		Remediation:        []string{"Read error.details.on to learn which step failed (load, join, reconnect, move, rtc-connection or room-lookup), and log details.sourceError.", "Join again after a delay, growing the delay if it keeps failing, and tell the user.", "If it fails on some networks only, check that the network allows Daily's servers (firewall, proxy)."},
		Causes:             []string{"the call bundle could not be loaded", "the room lookup or the join failed", "reconnecting after a network drop failed", "the WebRTC connection failed"},
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "Connection failures are usually transient, so a new join after a growing delay is reasonable, with the user told if it keeps failing.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// NonFatalErrorType: Type of the non-fatal error daily-js reports on its `nonfatal-error` event; the call goes on.
//
// Upstream: DailyNonFatalErrorType in https://docs.daily.co/reference/daily-js 0.92.2 (package npm:@daily-co/daily-js@0.92.2).
type NonFatalErrorType string

// Every NonFatalErrorType, in upstream order.
const (
	// NonFatalErrorTypeInputSettingsError: Applying the input settings failed.
	NonFatalErrorTypeInputSettingsError NonFatalErrorType = "input-settings-error"

	// NonFatalErrorTypeScreenShareError: Screen sharing could not be started.
	NonFatalErrorTypeScreenShareError NonFatalErrorType = "screen-share-error"

	// NonFatalErrorTypeLocalAudioLevelObserverError: The local audio level observer failed.
	NonFatalErrorTypeLocalAudioLevelObserverError NonFatalErrorType = "local-audio-level-observer-error"

	// NonFatalErrorTypeVideoProcessorError: The video processor failed.
	NonFatalErrorTypeVideoProcessorError NonFatalErrorType = "video-processor-error"

	// NonFatalErrorTypeVideoProcessorWarning: The video processor reported a warning.
	NonFatalErrorTypeVideoProcessorWarning NonFatalErrorType = "video-processor-warning"

	// NonFatalErrorTypeAudioProcessorError: The audio processor failed.
	NonFatalErrorTypeAudioProcessorError NonFatalErrorType = "audio-processor-error"

	// NonFatalErrorTypeRemoteMediaPlayerError: The remote media player failed.
	NonFatalErrorTypeRemoteMediaPlayerError NonFatalErrorType = "remote-media-player-error"

	// NonFatalErrorTypeLiveStreamingWarning: Live streaming reported a warning.
	NonFatalErrorTypeLiveStreamingWarning NonFatalErrorType = "live-streaming-warning"

	// NonFatalErrorTypeMeetingSessionDataError: Updating the meeting session data failed.
	NonFatalErrorTypeMeetingSessionDataError NonFatalErrorType = "meeting-session-data-error"
)

// NonFatalErrorTypeFromValue returns the code with this wire value, and whether the catalog knows it.
func NonFatalErrorTypeFromValue(value string) (NonFatalErrorType, bool) {
	if c := NonFatalErrorType(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseNonFatalErrorType returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseNonFatalErrorType(name string) (NonFatalErrorType, bool) {
	switch name {
	case "input_settings_error":
		return NonFatalErrorTypeInputSettingsError, true
	case "screen_share_error":
		return NonFatalErrorTypeScreenShareError, true
	case "local_audio_level_observer_error":
		return NonFatalErrorTypeLocalAudioLevelObserverError, true
	case "video_processor_error":
		return NonFatalErrorTypeVideoProcessorError, true
	case "video_processor_warning":
		return NonFatalErrorTypeVideoProcessorWarning, true
	case "audio_processor_error":
		return NonFatalErrorTypeAudioProcessorError, true
	case "remote_media_player_error":
		return NonFatalErrorTypeRemoteMediaPlayerError, true
	case "live_streaming_warning":
		return NonFatalErrorTypeLiveStreamingWarning, true
	case "meeting_session_data_error":
		return NonFatalErrorTypeMeetingSessionDataError, true
	}
	return "", false
}

// AllNonFatalErrorTypeValues returns every code, in upstream order.
func AllNonFatalErrorTypeValues() []NonFatalErrorType {
	return []NonFatalErrorType{
		NonFatalErrorTypeInputSettingsError,
		NonFatalErrorTypeScreenShareError,
		NonFatalErrorTypeLocalAudioLevelObserverError,
		NonFatalErrorTypeVideoProcessorError,
		NonFatalErrorTypeVideoProcessorWarning,
		NonFatalErrorTypeAudioProcessorError,
		NonFatalErrorTypeRemoteMediaPlayerError,
		NonFatalErrorTypeLiveStreamingWarning,
		NonFatalErrorTypeMeetingSessionDataError,
	}
}

// String returns the name exactly as upstream spells it, or NonFatalErrorType(value) for a value the
// catalog does not know.
func (c NonFatalErrorType) String() string {
	if i := c.index(); i >= 0 {
		return nonFatalErrorTypeInfo[i].UpstreamName
	}
	return fmt.Sprintf("NonFatalErrorType(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c NonFatalErrorType) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c NonFatalErrorType) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &nonFatalErrorTypeInfo[i]
	}
	return nil
}

// index is the code's row in nonFatalErrorTypeInfo, or -1.
func (c NonFatalErrorType) index() int {
	switch c {
	case NonFatalErrorTypeInputSettingsError:
		return 0
	case NonFatalErrorTypeScreenShareError:
		return 1
	case NonFatalErrorTypeLocalAudioLevelObserverError:
		return 2
	case NonFatalErrorTypeVideoProcessorError:
		return 3
	case NonFatalErrorTypeVideoProcessorWarning:
		return 4
	case NonFatalErrorTypeAudioProcessorError:
		return 5
	case NonFatalErrorTypeRemoteMediaPlayerError:
		return 6
	case NonFatalErrorTypeLiveStreamingWarning:
		return 7
	case NonFatalErrorTypeMeetingSessionDataError:
		return 8
	}
	return -1
}

var nonFatalErrorTypeInfo = [...]errorcatalog.Info{
	{
		Provider:           "daily",
		CodeSet:            "non_fatal_error_type",
		CatalogName:        "input_settings_error",
		UpstreamName:       "input_settings_error",
		Summary:            "Applying the input settings failed.",
		Cause:              "Daily could not apply the audio or video input settings the app asked for, such as a processor configuration.",
		When:               []string{"updateInputSettings is called with settings the browser or device cannot apply"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your audio or video settings could not be applied.",
		UserMessageKey:     "daily.non_fatal_error_type.input_settings_error",
		Remediation:        []string{"Keep the call going with the previous input settings.", "Log errorMsg and request settings the browser and device support."},
		Causes:             nil,
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "The same settings fail again; the app must request settings the environment supports.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "non_fatal_error_type",
		CatalogName:        "screen_share_error",
		UpstreamName:       "screen_share_error",
		Summary:            "Screen sharing could not be started.",
		Cause:              "Starting a screen share failed; on iOS the package reports it when the screen is already being captured.",
		When:               []string{"another screen capture is already running", "the screen-share request fails in the browser or native layer"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Screen sharing could not start. Please try again.",
		UserMessageKey:     "daily.non_fatal_error_type.screen_share_error",
		Remediation:        []string{"Tell the user that sharing did not start and let them try again.", "On iOS, ask the user to stop any other screen capture first."},
		Causes:             []string{"another screen capture is already running", "the browser or native layer refused the request"},
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "The causes vary and most depend on the user's device, so the user should decide when to try sharing again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "non_fatal_error_type",
		CatalogName:        "local_audio_level_observer_error",
		UpstreamName:       "local_audio_level_observer_error",
		Summary:            "The local audio level observer failed.",
		Cause:              "Daily could not start or run the observer that reports the local microphone level.",
		When:               []string{"startLocalAudioLevelObserver fails in the current browser"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your microphone level cannot be shown right now.",
		UserMessageKey:     "daily.non_fatal_error_type.local_audio_level_observer_error",
		Remediation:        []string{"Hide the microphone level indicator and carry on with the call.", "Log errorMsg to see why the observer could not run in this browser."},
		Causes:             nil,
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "The observer is an optional feature; retrying in the same environment is unlikely to help, so the app should carry on without it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "non_fatal_error_type",
		CatalogName:        "video_processor_error",
		UpstreamName:       "video_processor_error",
		Summary:            "The video processor failed.",
		Cause:              "The video input processor (for example a background effect) could not be started or stopped working.",
		When:               []string{"enabling a background effect on a browser or device that cannot run it"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The video effect could not be applied.",
		UserMessageKey:     "daily.non_fatal_error_type.video_processor_error",
		Remediation:        []string{"Turn the effect off in the input settings and keep the call going.", "Offer the effect only on browsers and devices that can run it."},
		Causes:             nil,
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "The same processor fails again in the same environment; the app should turn the effect off or offer another.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "non_fatal_error_type",
		CatalogName:        "video_processor_warning",
		UpstreamName:       "video_processor_warning",
		Summary:            "The video processor reported a warning.",
		Cause:              "The video input processor reported a problem that does not stop it.",
		When:               []string{"the processor runs in a degraded mode"},
		Category:           errorcatalog.CategoryNotAnError,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Everything is working normally.",
		UserMessageKey:     "daily.non_fatal_error_type.video_processor_warning",
		Remediation:        []string{"Nothing to fix right away: log the warning with its errorMsg.", "If it recurs, check the feature it names (the processor or the live stream) for degraded output."},
		Causes:             nil,
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "A warning does not report a failure; log it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "non_fatal_error_type",
		CatalogName:        "audio_processor_error",
		UpstreamName:       "audio_processor_error",
		Summary:            "The audio processor failed.",
		Cause:              "The audio input processor (for example noise cancellation) could not be started or stopped working.",
		When:               []string{"enabling an audio processor on a browser or device that cannot run it"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The audio effect could not be applied.",
		UserMessageKey:     "daily.non_fatal_error_type.audio_processor_error",
		Remediation:        []string{"Turn the audio processor off in the input settings and keep the call going.", "Offer the processor only on browsers and devices that can run it."},
		Causes:             nil,
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "The same processor fails again in the same environment; the app should turn it off.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "non_fatal_error_type",
		CatalogName:        "remote_media_player_error",
		UpstreamName:       "remote_media_player_error",
		Summary:            "The remote media player failed.",
		Cause:              "A remote media player started with startRemoteMediaPlayer could not play or stopped with an error.",
		When:               []string{"the media URL is unreachable or in an unsupported format"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The shared media could not be played.",
		UserMessageKey:     "daily.non_fatal_error_type.remote_media_player_error",
		Remediation:        []string{"Check that the media URL is reachable and in a supported format.", "Start the remote media player again after a delay, a few times at most."},
		Causes:             nil,
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "The cause may be the media source or a transient failure, so a bounded retry after a delay is reasonable.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "non_fatal_error_type",
		CatalogName:        "live_streaming_warning",
		UpstreamName:       "live_streaming_warning",
		Summary:            "Live streaming reported a warning.",
		Cause:              "A running live stream reported a problem that does not stop it.",
		When:               []string{"the live stream runs in a degraded mode"},
		Category:           errorcatalog.CategoryNotAnError,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Everything is working normally.",
		UserMessageKey:     "daily.non_fatal_error_type.live_streaming_warning",
		Remediation:        []string{"Nothing to fix right away: log the warning with its errorMsg.", "If it recurs, check the feature it names (the processor or the live stream) for degraded output."},
		Causes:             nil,
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "A warning does not report a failure; log it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "non_fatal_error_type",
		CatalogName:        "meeting_session_data_error",
		UpstreamName:       "meeting_session_data_error",
		Summary:            "Updating the meeting session data failed.",
		Cause:              "Daily could not store the meeting session data the app set.",
		When:               []string{"setMeetingSessionData is called with data Daily does not accept"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "daily.non_fatal_error_type.meeting_session_data_error",
		Remediation:        []string{"Log errorMsg and the data the app tried to store.", "Change what the app stores in meeting session data so that Daily accepts it; do not resend the same data."},
		Causes:             nil,
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "error", Means: "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."}, {Value: "nonfatal-error", Means: "Not fatal: the call goes on, only the feature named by the type failed."}}, Meaning: ""},
		Rationale:          "The same data is refused again; the app must change what it stores.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// CameraErrorType: Type of the error daily-js reports on its `camera-error` event when it cannot get the camera or microphone.
//
// Upstream: DailyCameraErrorType in https://docs.daily.co/reference/daily-js 0.92.2 (package npm:@daily-co/daily-js@0.92.2).
type CameraErrorType string

// Every CameraErrorType, in upstream order.
const (
	// CameraErrorTypeCamInUse: The camera is in use by another application.
	CameraErrorTypeCamInUse CameraErrorType = "cam-in-use"

	// CameraErrorTypeMicInUse: The microphone is in use by another application.
	CameraErrorTypeMicInUse CameraErrorType = "mic-in-use"

	// CameraErrorTypeCamMicInUse: Both the camera and the microphone are in use by another application.
	CameraErrorTypeCamMicInUse CameraErrorType = "cam-mic-in-use"

	// CameraErrorTypePermissions: Access to the camera or microphone was blocked.
	CameraErrorTypePermissions CameraErrorType = "permissions"

	// CameraErrorTypeUndefinedMediadevices: The browser offers no media devices API.
	CameraErrorTypeUndefinedMediadevices CameraErrorType = "undefined-mediadevices"

	// CameraErrorTypeNotFound: No camera or microphone was found.
	CameraErrorTypeNotFound CameraErrorType = "not-found"

	// CameraErrorTypeConstraints: The media constraints were invalid or missing.
	CameraErrorTypeConstraints CameraErrorType = "constraints"

	// CameraErrorTypeUnknown: The camera or microphone failed for an unknown reason.
	CameraErrorTypeUnknown CameraErrorType = "unknown"
)

// CameraErrorTypeFromValue returns the code with this wire value, and whether the catalog knows it.
func CameraErrorTypeFromValue(value string) (CameraErrorType, bool) {
	if c := CameraErrorType(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseCameraErrorType returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseCameraErrorType(name string) (CameraErrorType, bool) {
	switch name {
	case "cam_in_use":
		return CameraErrorTypeCamInUse, true
	case "mic_in_use":
		return CameraErrorTypeMicInUse, true
	case "cam_mic_in_use":
		return CameraErrorTypeCamMicInUse, true
	case "permissions":
		return CameraErrorTypePermissions, true
	case "undefined_mediadevices":
		return CameraErrorTypeUndefinedMediadevices, true
	case "not_found":
		return CameraErrorTypeNotFound, true
	case "constraints":
		return CameraErrorTypeConstraints, true
	case "unknown":
		return CameraErrorTypeUnknown, true
	}
	return "", false
}

// AllCameraErrorTypeValues returns every code, in upstream order.
func AllCameraErrorTypeValues() []CameraErrorType {
	return []CameraErrorType{
		CameraErrorTypeCamInUse,
		CameraErrorTypeMicInUse,
		CameraErrorTypeCamMicInUse,
		CameraErrorTypePermissions,
		CameraErrorTypeUndefinedMediadevices,
		CameraErrorTypeNotFound,
		CameraErrorTypeConstraints,
		CameraErrorTypeUnknown,
	}
}

// String returns the name exactly as upstream spells it, or CameraErrorType(value) for a value the
// catalog does not know.
func (c CameraErrorType) String() string {
	if i := c.index(); i >= 0 {
		return cameraErrorTypeInfo[i].UpstreamName
	}
	return fmt.Sprintf("CameraErrorType(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c CameraErrorType) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c CameraErrorType) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &cameraErrorTypeInfo[i]
	}
	return nil
}

// index is the code's row in cameraErrorTypeInfo, or -1.
func (c CameraErrorType) index() int {
	switch c {
	case CameraErrorTypeCamInUse:
		return 0
	case CameraErrorTypeMicInUse:
		return 1
	case CameraErrorTypeCamMicInUse:
		return 2
	case CameraErrorTypePermissions:
		return 3
	case CameraErrorTypeUndefinedMediadevices:
		return 4
	case CameraErrorTypeNotFound:
		return 5
	case CameraErrorTypeConstraints:
		return 6
	case CameraErrorTypeUnknown:
		return 7
	}
	return -1
}

var cameraErrorTypeInfo = [...]errorcatalog.Info{
	{
		Provider:           "daily",
		CodeSet:            "camera_error_type",
		CatalogName:        "cam_in_use",
		UpstreamName:       "cam_in_use",
		Summary:            "The camera is in use by another application.",
		Cause:              "The browser could not open the camera because something else holds it.",
		When:               []string{"another application or tab is using the camera"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your camera is being used by another app. Close that app, then try again.",
		UserMessageKey:     "daily.camera_error_type.cam_in_use",
		Remediation:        []string{"Ask the user to close other applications or tabs that use the camera.", "Read audioOk on the event: the user can stay in the call with the microphone only.", "Let the user retry the camera afterwards."},
		Causes:             nil,
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The device is busy rather than missing, so a retry can succeed once the user closes whatever holds it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "camera_error_type",
		CatalogName:        "mic_in_use",
		UpstreamName:       "mic_in_use",
		Summary:            "The microphone is in use by another application.",
		Cause:              "The browser could not open the microphone because something else holds it.",
		When:               []string{"another application or tab is using the microphone"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your microphone is being used by another app. Close that app, then try again.",
		UserMessageKey:     "daily.camera_error_type.mic_in_use",
		Remediation:        []string{"Ask the user to close other applications or tabs that use the microphone.", "Read videoOk on the event: the user can stay in the call with the camera only.", "Let the user retry the microphone afterwards."},
		Causes:             nil,
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The device is busy rather than missing, so a retry can succeed once the user closes whatever holds it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "camera_error_type",
		CatalogName:        "cam_mic_in_use",
		UpstreamName:       "cam_mic_in_use",
		Summary:            "Both the camera and the microphone are in use by another application.",
		Cause:              "The browser could open neither device because something else holds them.",
		When:               []string{"another video-calling application is running"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your camera and microphone are being used by another app. Close that app, then try again.",
		UserMessageKey:     "daily.camera_error_type.cam_mic_in_use",
		Remediation:        []string{"Ask the user to close other applications or tabs that use the camera and microphone.", "Let the user retry once they are free."},
		Causes:             nil,
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The devices are busy rather than missing, so a retry can succeed once the user closes whatever holds them.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "camera_error_type",
		CatalogName:        "permissions",
		UpstreamName:       "permissions",
		Summary:            "Access to the camera or microphone was blocked.",
		Cause:              "The user or the browser denied access; the error's blockedBy says which, and blockedMedia lists the blocked kinds.",
		When:               []string{"the user denies the permission prompt", "the browser or operating system blocks the device for the site"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your browser blocked access to your camera or microphone. Allow access in the browser settings for this site, then try again.",
		UserMessageKey:     "daily.camera_error_type.permissions",
		Remediation:        []string{"Read error.blockedBy (user or browser) and error.blockedMedia to see what was blocked and by whom.", "Explain how to allow the device in the browser's site settings (or the operating system's, when the browser is blocked).", "Let the user retry after changing the setting."},
		Causes:             []string{"the user denied permission", "the browser or operating system blocked the device"},
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same request is refused until the user changes the permission, so the app should explain how and let the user retry.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "camera_error_type",
		CatalogName:        "undefined_mediadevices",
		UpstreamName:       "undefined_mediadevices",
		Summary:            "The browser offers no media devices API.",
		Cause:              "navigator.mediaDevices is undefined, so no device can be requested at all.",
		When:               []string{"the page is served over plain HTTP rather than a secure context", "the browser or embedded web view does not support media capture"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This browser cannot use your camera or microphone. Try another browser.",
		UserMessageKey:     "daily.camera_error_type.undefined_mediadevices",
		Remediation:        []string{"Serve the app over HTTPS (navigator.mediaDevices exists only in secure contexts).", "Check that the embedding webview or browser supports media devices, and suggest a supported browser otherwise."},
		Causes:             []string{"the page is not served over HTTPS", "the browser or webview has no media devices API"},
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Retrying in the same page cannot succeed; the app must be served securely or run in a supported browser.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "camera_error_type",
		CatalogName:        "not_found",
		UpstreamName:       "not_found",
		Summary:            "No camera or microphone was found.",
		Cause:              "The requested device kinds are not available; the error's missingMedia lists them.",
		When:               []string{"no camera or microphone is attached or enabled"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "No camera or microphone was found. Connect or enable one, then try again.",
		UserMessageKey:     "daily.camera_error_type.not_found",
		Remediation:        []string{"Read error.missingMedia to tell the user which device is missing.", "Offer to stay in the call without it, or to retry after connecting one."},
		Causes:             nil,
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Only the user can attach or enable a device; the app can then ask again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "camera_error_type",
		CatalogName:        "constraints",
		UpstreamName:       "constraints",
		Summary:            "The media constraints were invalid or missing.",
		Cause:              "The constraints for the camera or microphone could not be used; the error's reason is invalid or none-specified, and failedMedia lists the kinds.",
		When:               []string{"the app passes constraints the browser rejects", "no media kind is requested"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "daily.camera_error_type.constraints",
		Remediation:        []string{"Read error.reason: invalid means a constraint cannot be met, none-specified means no media was requested.", "Relax or fix the constraints for error.failedMedia, or fall back to the default device."},
		Causes:             []string{"a constraint the device cannot meet", "no media was requested"},
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same constraints fail again; the app must fix them.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "daily",
		CodeSet:            "camera_error_type",
		CatalogName:        "unknown",
		UpstreamName:       "unknown",
		Summary:            "The camera or microphone failed for an unknown reason.",
		Cause:              "Getting the devices failed in a way that matches none of the other types.",
		When:               []string{"an unexpected failure in the browser's capture pipeline"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your camera or microphone could not be started. Please try again.",
		UserMessageKey:     "daily.camera_error_type.unknown",
		Remediation:        []string{"Log error.msg and the event.", "Let the user retry, or pick another device."},
		Causes:             nil,
		References:         []string{"@daily-co/daily-js@0.92.2 index.d.ts", "@daily-co/daily-js@0.92.2 dist/daily-esm.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The cause is unknown and possibly transient, so a bounded retry after a delay is reasonable.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}
