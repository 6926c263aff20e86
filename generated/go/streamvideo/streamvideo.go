// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package streamvideo has the error codes of Stream Video, one type per code set.
package streamvideo

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// SfuErrorCode: Code of an error the Stream SFU reports, in the `code` of its Error message (on the SFU `error` event or an RPC response).
//
// Upstream: ErrorCode in GetStream/stream-video-js 1.60.0 (package npm:@stream-io/video-client@1.60.0).
type SfuErrorCode int32

// Every SfuErrorCode, in upstream order.
const (
	// SfuErrorCodeUnspecified: The error carries no specific code.
	SfuErrorCodeUnspecified SfuErrorCode = 0

	// SfuErrorCodePublishTrackNotFound: The track to publish was not found.
	SfuErrorCodePublishTrackNotFound SfuErrorCode = 100

	// SfuErrorCodePublishTracksMismatch: The published tracks do not match what the SFU expects.
	SfuErrorCodePublishTracksMismatch SfuErrorCode = 101

	// SfuErrorCodePublishTrackOutOfOrder: A publishing request arrived out of order.
	SfuErrorCodePublishTrackOutOfOrder SfuErrorCode = 102

	// SfuErrorCodePublishTrackVideoLayerNotFound: A video layer of a published track was not found.
	SfuErrorCodePublishTrackVideoLayerNotFound SfuErrorCode = 103

	// SfuErrorCodeLiveEnded: The livestream has ended.
	SfuErrorCodeLiveEnded SfuErrorCode = 104

	// SfuErrorCodeParticipantNotFound: The SFU does not know this participant.
	SfuErrorCodeParticipantNotFound SfuErrorCode = 200

	// SfuErrorCodeParticipantMigratingOut: The participant is being migrated away from this SFU.
	SfuErrorCodeParticipantMigratingOut SfuErrorCode = 201

	// SfuErrorCodeParticipantMigrationFailed: Migrating the participant to another SFU failed.
	SfuErrorCodeParticipantMigrationFailed SfuErrorCode = 202

	// SfuErrorCodeParticipantMigrating: The participant is in the middle of a migration.
	SfuErrorCodeParticipantMigrating SfuErrorCode = 203

	// SfuErrorCodeParticipantReconnectFailed: Reconnecting the participant failed.
	SfuErrorCodeParticipantReconnectFailed SfuErrorCode = 204

	// SfuErrorCodeParticipantMediaTransportFailure: The participant's media transport failed.
	SfuErrorCodeParticipantMediaTransportFailure SfuErrorCode = 205

	// SfuErrorCodeParticipantSignalLost: The SFU lost the participant's signalling connection.
	SfuErrorCodeParticipantSignalLost SfuErrorCode = 206

	// SfuErrorCodeCallNotFound: The call was not found on the SFU.
	SfuErrorCodeCallNotFound SfuErrorCode = 300

	// SfuErrorCodeCallParticipantLimitReached: The call has reached its participant limit.
	SfuErrorCodeCallParticipantLimitReached SfuErrorCode = 301

	// SfuErrorCodeRequestValidationFailed: The request failed validation.
	SfuErrorCodeRequestValidationFailed SfuErrorCode = 400

	// SfuErrorCodeUnauthenticated: The client is not authenticated with the SFU.
	SfuErrorCodeUnauthenticated SfuErrorCode = 401

	// SfuErrorCodePermissionDenied: The participant lacks the permission for this request.
	SfuErrorCodePermissionDenied SfuErrorCode = 403

	// SfuErrorCodeTooManyRequests: The client sent too many requests.
	SfuErrorCodeTooManyRequests SfuErrorCode = 429

	// SfuErrorCodeInternalServerError: The SFU failed internally.
	SfuErrorCodeInternalServerError SfuErrorCode = 500

	// SfuErrorCodeSfuShuttingDown: The SFU is shutting down.
	SfuErrorCodeSfuShuttingDown SfuErrorCode = 600

	// SfuErrorCodeSfuFull: The SFU has no capacity left.
	SfuErrorCodeSfuFull SfuErrorCode = 700
)

