// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package livekit has the error codes of LiveKit, one type per code set.
package livekit

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// FailureReason: Reason why the ESP32 SDK's room connection failed or is being retried.
//
// Upstream: livekit_failure_reason_t in livekit/client-sdk-esp32 v0.3.10.
type FailureReason int32

// Every FailureReason, in upstream order.
const (
	// FailureReasonNone: No failure has occurred.
	FailureReasonNone FailureReason = 0

	// FailureReasonUnreachable: The LiveKit server could not be reached.
	FailureReasonUnreachable FailureReason = 1

	// FailureReasonBadToken: The access token is malformed.
	FailureReasonBadToken FailureReason = 2

	// FailureReasonUnauthorized: The token is not valid for joining the room.
	FailureReasonUnauthorized FailureReason = 3

	// FailureReasonRtc: A WebRTC peer connection could not be established or failed.
	FailureReasonRtc FailureReason = 4

	// FailureReasonMaxRetries: The SDK gave up after the maximum number of reconnect attempts.
	FailureReasonMaxRetries FailureReason = 5

	// FailureReasonPingTimeout: The server stopped answering pings in time.
	FailureReasonPingTimeout FailureReason = 6

	// FailureReasonDuplicateIdentity: Another participant joined with the same identity.
	FailureReasonDuplicateIdentity FailureReason = 7

	// FailureReasonServerShutdown: The LiveKit server instance is shutting down.
	FailureReasonServerShutdown FailureReason = 8

	// FailureReasonParticipantRemoved: The participant was removed through the room service API.
	FailureReasonParticipantRemoved FailureReason = 9

	// FailureReasonRoomDeleted: The room was deleted through the room service API.
	FailureReasonRoomDeleted FailureReason = 10

	// FailureReasonStateMismatch: The server does not know the session the client tried to resume.
	FailureReasonStateMismatch FailureReason = 11

	// FailureReasonJoinIncomplete: The client could not finish joining the room.
	FailureReasonJoinIncomplete FailureReason = 12

	// FailureReasonMigration: The server asked the client to move its connection elsewhere.
	FailureReasonMigration FailureReason = 13

	// FailureReasonSignalClose: The signalling connection was closed unexpectedly.
	FailureReasonSignalClose FailureReason = 14

	// FailureReasonRoomClosed: The room closed because all standard and ingress participants left.
	FailureReasonRoomClosed FailureReason = 15

	// FailureReasonSipUserUnavailable: The SIP callee did not answer in time.
	FailureReasonSipUserUnavailable FailureReason = 16

	// FailureReasonSipUserRejected: The SIP callee rejected the call.
	FailureReasonSipUserRejected FailureReason = 17

	// FailureReasonSipTrunkFailure: The SIP trunk failed or answered unexpectedly.
	FailureReasonSipTrunkFailure FailureReason = 18

	// FailureReasonConnectionTimeout: The server timed out the participant's session.
	FailureReasonConnectionTimeout FailureReason = 19

	// FailureReasonMediaFailure: A media stream failed or timed out.
	FailureReasonMediaFailure FailureReason = 20

	// FailureReasonOther: A failure not covered by the other reasons.
	FailureReasonOther FailureReason = 21
)

