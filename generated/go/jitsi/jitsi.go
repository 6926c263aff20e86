// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package jitsi has the error codes of Jitsi, one type per code set.
package jitsi

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// ConferenceError: Error a lib-jitsi-meet conference reports through its CONFERENCE_FAILED or CONFERENCE_ERROR events.
//
// Upstream: JitsiConferenceErrors in jitsi/lib-jitsi-meet 0.0.0.
type ConferenceError string

// Every ConferenceError, in upstream order.
const (
	// ConferenceErrorAuthenticationRequired: The client must be authenticated to create the conference.
	ConferenceErrorAuthenticationRequired ConferenceError = "conference.authenticationRequired"

	// ConferenceErrorChatError: The chat room returned an error for a message.
	ConferenceErrorChatError ConferenceError = "conference.chatError"

	// ConferenceErrorConferenceAccessDenied: The room's moderators denied access from the lobby.
	ConferenceErrorConferenceAccessDenied ConferenceError = "conference.connectionError.accessDenied"

	// ConferenceErrorConferenceDestroyed: The conference room has been destroyed.
	ConferenceErrorConferenceDestroyed ConferenceError = "conference.destroyed"

	// ConferenceErrorConferenceMaxUsers: The conference has reached its maximum number of participants.
	ConferenceErrorConferenceMaxUsers ConferenceError = "conference.max_users"

	// ConferenceErrorConnectionError: Joining the conference room failed for an unclassified reason.
	ConferenceErrorConnectionError ConferenceError = "conference.connectionError"

	// ConferenceErrorDisplayNameRequired: A display name is required to join the room.
	ConferenceErrorDisplayNameRequired ConferenceError = "conference.display_name_required"

	// ConferenceErrorFocusDisconnected: The focus (Jicofo) could not be reached.
	ConferenceErrorFocusDisconnected ConferenceError = "conference.focusDisconnected"

	// ConferenceErrorFocusLeft: The focus (Jicofo) left the conference.
	ConferenceErrorFocusLeft ConferenceError = "conference.focusLeft"

	// ConferenceErrorGracefulShutdown: The server is shutting down gracefully.
	ConferenceErrorGracefulShutdown ConferenceError = "conference.gracefulShutdown"

	// ConferenceErrorIceFailed: The media connection (ICE) failed and could not be restored.
	ConferenceErrorIceFailed ConferenceError = "conference.iceFailed"

	// ConferenceErrorIncompatibleServerVersions: The server-side components are incompatible with this client.
	ConferenceErrorIncompatibleServerVersions ConferenceError = "conference.incompatible_server_versions"

	// ConferenceErrorMembersOnlyError: Only approved members may join the room.
	ConferenceErrorMembersOnlyError ConferenceError = "conference.connectionError.membersOnly"

	// ConferenceErrorNotAllowedError: The participant is not allowed to join the conference.
	ConferenceErrorNotAllowedError ConferenceError = "conference.connectionError.notAllowed"

	// ConferenceErrorOfferAnswerFailed: The Jingle offer/answer exchange failed.
	ConferenceErrorOfferAnswerFailed ConferenceError = "conference.offerAnswerFailed"

	// ConferenceErrorPasswordNotSupported: A password cannot be set for this conference.
	ConferenceErrorPasswordNotSupported ConferenceError = "conference.passwordNotSupported"

	// ConferenceErrorPasswordRequired: A password is required to join the conference.
	ConferenceErrorPasswordRequired ConferenceError = "conference.passwordRequired"

	// ConferenceErrorReservationError: The reservation system refused the conference.
	ConferenceErrorReservationError ConferenceError = "conference.reservationError"

	// ConferenceErrorSettingsError: The server rejected a settings change.
	ConferenceErrorSettingsError ConferenceError = "conference.settingsError"

	// ConferenceErrorVideobridgeNotAvailable: No videobridge is available for the conference.
	ConferenceErrorVideobridgeNotAvailable ConferenceError = "conference.videobridgeNotAvailable"
)