// SfuErrorCodeFromValue returns the code with this wire value, and whether the catalog knows it.
func SfuErrorCodeFromValue(value int32) (SfuErrorCode, bool) {
	if c := SfuErrorCode(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseSfuErrorCode returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseSfuErrorCode(name string) (SfuErrorCode, bool) {
	switch name {
	case "UNSPECIFIED":
		return SfuErrorCodeUnspecified, true
	case "PUBLISH_TRACK_NOT_FOUND":
		return SfuErrorCodePublishTrackNotFound, true
	case "PUBLISH_TRACKS_MISMATCH":
		return SfuErrorCodePublishTracksMismatch, true
	case "PUBLISH_TRACK_OUT_OF_ORDER":
		return SfuErrorCodePublishTrackOutOfOrder, true
	case "PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND":
		return SfuErrorCodePublishTrackVideoLayerNotFound, true
	case "LIVE_ENDED":
		return SfuErrorCodeLiveEnded, true
	case "PARTICIPANT_NOT_FOUND":
		return SfuErrorCodeParticipantNotFound, true
	case "PARTICIPANT_MIGRATING_OUT":
		return SfuErrorCodeParticipantMigratingOut, true
	case "PARTICIPANT_MIGRATION_FAILED":
		return SfuErrorCodeParticipantMigrationFailed, true
	case "PARTICIPANT_MIGRATING":
		return SfuErrorCodeParticipantMigrating, true
	case "PARTICIPANT_RECONNECT_FAILED":
		return SfuErrorCodeParticipantReconnectFailed, true
	case "PARTICIPANT_MEDIA_TRANSPORT_FAILURE":
		return SfuErrorCodeParticipantMediaTransportFailure, true
	case "PARTICIPANT_SIGNAL_LOST":
		return SfuErrorCodeParticipantSignalLost, true
	case "CALL_NOT_FOUND":
		return SfuErrorCodeCallNotFound, true
	case "CALL_PARTICIPANT_LIMIT_REACHED":
		return SfuErrorCodeCallParticipantLimitReached, true
	case "REQUEST_VALIDATION_FAILED":
		return SfuErrorCodeRequestValidationFailed, true
	case "UNAUTHENTICATED":
		return SfuErrorCodeUnauthenticated, true
	case "PERMISSION_DENIED":
		return SfuErrorCodePermissionDenied, true
	case "TOO_MANY_REQUESTS":
		return SfuErrorCodeTooManyRequests, true
	case "INTERNAL_SERVER_ERROR":
		return SfuErrorCodeInternalServerError, true
	case "SFU_SHUTTING_DOWN":
		return SfuErrorCodeSfuShuttingDown, true
	case "SFU_FULL":
		return SfuErrorCodeSfuFull, true
	}
	return 0, false
}

// AllSfuErrorCodeValues returns every code, in upstream order.
func AllSfuErrorCodeValues() []SfuErrorCode {
	return []SfuErrorCode{
		SfuErrorCodeUnspecified,
		SfuErrorCodePublishTrackNotFound,
		SfuErrorCodePublishTracksMismatch,
		SfuErrorCodePublishTrackOutOfOrder,
		SfuErrorCodePublishTrackVideoLayerNotFound,
		SfuErrorCodeLiveEnded,
		SfuErrorCodeParticipantNotFound,
		SfuErrorCodeParticipantMigratingOut,
		SfuErrorCodeParticipantMigrationFailed,
		SfuErrorCodeParticipantMigrating,
		SfuErrorCodeParticipantReconnectFailed,
		SfuErrorCodeParticipantMediaTransportFailure,
		SfuErrorCodeParticipantSignalLost,
		SfuErrorCodeCallNotFound,
		SfuErrorCodeCallParticipantLimitReached,
		SfuErrorCodeRequestValidationFailed,
		SfuErrorCodeUnauthenticated,
		SfuErrorCodePermissionDenied,
		SfuErrorCodeTooManyRequests,
		SfuErrorCodeInternalServerError,
		SfuErrorCodeSfuShuttingDown,
		SfuErrorCodeSfuFull,
	}
}

// String returns the name exactly as upstream spells it, or SfuErrorCode(value) for a value the
// catalog does not know.
func (c SfuErrorCode) String() string {
	if i := c.index(); i >= 0 {
		return sfuErrorCodeInfo[i].UpstreamName
	}
	return fmt.Sprintf("SfuErrorCode(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c SfuErrorCode) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c SfuErrorCode) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &sfuErrorCodeInfo[i]
	}
	return nil
}

// index is the code's row in sfuErrorCodeInfo, or -1.
func (c SfuErrorCode) index() int {
	switch c {
	case SfuErrorCodeUnspecified:
		return 0
	case SfuErrorCodePublishTrackNotFound:
		return 1
	case SfuErrorCodePublishTracksMismatch:
		return 2
	case SfuErrorCodePublishTrackOutOfOrder:
		return 3
	case SfuErrorCodePublishTrackVideoLayerNotFound:
		return 4
	case SfuErrorCodeLiveEnded:
		return 5
	case SfuErrorCodeParticipantNotFound:
		return 6
	case SfuErrorCodeParticipantMigratingOut:
		return 7
	case SfuErrorCodeParticipantMigrationFailed:
		return 8
	case SfuErrorCodeParticipantMigrating:
		return 9
	case SfuErrorCodeParticipantReconnectFailed:
		return 10
	case SfuErrorCodeParticipantMediaTransportFailure:
		return 11
	case SfuErrorCodeParticipantSignalLost:
		return 12
	case SfuErrorCodeCallNotFound:
		return 13
	case SfuErrorCodeCallParticipantLimitReached:
		return 14
	case SfuErrorCodeRequestValidationFailed:
		return 15
	case SfuErrorCodeUnauthenticated:
		return 16
	case SfuErrorCodePermissionDenied:
		return 17
	case SfuErrorCodeTooManyRequests:
		return 18
	case SfuErrorCodeInternalServerError:
		return 19
	case SfuErrorCodeSfuShuttingDown:
		return 20
	case SfuErrorCodeSfuFull:
		return 21
	}
	return -1
}

var sfuErrorCodeInfo = [...]errorcatalog.Info{
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "UNSPECIFIED",
		UpstreamName:       "UNSPECIFIED",
		Summary:            "The error carries no specific code.",
		Cause:              "The protobuf default; the SFU reported an error without classifying it.",
		When:               []string{"an SFU error that fits no other code"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyDepends,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal when the error event's reconnectStrategy is DISCONNECT; otherwise the call goes on.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "stream_video.sfu_error_code.UNSPECIFIED",
		Remediation:        []string{"Read the error's shouldRetry and the event's reconnectStrategy, and let the SDK act on them.", "Log the error message: without a code it is the only description.", "If the call ends (DISCONNECT), offer the user to join again."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/rpc/retryable.ts", "@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "Without a code, the error's shouldRetry and the event's reconnect strategy are the only guide.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "PUBLISH_TRACK_NOT_FOUND",
		UpstreamName:       "PUBLISH_TRACK_NOT_FOUND",
		Summary:            "The track to publish was not found.",
		Cause:              "The SFU does not know a track the client referred to in a publishing request.",
		When:               []string{"the client's view of its published tracks is out of step with the SFU"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "stream_video.sfu_error_code.PUBLISH_TRACK_NOT_FOUND",
		Remediation:        []string{"Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.", "Check the track ids the client publishes against what the client announced to the SFU, and fix the publishing code.", "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "The request is refused, not the call; repeating the same request fails again until the client's track state is corrected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "PUBLISH_TRACKS_MISMATCH",
		UpstreamName:       "PUBLISH_TRACKS_MISMATCH",
		Summary:            "The published tracks do not match what the SFU expects.",
		Cause:              "The tracks described in a publishing request disagree with the SFU's record of them.",
		When:               []string{"the client's view of its published tracks is out of step with the SFU"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "stream_video.sfu_error_code.PUBLISH_TRACKS_MISMATCH",
		Remediation:        []string{"Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.", "Check the tracks in the publisher's offer against what the client announced to the SFU, and fix the publishing code.", "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "The request is refused, not the call; repeating the same request fails again until the client's track state is corrected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "PUBLISH_TRACK_OUT_OF_ORDER",
		UpstreamName:       "PUBLISH_TRACK_OUT_OF_ORDER",
		Summary:            "A publishing request arrived out of order.",
		Cause:              "The SFU received a track publishing update in an order it cannot apply.",
		When:               []string{"concurrent publishing updates race each other"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "stream_video.sfu_error_code.PUBLISH_TRACK_OUT_OF_ORDER",
		Remediation:        []string{"Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.", "Check the order in which publish requests are sent (wait for each to complete) against what the client announced to the SFU, and fix the publishing code.", "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "The request is refused, not the call; the client must resend its state in order rather than repeat the same request.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND",
		UpstreamName:       "PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND",
		Summary:            "A video layer of a published track was not found.",
		Cause:              "A publishing request referred to a simulcast or SVC layer the SFU does not know for that track.",
		When:               []string{"the client's layer configuration is out of step with the SFU"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "stream_video.sfu_error_code.PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND",
		Remediation:        []string{"Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.", "Check the video layers (simulcast encodings) the client announces against what the client announced to the SFU, and fix the publishing code.", "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "The request is refused, not the call; repeating it fails again until the layer configuration is corrected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "LIVE_ENDED",
		UpstreamName:       "LIVE_ENDED",
		Summary:            "The livestream has ended.",
		Cause:              "The call's live broadcast was stopped; the SDK puts the call back in backstage and leaves unless the user may join backstage.",
		When:               []string{"the host ends the livestream while viewers watch"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The livestream has ended.",
		UserMessageKey:     "stream_video.sfu_error_code.LIVE_ENDED",
		Remediation:        []string{"Let the SDK handle it: it moves the call to backstage and leaves unless the user may join backstage.", "Tell viewers the stream has ended; they can join again when it goes live."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/events/internal.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "The broadcast was ended on purpose; viewers can only wait for it to go live again.",
		Deprecation:        "",
		ProtocolEquivalent: "stream_video/call_ended_reason/LIVE_ENDED",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "PARTICIPANT_NOT_FOUND",
		UpstreamName:       "PARTICIPANT_NOT_FOUND",
		Summary:            "The SFU does not know this participant.",
		Cause:              "The SFU holds no session for the participant the request names.",
		When:               []string{"the SFU already dropped the session after a long network outage"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "stream_video.sfu_error_code.PARTICIPANT_NOT_FOUND",
		Remediation:        []string{"Follow the error event's reconnectStrategy; the SDK rejoins by itself when asked.", "If the call was left, join again after a delay, with a fresh session."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "The old session is gone, but a fresh join normally succeeds, so a rejoin after a delay is reasonable.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "PARTICIPANT_MIGRATING_OUT",
		UpstreamName:       "PARTICIPANT_MIGRATING_OUT",
		Summary:            "The participant is being migrated away from this SFU.",
		Cause:              "The SFU is moving the participant to another SFU and refuses work on the old session.",
		When:               []string{"the SFU is drained or rebalanced"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Moving you to a new server. This will only take a moment.",
		UserMessageKey:     "stream_video.sfu_error_code.PARTICIPANT_MIGRATING_OUT",
		Remediation:        []string{"Do nothing: the SDK is migrating the participant to another SFU.", "Show a brief reconnecting indicator."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "Migration is driven by the SFU together with the MIGRATE reconnect strategy, which the SDK carries out by itself.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "PARTICIPANT_MIGRATION_FAILED",
		UpstreamName:       "PARTICIPANT_MIGRATION_FAILED",
		Summary:            "Migrating the participant to another SFU failed.",
		Cause:              "The move of the participant's session to another SFU did not complete.",
		When:               []string{"the target SFU cannot be reached during a migration"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "stream_video.sfu_error_code.PARTICIPANT_MIGRATION_FAILED",
		Remediation:        []string{"Follow the error event's reconnectStrategy; the SDK usually rejoins by itself.", "If the call was left, join again after a delay and tell the user."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "A failed move is usually transient, so a full rejoin after a delay is the remaining path.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "PARTICIPANT_MIGRATING",
		UpstreamName:       "PARTICIPANT_MIGRATING",
		Summary:            "The participant is in the middle of a migration.",
		Cause:              "The SFU refused a request because the participant's session is being migrated.",
		When:               []string{"a request arrives while the session moves between SFUs"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Moving you to a new server. This will only take a moment.",
		UserMessageKey:     "stream_video.sfu_error_code.PARTICIPANT_MIGRATING",
		Remediation:        []string{"Do nothing: a migration is in progress and the SDK completes it.", "Retry the request that failed after the call is connected again, if it still matters."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "The migration completes on its own; the SDK reissues its state once connected to the new SFU.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "PARTICIPANT_RECONNECT_FAILED",
		UpstreamName:       "PARTICIPANT_RECONNECT_FAILED",
		Summary:            "Reconnecting the participant failed.",
		Cause:              "The SFU could not restore the participant's session on a reconnect.",
		When:               []string{"a fast reconnect arrives after the SFU gave up on the session"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal when the error event's reconnectStrategy is DISCONNECT; with REJOIN or MIGRATE the SDK tries again.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "stream_video.sfu_error_code.PARTICIPANT_RECONNECT_FAILED",
		Remediation:        []string{"Follow the error event's reconnectStrategy: the SDK tries another strategy when asked.", "If the call was left, join again after a growing delay and tell the user the connection was lost."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "The session cannot be resumed, but a full rejoin after a delay normally succeeds.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "PARTICIPANT_MEDIA_TRANSPORT_FAILURE",
		UpstreamName:       "PARTICIPANT_MEDIA_TRANSPORT_FAILURE",
		Summary:            "The participant's media transport failed.",
		Cause:              "The WebRTC media connection between the participant and the SFU failed.",
		When:               []string{"ICE or DTLS to the SFU fails, for example behind a restrictive firewall"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "stream_video.sfu_error_code.PARTICIPANT_MEDIA_TRANSPORT_FAILURE",
		Remediation:        []string{"Let the SDK reconnect (it rejoins after a negotiation error).", "If it happens on some networks only, check that the network allows Stream's TURN and media ports."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/rtc/BasePeerConnection.ts", "@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "Media transport failures are usually network-path problems that a reconnect after a delay can fix, with the user told if they persist.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "PARTICIPANT_SIGNAL_LOST",
		UpstreamName:       "PARTICIPANT_SIGNAL_LOST",
		Summary:            "The SFU lost the participant's signalling connection.",
		Cause:              "The signalling WebSocket between the participant and the SFU dropped.",
		When:               []string{"the network drops briefly or switches interface"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your connection is unstable. Trying to reconnect...",
		UserMessageKey:     "stream_video.sfu_error_code.PARTICIPANT_SIGNAL_LOST",
		Remediation:        []string{"Do nothing: the SDK reconnects fast (FAST strategy), keeping the peer connections.", "Show a reconnecting indicator until the call is connected again."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/rtc/BasePeerConnection.ts", "@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "The SDK answers a negotiation error with this code with a FAST reconnect that keeps the peer connections.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "CALL_NOT_FOUND",
		UpstreamName:       "CALL_NOT_FOUND",
		Summary:            "The call was not found on the SFU.",
		Cause:              "The SFU has no record of the call the client tried to join.",
		When:               []string{"joining with stale call credentials after the call ended"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This call could not be found.",
		UserMessageKey:     "stream_video.sfu_error_code.CALL_NOT_FOUND",
		Remediation:        []string{"Check the call type and id the app joins.", "Create the call through the coordinator before joining, or hand out a current call id."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "The SFU cannot serve a call it does not know; the app must join again through the coordinator to get current credentials.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "CALL_PARTICIPANT_LIMIT_REACHED",
		UpstreamName:       "CALL_PARTICIPANT_LIMIT_REACHED",
		Summary:            "The call has reached its participant limit.",
		Cause:              "The SFU refused the join because the call holds as many participants as allowed.",
		When:               []string{"joining a full call"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when the error event's reconnectStrategy is DISCONNECT, or when Call.join has used up its attempts (maxJoinRetries, default 3); otherwise the SDK retries the join on another SFU.",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call is full right now. Please try again in a little while.",
		UserMessageKey:     "stream_video.sfu_error_code.CALL_PARTICIPANT_LIMIT_REACHED",
		Remediation:        []string{"Let Call.join retry on another SFU (up to maxJoinRetries).", "If the join still fails, tell the user the call is full and let them try later.", "If calls often fill up, raise the call's participant limit."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "The SDK treats it as a join error and retries the join on another SFU, up to maxJoinRetries (3 by default); only after those does the join fail.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "REQUEST_VALIDATION_FAILED",
		UpstreamName:       "REQUEST_VALIDATION_FAILED",
		Summary:            "The request failed validation.",
		Cause:              "The SFU rejected a malformed or invalid request.",
		When:               []string{"a client bug or an SDK and SFU version mismatch"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "stream_video.sfu_error_code.REQUEST_VALIDATION_FAILED",
		Remediation:        []string{"Log the error message, which says which field was refused.", "Fix the request the client builds; do not resend it unchanged.", "Upgrade @stream-io/video-client if the request comes from the SDK itself."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "The same request fails again; the code that builds it must be fixed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "UNAUTHENTICATED",
		UpstreamName:       "UNAUTHENTICATED",
		Summary:            "The client is not authenticated with the SFU.",
		Cause:              "The SFU token was missing, invalid or expired.",
		When:               []string{"connecting with an expired SFU token"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not confirm your access to this call. Please try joining again.",
		UserMessageKey:     "stream_video.sfu_error_code.UNAUTHENTICATED",
		Remediation:        []string{"Fetch a fresh user token through the app's token provider.", "Let the SDK rejoin (REJOIN gets new credentials from the coordinator), or join again.", "If fresh tokens are refused too, check the API key and secret the backend signs with."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "A REJOIN fetches new credentials from the coordinator, which is what fixes a rejected token.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "PERMISSION_DENIED",
		UpstreamName:       "PERMISSION_DENIED",
		Summary:            "The participant lacks the permission for this request.",
		Cause:              "The participant's grants do not allow the operation, for example publishing a track type it may not send.",
		When:               []string{"publishing without the needed capability"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "stream_video.sfu_error_code.PERMISSION_DENIED",
		Remediation:        []string{"Check the user's role and the call type's permissions for the action (for example publishing audio or video).", "Grant the capability in the call's settings, or hide the action from users who lack it."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "Retrying with the same grants fails again; the call itself continues.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "TOO_MANY_REQUESTS",
		UpstreamName:       "TOO_MANY_REQUESTS",
		Summary:            "The client sent too many requests.",
		Cause:              "The SFU rate-limited the client.",
		When:               []string{"a burst of requests, for example rapid subscription changes"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This call is full right now. Please try again in a little while.",
		UserMessageKey:     "stream_video.sfu_error_code.TOO_MANY_REQUESTS",
		Remediation:        []string{"Slow down: repeat the request after a growing delay.", "Look for client code that sends the same request in a loop (for example on every render)."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/rpc/retryable.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "Throttling clears with time, so the request should be retried after a growing delay.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "INTERNAL_SERVER_ERROR",
		UpstreamName:       "INTERNAL_SERVER_ERROR",
		Summary:            "The SFU failed internally.",
		Cause:              "An unexpected error on the SFU.",
		When:               []string{"an SFU bug or overload"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "stream_video.sfu_error_code.INTERNAL_SERVER_ERROR",
		Remediation:        []string{"Let the SDK act on shouldRetry and the reconnectStrategy.", "Otherwise repeat the request after a growing delay, a few times at most.", "If it persists, report it to Stream with the call id and time."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/rpc/retryable.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "The client did not cause it, so a retry after a delay may succeed; alert if it recurs.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "SFU_SHUTTING_DOWN",
		UpstreamName:       "SFU_SHUTTING_DOWN",
		Summary:            "The SFU is shutting down.",
		Cause:              "The SFU instance is going away and refuses new joins.",
		When:               []string{"an SFU is drained for deployment or scaling"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when the error event's reconnectStrategy is DISCONNECT, or when Call.join has used up its attempts (maxJoinRetries, default 3); otherwise the SDK retries the join on another SFU.",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call has ended.",
		UserMessageKey:     "stream_video.sfu_error_code.SFU_SHUTTING_DOWN",
		Remediation:        []string{"Do nothing: Call.join retries on another SFU.", "If the join still fails after its retries, join again later."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "The SDK treats it as a join error and retries the join on another SFU.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "sfu_error_code",
		CatalogName:        "SFU_FULL",
		UpstreamName:       "SFU_FULL",
		Summary:            "The SFU has no capacity left.",
		Cause:              "The SFU instance is at capacity and refuses the join.",
		When:               []string{"joining during a load peak on the assigned SFU"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when the error event's reconnectStrategy is DISCONNECT, or when Call.join has used up its attempts (maxJoinRetries, default 3); otherwise the SDK retries the join on another SFU.",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call is full right now. Please try again in a little while.",
		UserMessageKey:     "stream_video.sfu_error_code.SFU_FULL",
		Remediation:        []string{"Do nothing: Call.join retries on another SFU.", "If the join still fails after its retries, join again later."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "shouldRetry = true", Means: "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."}, {Value: "shouldRetry = false", Means: "The SDK does not repeat the RPC; the error is the final answer to that request."}, {Value: "reconnectStrategy = DISCONNECT", Means: "The SDK leaves the call: terminal whatever the code says."}, {Value: "reconnectStrategy = FAST, REJOIN or MIGRATE", Means: "The SDK reconnects by itself with that strategy: not terminal, the app waits."}, {Value: "reconnectStrategy = UNSPECIFIED", Means: "No instruction; the catalog's retry and terminal for the code apply."}}, Meaning: ""},
		Rationale:          "The SDK treats it as a join error and, although the SFU suggests MIGRATE, rejoins on another SFU.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// WebsocketReconnectStrategy: What the Stream SFU tells the client to do after an error, in the reconnect_strategy of its `error` event.
//
// Upstream: WebsocketReconnectStrategy in GetStream/stream-video-js 1.60.0 (package npm:@stream-io/video-client@1.60.0).
type WebsocketReconnectStrategy int32

// Every WebsocketReconnectStrategy, in upstream order.
const (
	// WebsocketReconnectStrategyUnspecified: No reconnect instruction.
	WebsocketReconnectStrategyUnspecified WebsocketReconnectStrategy = 0

	// WebsocketReconnectStrategyDisconnect: Disconnect for good.
	WebsocketReconnectStrategyDisconnect WebsocketReconnectStrategy = 1

	// WebsocketReconnectStrategyFast: Reconnect fast, keeping the peer connections.
	WebsocketReconnectStrategyFast WebsocketReconnectStrategy = 2

	// WebsocketReconnectStrategyRejoin: Rejoin with new credentials and fresh peer connections.
	WebsocketReconnectStrategyRejoin WebsocketReconnectStrategy = 3

	// WebsocketReconnectStrategyMigrate: Migrate to another SFU.
	WebsocketReconnectStrategyMigrate WebsocketReconnectStrategy = 4
)

// WebsocketReconnectStrategyFromValue returns the code with this wire value, and whether the catalog knows it.
func WebsocketReconnectStrategyFromValue(value int32) (WebsocketReconnectStrategy, bool) {
	if c := WebsocketReconnectStrategy(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseWebsocketReconnectStrategy returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseWebsocketReconnectStrategy(name string) (WebsocketReconnectStrategy, bool) {
	switch name {
	case "UNSPECIFIED":
		return WebsocketReconnectStrategyUnspecified, true
	case "DISCONNECT":
		return WebsocketReconnectStrategyDisconnect, true
	case "FAST":
		return WebsocketReconnectStrategyFast, true
	case "REJOIN":
		return WebsocketReconnectStrategyRejoin, true
	case "MIGRATE":
		return WebsocketReconnectStrategyMigrate, true
	}
	return 0, false
}

// AllWebsocketReconnectStrategyValues returns every code, in upstream order.
func AllWebsocketReconnectStrategyValues() []WebsocketReconnectStrategy {
	return []WebsocketReconnectStrategy{
		WebsocketReconnectStrategyUnspecified,
		WebsocketReconnectStrategyDisconnect,
		WebsocketReconnectStrategyFast,
		WebsocketReconnectStrategyRejoin,
		WebsocketReconnectStrategyMigrate,
	}
}

// String returns the name exactly as upstream spells it, or WebsocketReconnectStrategy(value) for a value the
// catalog does not know.
func (c WebsocketReconnectStrategy) String() string {
	if i := c.index(); i >= 0 {
		return websocketReconnectStrategyInfo[i].UpstreamName
	}
	return fmt.Sprintf("WebsocketReconnectStrategy(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c WebsocketReconnectStrategy) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c WebsocketReconnectStrategy) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &websocketReconnectStrategyInfo[i]
	}
	return nil
}

// index is the code's row in websocketReconnectStrategyInfo, or -1.
func (c WebsocketReconnectStrategy) index() int {
	switch c {
	case WebsocketReconnectStrategyUnspecified:
		return 0
	case WebsocketReconnectStrategyDisconnect:
		return 1
	case WebsocketReconnectStrategyFast:
		return 2
	case WebsocketReconnectStrategyRejoin:
		return 3
	case WebsocketReconnectStrategyMigrate:
		return 4
	}
	return -1
}

var websocketReconnectStrategyInfo = [...]errorcatalog.Info{
	{
		Provider:           "stream_video",
		CodeSet:            "websocket_reconnect_strategy",
		CatalogName:        "UNSPECIFIED",
		UpstreamName:       "UNSPECIFIED",
		Summary:            "No reconnect instruction.",
		Cause:              "The protobuf default; the SFU asks for nothing.",
		When:               []string{"an SFU error that needs no reconnect"},
		Category:           errorcatalog.CategoryNotAnError,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Everything is working normally.",
		UserMessageKey:     "stream_video.websocket_reconnect_strategy.UNSPECIFIED",
		Remediation:        []string{"Nothing to do: the SFU asks for no reconnect."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "websocket_reconnect_strategy",
		CatalogName:        "DISCONNECT",
		UpstreamName:       "DISCONNECT",
		Summary:            "Disconnect for good.",
		Cause:              "The SFU reached its maximum reconnection attempts or hit another unrecoverable error; the SDK leaves the call.",
		When:               []string{"reconnection attempts are exhausted", "an unrecoverable error on the SFU"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You have been disconnected from this call.",
		UserMessageKey:     "stream_video.websocket_reconnect_strategy.DISCONNECT",
		Remediation:        []string{"Let the SDK leave the call.", "Log the accompanying error code and message.", "Offer the user to join again; do not rejoin automatically."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The SFU has declared the session unrecoverable, so only the user should decide to join again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "websocket_reconnect_strategy",
		CatalogName:        "FAST",
		UpstreamName:       "FAST",
		Summary:            "Reconnect fast, keeping the peer connections.",
		Cause:              "The SFU asks the client to keep its publisher and subscriber peer connections and open a new WebSocket.",
		When:               []string{"a brief signalling drop"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your connection is unstable. Trying to reconnect...",
		UserMessageKey:     "stream_video.websocket_reconnect_strategy.FAST",
		Remediation:        []string{"Do nothing: the SDK reconnects the WebSocket and keeps the peer connections.", "Show a reconnecting indicator."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "websocket_reconnect_strategy",
		CatalogName:        "REJOIN",
		UpstreamName:       "REJOIN",
		Summary:            "Rejoin with new credentials and fresh peer connections.",
		Cause:              "The SFU asks the client to get new credentials from the coordinator, drop its peer connections, take a new session id and open a new WebSocket.",
		When:               []string{"the session cannot be resumed"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your connection is unstable. Trying to reconnect...",
		UserMessageKey:     "stream_video.websocket_reconnect_strategy.REJOIN",
		Remediation:        []string{"Do nothing: the SDK gets new credentials and rejoins with new peer connections.", "Show a reconnecting indicator."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "websocket_reconnect_strategy",
		CatalogName:        "MIGRATE",
		UpstreamName:       "MIGRATE",
		Summary:            "Migrate to another SFU.",
		Cause:              "The SFU asks the client to move to a new SFU instance.",
		When:               []string{"the SFU is drained or rebalanced"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Moving you to a new server. This will only take a moment.",
		UserMessageKey:     "stream_video.websocket_reconnect_strategy.MIGRATE",
		Remediation:        []string{"Do nothing: the SDK moves the call to another SFU.", "Show a brief reconnecting indicator."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// CallEndedReason: Why the Stream SFU ended the call, in the reason of its `callEnded` event.
//
// Upstream: CallEndedReason in GetStream/stream-video-js 1.60.0 (package npm:@stream-io/video-client@1.60.0).
type CallEndedReason int32

// Every CallEndedReason, in upstream order.
const (
	// CallEndedReasonUnspecified: The call ended without a stated reason.
	CallEndedReasonUnspecified CallEndedReason = 0

	// CallEndedReasonEnded: The call was ended.
	CallEndedReasonEnded CallEndedReason = 1

	// CallEndedReasonLiveEnded: The livestream ended.
	CallEndedReasonLiveEnded CallEndedReason = 2

	// CallEndedReasonKicked: The participant was removed from the call.
	CallEndedReasonKicked CallEndedReason = 3

	// CallEndedReasonSessionEnded: The call session ended.
	CallEndedReasonSessionEnded CallEndedReason = 4
)

// CallEndedReasonFromValue returns the code with this wire value, and whether the catalog knows it.
func CallEndedReasonFromValue(value int32) (CallEndedReason, bool) {
	if c := CallEndedReason(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseCallEndedReason returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseCallEndedReason(name string) (CallEndedReason, bool) {
	switch name {
	case "UNSPECIFIED":
		return CallEndedReasonUnspecified, true
	case "ENDED":
		return CallEndedReasonEnded, true
	case "LIVE_ENDED":
		return CallEndedReasonLiveEnded, true
	case "KICKED":
		return CallEndedReasonKicked, true
	case "SESSION_ENDED":
		return CallEndedReasonSessionEnded, true
	}
	return 0, false
}

// AllCallEndedReasonValues returns every code, in upstream order.
func AllCallEndedReasonValues() []CallEndedReason {
	return []CallEndedReason{
		CallEndedReasonUnspecified,
		CallEndedReasonEnded,
		CallEndedReasonLiveEnded,
		CallEndedReasonKicked,
		CallEndedReasonSessionEnded,
	}
}

// String returns the name exactly as upstream spells it, or CallEndedReason(value) for a value the
// catalog does not know.
func (c CallEndedReason) String() string {
	if i := c.index(); i >= 0 {
		return callEndedReasonInfo[i].UpstreamName
	}
	return fmt.Sprintf("CallEndedReason(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c CallEndedReason) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c CallEndedReason) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &callEndedReasonInfo[i]
	}
	return nil
}

// index is the code's row in callEndedReasonInfo, or -1.
func (c CallEndedReason) index() int {
	switch c {
	case CallEndedReasonUnspecified:
		return 0
	case CallEndedReasonEnded:
		return 1
	case CallEndedReasonLiveEnded:
		return 2
	case CallEndedReasonKicked:
		return 3
	case CallEndedReasonSessionEnded:
		return 4
	}
	return -1
}

var callEndedReasonInfo = [...]errorcatalog.Info{
	{
		Provider:           "stream_video",
		CodeSet:            "call_ended_reason",
		CatalogName:        "UNSPECIFIED",
		UpstreamName:       "UNSPECIFIED",
		Summary:            "The call ended without a stated reason.",
		Cause:              "The protobuf default; the SFU ended the call without saying why.",
		When:               []string{"a callEnded event without a reason"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call has ended.",
		UserMessageKey:     "stream_video.call_ended_reason.UNSPECIFIED",
		Remediation:        []string{"Tell the user the call has ended.", "Offer to start or join a new call if the app supports it."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/events/call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The SDK leaves the call whatever the reason, and an ended call cannot be rejoined.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "call_ended_reason",
		CatalogName:        "ENDED",
		UpstreamName:       "ENDED",
		Summary:            "The call was ended.",
		Cause:              "The call was ended for everyone, for example by a host or the app's backend.",
		When:               []string{"the host ends the call for all participants"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call has ended.",
		UserMessageKey:     "stream_video.call_ended_reason.ENDED",
		Remediation:        []string{"Tell the user the call has ended.", "Do not rejoin: the call was ended for everyone."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/events/call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The call was ended on purpose, so rejoining makes no sense unless a new call is started.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "call_ended_reason",
		CatalogName:        "LIVE_ENDED",
		UpstreamName:       "LIVE_ENDED",
		Summary:            "The livestream ended.",
		Cause:              "The call went back from live to backstage; viewers leave, users allowed to join backstage stay.",
		When:               []string{"the host stops the broadcast"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The livestream has ended.",
		UserMessageKey:     "stream_video.call_ended_reason.LIVE_ENDED",
		Remediation:        []string{"Tell viewers the stream has ended.", "Users allowed to join backstage stay in the call; the others can wait for the next broadcast."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/events/call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The broadcast was ended on purpose; viewers can only wait for it to go live again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "call_ended_reason",
		CatalogName:        "KICKED",
		UpstreamName:       "KICKED",
		Summary:            "The participant was removed from the call.",
		Cause:              "Someone with the right to do so removed this participant.",
		When:               []string{"a host kicks the participant"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You were removed from this call.",
		UserMessageKey:     "stream_video.call_ended_reason.KICKED",
		Remediation:        []string{"Tell the user they were removed and do not rejoin automatically.", "If it was not intended, check who may remove participants in the call type's permissions."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/events/call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The removal was a deliberate decision by another party, so rejoining without their consent would undo it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "call_ended_reason",
		CatalogName:        "SESSION_ENDED",
		UpstreamName:       "SESSION_ENDED",
		Summary:            "The call session ended.",
		Cause:              "The SFU closed the current session of the call.",
		When:               []string{"the call's session is closed on the server"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call has ended.",
		UserMessageKey:     "stream_video.call_ended_reason.SESSION_ENDED",
		Remediation:        []string{"Tell the user the call session has ended.", "Join again through the coordinator if the call should continue."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/events/call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The SDK leaves the call and the session is over; only a new join through the coordinator can start another.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// GoAwayReason: Why the Stream SFU asks the client to move away from it, in the reason of its `goAway` event.
//
// Upstream: GoAwayReason in GetStream/stream-video-js 1.60.0 (package npm:@stream-io/video-client@1.60.0).
type GoAwayReason int32

// Every GoAwayReason, in upstream order.
const (
	// GoAwayReasonUnspecified: The SFU asks the client to migrate without a stated reason.
	GoAwayReasonUnspecified GoAwayReason = 0

	// GoAwayReasonShuttingDown: The SFU is shutting down.
	GoAwayReasonShuttingDown GoAwayReason = 1

	// GoAwayReasonRebalance: The SFU is rebalancing its load.
	GoAwayReasonRebalance GoAwayReason = 2
)

// GoAwayReasonFromValue returns the code with this wire value, and whether the catalog knows it.
func GoAwayReasonFromValue(value int32) (GoAwayReason, bool) {
	if c := GoAwayReason(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseGoAwayReason returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseGoAwayReason(name string) (GoAwayReason, bool) {
	switch name {
	case "UNSPECIFIED":
		return GoAwayReasonUnspecified, true
	case "SHUTTING_DOWN":
		return GoAwayReasonShuttingDown, true
	case "REBALANCE":
		return GoAwayReasonRebalance, true
	}
	return 0, false
}

// AllGoAwayReasonValues returns every code, in upstream order.
func AllGoAwayReasonValues() []GoAwayReason {
	return []GoAwayReason{
		GoAwayReasonUnspecified,
		GoAwayReasonShuttingDown,
		GoAwayReasonRebalance,
	}
}

// String returns the name exactly as upstream spells it, or GoAwayReason(value) for a value the
// catalog does not know.
func (c GoAwayReason) String() string {
	if i := c.index(); i >= 0 {
		return goAwayReasonInfo[i].UpstreamName
	}
	return fmt.Sprintf("GoAwayReason(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c GoAwayReason) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c GoAwayReason) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &goAwayReasonInfo[i]
	}
	return nil
}

// index is the code's row in goAwayReasonInfo, or -1.
func (c GoAwayReason) index() int {
	switch c {
	case GoAwayReasonUnspecified:
		return 0
	case GoAwayReasonShuttingDown:
		return 1
	case GoAwayReasonRebalance:
		return 2
	}
	return -1
}

var goAwayReasonInfo = [...]errorcatalog.Info{
	{
		Provider:           "stream_video",
		CodeSet:            "go_away_reason",
		CatalogName:        "UNSPECIFIED",
		UpstreamName:       "UNSPECIFIED",
		Summary:            "The SFU asks the client to migrate without a stated reason.",
		Cause:              "The protobuf default; the SDK migrates as for any goAway.",
		When:               []string{"a goAway event without a reason"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Moving you to a new server. This will only take a moment.",
		UserMessageKey:     "stream_video.go_away_reason.UNSPECIFIED",
		Remediation:        []string{"Do nothing: the SDK migrates to another SFU.", "Show a brief reconnecting indicator."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "go_away_reason",
		CatalogName:        "SHUTTING_DOWN",
		UpstreamName:       "SHUTTING_DOWN",
		Summary:            "The SFU is shutting down.",
		Cause:              "The SFU instance is going away; the SDK migrates to another SFU.",
		When:               []string{"an SFU is drained for deployment or scaling"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Moving you to a new server. This will only take a moment.",
		UserMessageKey:     "stream_video.go_away_reason.SHUTTING_DOWN",
		Remediation:        []string{"Do nothing: the SDK migrates to another SFU.", "Show a brief reconnecting indicator."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "stream_video",
		CodeSet:            "go_away_reason",
		CatalogName:        "REBALANCE",
		UpstreamName:       "REBALANCE",
		Summary:            "The SFU is rebalancing its load.",
		Cause:              "The SFU moves participants elsewhere to spread load; the SDK migrates to another SFU.",
		When:               []string{"the SFU is busy and sheds participants"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Moving you to a new server. This will only take a moment.",
		UserMessageKey:     "stream_video.go_away_reason.REBALANCE",
		Remediation:        []string{"Do nothing: the SDK migrates to another SFU.", "Show a brief reconnecting indicator."},
		Causes:             nil,
		References:         []string{"@stream-io/video-client@1.60.0 src/Call.ts", "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}