// FailureReasonFromValue returns the code with this wire value, and whether the catalog knows it.
func FailureReasonFromValue(value int32) (FailureReason, bool) {
	if c := FailureReason(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseFailureReason returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseFailureReason(name string) (FailureReason, bool) {
	switch name {
	case "LIVEKIT_FAILURE_REASON_NONE":
		return FailureReasonNone, true
	case "LIVEKIT_FAILURE_REASON_UNREACHABLE":
		return FailureReasonUnreachable, true
	case "LIVEKIT_FAILURE_REASON_BAD_TOKEN":
		return FailureReasonBadToken, true
	case "LIVEKIT_FAILURE_REASON_UNAUTHORIZED":
		return FailureReasonUnauthorized, true
	case "LIVEKIT_FAILURE_REASON_RTC":
		return FailureReasonRtc, true
	case "LIVEKIT_FAILURE_REASON_MAX_RETRIES":
		return FailureReasonMaxRetries, true
	case "LIVEKIT_FAILURE_REASON_PING_TIMEOUT":
		return FailureReasonPingTimeout, true
	case "LIVEKIT_FAILURE_REASON_DUPLICATE_IDENTITY":
		return FailureReasonDuplicateIdentity, true
	case "LIVEKIT_FAILURE_REASON_SERVER_SHUTDOWN":
		return FailureReasonServerShutdown, true
	case "LIVEKIT_FAILURE_REASON_PARTICIPANT_REMOVED":
		return FailureReasonParticipantRemoved, true
	case "LIVEKIT_FAILURE_REASON_ROOM_DELETED":
		return FailureReasonRoomDeleted, true
	case "LIVEKIT_FAILURE_REASON_STATE_MISMATCH":
		return FailureReasonStateMismatch, true
	case "LIVEKIT_FAILURE_REASON_JOIN_INCOMPLETE":
		return FailureReasonJoinIncomplete, true
	case "LIVEKIT_FAILURE_REASON_MIGRATION":
		return FailureReasonMigration, true
	case "LIVEKIT_FAILURE_REASON_SIGNAL_CLOSE":
		return FailureReasonSignalClose, true
	case "LIVEKIT_FAILURE_REASON_ROOM_CLOSED":
		return FailureReasonRoomClosed, true
	case "LIVEKIT_FAILURE_REASON_SIP_USER_UNAVAILABLE":
		return FailureReasonSipUserUnavailable, true
	case "LIVEKIT_FAILURE_REASON_SIP_USER_REJECTED":
		return FailureReasonSipUserRejected, true
	case "LIVEKIT_FAILURE_REASON_SIP_TRUNK_FAILURE":
		return FailureReasonSipTrunkFailure, true
	case "LIVEKIT_FAILURE_REASON_CONNECTION_TIMEOUT":
		return FailureReasonConnectionTimeout, true
	case "LIVEKIT_FAILURE_REASON_MEDIA_FAILURE":
		return FailureReasonMediaFailure, true
	case "LIVEKIT_FAILURE_REASON_OTHER":
		return FailureReasonOther, true
	}
	return 0, false
}

// AllFailureReasonValues returns every code, in upstream order.
func AllFailureReasonValues() []FailureReason {
	return []FailureReason{
		FailureReasonNone,
		FailureReasonUnreachable,
		FailureReasonBadToken,
		FailureReasonUnauthorized,
		FailureReasonRtc,
		FailureReasonMaxRetries,
		FailureReasonPingTimeout,
		FailureReasonDuplicateIdentity,
		FailureReasonServerShutdown,
		FailureReasonParticipantRemoved,
		FailureReasonRoomDeleted,
		FailureReasonStateMismatch,
		FailureReasonJoinIncomplete,
		FailureReasonMigration,
		FailureReasonSignalClose,
		FailureReasonRoomClosed,
		FailureReasonSipUserUnavailable,
		FailureReasonSipUserRejected,
		FailureReasonSipTrunkFailure,
		FailureReasonConnectionTimeout,
		FailureReasonMediaFailure,
		FailureReasonOther,
	}
}

// String returns the name exactly as upstream spells it, or FailureReason(value) for a value the
// catalog does not know.
func (c FailureReason) String() string {
	if i := c.index(); i >= 0 {
		return failureReasonInfo[i].UpstreamName
	}
	return fmt.Sprintf("FailureReason(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c FailureReason) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c FailureReason) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &failureReasonInfo[i]
	}
	return nil
}

// index is the code's row in failureReasonInfo, or -1.
func (c FailureReason) index() int {
	switch c {
	case FailureReasonNone:
		return 0
	case FailureReasonUnreachable:
		return 1
	case FailureReasonBadToken:
		return 2
	case FailureReasonUnauthorized:
		return 3
	case FailureReasonRtc:
		return 4
	case FailureReasonMaxRetries:
		return 5
	case FailureReasonPingTimeout:
		return 6
	case FailureReasonDuplicateIdentity:
		return 7
	case FailureReasonServerShutdown:
		return 8
	case FailureReasonParticipantRemoved:
		return 9
	case FailureReasonRoomDeleted:
		return 10
	case FailureReasonStateMismatch:
		return 11
	case FailureReasonJoinIncomplete:
		return 12
	case FailureReasonMigration:
		return 13
	case FailureReasonSignalClose:
		return 14
	case FailureReasonRoomClosed:
		return 15
	case FailureReasonSipUserUnavailable:
		return 16
	case FailureReasonSipUserRejected:
		return 17
	case FailureReasonSipTrunkFailure:
		return 18
	case FailureReasonConnectionTimeout:
		return 19
	case FailureReasonMediaFailure:
		return 20
	case FailureReasonOther:
		return 21
	}
	return -1
}

var failureReasonInfo = [...]errorcatalog.Info{
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "NONE",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_NONE",
		Summary:            "No failure has occurred.",
		Cause:              "The room is connecting, connected, or was closed by the app, so there is nothing to report.",
		When:               []string{"the connection is up or being set up for the first time", "the app closed the room, or the server sent a leave with reason CLIENT_INITIATED"},
		Category:           errorcatalog.CategoryNotAnError,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Everything is working normally.",
		UserMessageKey:     "livekit.failure_reason.NONE",
		Remediation:        []string{"Nothing to fix: treat it as the absence of an error (log it at debug level at most)."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "UNREACHABLE",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_UNREACHABLE",
		Summary:            "The LiveKit server could not be reached.",
		Cause:              "The signalling websocket could not be opened, for example because of a network outage, a wrong URL, a TLS handshake failure or an offline server.",
		When:               []string{"the websocket reports an error without an HTTP status", "reported while the SDK is reconnecting (state RECONNECTING)"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "livekit.failure_reason.UNREACHABLE",
		Remediation:        []string{"Do nothing from the app while the room state is RECONNECTING: the SDK is retrying by itself.", "Show the user that the call is reconnecting.", "If the state becomes FAILED, handle the final failure reason the SDK then reports (often MAX_RETRIES).", "If it ends in FAILED, check that the server URL is right and reachable from the device's network (DNS, TLS, firewall)."},
		Causes:             []string{"no network on the device", "a wrong server URL", "a TLS handshake failure", "the server is offline"},
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c", "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/utils.c"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 200, MultiplierThousandths: 2000, MaxDelayMs: 7000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 7},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "BAD_TOKEN",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_BAD_TOKEN",
		Summary:            "The access token is malformed.",
		Cause:              "The server answered the signalling handshake with HTTP 400, for example because the token's identity or room is missing, empty or too long.",
		When:               []string{"connecting with a token that lacks identity or room", "connecting with a token whose identity or room exceeds the maximum length"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not confirm your access to this call. Please try again in a moment.",
		UserMessageKey:     "livekit.failure_reason.BAD_TOKEN",
		Remediation:        []string{"Check how the backend builds the token: it must carry an identity and a room name, each within LiveKit's length limits.", "Mint a new token with those fields and connect with it.", "Do not retry with the same token: the server refuses it again."},
		Causes:             []string{"the token has no identity or no room", "the identity or room name is too long"},
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "The SDK stops without retrying on this client-side failure, and only a correctly built token from the app's backend can succeed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "UNAUTHORIZED",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_UNAUTHORIZED",
		Summary:            "The token is not valid for joining the room.",
		Cause:              "The server answered the signalling handshake with HTTP 401, for example because the token has expired or lacks the needed grants.",
		When:               []string{"the token has expired", "the token does not grant joining this room"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not confirm your access to this call. Please try joining again.",
		UserMessageKey:     "livekit.failure_reason.UNAUTHORIZED",
		Remediation:        []string{"Fetch a new token from the app's backend and connect again.", "If a fresh token is refused too, check that it grants roomJoin for this room and that the API key and secret match the server.", "Check the device's clock if tokens look expired as soon as they are issued."},
		Causes:             []string{"the token has expired", "the token does not grant joining this room", "the token was signed with the wrong key"},
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "The SDK stops without retrying on this client-side failure, and the upstream doc blames an expired or under-privileged token, so a fresh token is needed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "RTC",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_RTC",
		Summary:            "A WebRTC peer connection could not be established or failed.",
		Cause:              "The publisher or subscriber peer connection reported disconnected or failed while connecting or while connected.",
		When:               []string{"ICE or DTLS setup fails during join", "an established peer connection drops", "reported while the SDK is reconnecting (state RECONNECTING)"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "livekit.failure_reason.RTC",
		Remediation:        []string{"Do nothing from the app while the room state is RECONNECTING: the SDK is retrying by itself.", "Show the user that the call is reconnecting.", "If the state becomes FAILED, handle the final failure reason the SDK then reports (often MAX_RETRIES).", "If it ends in FAILED, check that the network lets WebRTC through (UDP, or TURN over TLS on port 443) and that the server's ICE/TURN settings are right."},
		Causes:             []string{"ICE or DTLS cannot complete through the network", "an established peer connection drops"},
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 200, MultiplierThousandths: 2000, MaxDelayMs: 7000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 7},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "MAX_RETRIES",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_MAX_RETRIES",
		Summary:            "The SDK gave up after the maximum number of reconnect attempts.",
		Cause:              "Every automatic retry failed, and the attempt count exceeded CONFIG_LK_MAX_RETRIES (7 by default).",
		When:               []string{"repeated unreachable, ping-timeout, RTC or server-side handshake failures"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not reconnect to the call. Check your internet connection, then try again.",
		UserMessageKey:     "livekit.failure_reason.MAX_RETRIES",
		Remediation:        []string{"Let the user rejoin when they choose; the SDK has already retried CONFIG_LK_MAX_RETRIES times.", "Look in the log at the failure reasons of the individual attempts to find the underlying cause.", "Raise CONFIG_LK_MAX_RETRIES (0-100) only if the device's network is known to recover slowly."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c", "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/Kconfig"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "The SDK has already backed off and retried, so a new attempt should wait for the user or the network to change; most retried failures are network related.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "PING_TIMEOUT",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_PING_TIMEOUT",
		Summary:            "The server stopped answering pings in time.",
		Cause:              "No pong arrived within the ping timeout announced in the join response, so the SDK closed the signalling websocket.",
		When:               []string{"the network drops silently while connected", "reported while the SDK is reconnecting (state RECONNECTING)"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "livekit.failure_reason.PING_TIMEOUT",
		Remediation:        []string{"Do nothing from the app while the room state is RECONNECTING: the SDK is retrying by itself.", "Show the user that the call is reconnecting.", "If the state becomes FAILED, handle the final failure reason the SDK then reports (often MAX_RETRIES).", "If it happens often, check the device's network for silent drops (Wi-Fi power saving, NAT timeouts)."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 200, MultiplierThousandths: 2000, MaxDelayMs: 7000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 7},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "DUPLICATE_IDENTITY",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_DUPLICATE_IDENTITY",
		Summary:            "Another participant joined with the same identity.",
		Cause:              "The server sent a leave request because a newer connection used this participant's identity.",
		When:               []string{"the same user joins from a second device or tab", "two devices share one token identity"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You joined this call from another device or window, so this one was disconnected.",
		UserMessageKey:     "livekit.failure_reason.DUPLICATE_IDENTITY",
		Remediation:        []string{"Give each device or tab its own participant identity when minting tokens.", "Offer the user a button to rejoin here, which disconnects the other session."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "Reconnecting automatically would push out the other session in turn, so only the user should decide to rejoin.",
		Deprecation:        "",
		ProtocolEquivalent: "livekit/disconnect_reason/DUPLICATE_IDENTITY",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "SERVER_SHUTDOWN",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_SERVER_SHUTDOWN",
		Summary:            "The LiveKit server instance is shutting down.",
		Cause:              "The server sent a leave request with reason SERVER_SHUTDOWN because it is going away.",
		When:               []string{"a server is drained or restarted for deployment or scaling"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The call was interrupted by server maintenance. Reconnecting should work in a moment.",
		UserMessageKey:     "livekit.failure_reason.SERVER_SHUTDOWN",
		Remediation:        []string{"Join again after a short delay; the new connection is routed to a healthy server.", "No fix is needed on the device: servers are drained during deployments and scaling."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "The ESP32 SDK ends the connection on any server leave, but a new join after a short delay is normally routed to a healthy server.",
		Deprecation:        "",
		ProtocolEquivalent: "livekit/disconnect_reason/SERVER_SHUTDOWN",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "PARTICIPANT_REMOVED",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_PARTICIPANT_REMOVED",
		Summary:            "The participant was removed through the room service API.",
		Cause:              "A backend called RoomService.RemoveParticipant for this participant.",
		When:               []string{"a moderator or backend kicks the device from the room"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You were removed from the call.",
		UserMessageKey:     "livekit.failure_reason.PARTICIPANT_REMOVED",
		Remediation:        []string{"Do not rejoin automatically: a backend removed this participant on purpose.", "If the removal was not intended, check which service called RoomService.RemoveParticipant."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "The removal was a deliberate decision by the app's backend, so rejoining without its consent would undo it.",
		Deprecation:        "",
		ProtocolEquivalent: "livekit/disconnect_reason/PARTICIPANT_REMOVED",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "ROOM_DELETED",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_ROOM_DELETED",
		Summary:            "The room was deleted through the room service API.",
		Cause:              "A backend called RoomService.DeleteRoom for the room.",
		When:               []string{"the app's backend ends the room for everyone"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call has ended.",
		UserMessageKey:     "livekit.failure_reason.ROOM_DELETED",
		Remediation:        []string{"Do not rejoin the same room: it was deleted through RoomService.DeleteRoom.", "Start a new room from the backend if the session should go on."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "The room was ended on purpose, so rejoining it makes no sense unless the backend starts a new session.",
		Deprecation:        "",
		ProtocolEquivalent: "livekit/disconnect_reason/ROOM_DELETED",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "STATE_MISMATCH",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_STATE_MISMATCH",
		Summary:            "The server does not know the session the client tried to resume.",
		Cause:              "The server rejected the connection because it holds no state for the session the client presented.",
		When:               []string{"the server already dropped the session after a long network outage"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was lost for too long. Please join again.",
		UserMessageKey:     "livekit.failure_reason.STATE_MISMATCH",
		Remediation:        []string{"Do a fresh join (not a resume) after a short delay; the server no longer holds the old session.", "If it recurs, look for long network gaps on the device."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "The old session is gone, but a fresh full join normally succeeds, so the app may reconnect after a delay.",
		Deprecation:        "",
		ProtocolEquivalent: "livekit/disconnect_reason/STATE_MISMATCH",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "JOIN_INCOMPLETE",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_JOIN_INCOMPLETE",
		Summary:            "The client could not finish joining the room.",
		Cause:              "The server gave up on the participant because the connection was not fully established in time.",
		When:               []string{"the signalling connection works but media transports never come up"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "livekit.failure_reason.JOIN_INCOMPLETE",
		Remediation:        []string{"Join again with backoff.", "If it keeps failing, check that the network allows WebRTC media (UDP or TURN over TLS) as well as the signalling websocket."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "Join failures are usually transient network or ICE problems, so a delayed new join is reasonable, with the user told if it keeps failing.",
		Deprecation:        "",
		ProtocolEquivalent: "livekit/disconnect_reason/JOIN_FAILURE",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "MIGRATION",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_MIGRATION",
		Summary:            "The server asked the client to move its connection elsewhere.",
		Cause:              "A LiveKit Cloud server requested that the participant migrate to another server; the ESP32 SDK does not migrate and ends the connection instead.",
		When:               []string{"LiveKit Cloud rebalances or drains a server"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The call moved to another server. Reconnecting should work in a moment.",
		UserMessageKey:     "livekit.failure_reason.MIGRATION",
		Remediation:        []string{"Join again after a short delay; this SDK does not migrate by itself."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "The server wants the participant connected elsewhere, so a new join after a short delay is the expected follow-up.",
		Deprecation:        "",
		ProtocolEquivalent: "livekit/disconnect_reason/MIGRATION",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "SIGNAL_CLOSE",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_SIGNAL_CLOSE",
		Summary:            "The signalling connection was closed unexpectedly.",
		Cause:              "The server reported that the signalling websocket closed without a clean leave.",
		When:               []string{"the signalling connection drops and the server reports the reason in a leave request"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "livekit.failure_reason.SIGNAL_CLOSE",
		Remediation:        []string{"Join again with backoff.", "If it recurs, check the device's network stability and any proxy that closes long-lived websockets."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "A dropped signalling link is usually transient, so reconnecting with backoff is reasonable.",
		Deprecation:        "",
		ProtocolEquivalent: "livekit/disconnect_reason/SIGNAL_CLOSE",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "ROOM_CLOSED",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_ROOM_CLOSED",
		Summary:            "The room closed because all standard and ingress participants left.",
		Cause:              "The server closed the room once no standard or ingress participant remained in it.",
		When:               []string{"everyone else left the room"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The call has ended because everyone else left.",
		UserMessageKey:     "livekit.failure_reason.ROOM_CLOSED",
		Remediation:        []string{"Do not rejoin automatically; let the user start or join a new call."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "The session ended naturally, so only the user should decide to start or join a new one.",
		Deprecation:        "",
		ProtocolEquivalent: "livekit/disconnect_reason/ROOM_CLOSED",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "SIP_USER_UNAVAILABLE",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_SIP_USER_UNAVAILABLE",
		Summary:            "The SIP callee did not answer in time.",
		Cause:              "A SIP call placed for the room was not answered before its timeout.",
		When:               []string{"the called phone rings out or is switched off"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The person you called did not answer.",
		UserMessageKey:     "livekit.failure_reason.SIP_USER_UNAVAILABLE",
		Remediation:        []string{"Let the user decide whether to call again later.", "Check the ringing timeout of the SIP call if calls end too early."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "Calling again only helps once the callee is reachable, which the user has to judge.",
		Deprecation:        "",
		ProtocolEquivalent: "livekit/disconnect_reason/USER_UNAVAILABLE",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "SIP_USER_REJECTED",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_SIP_USER_REJECTED",
		Summary:            "The SIP callee rejected the call.",
		Cause:              "The called party declined the SIP call, for example because the line was busy.",
		When:               []string{"the callee declines the call", "the line is busy"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The person you called declined the call or was busy.",
		UserMessageKey:     "livekit.failure_reason.SIP_USER_REJECTED",
		Remediation:        []string{"Let the user decide whether to call again."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "The other party refused the call, so only the user should decide to call again.",
		Deprecation:        "",
		ProtocolEquivalent: "livekit/disconnect_reason/USER_REJECTED",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "SIP_TRUNK_FAILURE",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_SIP_TRUNK_FAILURE",
		Summary:            "The SIP trunk failed or answered unexpectedly.",
		Cause:              "The SIP signalling with the trunk provider failed or returned an unexpected response.",
		When:               []string{"the SIP trunk is misconfigured or down"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The phone call could not be connected. Please try again later.",
		UserMessageKey:     "livekit.failure_reason.SIP_TRUNK_FAILURE",
		Remediation:        []string{"Check the SIP trunk's configuration (address, credentials, allowed numbers) and its provider's status.", "Retry with backoff; alert the operator if it recurs."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "A trunk failure lies outside the client and may clear, so retry with backoff and alert if it recurs.",
		Deprecation:        "",
		ProtocolEquivalent: "livekit/disconnect_reason/SIP_TRUNK_FAILURE",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "CONNECTION_TIMEOUT",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_CONNECTION_TIMEOUT",
		Summary:            "The server timed out the participant's session.",
		Cause:              "The server stopped hearing from the participant for too long and ended its session.",
		When:               []string{"the device loses connectivity for longer than the server allows"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "livekit.failure_reason.CONNECTION_TIMEOUT",
		Remediation:        []string{"Join again with backoff once the device is back online.", "If it recurs, look for long gaps in the device's connectivity."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "Timeouts usually come from transient connectivity loss, so reconnecting with backoff is reasonable.",
		Deprecation:        "",
		ProtocolEquivalent: "livekit/disconnect_reason/CONNECTION_TIMEOUT",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "MEDIA_FAILURE",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_MEDIA_FAILURE",
		Summary:            "A media stream failed or timed out.",
		Cause:              "The server ended the session because media stopped flowing or the media path failed.",
		When:               []string{"media packets stop arriving at the server"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "livekit.failure_reason.MEDIA_FAILURE",
		Remediation:        []string{"Join again with backoff.", "If it repeats, check that the network lets media through (UDP, or TURN over TLS on port 443)."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "Media failures are often transient network or firewall issues, so a delayed rejoin may work, with the user told if it repeats.",
		Deprecation:        "",
		ProtocolEquivalent: "livekit/disconnect_reason/MEDIA_FAILURE",
	},
	{
		Provider:           "livekit",
		CodeSet:            "failure_reason",
		CatalogName:        "OTHER",
		UpstreamName:       "LIVEKIT_FAILURE_REASON_OTHER",
		Summary:            "A failure not covered by the other reasons.",
		Cause:              "The SDK hit a failure it does not classify; upstream asks developers to check the console log and report the issue.",
		When:               []string{"the signalling websocket closed without a ping timeout, or the handshake got an HTTP 5xx (the SDK retries)", "the handshake got an HTTP 4xx other than 400/401 (the SDK stops)", "the server sent a leave with UNKNOWN_REASON, AGENT_ERROR or another reason the SDK does not map (the SDK stops)"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyDepends,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal once the room state is LIVEKIT_CONNECTION_STATE_FAILED; not terminal while it is LIVEKIT_CONNECTION_STATE_RECONNECTING, when the SDK is retrying by itself.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "livekit.failure_reason.OTHER",
		Remediation:        []string{"Read the room state: while it is RECONNECTING the SDK is retrying, so wait; once it is FAILED the connection is over.", "Check the console log for the HTTP status or leave reason behind it, as upstream asks, and report unknown cases to LiveKit.", "After FAILED, offer the user a retry."},
		Causes:             []string{"the signalling websocket closed without a ping timeout (the SDK retries)", "the handshake got an HTTP 5xx (the SDK retries)", "the handshake got an HTTP 4xx other than 400 or 401 (the SDK stops)", "the server sent a leave with UNKNOWN_REASON, AGENT_ERROR or a reason the SDK does not know (the SDK stops)"},
		References:         []string{"https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h", "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "LIVEKIT_CONNECTION_STATE_RECONNECTING", Means: "The SDK is retrying by itself; the reason is not final and the app should wait."}, {Value: "LIVEKIT_CONNECTION_STATE_FAILED", Means: "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."}}, Meaning: ""},
		Rationale:          "The SDK reports OTHER both while it retries by itself (state RECONNECTING) and after it has given up (state FAILED), so the verdict comes from the connection state.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// DisconnectReason: Reason why a participant was disconnected from a LiveKit room (LiveKit protocol).
//
// Upstream: DisconnectReason in livekit/protocol 2.23.0 (package npm:livekit-client@2.23.0).
type DisconnectReason int32

// Every DisconnectReason, in upstream order.
const (
	// DisconnectReasonUnknownReason: No specific reason was given.
	DisconnectReasonUnknownReason DisconnectReason = 0

	// DisconnectReasonClientInitiated: The client itself ended the connection.
	DisconnectReasonClientInitiated DisconnectReason = 1

	// DisconnectReasonDuplicateIdentity: Another participant with the same identity joined the room.
	DisconnectReasonDuplicateIdentity DisconnectReason = 2

	// DisconnectReasonServerShutdown: The server instance is shutting down.
	DisconnectReasonServerShutdown DisconnectReason = 3

	// DisconnectReasonParticipantRemoved: The participant was removed through the room service API.
	DisconnectReasonParticipantRemoved DisconnectReason = 4

	// DisconnectReasonRoomDeleted: The room was deleted through the room service API.
	DisconnectReasonRoomDeleted DisconnectReason = 5

	// DisconnectReasonStateMismatch: The server does not know the session the client tried to resume.
	DisconnectReasonStateMismatch DisconnectReason = 6

	// DisconnectReasonJoinFailure: The client could not connect fully.
	DisconnectReasonJoinFailure DisconnectReason = 7

	// DisconnectReasonMigration: The server asked the participant to move its connection elsewhere.
	DisconnectReasonMigration DisconnectReason = 8

	// DisconnectReasonSignalClose: The signalling websocket closed unexpectedly.
	DisconnectReasonSignalClose DisconnectReason = 9

	// DisconnectReasonRoomClosed: The room closed because all standard and ingress participants left.
	DisconnectReasonRoomClosed DisconnectReason = 10

	// DisconnectReasonUserUnavailable: The SIP callee did not answer in time.
	DisconnectReasonUserUnavailable DisconnectReason = 11

	// DisconnectReasonUserRejected: The SIP callee rejected the call.
	DisconnectReasonUserRejected DisconnectReason = 12

	// DisconnectReasonSipTrunkFailure: The SIP trunk failed or answered unexpectedly.
	DisconnectReasonSipTrunkFailure DisconnectReason = 13

	// DisconnectReasonConnectionTimeout: The server timed out the participant's session.
	DisconnectReasonConnectionTimeout DisconnectReason = 14

	// DisconnectReasonMediaFailure: A media stream failed or timed out.
	DisconnectReasonMediaFailure DisconnectReason = 15

	// DisconnectReasonAgentError: An agent encountered an error.
	DisconnectReasonAgentError DisconnectReason = 16
)

// DisconnectReasonFromValue returns the code with this wire value, and whether the catalog knows it.
func DisconnectReasonFromValue(value int32) (DisconnectReason, bool) {
	if c := DisconnectReason(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseDisconnectReason returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseDisconnectReason(name string) (DisconnectReason, bool) {
	switch name {
	case "UNKNOWN_REASON":
		return DisconnectReasonUnknownReason, true
	case "CLIENT_INITIATED":
		return DisconnectReasonClientInitiated, true
	case "DUPLICATE_IDENTITY":
		return DisconnectReasonDuplicateIdentity, true
	case "SERVER_SHUTDOWN":
		return DisconnectReasonServerShutdown, true
	case "PARTICIPANT_REMOVED":
		return DisconnectReasonParticipantRemoved, true
	case "ROOM_DELETED":
		return DisconnectReasonRoomDeleted, true
	case "STATE_MISMATCH":
		return DisconnectReasonStateMismatch, true
	case "JOIN_FAILURE":
		return DisconnectReasonJoinFailure, true
	case "MIGRATION":
		return DisconnectReasonMigration, true
	case "SIGNAL_CLOSE":
		return DisconnectReasonSignalClose, true
	case "ROOM_CLOSED":
		return DisconnectReasonRoomClosed, true
	case "USER_UNAVAILABLE":
		return DisconnectReasonUserUnavailable, true
	case "USER_REJECTED":
		return DisconnectReasonUserRejected, true
	case "SIP_TRUNK_FAILURE":
		return DisconnectReasonSipTrunkFailure, true
	case "CONNECTION_TIMEOUT":
		return DisconnectReasonConnectionTimeout, true
	case "MEDIA_FAILURE":
		return DisconnectReasonMediaFailure, true
	case "AGENT_ERROR":
		return DisconnectReasonAgentError, true
	}
	return 0, false
}

// AllDisconnectReasonValues returns every code, in upstream order.
func AllDisconnectReasonValues() []DisconnectReason {
	return []DisconnectReason{
		DisconnectReasonUnknownReason,
		DisconnectReasonClientInitiated,
		DisconnectReasonDuplicateIdentity,
		DisconnectReasonServerShutdown,
		DisconnectReasonParticipantRemoved,
		DisconnectReasonRoomDeleted,
		DisconnectReasonStateMismatch,
		DisconnectReasonJoinFailure,
		DisconnectReasonMigration,
		DisconnectReasonSignalClose,
		DisconnectReasonRoomClosed,
		DisconnectReasonUserUnavailable,
		DisconnectReasonUserRejected,
		DisconnectReasonSipTrunkFailure,
		DisconnectReasonConnectionTimeout,
		DisconnectReasonMediaFailure,
		DisconnectReasonAgentError,
	}
}

// String returns the name exactly as upstream spells it, or DisconnectReason(value) for a value the
// catalog does not know.
func (c DisconnectReason) String() string {
	if i := c.index(); i >= 0 {
		return disconnectReasonInfo[i].UpstreamName
	}
	return fmt.Sprintf("DisconnectReason(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c DisconnectReason) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c DisconnectReason) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &disconnectReasonInfo[i]
	}
	return nil
}

// index is the code's row in disconnectReasonInfo, or -1.
func (c DisconnectReason) index() int {
	switch c {
	case DisconnectReasonUnknownReason:
		return 0
	case DisconnectReasonClientInitiated:
		return 1
	case DisconnectReasonDuplicateIdentity:
		return 2
	case DisconnectReasonServerShutdown:
		return 3
	case DisconnectReasonParticipantRemoved:
		return 4
	case DisconnectReasonRoomDeleted:
		return 5
	case DisconnectReasonStateMismatch:
		return 6
	case DisconnectReasonJoinFailure:
		return 7
	case DisconnectReasonMigration:
		return 8
	case DisconnectReasonSignalClose:
		return 9
	case DisconnectReasonRoomClosed:
		return 10
	case DisconnectReasonUserUnavailable:
		return 11
	case DisconnectReasonUserRejected:
		return 12
	case DisconnectReasonSipTrunkFailure:
		return 13
	case DisconnectReasonConnectionTimeout:
		return 14
	case DisconnectReasonMediaFailure:
		return 15
	case DisconnectReasonAgentError:
		return 16
	}
	return -1
}

var disconnectReasonInfo = [...]errorcatalog.Info{
	{
		Provider:           "livekit",
		CodeSet:            "disconnect_reason",
		CatalogName:        "UNKNOWN_REASON",
		UpstreamName:       "UNKNOWN_REASON",
		Summary:            "No specific reason was given.",
		Cause:              "The disconnect was not attributed to any of the defined reasons.",
		When:               []string{"the server or SDK could not classify the disconnect", "livekit-client fails to connect for an unclassified reason (timeout, internal error)"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "livekit.disconnect_reason.UNKNOWN_REASON",
		Remediation:        []string{"Retry the join with backoff.", "Log the error that came with it (livekit-client reports unclassified connect failures, timeouts and internal errors this way) and check the server logs for the participant."},
		Causes:             []string{"the server did not give a reason", "livekit-client failed to connect for an unclassified reason"},
		References:         []string{"https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto", "livekit-client@2.23.0 src/room/RTCEngine.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "LeaveRequest.action", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECT (0)", Means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."}, {Value: "RESUME (1)", Means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."}, {Value: "RECONNECT (2)", Means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."}}, Meaning: ""},
		Rationale:          "Without a reason the failure may be transient, so a bounded retry with backoff is the safest default.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "disconnect_reason",
		CatalogName:        "CLIENT_INITIATED",
		UpstreamName:       "CLIENT_INITIATED",
		Summary:            "The client itself ended the connection.",
		Cause:              "The local app disconnected from the room, or cancelled a connection attempt.",
		When:               []string{"the app calls room.disconnect()", "a pending connect is aborted"},
		Category:           errorcatalog.CategoryEndedNormally,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You have left the call.",
		UserMessageKey:     "livekit.disconnect_reason.CLIENT_INITIATED",
		Remediation:        []string{"Nothing to fix: the app called room.disconnect() or cancelled a pending connect. Clean up the UI."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "LeaveRequest.action", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECT (0)", Means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."}, {Value: "RESUME (1)", Means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."}, {Value: "RECONNECT (2)", Means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "disconnect_reason",
		CatalogName:        "DUPLICATE_IDENTITY",
		UpstreamName:       "DUPLICATE_IDENTITY",
		Summary:            "Another participant with the same identity joined the room.",
		Cause:              "The server disconnected this participant because a newer connection used its identity.",
		When:               []string{"the same user joins from a second device or tab"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You joined this call from another device or window, so this one was disconnected.",
		UserMessageKey:     "livekit.disconnect_reason.DUPLICATE_IDENTITY",
		Remediation:        []string{"Give each device or tab its own participant identity when minting tokens.", "Offer the user a button to rejoin here, which disconnects the other session."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "LeaveRequest.action", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECT (0)", Means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."}, {Value: "RESUME (1)", Means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."}, {Value: "RECONNECT (2)", Means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."}}, Meaning: ""},
		Rationale:          "Reconnecting automatically would push out the other session in turn, so only the user should decide to rejoin.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "disconnect_reason",
		CatalogName:        "SERVER_SHUTDOWN",
		UpstreamName:       "SERVER_SHUTDOWN",
		Summary:            "The server instance is shutting down.",
		Cause:              "The LiveKit server handling the participant is going away and disconnected it.",
		When:               []string{"a server is drained or restarted for deployment or scaling"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The call was interrupted by server maintenance. Reconnecting should work in a moment.",
		UserMessageKey:     "livekit.disconnect_reason.SERVER_SHUTDOWN",
		Remediation:        []string{"Join again after a short delay; the new connection reaches a healthy server.", "When the server asks for a resume or reconnect (LeaveRequest.action), livekit-client does it by itself and this reason is not reported."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto", "livekit-client@2.23.0 src/room/RTCEngine.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "LeaveRequest.action", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECT (0)", Means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."}, {Value: "RESUME (1)", Means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."}, {Value: "RECONNECT (2)", Means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."}}, Meaning: ""},
		Rationale:          "The SDKs reconnect by themselves only when the server's leave asks them to; once this reason is reported the session is over, but a new join after a delay normally reaches a healthy server.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "disconnect_reason",
		CatalogName:        "PARTICIPANT_REMOVED",
		UpstreamName:       "PARTICIPANT_REMOVED",
		Summary:            "The participant was removed through the room service API.",
		Cause:              "A backend called RoomService.RemoveParticipant for this participant.",
		When:               []string{"a moderator or backend kicks the participant"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You were removed from the call.",
		UserMessageKey:     "livekit.disconnect_reason.PARTICIPANT_REMOVED",
		Remediation:        []string{"Do not rejoin automatically: a backend removed this participant on purpose.", "If the removal was not intended, check which service called RoomService.RemoveParticipant."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "LeaveRequest.action", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECT (0)", Means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."}, {Value: "RESUME (1)", Means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."}, {Value: "RECONNECT (2)", Means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."}}, Meaning: ""},
		Rationale:          "The removal was a deliberate decision by the app's backend, so rejoining without its consent would undo it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "disconnect_reason",
		CatalogName:        "ROOM_DELETED",
		UpstreamName:       "ROOM_DELETED",
		Summary:            "The room was deleted through the room service API.",
		Cause:              "A backend called RoomService.DeleteRoom for the room.",
		When:               []string{"the app's backend ends the room for everyone"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call has ended.",
		UserMessageKey:     "livekit.disconnect_reason.ROOM_DELETED",
		Remediation:        []string{"Do not rejoin the same room: it was deleted through RoomService.DeleteRoom.", "Start a new room from the backend if the session should go on."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "LeaveRequest.action", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECT (0)", Means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."}, {Value: "RESUME (1)", Means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."}, {Value: "RECONNECT (2)", Means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."}}, Meaning: ""},
		Rationale:          "The room was ended on purpose, so rejoining it makes no sense unless the backend starts a new session.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "disconnect_reason",
		CatalogName:        "STATE_MISMATCH",
		UpstreamName:       "STATE_MISMATCH",
		Summary:            "The server does not know the session the client tried to resume.",
		Cause:              "The client tried to resume a session for which the server holds no state.",
		When:               []string{"a resume after a long network outage, when the server has already dropped the session", "livekit-client detects that its transport silently died and no engine is left to reconnect"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was lost for too long. Please join again.",
		UserMessageKey:     "livekit.disconnect_reason.STATE_MISMATCH",
		Remediation:        []string{"Do a fresh join after a short delay; the server no longer holds the old session.", "If it recurs, look for long network gaps or a browser tab that was suspended."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "LeaveRequest.action", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECT (0)", Means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."}, {Value: "RESUME (1)", Means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."}, {Value: "RECONNECT (2)", Means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."}}, Meaning: ""},
		Rationale:          "The old session is gone, but a fresh full join normally succeeds, so the app may reconnect after a delay.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "disconnect_reason",
		CatalogName:        "JOIN_FAILURE",
		UpstreamName:       "JOIN_FAILURE",
		Summary:            "The client could not connect fully.",
		Cause:              "The participant never finished establishing its connection to the room.",
		When:               []string{"signalling works but media transports never come up", "livekit-client cannot reach the server while joining"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "livekit.disconnect_reason.JOIN_FAILURE",
		Remediation:        []string{"Join again with backoff.", "If it keeps failing, check that the server URL is reachable and that the network allows WebRTC media (UDP or TURN over TLS)."},
		Causes:             []string{"media transports never came up after signalling worked", "livekit-client could not reach the server while joining"},
		References:         []string{"https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto", "livekit-client@2.23.0 src/room/RTCEngine.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "LeaveRequest.action", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECT (0)", Means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."}, {Value: "RESUME (1)", Means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."}, {Value: "RECONNECT (2)", Means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."}}, Meaning: ""},
		Rationale:          "Join failures are usually transient network or ICE problems, so a delayed new join is reasonable, with the user told if it keeps failing.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "disconnect_reason",
		CatalogName:        "MIGRATION",
		UpstreamName:       "MIGRATION",
		Summary:            "The server asked the participant to move its connection elsewhere.",
		Cause:              "A LiveKit Cloud server requested that the participant migrate its connection to another server.",
		When:               []string{"LiveKit Cloud rebalances or drains a server"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The call moved to another server. Reconnecting should work in a moment.",
		UserMessageKey:     "livekit.disconnect_reason.MIGRATION",
		Remediation:        []string{"Join again after a short delay if the SDK did not already reconnect."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "LeaveRequest.action", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECT (0)", Means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."}, {Value: "RESUME (1)", Means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."}, {Value: "RECONNECT (2)", Means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."}}, Meaning: ""},
		Rationale:          "The server wants the participant connected elsewhere, so a new join after a short delay is the expected follow-up when the SDK did not already reconnect.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "disconnect_reason",
		CatalogName:        "SIGNAL_CLOSE",
		UpstreamName:       "SIGNAL_CLOSE",
		Summary:            "The signalling websocket closed unexpectedly.",
		Cause:              "The signalling connection between client and server dropped without a clean leave.",
		When:               []string{"the network drops the websocket"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "livekit.disconnect_reason.SIGNAL_CLOSE",
		Remediation:        []string{"Join again with backoff.", "If it recurs, check for proxies or firewalls that close long-lived websockets."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "LeaveRequest.action", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECT (0)", Means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."}, {Value: "RESUME (1)", Means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."}, {Value: "RECONNECT (2)", Means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."}}, Meaning: ""},
		Rationale:          "A dropped signalling link is usually transient, so reconnecting with backoff is reasonable.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "disconnect_reason",
		CatalogName:        "ROOM_CLOSED",
		UpstreamName:       "ROOM_CLOSED",
		Summary:            "The room closed because all standard and ingress participants left.",
		Cause:              "The server closed the room once no standard or ingress participant remained in it.",
		When:               []string{"everyone else left the room"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The call has ended because everyone else left.",
		UserMessageKey:     "livekit.disconnect_reason.ROOM_CLOSED",
		Remediation:        []string{"Do not rejoin automatically; let the user start or join a new call."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto", "https://github.com/livekit/protocol/commit/b92b88cd (#778)"},
		Since:              "@livekit/protocol 1.19.2",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "LeaveRequest.action", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECT (0)", Means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."}, {Value: "RESUME (1)", Means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."}, {Value: "RECONNECT (2)", Means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."}}, Meaning: ""},
		Rationale:          "The session ended naturally, so only the user should decide to start or join a new one.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "disconnect_reason",
		CatalogName:        "USER_UNAVAILABLE",
		UpstreamName:       "USER_UNAVAILABLE",
		Summary:            "The SIP callee did not answer in time.",
		Cause:              "A SIP call placed for the room was not answered before its timeout.",
		When:               []string{"the called phone rings out or is switched off"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The person you called did not answer.",
		UserMessageKey:     "livekit.disconnect_reason.USER_UNAVAILABLE",
		Remediation:        []string{"Let the user decide whether to call again later.", "Check the ringing timeout of the SIP call if calls end too early."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto", "https://github.com/livekit/protocol/commit/2406243b (#828)"},
		Since:              "@livekit/protocol 1.24.0",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "LeaveRequest.action", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECT (0)", Means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."}, {Value: "RESUME (1)", Means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."}, {Value: "RECONNECT (2)", Means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."}}, Meaning: ""},
		Rationale:          "Calling again only helps once the callee is reachable, which the user has to judge.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "disconnect_reason",
		CatalogName:        "USER_REJECTED",
		UpstreamName:       "USER_REJECTED",
		Summary:            "The SIP callee rejected the call.",
		Cause:              "The called party declined the SIP call, for example because the line was busy.",
		When:               []string{"the callee declines the call or the line is busy", "livekit-client's join is refused as not allowed (HTTP 4xx)"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The call was declined.",
		UserMessageKey:     "livekit.disconnect_reason.USER_REJECTED",
		Remediation:        []string{"For a SIP call, let the user decide whether to call again.", "For a livekit-client join refused as not allowed (HTTP 4xx), check the token's grants and the room's settings."},
		Causes:             []string{"the SIP callee declined or was busy", "livekit-client's join was refused as not allowed (HTTP 4xx)"},
		References:         []string{"https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto", "livekit-client@2.23.0 src/room/RTCEngine.ts", "https://github.com/livekit/protocol/commit/2406243b (#828)"},
		Since:              "@livekit/protocol 1.24.0",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "LeaveRequest.action", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECT (0)", Means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."}, {Value: "RESUME (1)", Means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."}, {Value: "RECONNECT (2)", Means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."}}, Meaning: ""},
		Rationale:          "The other party refused, so only the user should decide to try again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "disconnect_reason",
		CatalogName:        "SIP_TRUNK_FAILURE",
		UpstreamName:       "SIP_TRUNK_FAILURE",
		Summary:            "The SIP trunk failed or answered unexpectedly.",
		Cause:              "The SIP signalling with the trunk provider failed or returned an unexpected response.",
		When:               []string{"the SIP trunk is misconfigured or down"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The phone call could not be connected. Please try again later.",
		UserMessageKey:     "livekit.disconnect_reason.SIP_TRUNK_FAILURE",
		Remediation:        []string{"Check the SIP trunk's configuration (address, credentials, allowed numbers) and its provider's status.", "Retry with backoff; alert the operator if it recurs."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto", "https://github.com/livekit/protocol/commit/5bd7e73f (#845)"},
		Since:              "@livekit/protocol 1.28.0",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "LeaveRequest.action", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECT (0)", Means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."}, {Value: "RESUME (1)", Means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."}, {Value: "RECONNECT (2)", Means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."}}, Meaning: ""},
		Rationale:          "A trunk failure lies outside the client and may clear, so retry with backoff and alert if it recurs.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "disconnect_reason",
		CatalogName:        "CONNECTION_TIMEOUT",
		UpstreamName:       "CONNECTION_TIMEOUT",
		Summary:            "The server timed out the participant's session.",
		Cause:              "The server stopped hearing from the participant for too long and ended its session.",
		When:               []string{"the client loses connectivity for longer than the server allows"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "livekit.disconnect_reason.CONNECTION_TIMEOUT",
		Remediation:        []string{"Join again with backoff once the client is back online.", "If it recurs, look for long gaps in the client's connectivity."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto", "https://github.com/livekit/protocol/commit/218e1318 (#1037)"},
		Since:              "@livekit/protocol 1.37.0",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "LeaveRequest.action", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECT (0)", Means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."}, {Value: "RESUME (1)", Means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."}, {Value: "RECONNECT (2)", Means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."}}, Meaning: ""},
		Rationale:          "Timeouts usually come from transient connectivity loss, so reconnecting with backoff is reasonable.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "disconnect_reason",
		CatalogName:        "MEDIA_FAILURE",
		UpstreamName:       "MEDIA_FAILURE",
		Summary:            "A media stream failed or timed out.",
		Cause:              "The session ended because media stopped flowing or the media path failed.",
		When:               []string{"media packets stop arriving"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "livekit.disconnect_reason.MEDIA_FAILURE",
		Remediation:        []string{"Join again with backoff.", "If it repeats, check that the network lets media through (UDP, or TURN over TLS on port 443)."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto", "https://github.com/livekit/protocol/commit/573c85ba (#1085)"},
		Since:              "@livekit/protocol 1.39.0",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "LeaveRequest.action", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECT (0)", Means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."}, {Value: "RESUME (1)", Means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."}, {Value: "RECONNECT (2)", Means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."}}, Meaning: ""},
		Rationale:          "Media failures are often transient network or firewall issues, so a delayed rejoin may work, with the user told if it repeats.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "livekit",
		CodeSet:            "disconnect_reason",
		CatalogName:        "AGENT_ERROR",
		UpstreamName:       "AGENT_ERROR",
		Summary:            "An agent encountered an error.",
		Cause:              "A LiveKit agent taking part in the session failed, and the participant was disconnected for that reason.",
		When:               []string{"an agent job crashes or reports an error"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The assistant in this call ran into a problem. Please try again in a moment.",
		UserMessageKey:     "livekit.disconnect_reason.AGENT_ERROR",
		Remediation:        []string{"Check the agent's logs for the job that failed.", "Retry with backoff; alert if it recurs."},
		Causes:             nil,
		References:         []string{"https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto", "https://github.com/livekit/protocol/commit/bb5cf392 (#1434)"},
		Since:              "@livekit/protocol 1.45.0",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "LeaveRequest.action", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "DISCONNECT (0)", Means: "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."}, {Value: "RESUME (1)", Means: "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."}, {Value: "RECONNECT (2)", Means: "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."}}, Meaning: ""},
		Rationale:          "The failure is on the agent side rather than the client's, so retry with backoff and alert if it recurs.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}