// ConferenceErrorFromValue returns the code with this wire value, and whether the catalog knows it.
func ConferenceErrorFromValue(value string) (ConferenceError, bool) {
	if c := ConferenceError(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseConferenceError returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseConferenceError(name string) (ConferenceError, bool) {
	switch name {
	case "AUTHENTICATION_REQUIRED":
		return ConferenceErrorAuthenticationRequired, true
	case "CHAT_ERROR":
		return ConferenceErrorChatError, true
	case "CONFERENCE_ACCESS_DENIED":
		return ConferenceErrorConferenceAccessDenied, true
	case "CONFERENCE_DESTROYED":
		return ConferenceErrorConferenceDestroyed, true
	case "CONFERENCE_MAX_USERS":
		return ConferenceErrorConferenceMaxUsers, true
	case "CONNECTION_ERROR":
		return ConferenceErrorConnectionError, true
	case "DISPLAY_NAME_REQUIRED":
		return ConferenceErrorDisplayNameRequired, true
	case "FOCUS_DISCONNECTED":
		return ConferenceErrorFocusDisconnected, true
	case "FOCUS_LEFT":
		return ConferenceErrorFocusLeft, true
	case "GRACEFUL_SHUTDOWN":
		return ConferenceErrorGracefulShutdown, true
	case "ICE_FAILED":
		return ConferenceErrorIceFailed, true
	case "INCOMPATIBLE_SERVER_VERSIONS":
		return ConferenceErrorIncompatibleServerVersions, true
	case "MEMBERS_ONLY_ERROR":
		return ConferenceErrorMembersOnlyError, true
	case "NOT_ALLOWED_ERROR":
		return ConferenceErrorNotAllowedError, true
	case "OFFER_ANSWER_FAILED":
		return ConferenceErrorOfferAnswerFailed, true
	case "PASSWORD_NOT_SUPPORTED":
		return ConferenceErrorPasswordNotSupported, true
	case "PASSWORD_REQUIRED":
		return ConferenceErrorPasswordRequired, true
	case "RESERVATION_ERROR":
		return ConferenceErrorReservationError, true
	case "SETTINGS_ERROR":
		return ConferenceErrorSettingsError, true
	case "VIDEOBRIDGE_NOT_AVAILABLE":
		return ConferenceErrorVideobridgeNotAvailable, true
	}
	return "", false
}

// AllConferenceErrorValues returns every code, in upstream order.
func AllConferenceErrorValues() []ConferenceError {
	return []ConferenceError{
		ConferenceErrorAuthenticationRequired,
		ConferenceErrorChatError,
		ConferenceErrorConferenceAccessDenied,
		ConferenceErrorConferenceDestroyed,
		ConferenceErrorConferenceMaxUsers,
		ConferenceErrorConnectionError,
		ConferenceErrorDisplayNameRequired,
		ConferenceErrorFocusDisconnected,
		ConferenceErrorFocusLeft,
		ConferenceErrorGracefulShutdown,
		ConferenceErrorIceFailed,
		ConferenceErrorIncompatibleServerVersions,
		ConferenceErrorMembersOnlyError,
		ConferenceErrorNotAllowedError,
		ConferenceErrorOfferAnswerFailed,
		ConferenceErrorPasswordNotSupported,
		ConferenceErrorPasswordRequired,
		ConferenceErrorReservationError,
		ConferenceErrorSettingsError,
		ConferenceErrorVideobridgeNotAvailable,
	}
}

// String returns the name exactly as upstream spells it, or ConferenceError(value) for a value the
// catalog does not know.
func (c ConferenceError) String() string {
	if i := c.index(); i >= 0 {
		return conferenceErrorInfo[i].UpstreamName
	}
	return fmt.Sprintf("ConferenceError(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c ConferenceError) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c ConferenceError) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &conferenceErrorInfo[i]
	}
	return nil
}

// index is the code's row in conferenceErrorInfo, or -1.
func (c ConferenceError) index() int {
	switch c {
	case ConferenceErrorAuthenticationRequired:
		return 0
	case ConferenceErrorChatError:
		return 1
	case ConferenceErrorConferenceAccessDenied:
		return 2
	case ConferenceErrorConferenceDestroyed:
		return 3
	case ConferenceErrorConferenceMaxUsers:
		return 4
	case ConferenceErrorConnectionError:
		return 5
	case ConferenceErrorDisplayNameRequired:
		return 6
	case ConferenceErrorFocusDisconnected:
		return 7
	case ConferenceErrorFocusLeft:
		return 8
	case ConferenceErrorGracefulShutdown:
		return 9
	case ConferenceErrorIceFailed:
		return 10
	case ConferenceErrorIncompatibleServerVersions:
		return 11
	case ConferenceErrorMembersOnlyError:
		return 12
	case ConferenceErrorNotAllowedError:
		return 13
	case ConferenceErrorOfferAnswerFailed:
		return 14
	case ConferenceErrorPasswordNotSupported:
		return 15
	case ConferenceErrorPasswordRequired:
		return 16
	case ConferenceErrorReservationError:
		return 17
	case ConferenceErrorSettingsError:
		return 18
	case ConferenceErrorVideobridgeNotAvailable:
		return 19
	}
	return -1
}

var conferenceErrorInfo = [...]errorcatalog.Info{
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "AUTHENTICATION_REQUIRED",
		UpstreamName:       "AUTHENTICATION_REQUIRED",
		Summary:            "The client must be authenticated to create the conference.",
		Cause:              "Jicofo answered the conference request with not-authorized: upstream says the \"client must be authenticated to create the conference\".",
		When:               []string{"the deployment only lets authenticated users (login or JWT) create rooms", "a guest arrives before an authenticated host has started the meeting"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This meeting has not started yet or needs you to sign in. Please sign in or wait for the host.",
		UserMessageKey:     "jitsi.conference_error.AUTHENTICATION_REQUIRED",
		Remediation:        []string{"Ask the user to log in, or obtain a JWT from the app's backend, and join again.", "If guests should wait for a host, show a waiting screen and join again once an authenticated host has started the meeting."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "Upstream defines no retry policy; joining succeeds only after the user authenticates (or an authenticated host has created the room), so we map it to getting credentials first.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "CHAT_ERROR",
		UpstreamName:       "CHAT_ERROR",
		Summary:            "The chat room returned an error for a message.",
		Cause:              "The XMPP multi-user chat sent back a message of type error; its text is passed along with the code.",
		When:               []string{"a chat message is rejected by the server", "any other error-type MUC message that is not a settings error"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your message could not be sent.",
		UserMessageKey:     "jitsi.conference_error.CHAT_ERROR",
		Remediation:        []string{"Show the server's text to the user and let them send the message again.", "Check the XMPP server's logs for the rejected message if it recurs."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "The SDK emits it on CONFERENCE_ERROR and stays in the conference; the server's text is free-form, so the user decides whether to send again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "CONFERENCE_ACCESS_DENIED",
		UpstreamName:       "CONFERENCE_ACCESS_DENIED",
		Summary:            "The room's moderators denied access from the lobby.",
		Cause:              "While the participant waited in the lobby room, a moderator rejected them (upstream: access \"denied by the room moderators\").",
		When:               []string{"a moderator rejects a knocking participant", "the participant is removed from the lobby room"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "A moderator declined your request to join.",
		UserMessageKey:     "jitsi.conference_error.CONFERENCE_ACCESS_DENIED",
		Remediation:        []string{"Tell the user a moderator declined the request; do not knock again automatically."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "A moderator's explicit refusal does not change on retry.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "CONFERENCE_DESTROYED",
		UpstreamName:       "CONFERENCE_DESTROYED",
		Summary:            "The conference room has been destroyed.",
		Cause:              "The MUC room was destroyed on the server; the SDK leaves the room and passes on the destroy reason.",
		When:               []string{"the meeting was ended for everyone", "the lobby room is destroyed without an invitation into the main room"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This meeting has ended.",
		UserMessageKey:     "jitsi.conference_error.CONFERENCE_DESTROYED",
		Remediation:        []string{"Do not rejoin the same room: it was destroyed on the server.", "Show the destroy reason passed with the code, if any."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "The room was ended on purpose, so rejoining it makes no sense unless the backend starts a new session.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "CONFERENCE_MAX_USERS",
		UpstreamName:       "CONFERENCE_MAX_USERS",
		Summary:            "The conference has reached its maximum number of participants.",
		Cause:              "The join presence was rejected with service-unavailable because the room is full; the SDK says whether visitors are supported.",
		When:               []string{"the room's participant limit is reached"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This meeting is full. Please try again later.",
		UserMessageKey:     "jitsi.conference_error.CONFERENCE_MAX_USERS",
		Remediation:        []string{"Tell the user the meeting is full; let them try again later.", "Offer to join as a visitor where the deployment supports it (the SDK says so with the code).", "Raise the room's participant limit on the server if meetings regularly fill up."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "The room may have space later, so the user can try again (or join as a visitor where supported).",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "CONNECTION_ERROR",
		UpstreamName:       "CONNECTION_ERROR",
		Summary:            "Joining the conference room failed for an unclassified reason.",
		Cause:              "The join presence got an error that matched no more specific case, or a not-allowed error on the anonymous domain.",
		When:               []string{"the MUC returns an unexpected presence error on join", "not-allowed on the anonymous domain (Jicofo or Prosody misconfiguration)"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "jitsi.conference_error.CONNECTION_ERROR",
		Remediation:        []string{"Retry the join with backoff.", "Check the Prosody and Jicofo configuration if it recurs, in particular not-allowed errors on the anonymous domain."},
		Causes:             []string{"an unexpected presence error on join", "not-allowed on the anonymous domain (Jicofo or Prosody misconfiguration)"},
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "The cause is unknown, so a bounded retry with backoff is the safest default.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "DISPLAY_NAME_REQUIRED",
		UpstreamName:       "DISPLAY_NAME_REQUIRED",
		Summary:            "A display name is required to join the room.",
		Cause:              "The server rejected the join with displayname-required; the SDK says whether this is because the lobby is enabled.",
		When:               []string{"the lobby is enabled and the participant has no display name", "the room requires participants to give a name"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Please enter your name to join this meeting.",
		UserMessageKey:     "jitsi.conference_error.DISPLAY_NAME_REQUIRED",
		Remediation:        []string{"Ask the user for a display name, set it, and join again."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "The join succeeds once the user supplies a name.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "FOCUS_DISCONNECTED",
		UpstreamName:       "FOCUS_DISCONNECTED",
		Summary:            "The focus (Jicofo) could not be reached.",
		Cause:              "Upstream: \"focus error happened\"; it was raised when conference requests to Jicofo kept failing, but nothing emits it at this commit.",
		When:               []string{"conference requests to Jicofo fail (older releases)"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "jitsi.conference_error.FOCUS_DISCONNECTED",
		Remediation:        []string{"Retry the join with backoff.", "Check that Jicofo is running and reachable; newer lib-jitsi-meet reports this as JitsiConnectionErrors.CONFERENCE_REQUEST_FAILED instead."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "A focus outage is a service fault that may clear, so retry with backoff.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "FOCUS_LEFT",
		UpstreamName:       "FOCUS_LEFT",
		Summary:            "The focus (Jicofo) left the conference.",
		Cause:              "Jicofo's occupant left the MUC room; the SDK logs that it is leaving the conference and reports the failure.",
		When:               []string{"Jicofo restarts or drops the conference", "the conference is torn down on the server side"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "jitsi.conference_error.FOCUS_LEFT",
		Remediation:        []string{"Join again after a delay, with backoff.", "Check Jicofo's logs for a restart or a dropped conference if it recurs."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "Without the focus the conference cannot continue, but a new join usually gets a working focus.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "GRACEFUL_SHUTDOWN",
		UpstreamName:       "GRACEFUL_SHUTDOWN",
		Summary:            "The server is shutting down gracefully.",
		Cause:              "Jicofo refused the conference because it was in graceful shutdown; nothing emits it at this commit.",
		When:               []string{"Jicofo is in graceful shutdown (older releases)"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The meeting was interrupted by server maintenance. Rejoining should work in a moment.",
		UserMessageKey:     "jitsi.conference_error.GRACEFUL_SHUTDOWN",
		Remediation:        []string{"Join again after a short delay; the new conference lands on another instance."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "The server instance is going away on purpose (maintenance, upgrade, migration); as with LiveKit's SERVER_SHUTDOWN, rejoining after a short delay lands on another instance.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "ICE_FAILED",
		UpstreamName:       "ICE_FAILED",
		Summary:            "The media connection (ICE) failed and could not be restored.",
		Cause:              "ICE to the videobridge failed and the SDK's own ICE restarts (up to three, with backoff) or its session-restart request to Jicofo did not recover it.",
		When:               []string{"firewalls or NAT block the media ports", "TURN servers are unreachable", "Jicofo rejects the ICE-failure session restart"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "jitsi.conference_error.ICE_FAILED",
		Remediation:        []string{"Join again (reload the conference) with backoff; the SDK has already tried its ICE restarts.", "Check that the network allows media to the videobridge (UDP 10000, or TURN over TLS on port 443) and that TURN servers are configured and reachable."},
		Causes:             []string{"a firewall or NAT blocks the media ports", "TURN servers are unreachable", "Jicofo rejected the session restart after an ICE failure"},
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConference.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/util/Retry.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 3},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "The SDK has already exhausted its restarts and logs that the conference should be reloaded, so a bounded rejoin with backoff is what remains.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "INCOMPATIBLE_SERVER_VERSIONS",
		UpstreamName:       "INCOMPATIBLE_SERVER_VERSIONS",
		Summary:            "The server-side components are incompatible with this client.",
		Cause:              "Upstream: the server components' versions \"are incompatible with the client side\"; the method that emits it is never called at this commit.",
		When:               []string{"client and server releases do not match (older releases)"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This app needs an update to join this meeting.",
		UserMessageKey:     "jitsi.conference_error.INCOMPATIBLE_SERVER_VERSIONS",
		Remediation:        []string{"Upgrade the client library or the server components so that their versions match."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "A version mismatch needs an upgrade by the app or the operator, not a retry.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "MEMBERS_ONLY_ERROR",
		UpstreamName:       "MEMBERS_ONLY_ERROR",
		Summary:            "Only approved members may join the room.",
		Cause:              "The join was rejected with registration-required because the room is members-only (lobby); the SDK passes on the lobby room and whether it waits for a host.",
		When:               []string{"the lobby is enabled and the participant has not been admitted", "the meeting waits for a host"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This meeting has a waiting room. Ask to join and wait for a moderator to let you in.",
		UserMessageKey:     "jitsi.conference_error.MEMBERS_ONLY_ERROR",
		Remediation:        []string{"Offer the user to knock in the lobby (JitsiConference.joinLobby) and wait to be admitted.", "If the meeting waits for a host, show a waiting screen instead."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "The user must knock in the lobby (JitsiConference.joinLobby) and be admitted; the SDK does not do that by itself.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "NOT_ALLOWED_ERROR",
		UpstreamName:       "NOT_ALLOWED_ERROR",
		Summary:            "The participant is not allowed to join the conference.",
		Cause:              "The join was rejected with not-allowed; an AUTH_ERROR_TYPES sub-type and the server's text are passed along with the code.",
		When:               []string{"room creation is restricted", "unauthenticated access is disabled", "visitor rules refuse the join"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyDepends,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "jitsi.conference_error.NOT_ALLOWED_ERROR",
		Remediation:        []string{"Decide from the auth_error_type passed with it (the second argument of CONFERENCE_FAILED).", "Show the server's text to the user where it explains the refusal."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "The accompanying auth_error_type decides what to do, from retrying later to never.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "OFFER_ANSWER_FAILED",
		UpstreamName:       "OFFER_ANSWER_FAILED",
		Summary:            "The Jingle offer/answer exchange failed.",
		Cause:              "Accepting a JVB or P2P session offer, sending a P2P invite or applying a P2P answer failed; the underlying error is passed along.",
		When:               []string{"the browser rejects the remote session description", "local media cannot be added to the peer connection"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "jitsi.conference_error.OFFER_ANSWER_FAILED",
		Remediation:        []string{"Join again with backoff.", "Log the underlying error passed with the code; check the browser's WebRTC support and the local media tracks if it repeats."},
		Causes:             []string{"the browser rejected the remote session description", "local media could not be added to the peer connection"},
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "Negotiation failures are often environmental, so a bounded rejoin may help; repeated failures need the user.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "PASSWORD_NOT_SUPPORTED",
		UpstreamName:       "PASSWORD_NOT_SUPPORTED",
		Summary:            "A password cannot be set for this conference.",
		Cause:              "JitsiConference.lock() found no room-secret field in the room configuration, so the promise is rejected with this code.",
		When:               []string{"a moderator tries to lock the room on a server without password support"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Password protection is not available for this meeting.",
		UserMessageKey:     "jitsi.conference_error.PASSWORD_NOT_SUPPORTED",
		Remediation:        []string{"Hide the lock option on deployments without room passwords, or enable room passwords on the server (the room-secret field)."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "The server configuration lacks the feature, so repeating the call fails again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "PASSWORD_REQUIRED",
		UpstreamName:       "PASSWORD_REQUIRED",
		Summary:            "A password is required to join the conference.",
		Cause:              "The join presence was rejected with not-authorized because the room is locked.",
		When:               []string{"the room is password-protected", "the password given was wrong or missing"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This meeting is protected by a password. Please enter it to join.",
		UserMessageKey:     "jitsi.conference_error.PASSWORD_REQUIRED",
		Remediation:        []string{"Ask the user for the meeting password and call JitsiConference.join with it."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "The join succeeds once the user enters the right password (JitsiConference.join with the password).",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "RESERVATION_ERROR",
		UpstreamName:       "RESERVATION_ERROR",
		Summary:            "The reservation system refused the conference.",
		Cause:              "Jicofo's reply to the conference request carried a reservation-error; its error code and message are passed along.",
		When:               []string{"the reservation system rejects the room or its time"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This meeting cannot start right now. Please check the meeting time or contact the organiser.",
		UserMessageKey:     "jitsi.conference_error.RESERVATION_ERROR",
		Remediation:        []string{"Show the reservation system's message passed with the code.", "Fix the reservation (room, time, owner) before trying again."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "The reservation system's verdict does not change until the reservation does.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "SETTINGS_ERROR",
		UpstreamName:       "SETTINGS_ERROR",
		Summary:            "The server rejected a settings change.",
		Cause:              "The MUC sent an error message carrying a settings-error text, which is passed along.",
		When:               []string{"a room settings change is refused by the server"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "That setting could not be changed.",
		UserMessageKey:     "jitsi.conference_error.SETTINGS_ERROR",
		Remediation:        []string{"Show the server's text; do not repeat the same change.", "Check the user's role and the server's room configuration if the change should be allowed."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "The SDK emits it on CONFERENCE_ERROR and stays in the conference; the same change would be refused again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "conference_error",
		CatalogName:        "VIDEOBRIDGE_NOT_AVAILABLE",
		UpstreamName:       "VIDEOBRIDGE_NOT_AVAILABLE",
		Summary:            "No videobridge is available for the conference.",
		Cause:              "Jicofo's presence reported bridgeNotAvailable; the SDK reports it once per room.",
		When:               []string{"all videobridges are full or down"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call is full right now. Please try again in a little while.",
		UserMessageKey:     "jitsi.conference_error.VIDEOBRIDGE_NOT_AVAILABLE",
		Remediation:        []string{"Join again with backoff.", "Alert the operator: every videobridge is full or down; add bridge capacity."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "conference.failed (CONFERENCE_FAILED)", Means: "Joining or staying in the conference failed; the conference is over until the app joins again."}, {Value: "conference.error (CONFERENCE_ERROR)", Means: "An error inside a running conference; the participant stays in it."}}, Meaning: ""},
		Rationale:          "Bridge capacity may free up, so a bounded rejoin with backoff is reasonable.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// AuthErrorType: Sub-type passed with NOT_ALLOWED_ERROR that says why the join was not allowed.
//
// Upstream: AUTH_ERROR_TYPES in jitsi/lib-jitsi-meet 0.0.0.
type AuthErrorType string

// Every AuthErrorType, in upstream order.
const (
	// AuthErrorTypeGeneral: The join was not allowed for an unspecified reason.
	AuthErrorTypeGeneral AuthErrorType = "general"

	// AuthErrorTypeNoMainParticipants: A visitor cannot join because no main participants are in the meeting.
	AuthErrorTypeNoMainParticipants AuthErrorType = "no-main-participants"

	// AuthErrorTypeNoVisitorsLobby: Visitors are not admitted because the room uses a lobby.
	AuthErrorTypeNoVisitorsLobby AuthErrorType = "no-visitors-lobby"

	// AuthErrorTypePromotionNotAllowed: The visitor may not be promoted to a main participant.
	AuthErrorTypePromotionNotAllowed AuthErrorType = "promotion-not-allowed"

	// AuthErrorTypeRoomCreationRestriction: The client may not create the room.
	AuthErrorTypeRoomCreationRestriction AuthErrorType = "room-creation-restriction"

	// AuthErrorTypeRoomUnauthenticatedAccessDisabled: The room does not admit unauthenticated participants.
	AuthErrorTypeRoomUnauthenticatedAccessDisabled AuthErrorType = "authentication-required"
)

// AuthErrorTypeFromValue returns the code with this wire value, and whether the catalog knows it.
func AuthErrorTypeFromValue(value string) (AuthErrorType, bool) {
	if c := AuthErrorType(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseAuthErrorType returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseAuthErrorType(name string) (AuthErrorType, bool) {
	switch name {
	case "GENERAL":
		return AuthErrorTypeGeneral, true
	case "NO_MAIN_PARTICIPANTS":
		return AuthErrorTypeNoMainParticipants, true
	case "NO_VISITORS_LOBBY":
		return AuthErrorTypeNoVisitorsLobby, true
	case "PROMOTION_NOT_ALLOWED":
		return AuthErrorTypePromotionNotAllowed, true
	case "ROOM_CREATION_RESTRICTION":
		return AuthErrorTypeRoomCreationRestriction, true
	case "ROOM_UNAUTHENTICATED_ACCESS_DISABLED":
		return AuthErrorTypeRoomUnauthenticatedAccessDisabled, true
	}
	return "", false
}

// AllAuthErrorTypeValues returns every code, in upstream order.
func AllAuthErrorTypeValues() []AuthErrorType {
	return []AuthErrorType{
		AuthErrorTypeGeneral,
		AuthErrorTypeNoMainParticipants,
		AuthErrorTypeNoVisitorsLobby,
		AuthErrorTypePromotionNotAllowed,
		AuthErrorTypeRoomCreationRestriction,
		AuthErrorTypeRoomUnauthenticatedAccessDisabled,
	}
}

// String returns the name exactly as upstream spells it, or AuthErrorType(value) for a value the
// catalog does not know.
func (c AuthErrorType) String() string {
	if i := c.index(); i >= 0 {
		return authErrorTypeInfo[i].UpstreamName
	}
	return fmt.Sprintf("AuthErrorType(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c AuthErrorType) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c AuthErrorType) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &authErrorTypeInfo[i]
	}
	return nil
}

// index is the code's row in authErrorTypeInfo, or -1.
func (c AuthErrorType) index() int {
	switch c {
	case AuthErrorTypeGeneral:
		return 0
	case AuthErrorTypeNoMainParticipants:
		return 1
	case AuthErrorTypeNoVisitorsLobby:
		return 2
	case AuthErrorTypePromotionNotAllowed:
		return 3
	case AuthErrorTypeRoomCreationRestriction:
		return 4
	case AuthErrorTypeRoomUnauthenticatedAccessDisabled:
		return 5
	}
	return -1
}

var authErrorTypeInfo = [...]errorcatalog.Info{
	{
		Provider:           "jitsi",
		CodeSet:            "auth_error_type",
		CatalogName:        "GENERAL",
		UpstreamName:       "GENERAL",
		Summary:            "The join was not allowed for an unspecified reason.",
		Cause:              "The server returned not-allowed without any of the more specific markers the SDK recognises.",
		When:               []string{"room rules or server policy refuse the join"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "jitsi.auth_error_type.GENERAL",
		Remediation:        []string{"Show the server's text if any; do not retry.", "Check the room rules and server policy if the refusal is unexpected."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "A plain refusal is not expected to change on retry; in a breakout room the SDK moves the user back to the main room instead of reporting it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "auth_error_type",
		CatalogName:        "NO_MAIN_PARTICIPANTS",
		UpstreamName:       "NO_MAIN_PARTICIPANTS",
		Summary:            "A visitor cannot join because no main participants are in the meeting.",
		Cause:              "The server refused the visitor's join with no-main-participants in the jitsi:visitors namespace.",
		When:               []string{"a visitor arrives before the meeting has started"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The meeting has not started yet. Please try again later.",
		UserMessageKey:     "jitsi.auth_error_type.NO_MAIN_PARTICIPANTS",
		Remediation:        []string{"Tell the visitor the meeting has not started; let them try again later."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The join can succeed once main participants are present, so the user may try again later.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "auth_error_type",
		CatalogName:        "NO_VISITORS_LOBBY",
		UpstreamName:       "NO_VISITORS_LOBBY",
		Summary:            "Visitors are not admitted because the room uses a lobby.",
		Cause:              "The server refused the visitor's join with no-visitors-lobby in the jitsi:visitors namespace.",
		When:               []string{"a visitor tries to join a room whose lobby is enabled"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This meeting is not open to viewers right now.",
		UserMessageKey:     "jitsi.auth_error_type.NO_VISITORS_LOBBY",
		Remediation:        []string{"Do not retry as a visitor; join as a participant through the lobby, or turn the lobby off for visitors."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The room's lobby setting must change before a visitor can join.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "auth_error_type",
		CatalogName:        "PROMOTION_NOT_ALLOWED",
		UpstreamName:       "PROMOTION_NOT_ALLOWED",
		Summary:            "The visitor may not be promoted to a main participant.",
		Cause:              "The server refused the join with promotion-not-allowed in the jitsi:visitors namespace.",
		When:               []string{"a visitor tries to join the main room without being allowed"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You can watch this meeting but not join in.",
		UserMessageKey:     "jitsi.auth_error_type.PROMOTION_NOT_ALLOWED",
		Remediation:        []string{"Stay a visitor; the deployment does not let this visitor become a main participant."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The visitor lacks the right to be promoted, and retrying with the same rights fails again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "auth_error_type",
		CatalogName:        "ROOM_CREATION_RESTRICTION",
		UpstreamName:       "ROOM_CREATION_RESTRICTION",
		Summary:            "The client may not create the room.",
		Cause:              "The text \"Room creation is restricted\" or a room-does-not-exist marker: upstream describes a race where Jicofo left or was leaving the room when the client tried to join.",
		When:               []string{"Jicofo left the empty room just as the client joined", "a reconnect finished after Jicofo had left the room"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "jitsi.auth_error_type.ROOM_CREATION_RESTRICTION",
		Remediation:        []string{"Join again after a short delay; the SDK has already retried up to three times unless disableRoomCreationRetry is set.", "If it recurs, check that Jicofo is up and that only Jicofo may create rooms."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/util/Retry.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1500, MultiplierThousandths: 1500, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 3},
		RuntimeSignal:      nil,
		Rationale:          "The SDK itself retries this race up to three times with jittered backoff (unless disableRoomCreationRetry is set) before reporting it, so a later retry can still succeed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "jitsi",
		CodeSet:            "auth_error_type",
		CatalogName:        "ROOM_UNAUTHENTICATED_ACCESS_DISABLED",
		UpstreamName:       "ROOM_UNAUTHENTICATED_ACCESS_DISABLED",
		Summary:            "The room does not admit unauthenticated participants.",
		Cause:              "The server refused the join with authentication-required in the http://jitsi.org/jitmeet namespace.",
		When:               []string{"the room disables unauthenticated access and the user has no valid token"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You need to sign in to join this meeting.",
		UserMessageKey:     "jitsi.auth_error_type.ROOM_UNAUTHENTICATED_ACCESS_DISABLED",
		Remediation:        []string{"Ask the user to sign in or obtain a JWT from the backend, then join again."},
		Causes:             nil,
		References:         []string{"https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts", "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      nil,
		Rationale:          "Joining needs authentication, so obtain credentials (for example a JWT) and join again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}
