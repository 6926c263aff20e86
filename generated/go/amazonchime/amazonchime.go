// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package amazonchime has the error codes of Amazon Chime SDK, one type per code set.
package amazonchime

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// MeetingSessionStatusCode: Underlying reason for a meeting session status, mainly as reported to AudioVideoObserver.audioVideoDidStop.
//
// Upstream: MeetingSessionStatusCode in aws/amazon-chime-sdk-js 3.32.0 (package npm:amazon-chime-sdk-js@3.32.0).
type MeetingSessionStatusCode int32

// Every MeetingSessionStatusCode, in upstream order.
const (
	// MeetingSessionStatusCodeOk: No error.
	MeetingSessionStatusCodeOk MeetingSessionStatusCode = 0

	// MeetingSessionStatusCodeLeft: The attendee left the meeting normally.
	MeetingSessionStatusCodeLeft MeetingSessionStatusCode = 1

	// MeetingSessionStatusCodeAudioJoinedFromAnotherDevice: The same attendee joined from another device or tab.
	MeetingSessionStatusCodeAudioJoinedFromAnotherDevice MeetingSessionStatusCode = 2

	// MeetingSessionStatusCodeAudioAuthenticationRejected: Authentication of the attendee was rejected.
	MeetingSessionStatusCodeAudioAuthenticationRejected MeetingSessionStatusCode = 3

	// MeetingSessionStatusCodeAudioCallAtCapacity: The meeting is at capacity.
	MeetingSessionStatusCodeAudioCallAtCapacity MeetingSessionStatusCode = 4

	// MeetingSessionStatusCodeMeetingEnded: The meeting has already ended.
	MeetingSessionStatusCodeMeetingEnded MeetingSessionStatusCode = 5

	// MeetingSessionStatusCodeAudioInternalServerError: Internal server error related to audio.
	MeetingSessionStatusCodeAudioInternalServerError MeetingSessionStatusCode = 6

	// MeetingSessionStatusCodeAudioServiceUnavailable: The audio service is unavailable.
	MeetingSessionStatusCodeAudioServiceUnavailable MeetingSessionStatusCode = 7

	// MeetingSessionStatusCodeAudioDisconnected: The audio connection failed.
	MeetingSessionStatusCodeAudioDisconnected MeetingSessionStatusCode = 8

	// MeetingSessionStatusCodeVideoCallSwitchToViewOnly: Local video must switch to view-only mode.
	MeetingSessionStatusCodeVideoCallSwitchToViewOnly MeetingSessionStatusCode = 9

	// MeetingSessionStatusCodeVideoCallAtSourceCapacity: The video source capacity was exceeded.
	MeetingSessionStatusCodeVideoCallAtSourceCapacity MeetingSessionStatusCode = 10

	// MeetingSessionStatusCodeSignalingBadRequest: The signaling connection was refused as a bad request.
	MeetingSessionStatusCodeSignalingBadRequest MeetingSessionStatusCode = 11

	// MeetingSessionStatusCodeSignalingInternalServerError: The signaling connection failed or was lost.
	MeetingSessionStatusCodeSignalingInternalServerError MeetingSessionStatusCode = 12

	// MeetingSessionStatusCodeSignalingRequestFailed: Received an unknown signaling error without a status.
	MeetingSessionStatusCodeSignalingRequestFailed MeetingSessionStatusCode = 13

	// MeetingSessionStatusCodeSignalingChannelClosedUnexpectedly: The signaling websocket closed unexpectedly mid-meeting.
	MeetingSessionStatusCodeSignalingChannelClosedUnexpectedly MeetingSessionStatusCode = 14

	// MeetingSessionStatusCodeIceGatheringTimeoutWorkaround: Timed out gathering ICE candidates.
	MeetingSessionStatusCodeIceGatheringTimeoutWorkaround MeetingSessionStatusCode = 15

	// MeetingSessionStatusCodeConnectionHealthReconnect: A reconnect was triggered by poor connection health.
	MeetingSessionStatusCodeConnectionHealthReconnect MeetingSessionStatusCode = 16

	// MeetingSessionStatusCodeRealtimeApiFailed: The RealtimeController failed.
	MeetingSessionStatusCodeRealtimeApiFailed MeetingSessionStatusCode = 17

	// MeetingSessionStatusCodeTaskFailed: A connection step failed without a more specific reason.
	MeetingSessionStatusCodeTaskFailed MeetingSessionStatusCode = 18

	// MeetingSessionStatusCodeIncompatibleSdp: Media negotiation failed due to incompatible SDP.
	MeetingSessionStatusCodeIncompatibleSdp MeetingSessionStatusCode = 19

	// MeetingSessionStatusCodeTurnCredentialsForbidden: TURN credentials were refused because the meeting ended or the attendee was removed.
	MeetingSessionStatusCodeTurnCredentialsForbidden MeetingSessionStatusCode = 20

	// MeetingSessionStatusCodeNoAttendeePresent: The attendee did not show up on the roster.
	MeetingSessionStatusCodeNoAttendeePresent MeetingSessionStatusCode = 21

	// MeetingSessionStatusCodeAudioAttendeeRemoved: The attendee was removed from the meeting.
	MeetingSessionStatusCodeAudioAttendeeRemoved MeetingSessionStatusCode = 22

	// MeetingSessionStatusCodeAudioVideoWasRemovedFromPrimaryMeeting: The attendee's primary-meeting credentials were revoked.
	MeetingSessionStatusCodeAudioVideoWasRemovedFromPrimaryMeeting MeetingSessionStatusCode = 23

	// MeetingSessionStatusCodeAudioVideoDisconnectedWhilePromoted: The attendee was demoted after a disconnection.
	MeetingSessionStatusCodeAudioVideoDisconnectedWhilePromoted MeetingSessionStatusCode = 24

	// MeetingSessionStatusCodeAudioDisconnectAudio: Reserved code for an audio disconnect.
	MeetingSessionStatusCodeAudioDisconnectAudio MeetingSessionStatusCode = 25

	// MeetingSessionStatusCodeEncodedTransformManagerFailed: The encoded transform worker manager failed.
	MeetingSessionStatusCodeEncodedTransformManagerFailed MeetingSessionStatusCode = 26
)

// MeetingSessionStatusCodeFromValue returns the code with this wire value, and whether the catalog knows it.
func MeetingSessionStatusCodeFromValue(value int32) (MeetingSessionStatusCode, bool) {
	if c := MeetingSessionStatusCode(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseMeetingSessionStatusCode returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseMeetingSessionStatusCode(name string) (MeetingSessionStatusCode, bool) {
	switch name {
	case "OK":
		return MeetingSessionStatusCodeOk, true
	case "Left":
		return MeetingSessionStatusCodeLeft, true
	case "AudioJoinedFromAnotherDevice":
		return MeetingSessionStatusCodeAudioJoinedFromAnotherDevice, true
	case "AudioAuthenticationRejected":
		return MeetingSessionStatusCodeAudioAuthenticationRejected, true
	case "AudioCallAtCapacity":
		return MeetingSessionStatusCodeAudioCallAtCapacity, true
	case "MeetingEnded":
		return MeetingSessionStatusCodeMeetingEnded, true
	case "AudioInternalServerError":
		return MeetingSessionStatusCodeAudioInternalServerError, true
	case "AudioServiceUnavailable":
		return MeetingSessionStatusCodeAudioServiceUnavailable, true
	case "AudioDisconnected":
		return MeetingSessionStatusCodeAudioDisconnected, true
	case "VideoCallSwitchToViewOnly":
		return MeetingSessionStatusCodeVideoCallSwitchToViewOnly, true
	case "VideoCallAtSourceCapacity":
		return MeetingSessionStatusCodeVideoCallAtSourceCapacity, true
	case "SignalingBadRequest":
		return MeetingSessionStatusCodeSignalingBadRequest, true
	case "SignalingInternalServerError":
		return MeetingSessionStatusCodeSignalingInternalServerError, true
	case "SignalingRequestFailed":
		return MeetingSessionStatusCodeSignalingRequestFailed, true
	case "SignalingChannelClosedUnexpectedly":
		return MeetingSessionStatusCodeSignalingChannelClosedUnexpectedly, true
	case "ICEGatheringTimeoutWorkaround":
		return MeetingSessionStatusCodeIceGatheringTimeoutWorkaround, true
	case "ConnectionHealthReconnect":
		return MeetingSessionStatusCodeConnectionHealthReconnect, true
	case "RealtimeApiFailed":
		return MeetingSessionStatusCodeRealtimeApiFailed, true
	case "TaskFailed":
		return MeetingSessionStatusCodeTaskFailed, true
	case "IncompatibleSDP":
		return MeetingSessionStatusCodeIncompatibleSdp, true
	case "TURNCredentialsForbidden":
		return MeetingSessionStatusCodeTurnCredentialsForbidden, true
	case "NoAttendeePresent":
		return MeetingSessionStatusCodeNoAttendeePresent, true
	case "AudioAttendeeRemoved":
		return MeetingSessionStatusCodeAudioAttendeeRemoved, true
	case "AudioVideoWasRemovedFromPrimaryMeeting":
		return MeetingSessionStatusCodeAudioVideoWasRemovedFromPrimaryMeeting, true
	case "AudioVideoDisconnectedWhilePromoted":
		return MeetingSessionStatusCodeAudioVideoDisconnectedWhilePromoted, true
	case "AudioDisconnectAudio":
		return MeetingSessionStatusCodeAudioDisconnectAudio, true
	case "EncodedTransformManagerFailed":
		return MeetingSessionStatusCodeEncodedTransformManagerFailed, true
	}
	return 0, false
}

// AllMeetingSessionStatusCodeValues returns every code, in upstream order.
func AllMeetingSessionStatusCodeValues() []MeetingSessionStatusCode {
	return []MeetingSessionStatusCode{
		MeetingSessionStatusCodeOk,
		MeetingSessionStatusCodeLeft,
		MeetingSessionStatusCodeAudioJoinedFromAnotherDevice,
		MeetingSessionStatusCodeAudioAuthenticationRejected,
		MeetingSessionStatusCodeAudioCallAtCapacity,
		MeetingSessionStatusCodeMeetingEnded,
		MeetingSessionStatusCodeAudioInternalServerError,
		MeetingSessionStatusCodeAudioServiceUnavailable,
		MeetingSessionStatusCodeAudioDisconnected,
		MeetingSessionStatusCodeVideoCallSwitchToViewOnly,
		MeetingSessionStatusCodeVideoCallAtSourceCapacity,
		MeetingSessionStatusCodeSignalingBadRequest,
		MeetingSessionStatusCodeSignalingInternalServerError,
		MeetingSessionStatusCodeSignalingRequestFailed,
		MeetingSessionStatusCodeSignalingChannelClosedUnexpectedly,
		MeetingSessionStatusCodeIceGatheringTimeoutWorkaround,
		MeetingSessionStatusCodeConnectionHealthReconnect,
		MeetingSessionStatusCodeRealtimeApiFailed,
		MeetingSessionStatusCodeTaskFailed,
		MeetingSessionStatusCodeIncompatibleSdp,
		MeetingSessionStatusCodeTurnCredentialsForbidden,
		MeetingSessionStatusCodeNoAttendeePresent,
		MeetingSessionStatusCodeAudioAttendeeRemoved,
		MeetingSessionStatusCodeAudioVideoWasRemovedFromPrimaryMeeting,
		MeetingSessionStatusCodeAudioVideoDisconnectedWhilePromoted,
		MeetingSessionStatusCodeAudioDisconnectAudio,
		MeetingSessionStatusCodeEncodedTransformManagerFailed,
	}
}

// String returns the name exactly as upstream spells it, or MeetingSessionStatusCode(value) for a value the
// catalog does not know.
func (c MeetingSessionStatusCode) String() string {
	if i := c.index(); i >= 0 {
		return meetingSessionStatusCodeInfo[i].UpstreamName
	}
	return fmt.Sprintf("MeetingSessionStatusCode(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c MeetingSessionStatusCode) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c MeetingSessionStatusCode) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &meetingSessionStatusCodeInfo[i]
	}
	return nil
}

// IsFailure returns the provider SDK's own verdict on whether this status is a failure.
func (c MeetingSessionStatusCode) IsFailure() bool {
	switch c {
	case MeetingSessionStatusCodeAudioAuthenticationRejected, MeetingSessionStatusCodeAudioCallAtCapacity, MeetingSessionStatusCodeAudioInternalServerError, MeetingSessionStatusCodeAudioServiceUnavailable, MeetingSessionStatusCodeAudioDisconnected, MeetingSessionStatusCodeVideoCallAtSourceCapacity, MeetingSessionStatusCodeSignalingBadRequest, MeetingSessionStatusCodeSignalingInternalServerError, MeetingSessionStatusCodeSignalingRequestFailed, MeetingSessionStatusCodeSignalingChannelClosedUnexpectedly, MeetingSessionStatusCodeIceGatheringTimeoutWorkaround, MeetingSessionStatusCodeConnectionHealthReconnect, MeetingSessionStatusCodeRealtimeApiFailed, MeetingSessionStatusCodeTaskFailed, MeetingSessionStatusCodeNoAttendeePresent:
		return true
	}
	return false
}

// index is the code's row in meetingSessionStatusCodeInfo, or -1.
func (c MeetingSessionStatusCode) index() int {
	switch c {
	case MeetingSessionStatusCodeOk:
		return 0
	case MeetingSessionStatusCodeLeft:
		return 1
	case MeetingSessionStatusCodeAudioJoinedFromAnotherDevice:
		return 2
	case MeetingSessionStatusCodeAudioAuthenticationRejected:
		return 3
	case MeetingSessionStatusCodeAudioCallAtCapacity:
		return 4
	case MeetingSessionStatusCodeMeetingEnded:
		return 5
	case MeetingSessionStatusCodeAudioInternalServerError:
		return 6
	case MeetingSessionStatusCodeAudioServiceUnavailable:
		return 7
	case MeetingSessionStatusCodeAudioDisconnected:
		return 8
	case MeetingSessionStatusCodeVideoCallSwitchToViewOnly:
		return 9
	case MeetingSessionStatusCodeVideoCallAtSourceCapacity:
		return 10
	case MeetingSessionStatusCodeSignalingBadRequest:
		return 11
	case MeetingSessionStatusCodeSignalingInternalServerError:
		return 12
	case MeetingSessionStatusCodeSignalingRequestFailed:
		return 13
	case MeetingSessionStatusCodeSignalingChannelClosedUnexpectedly:
		return 14
	case MeetingSessionStatusCodeIceGatheringTimeoutWorkaround:
		return 15
	case MeetingSessionStatusCodeConnectionHealthReconnect:
		return 16
	case MeetingSessionStatusCodeRealtimeApiFailed:
		return 17
	case MeetingSessionStatusCodeTaskFailed:
		return 18
	case MeetingSessionStatusCodeIncompatibleSdp:
		return 19
	case MeetingSessionStatusCodeTurnCredentialsForbidden:
		return 20
	case MeetingSessionStatusCodeNoAttendeePresent:
		return 21
	case MeetingSessionStatusCodeAudioAttendeeRemoved:
		return 22
	case MeetingSessionStatusCodeAudioVideoWasRemovedFromPrimaryMeeting:
		return 23
	case MeetingSessionStatusCodeAudioVideoDisconnectedWhilePromoted:
		return 24
	case MeetingSessionStatusCodeAudioDisconnectAudio:
		return 25
	case MeetingSessionStatusCodeEncodedTransformManagerFailed:
		return 26
	}
	return -1
}

var meetingSessionStatusCodeInfo = [...]errorcatalog.Info{
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "OK",
		UpstreamName:       "OK",
		Summary:            "No error.",
		Cause:              "Used internally to mean nothing has failed; the doc comment says it \"will never be returned by `audioVideoDidStop`\".",
		When:               []string{"internal status checks, e.g. a signal frame with a 2xx status", "audioVideoWasDemotedFromPrimaryMeeting after demoteFromPrimaryMeeting was called"},
		Category:           errorcatalog.CategoryNotAnError,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Everything is working normally.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.OK",
		Remediation:        []string{"Nothing to fix: the status means that nothing failed."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "Left",
		UpstreamName:       "Left",
		Summary:            "The attendee left the meeting normally.",
		Cause:              "The local app stopped the session via AudioVideoControllerFacade.stop.",
		When:               []string{"the app calls stop() on the audio-video facade"},
		Category:           errorcatalog.CategoryEndedNormally,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You have left the call.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.Left",
		Remediation:        []string{"Nothing to fix: the app called stop(). Clean up the meeting UI."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts", "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatus.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "A deliberate local leave is not a failure (isFailure() is false), so there is nothing to retry.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "AudioJoinedFromAnotherDevice",
		UpstreamName:       "AudioJoinedFromAnotherDevice",
		Summary:            "The same attendee joined from another device or tab.",
		Cause:              "Another client joined with the same attendee credentials, replacing this session; the Audio prefix is irrelevant.",
		When:               []string{"the user opens the meeting in another browser tab, window or on mobile", "the app accidentally creates two meeting sessions"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You joined this meeting from another device or window, so this one was disconnected.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.AudioJoinedFromAnotherDevice",
		Remediation:        []string{"Create one meeting session per attendee per device; check that the app does not start two sessions by accident.", "Offer the user a button to rejoin here, which ends the other session."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "Rejoining would evict the other session, so only rejoin if the user explicitly chooses to.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "AudioAuthenticationRejected",
		UpstreamName:       "AudioAuthenticationRejected",
		Summary:            "Authentication of the attendee was rejected.",
		Cause:              "The attendee in MeetingSessionCredentials does not match an attendee created via chime::CreateAttendee; this may point at a problem in the app's credential service.",
		When:               []string{"join with wrong, stale or mismatched attendee credentials (403)", "the primary-meeting attendee used for promotion was deleted"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not confirm your access to this call. Please try joining again.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.AudioAuthenticationRejected",
		Remediation:        []string{"Request a new attendee from the backend (chime:CreateAttendee) and join with its credentials.", "Check that the app's credential service returns the attendee of this meeting, not a stale or mismatched one."},
		Causes:             []string{"the attendee does not match one created with CreateAttendee", "the primary-meeting attendee used for promotion was deleted"},
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "The credentials were rejected, so only a fresh attendee from the app's backend can succeed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "AudioCallAtCapacity",
		UpstreamName:       "AudioCallAtCapacity",
		Summary:            "The meeting is at capacity.",
		Cause:              "The service refused the join because the meeting reached its attendee limit (the doc comment cites 250 attendees).",
		When:               []string{"joining a full meeting (409)"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This meeting is full. Please try again later.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.AudioCallAtCapacity",
		Remediation:        []string{"Tell the user the meeting is full; let them try again later.", "If meetings regularly fill up, plan for larger meetings (for example replica meetings for view-only attendees)."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "The doc suggests notifying the user; a later attempt can succeed only once someone leaves.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "MeetingEnded",
		UpstreamName:       "MeetingEnded",
		Summary:            "The meeting has already ended.",
		Cause:              "The attendee tried to join, or was in, a meeting that has ended.",
		When:               []string{"joining an ended meeting", "the meeting is deleted or ends while in the call (audio status 410)"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This meeting has ended.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.MeetingEnded",
		Remediation:        []string{"Do not rejoin: the meeting no longer exists.", "Create a new meeting from the backend if the session should go on."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "An ended meeting cannot be rejoined; the app must create a new meeting.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "AudioInternalServerError",
		UpstreamName:       "AudioInternalServerError",
		Summary:            "Internal server error related to audio.",
		Cause:              "An audio-related server error (audio status 500), which may come from the audio device or the Amazon Chime SDK service.",
		When:               []string{"transient service-side audio failures"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.AudioInternalServerError",
		Remediation:        []string{"Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.", "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).", "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.", "If it recurs across meetings, check the AWS Health Dashboard and contact AWS support."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 2000, MaxDelayMs: 5000, Jitter: errorcatalog.JitterFull, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "AudioServiceUnavailable",
		UpstreamName:       "AudioServiceUnavailable",
		Summary:            "The audio service is unavailable.",
		Cause:              "The audio service reported unavailability (audio status 503); documented like AudioInternalServerError.",
		When:               []string{"audio service temporarily unavailable"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.AudioServiceUnavailable",
		Remediation:        []string{"Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.", "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).", "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.", "If it recurs across meetings, check the AWS Health Dashboard and contact AWS support."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 2000, MaxDelayMs: 5000, Jitter: errorcatalog.JitterFull, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "AudioDisconnected",
		UpstreamName:       "AudioDisconnected",
		Summary:            "The audio connection failed.",
		Cause:              "The service sent an audio status that is neither success nor one of the specifically mapped errors; documented as an internal audio server error.",
		When:               []string{"unexpected non-2xx audio status from the service"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.AudioDisconnected",
		Remediation:        []string{"Start a new session after a delay, with backoff.", "Alert if it recurs: the service sent an unexpected audio status."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "The SDK gives up on this code, yet it reports a service fault, so a new session after a delay may succeed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "VideoCallSwitchToViewOnly",
		UpstreamName:       "VideoCallSwitchToViewOnly",
		Summary:            "Local video must switch to view-only mode.",
		Cause:              "The client asked to send and receive video but the service only allows receiving (signaling status 206), e.g. the video sender limit is reached.",
		When:               []string{"starting local video when the meeting's video capacity is reached"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Too many people are sharing video right now, so yours was turned off. You can try again later.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.VideoCallSwitchToViewOnly",
		Remediation:        []string{"Tell the user their video cannot be shared right now; they can still see and hear others.", "Let the user start their video again later (videoSendDidBecomeUnavailable tells the app when it was turned off)."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "Internal only; the SDK removes the local tile and calls videoSendDidBecomeUnavailable, and local video can be restarted when the user asks once capacity frees up.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "VideoCallAtSourceCapacity",
		UpstreamName:       "VideoCallAtSourceCapacity",
		Summary:            "The video source capacity was exceeded.",
		Cause:              "Signaling status 509, e.g. joining a video meeting in send-only mode; the doc says to treat it as \"fatal\".",
		When:               []string{"joining in send-only video mode"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call is full right now. Please try again in a little while.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.VideoCallAtSourceCapacity",
		Remediation:        []string{"Do not retry: the SDK documents this status as fatal.", "Check how the app joins video: a send-only video join is refused."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "Category follows the code name and its 509 status; the doc comment says it \"probably should not be retried\".",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "SignalingBadRequest",
		UpstreamName:       "SignalingBadRequest",
		Summary:            "The signaling connection was refused as a bad request.",
		Cause:              "A 4xx signaling status, typically because the attendee was deleted via DeleteAttendee or the attendee response of an already ended meeting was reused.",
		When:               []string{"joining with a deleted attendee", "reusing attendee info from an ended meeting created with the same ClientRequestToken"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not confirm your access to this call. Please try joining again.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.SignalingBadRequest",
		Remediation:        []string{"Request a new attendee (and, if the meeting ended, a new meeting) from the backend; do not reuse the old CreateAttendee response.", "Check that the backend does not reuse a ClientRequestToken of an ended meeting."},
		Causes:             []string{"the attendee was deleted with DeleteAttendee", "the attendee response of an ended meeting was reused"},
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "The doc says the stale attendee response must not be reused, so a new attendee is needed before joining again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "SignalingInternalServerError",
		UpstreamName:       "SignalingInternalServerError",
		Summary:            "The signaling connection failed or was lost.",
		Cause:              "The signaling connection could not be established because of a server error (5xx) or was lost mid-call; the doc notes it often indicates a network issue for the end user.",
		When:               []string{"unstable end-user network", "signaling websocket closed with a server-failure close code"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.SignalingInternalServerError",
		Remediation:        []string{"Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.", "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).", "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.", "If it happens often, look at the end user's network first; Amazon notes it often points there."},
		Causes:             []string{"an unstable end-user network", "a Chime service error (HTTP 5xx)"},
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 2000, MaxDelayMs: 5000, Jitter: errorcatalog.JitterFull, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "Category follows the doc comment, which says this code often indicates a network issue, though it can also be a Chime service issue.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "SignalingRequestFailed",
		UpstreamName:       "SignalingRequestFailed",
		Summary:            "Received an unknown signaling error without a status.",
		Cause:              "A signaling error frame had no recognizable status; the doc calls it nearly impossible and a sign of a Chime service issue.",
		When:               []string{"malformed or unexpected signaling error frames"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.SignalingRequestFailed",
		Remediation:        []string{"Start a new session after a delay, with backoff.", "Report it to AWS support with the meeting and attendee IDs if it recurs: the SDK calls it a sign of a service issue."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "The SDK stops on it and the doc attributes it to the service, so a fresh attempt after a delay is reasonable.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "SignalingChannelClosedUnexpectedly",
		UpstreamName:       "SignalingChannelClosedUnexpectedly",
		Summary:            "The signaling websocket closed unexpectedly mid-meeting.",
		Cause:              "The websocket signaling channel dropped, most often from a client-side network change, less often from the backend forcing a reconnect or AWS networking issues.",
		When:               []string{"switching WiFi networks or other client network changes", "the backend detects client issues (e.g. decryption) and closes the connection", "unexpected backend networking issues"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.SignalingChannelClosedUnexpectedly",
		Remediation:        []string{"Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.", "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).", "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.", "If it happens often, look for network changes on the client (Wi-Fi switches, VPNs)."},
		Causes:             []string{"a client network change such as switching Wi-Fi", "the backend closed the connection after detecting client problems", "AWS networking issues"},
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts", "amazon-chime-sdk-js@3.32.0 CHANGELOG.md (3.27.0: reconnect immediately when the WebSocket is lost)", "https://github.com/aws/amazon-chime-sdk-js/commit/5c3d2242d98044072ae69313630b02294d63e6dc"},
		Since:              "3.27.0",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 2000, MaxDelayMs: 5000, Jitter: errorcatalog.JitterFull, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "ICEGatheringTimeoutWorkaround",
		UpstreamName:       "ICEGatheringTimeoutWorkaround",
		Summary:            "Timed out gathering ICE candidates.",
		Cause:              "ICE candidate gathering did not complete in time; in Chrome this can mean the browser is in a bad state after a VPN reconnect (webrtc issue 9097).",
		When:               []string{"VPN reconnects in Chrome", "restrictive networks blocking ICE"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.ICEGatheringTimeoutWorkaround",
		Remediation:        []string{"Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.", "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).", "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.", "If it persists in Chrome after a VPN change, ask the user to restart the browser (webrtc issue 9097)."},
		Causes:             []string{"Chrome in a bad state after a VPN reconnect", "a network that blocks ICE"},
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 2000, MaxDelayMs: 5000, Jitter: errorcatalog.JitterFull, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "ConnectionHealthReconnect",
		UpstreamName:       "ConnectionHealthReconnect",
		Summary:            "A reconnect was triggered by poor connection health.",
		Cause:              "The connection health policy (ConnectionHealthPolicyConfiguration) judged the connection unhealthy and triggered a reconnect.",
		When:               []string{"missed pongs, no received packets or bad audio delay"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.ConnectionHealthReconnect",
		Remediation:        []string{"Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.", "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).", "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.", "Tune ConnectionHealthPolicyConfiguration only if reconnects fire on healthy connections."},
		Causes:             []string{"missed pongs", "no packets received", "bad audio delay"},
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 2000, MaxDelayMs: 5000, Jitter: errorcatalog.JitterFull, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "RealtimeApiFailed",
		UpstreamName:       "RealtimeApiFailed",
		Summary:            "The RealtimeController failed.",
		Cause:              "A callback passed to a RealtimeController API threw an error or otherwise failed.",
		When:               []string{"an app callback registered with realtime APIs throws"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app and the meeting stopped. Please rejoin.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.RealtimeApiFailed",
		Remediation:        []string{"Fix the callback the app passed to the RealtimeController API: it threw an error.", "Catch errors inside realtime callbacks so one bad handler does not end the session."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "The failure is in the app's own callback code, which must be fixed before a retry can help.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "TaskFailed",
		UpstreamName:       "TaskFailed",
		Summary:            "A connection step failed without a more specific reason.",
		Cause:              "A step connecting to the Amazon Chime SDK backends failed; the doc says this may indicate end-user connection issues \"and should be retried\".",
		When:               []string{"generic failures during connect, reconnect or update", "connection timeouts"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.TaskFailed",
		Remediation:        []string{"Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.", "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).", "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.", "If it ends the session, look at the SDK log for the step that failed, then offer a rejoin."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 2000, MaxDelayMs: 5000, Jitter: errorcatalog.JitterFull, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "Category is unknown because the SDK uses this code for any connection step that fails without a more specific status.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "IncompatibleSDP",
		UpstreamName:       "IncompatibleSDP",
		Summary:            "Media negotiation failed due to incompatible SDP.",
		Cause:              "Media negotiation failed, possibly from an SDK issue or an unsupported browser; the doc suggests checking DefaultBrowserBehavior().isSupported() before the call.",
		When:               []string{"unsupported browsers", "video codec negotiation problems"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.IncompatibleSDP",
		Remediation:        []string{"Nothing to do at first: the controller restarts local video by itself.", "Check DefaultBrowserBehavior().isSupported() before joining and tell users of unsupported browsers to switch."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "The controller handles this code itself by restarting local video (handleMeetingSessionStatus).",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "TURNCredentialsForbidden",
		UpstreamName:       "TURNCredentialsForbidden",
		Summary:            "TURN credentials were refused because the meeting ended or the attendee was removed.",
		Cause:              "The media channel's TURN credential request was forbidden; the doc calls it analogous to MeetingEnded but detected through the media channel.",
		When:               []string{"joining a meeting that has ended", "the attendee was removed"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This meeting has ended or you are no longer part of it.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.TURNCredentialsForbidden",
		Remediation:        []string{"Do not rejoin with the same attendee: the meeting has ended or the attendee was removed.", "Create a new meeting or attendee from the backend if the session should go on."},
		Causes:             []string{"the meeting has ended", "the attendee was removed"},
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "Like MeetingEnded, the meeting or attendee no longer exists, so the same join cannot succeed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "NoAttendeePresent",
		UpstreamName:       "NoAttendeePresent",
		Summary:            "The attendee did not show up on the roster.",
		Cause:              "The attendee never appeared in the meeting roster after connecting, which may come from the end user's audio device or from the Amazon Chime SDK.",
		When:               []string{"initial connection where attendee presence is not confirmed in time"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.NoAttendeePresent",
		Remediation:        []string{"Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.", "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).", "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.", "If it ends the session, check the user's audio device, then offer a rejoin."},
		Causes:             []string{"a problem with the end user's audio device", "a problem in the Amazon Chime SDK"},
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 2000, MaxDelayMs: 5000, Jitter: errorcatalog.JitterFull, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "Category is unknown because the doc names both a device problem and an SDK problem as possible causes.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "AudioAttendeeRemoved",
		UpstreamName:       "AudioAttendeeRemoved",
		Summary:            "The attendee was removed from the meeting.",
		Cause:              "The session ended because the attendee was deleted via chime::DeleteAttendee (audio status 411).",
		When:               []string{"the app backend or another party calls DeleteAttendee"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You were removed from the meeting.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.AudioAttendeeRemoved",
		Remediation:        []string{"Do not rejoin automatically: the attendee was deleted with DeleteAttendee.", "If the removal was not intended, check which service called DeleteAttendee."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "The removal was deliberate and the attendee no longer exists; the doc suggests notifying the user.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "AudioVideoWasRemovedFromPrimaryMeeting",
		UpstreamName:       "AudioVideoWasRemovedFromPrimaryMeeting",
		Summary:            "The attendee's primary-meeting credentials were revoked.",
		Cause:              "Used only by promotion functions; the primary meeting attendee used for promotion was revoked or deleted, so the replica client is demoted.",
		When:               []string{"DeleteAttendee is called on the primary meeting attendee while promoted"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You can no longer speak or share video in this meeting, but you can keep watching.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.AudioVideoWasRemovedFromPrimaryMeeting",
		Remediation:        []string{"Keep the replica session running; the attendee is back to view-only.", "Promote again only with a new primary-meeting attendee from the backend."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "The primary credentials were revoked on purpose, so promoting again with them cannot succeed; the replica session itself continues.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "AudioVideoDisconnectedWhilePromoted",
		UpstreamName:       "AudioVideoDisconnectedWhilePromoted",
		Summary:            "The attendee was demoted after a disconnection.",
		Cause:              "Used only by promotion functions; any disconnection while promoted to the primary meeting triggers an automatic demotion.",
		When:               []string{"the connection drops and reconnects while promoted"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your connection dropped, so you are back to watching only. You can ask to join in again.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.AudioVideoDisconnectedWhilePromoted",
		Remediation:        []string{"Offer the user a way to promote again (promoteToPrimaryMeeting); the SDK does not do it by itself."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "The doc says the attendee must promote itself again; the SDK does not re-promote, so the app does it when the user wants.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "AudioDisconnectAudio",
		UpstreamName:       "AudioDisconnectAudio",
		Summary:            "Reserved code for an audio disconnect.",
		Cause:              "Reserved and used only internally (audio status 302); never passed to audioVideoDidStop.",
		When:               []string{"the service sends audio status 302"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyNotAnError,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.AudioDisconnectAudio",
		Remediation:        []string{"Nothing to do: the code is reserved and only used inside the SDK."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts", "amazon-chime-sdk-js@3.32.0 CHANGELOG.md (3.4.0: Add the reserved status code AudioDisconnectAudio)"},
		Since:              "3.4.0",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "The code is documented only as reserved and the controller takes no action on it, as it is neither terminal nor a failure.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_chime",
		CodeSet:            "meeting_session_status_code",
		CatalogName:        "EncodedTransformManagerFailed",
		UpstreamName:       "EncodedTransformManagerFailed",
		Summary:            "The encoded transform worker manager failed.",
		Cause:              "The encoded transform worker failed during the meeting, possibly from a media-processing issue or browser support for encoded transforms.",
		When:               []string{"encoded transform worker errors after the session is connected"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "amazon_chime.meeting_session_status_code.EncodedTransformManagerFailed",
		Remediation:        []string{"Nothing to do at first: the controller reconnects by itself without encoded transforms.", "Check that the browser supports encoded transforms (RTCRtpScriptTransform or insertable streams) and look at the worker's errors in the log."},
		Causes:             nil,
		References:         []string{"amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts", "https://github.com/aws/amazon-chime-sdk-js/commit/2df262f1177155ca6b060f7dcdf9f9acc88acbde (released in 3.31.0)"},
		Since:              "3.31.0",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 2000, MaxDelayMs: 5000, Jitter: errorcatalog.JitterFull, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "MeetingSessionStatus.isTerminal()", Overrides: []string{"retry", "terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The session is over and the audio-video controller will not retry; handle the code as final."}, {Value: "false", Means: "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."}}, Meaning: ""},
		Rationale:          "The controller reconnects on its own without transforms (onEncodedTransformWorkerManagerFailed calls reconnect); category reflects the browser media-pipeline cause.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}
