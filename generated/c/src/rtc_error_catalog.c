/* Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate. */

#include "rtc_error_catalog.h"

#include <string.h>

static const rtc_retry_schedule schedule_0 = {1000u, 1600u, 120000u, RTC_JITTER_EQUAL, 10u};

static const rtc_retry_schedule schedule_1 = {1000u, 1600u, 20000u, RTC_JITTER_FULL, 5u};

static const rtc_retry_schedule schedule_2 = {100u, 2000u, 20000u, RTC_JITTER_FULL, 2u};

static const char *const signal_0_overrides[] = {
    "retry",
    "terminal",
};
static const rtc_signal_value signal_0_values[] = {
    {"true", "The session is over and the audio-video controller will not retry; handle the code as final."},
    {"false", "The controller retries by itself until reconnectTimeoutMs; the app should wait unless the code arrives in audioVideoDidStop."},
};
static const rtc_runtime_signal signal_0 = {"MeetingSessionStatus.isTerminal()", signal_0_overrides, 2, signal_0_values, 2, NULL};

static const rtc_retry_schedule schedule_3 = {1000u, 2000u, 5000u, RTC_JITTER_FULL, 10u};

static const char *const signal_1_overrides[] = {
    "terminal",
};
static const rtc_signal_value signal_1_values[] = {
    {"JOIN_ERROR", "The error concerns the connection to the stage: a join that fails this way did not complete."},
    {"PUBLISH_ERROR", "Only publishing failed; the participant is still in the stage."},
    {"SUBSCRIBE_ERROR", "Only a subscription failed; the participant is still in the stage."},
};
static const rtc_runtime_signal signal_1 = {"StageError.category", signal_1_overrides, 1, signal_1_values, 3, NULL};

static const char *const signal_2_overrides[] = {
    "terminal",
};
static const rtc_signal_value signal_2_values[] = {
    {"connected", "The stage connection survived the error."},
    {"connecting", "The SDK is establishing the connection again; wait."},
    {"errored", "The SDK errored in the middle of a session (d.ts: \"SDK errored in the middle of a session\"); the app must act."},
    {"disconnected", "Not connected to the stage: the session is over until the app joins again."},
};
static const rtc_runtime_signal signal_2 = {"StageConnectionState (StageEvents.STAGE_CONNECTION_STATE_CHANGED)", signal_2_overrides, 1, signal_2_values, 4, NULL};

static const char *const signal_3_overrides[] = {
    "terminal",
};
static const rtc_signal_value signal_3_values[] = {
    {"error", "Fatal: the call object has left the meeting (meetingState() is error); any recovery is a new join."},
    {"nonfatal-error", "Not fatal: the call goes on, only the feature named by the type failed."},
};
static const rtc_runtime_signal signal_3 = {"the event that carries the type: `error` (DailyEventObjectFatalError) or `nonfatal-error` (DailyEventObjectNonFatalError)", signal_3_overrides, 1, signal_3_values, 2, NULL};

static const char *const signal_4_overrides[] = {
    "terminal",
};
static const rtc_signal_value signal_4_values[] = {
    {"conference.failed (CONFERENCE_FAILED)", "Joining or staying in the conference failed; the conference is over until the app joins again."},
    {"conference.error (CONFERENCE_ERROR)", "An error inside a running conference; the participant stays in it."},
};
static const rtc_runtime_signal signal_4 = {"the JitsiConferenceEvents event that carried the code (CONFERENCE_FAILED or CONFERENCE_ERROR)", signal_4_overrides, 1, signal_4_values, 2, NULL};

static const rtc_retry_schedule schedule_4 = {1000u, 2000u, 20000u, RTC_JITTER_FULL, 3u};

static const rtc_retry_schedule schedule_5 = {1500u, 1500u, 20000u, RTC_JITTER_FULL, 3u};

static const char *const signal_5_overrides[] = {
    "retry",
    "terminal",
};
static const rtc_signal_value signal_5_values[] = {
    {"LIVEKIT_CONNECTION_STATE_RECONNECTING", "The SDK is retrying by itself; the reason is not final and the app should wait."},
    {"LIVEKIT_CONNECTION_STATE_FAILED", "The SDK gave up (after the maximum retries or a non-retryable failure); the reason is final and the connection is over."},
};
static const rtc_runtime_signal signal_5 = {"livekit_connection_state_t (livekit_room_get_state(), on_state_changed)", signal_5_overrides, 2, signal_5_values, 2, NULL};

static const rtc_retry_schedule schedule_6 = {200u, 2000u, 7000u, RTC_JITTER_EQUAL, 7u};

static const char *const signal_6_overrides[] = {
    "retry",
    "terminal",
};
static const rtc_signal_value signal_6_values[] = {
    {"DISCONNECT (0)", "The server wants the client gone: livekit-client closes the room and reports the reason on Disconnected; the catalog's guidance applies."},
    {"RESUME (1)", "The server asks for a resume: livekit-client reconnects at once and no disconnect is reported, so the app does nothing."},
    {"RECONNECT (2)", "The server asks for a full reconnect: livekit-client rejoins at once and no disconnect is reported, so the app does nothing."},
};
static const rtc_runtime_signal signal_6 = {"LeaveRequest.action", signal_6_overrides, 2, signal_6_values, 3, NULL};

static const char *const signal_7_overrides[] = {
    "retry",
};
static const rtc_signal_value signal_7_values[] = {
    {"True", "Reconnecting can plausibly succeed: reconnect with backoff."},
    {"False", "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."},
};
static const rtc_runtime_signal signal_7 = {"AvatarSDKError.retryable", signal_7_overrides, 1, signal_7_values, 2, NULL};

static const char *const signal_8_overrides[] = {
    "retry",
    "terminal",
};
static const rtc_signal_value signal_8_values[] = {
    {"shouldRetry = true", "The SDK repeats the RPC by itself (retryable.ts) after a growing delay; the app waits."},
    {"shouldRetry = false", "The SDK does not repeat the RPC; the error is the final answer to that request."},
    {"reconnectStrategy = DISCONNECT", "The SDK leaves the call: terminal whatever the code says."},
    {"reconnectStrategy = FAST, REJOIN or MIGRATE", "The SDK reconnects by itself with that strategy: not terminal, the app waits."},
    {"reconnectStrategy = UNSPECIFIED", "No instruction; the catalog's retry and terminal for the code apply."},
};
static const rtc_runtime_signal signal_8 = {"Error.shouldRetry (on the SFU Error) and reconnectStrategy (on the SFU error event)", signal_8_overrides, 2, signal_8_values, 5, NULL};

static const char *const signal_9_overrides[] = {
    "terminal",
};
static const rtc_signal_value signal_9_values[] = {
    {"failed", "The error has taken the whole peer connection down; build a new one (or restart ICE)."},
    {"connected", "The peer connection survived the error; only the channel, transport or call that reported it is affected."},
};
static const rtc_runtime_signal signal_9 = {"RTCPeerConnection.connectionState", signal_9_overrides, 1, signal_9_values, 2, NULL};

static const char *const signal_10_overrides[] = {
    "terminal",
};
static const rtc_signal_value signal_10_values[] = {
    {"disconnected", "Connectivity is lost for now; the browser keeps checking and may recover without action."},
    {"failed", "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."},
    {"closed", "The app closed the peer connection; it cannot be used again."},
};
static const rtc_runtime_signal signal_10 = {"RTCPeerConnection.connectionState (connectionstatechange event)", signal_10_overrides, 1, signal_10_values, 3, NULL};

static const char *const signal_11_overrides[] = {
    "terminal",
};
static const rtc_signal_value signal_11_values[] = {
    {"disconnected", "Connectivity is lost for now; the browser keeps checking and may recover without action."},
    {"failed", "The connection will not recover by itself; only an ICE restart (restartIce()) or a new peer connection helps."},
    {"closed", "The app closed the peer connection; it cannot be used again."},
};
static const rtc_runtime_signal signal_11 = {"RTCPeerConnection.iceConnectionState (iceconnectionstatechange event)", signal_11_overrides, 1, signal_11_values, 3, NULL};

const rtc_term rtc_categories[RTC_CATEGORY_COUNT] = {
    {"not_an_error", "Not an error", "Nothing failed. The code reports a normal state (for example \"no failure has occurred\") and needs no handling beyond logging.", "Everything is working normally.", NULL},
    {"ended_normally", "Ended normally", "The session ended because the local user or app asked for it. Clean up; do not reconnect and do not show an error.", "You have left the call.", NULL},
    {"credentials", "Credentials", "The token or credentials were missing, malformed, expired or rejected. A fresh, valid credential from the app's backend usually fixes it.", "We could not confirm your access to this call. Please try joining again.", NULL},
    {"permission", "Permission", "The caller is identified but not allowed to do this: denied by a moderator, by room rules or by the grants in its token. Retrying with the same rights fails again.", "You do not have permission to do that in this call.", NULL},
    {"capacity", "Capacity", "The room, stage or service is full or has no resources left. It may succeed later, once load drops; tell the user and let them try again.", "This call is full right now. Please try again in a little while.", NULL},
    {"network", "Network", "The network path between client and service failed or timed out: unreachable host, lost signalling, ping timeout. Usually transient; retry with backoff.", "The connection to the call was interrupted. Check your internet connection and try again.", NULL},
    {"media_negotiation", "Media negotiation", "The media path could not be negotiated or established: ICE, SDP offer/answer, codecs. Often an environment problem (firewall, browser); a retry may help, repeated failures need the user.", "We could not connect your audio and video. Check your network, or try another browser or device.", NULL},
    {"ended_by_service", "Session ended by the service or another party", "The service, a moderator or another participant ended this session: room deleted, removed from the meeting, joined from another device, server shut down. Do not reconnect automatically; tell the user what happened.", "This call has ended.", NULL},
    {"service_fault", "Service fault", "The provider's service failed in a way the client did not cause: internal error, unexpected response. Retry with backoff and alert if it recurs.", "Something went wrong on our side. Please try again in a moment.", NULL},
    {"client_error", "Client or configuration error", "The app, its configuration or its use of the SDK is wrong: invalid request, unsupported setting, misuse of the API. Retrying the same call fails again; a developer must fix it.", "Something went wrong in the app. Please try again later; if it keeps happening, contact support.", NULL},
    {"billing_quota", "Billing or quota", "The account's plan, credits or quota does not allow the session. Operators must act; the user can only be told.", "This service is not available right now. Please contact the organiser or support.", NULL},
    {"user_input", "Input needed from the user", "The session can continue once the user supplies something: a password, a display name, a choice. Ask, then retry.", "A little more information is needed before you can join.", NULL},
    {"unknown", "Unknown", "The provider could not classify the failure, or the code groups failures of several kinds. Log the details; treat it as a fault.", "Something went wrong. Please try again.", NULL},
};

const rtc_term rtc_retry_policies[RTC_RETRY_POLICY_COUNT] = {
    {"not_an_error", "Not an error", "Nothing to retry: the code does not report a failure.", NULL, NULL},
    {"automatic", "The SDK retries by itself", "The provider's SDK is already reconnecting or recovering. Do not restart the session from the app; show progress and wait for a terminal code.", NULL, &schedule_0},
    {"backoff", "Back off and retry", "The failure is likely transient. Retry the same operation after a delay that grows with each attempt, and give up after a bounded number of attempts.", NULL, &schedule_1},
    {"refresh_credentials", "Refresh credentials, then retry", "Fetch a new token or new credentials from the app's backend, then retry. Retrying with the old credentials fails again.", NULL, &schedule_2},
    {"user_action", "Needs a user action", "Retry only after the user has done something: entered a password or name, been admitted, chosen to rejoin, fixed their network or browser. Never retry without them.", NULL, NULL},
    {"never", "Do not retry", "Retrying cannot succeed without a change to the app, its configuration, the account or the room. Report it; fix the cause.", NULL, NULL},
    {"depends", "Depends on the accompanying code", "The value only groups failures (a category or sub-type reported beside a more specific code). Decide from the accompanying code.", NULL, NULL},
};

static const char *const list_0_0_0_when[] = {
    "internal status checks, e.g. a signal frame with a 2xx status",
    "audioVideoWasDemotedFromPrimaryMeeting after demoteFromPrimaryMeeting was called",
};
static const char *const list_0_0_0_remediation[] = {
    "Nothing to fix: the status means that nothing failed.",
};
static const char *const list_0_0_0_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_1_when[] = {
    "the app calls stop() on the audio-video facade",
};
static const char *const list_0_0_1_remediation[] = {
    "Nothing to fix: the app called stop(). Clean up the meeting UI.",
};
static const char *const list_0_0_1_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatus.js",
};
static const char *const list_0_0_2_when[] = {
    "the user opens the meeting in another browser tab, window or on mobile",
    "the app accidentally creates two meeting sessions",
};
static const char *const list_0_0_2_remediation[] = {
    "Create one meeting session per attendee per device; check that the app does not start two sessions by accident.",
    "Offer the user a button to rejoin here, which ends the other session.",
};
static const char *const list_0_0_2_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_3_when[] = {
    "join with wrong, stale or mismatched attendee credentials (403)",
    "the primary-meeting attendee used for promotion was deleted",
};
static const char *const list_0_0_3_remediation[] = {
    "Request a new attendee from the backend (chime:CreateAttendee) and join with its credentials.",
    "Check that the app's credential service returns the attendee of this meeting, not a stale or mismatched one.",
};
static const char *const list_0_0_3_causes[] = {
    "the attendee does not match one created with CreateAttendee",
    "the primary-meeting attendee used for promotion was deleted",
};
static const char *const list_0_0_3_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_4_when[] = {
    "joining a full meeting (409)",
};
static const char *const list_0_0_4_remediation[] = {
    "Tell the user the meeting is full; let them try again later.",
    "If meetings regularly fill up, plan for larger meetings (for example replica meetings for view-only attendees).",
};
static const char *const list_0_0_4_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_5_when[] = {
    "joining an ended meeting",
    "the meeting is deleted or ends while in the call (audio status 410)",
};
static const char *const list_0_0_5_remediation[] = {
    "Do not rejoin: the meeting no longer exists.",
    "Create a new meeting from the backend if the session should go on.",
};
static const char *const list_0_0_5_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_6_when[] = {
    "transient service-side audio failures",
};
static const char *const list_0_0_6_remediation[] = {
    "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
    "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
    "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
    "If it recurs across meetings, check the AWS Health Dashboard and contact AWS support.",
};
static const char *const list_0_0_6_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_7_when[] = {
    "audio service temporarily unavailable",
};
static const char *const list_0_0_7_remediation[] = {
    "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
    "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
    "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
    "If it recurs across meetings, check the AWS Health Dashboard and contact AWS support.",
};
static const char *const list_0_0_7_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_8_when[] = {
    "unexpected non-2xx audio status from the service",
};
static const char *const list_0_0_8_remediation[] = {
    "Start a new session after a delay, with backoff.",
    "Alert if it recurs: the service sent an unexpected audio status.",
};
static const char *const list_0_0_8_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_9_when[] = {
    "starting local video when the meeting's video capacity is reached",
};
static const char *const list_0_0_9_remediation[] = {
    "Tell the user their video cannot be shared right now; they can still see and hear others.",
    "Let the user start their video again later (videoSendDidBecomeUnavailable tells the app when it was turned off).",
};
static const char *const list_0_0_9_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_10_when[] = {
    "joining in send-only video mode",
};
static const char *const list_0_0_10_remediation[] = {
    "Do not retry: the SDK documents this status as fatal.",
    "Check how the app joins video: a send-only video join is refused.",
};
static const char *const list_0_0_10_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_11_when[] = {
    "joining with a deleted attendee",
    "reusing attendee info from an ended meeting created with the same ClientRequestToken",
};
static const char *const list_0_0_11_remediation[] = {
    "Request a new attendee (and, if the meeting ended, a new meeting) from the backend; do not reuse the old CreateAttendee response.",
    "Check that the backend does not reuse a ClientRequestToken of an ended meeting.",
};
static const char *const list_0_0_11_causes[] = {
    "the attendee was deleted with DeleteAttendee",
    "the attendee response of an ended meeting was reused",
};
static const char *const list_0_0_11_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_12_when[] = {
    "unstable end-user network",
    "signaling websocket closed with a server-failure close code",
};
static const char *const list_0_0_12_remediation[] = {
    "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
    "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
    "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
    "If it happens often, look at the end user's network first; Amazon notes it often points there.",
};
static const char *const list_0_0_12_causes[] = {
    "an unstable end-user network",
    "a Chime service error (HTTP 5xx)",
};
static const char *const list_0_0_12_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_13_when[] = {
    "malformed or unexpected signaling error frames",
};
static const char *const list_0_0_13_remediation[] = {
    "Start a new session after a delay, with backoff.",
    "Report it to AWS support with the meeting and attendee IDs if it recurs: the SDK calls it a sign of a service issue.",
};
static const char *const list_0_0_13_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_14_when[] = {
    "switching WiFi networks or other client network changes",
    "the backend detects client issues (e.g. decryption) and closes the connection",
    "unexpected backend networking issues",
};
static const char *const list_0_0_14_remediation[] = {
    "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
    "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
    "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
    "If it happens often, look for network changes on the client (Wi-Fi switches, VPNs).",
};
static const char *const list_0_0_14_causes[] = {
    "a client network change such as switching Wi-Fi",
    "the backend closed the connection after detecting client problems",
    "AWS networking issues",
};
static const char *const list_0_0_14_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
    "amazon-chime-sdk-js@3.32.0 CHANGELOG.md (3.27.0: reconnect immediately when the WebSocket is lost)",
    "https://github.com/aws/amazon-chime-sdk-js/commit/5c3d2242d98044072ae69313630b02294d63e6dc",
};
static const char *const list_0_0_15_when[] = {
    "VPN reconnects in Chrome",
    "restrictive networks blocking ICE",
};
static const char *const list_0_0_15_remediation[] = {
    "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
    "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
    "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
    "If it persists in Chrome after a VPN change, ask the user to restart the browser (webrtc issue 9097).",
};
static const char *const list_0_0_15_causes[] = {
    "Chrome in a bad state after a VPN reconnect",
    "a network that blocks ICE",
};
static const char *const list_0_0_15_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_16_when[] = {
    "missed pongs, no received packets or bad audio delay",
};
static const char *const list_0_0_16_remediation[] = {
    "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
    "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
    "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
    "Tune ConnectionHealthPolicyConfiguration only if reconnects fire on healthy connections.",
};
static const char *const list_0_0_16_causes[] = {
    "missed pongs",
    "no packets received",
    "bad audio delay",
};
static const char *const list_0_0_16_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_17_when[] = {
    "an app callback registered with realtime APIs throws",
};
static const char *const list_0_0_17_remediation[] = {
    "Fix the callback the app passed to the RealtimeController API: it threw an error.",
    "Catch errors inside realtime callbacks so one bad handler does not end the session.",
};
static const char *const list_0_0_17_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_18_when[] = {
    "generic failures during connect, reconnect or update",
    "connection timeouts",
};
static const char *const list_0_0_18_remediation[] = {
    "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
    "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
    "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
    "If it ends the session, look at the SDK log for the step that failed, then offer a rejoin.",
};
static const char *const list_0_0_18_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_19_when[] = {
    "unsupported browsers",
    "video codec negotiation problems",
};
static const char *const list_0_0_19_remediation[] = {
    "Nothing to do at first: the controller restarts local video by itself.",
    "Check DefaultBrowserBehavior().isSupported() before joining and tell users of unsupported browsers to switch.",
};
static const char *const list_0_0_19_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_20_when[] = {
    "joining a meeting that has ended",
    "the attendee was removed",
};
static const char *const list_0_0_20_remediation[] = {
    "Do not rejoin with the same attendee: the meeting has ended or the attendee was removed.",
    "Create a new meeting or attendee from the backend if the session should go on.",
};
static const char *const list_0_0_20_causes[] = {
    "the meeting has ended",
    "the attendee was removed",
};
static const char *const list_0_0_20_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_21_when[] = {
    "initial connection where attendee presence is not confirmed in time",
};
static const char *const list_0_0_21_remediation[] = {
    "Do not restart the session from the app: the audio-video controller reconnects by itself while isTerminal() is false.",
    "Show the user that the call is reconnecting (audioVideoDidStartConnecting with reconnecting = true).",
    "If the code reaches audioVideoDidStop, the reconnect budget (reconnectTimeoutMs, 120 s by default) is spent: offer the user a rejoin.",
    "If it ends the session, check the user's audio device, then offer a rejoin.",
};
static const char *const list_0_0_21_causes[] = {
    "a problem with the end user's audio device",
    "a problem in the Amazon Chime SDK",
};
static const char *const list_0_0_21_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_22_when[] = {
    "the app backend or another party calls DeleteAttendee",
};
static const char *const list_0_0_22_remediation[] = {
    "Do not rejoin automatically: the attendee was deleted with DeleteAttendee.",
    "If the removal was not intended, check which service called DeleteAttendee.",
};
static const char *const list_0_0_22_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_23_when[] = {
    "DeleteAttendee is called on the primary meeting attendee while promoted",
};
static const char *const list_0_0_23_remediation[] = {
    "Keep the replica session running; the attendee is back to view-only.",
    "Promote again only with a new primary-meeting attendee from the backend.",
};
static const char *const list_0_0_23_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_24_when[] = {
    "the connection drops and reconnects while promoted",
};
static const char *const list_0_0_24_remediation[] = {
    "Offer the user a way to promote again (promoteToPrimaryMeeting); the SDK does not do it by itself.",
};
static const char *const list_0_0_24_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
};
static const char *const list_0_0_25_when[] = {
    "the service sends audio status 302",
};
static const char *const list_0_0_25_remediation[] = {
    "Nothing to do: the code is reserved and only used inside the SDK.",
};
static const char *const list_0_0_25_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
    "amazon-chime-sdk-js@3.32.0 CHANGELOG.md (3.4.0: Add the reserved status code AudioDisconnectAudio)",
};
static const char *const list_0_0_26_when[] = {
    "encoded transform worker errors after the session is connected",
};
static const char *const list_0_0_26_remediation[] = {
    "Nothing to do at first: the controller reconnects by itself without encoded transforms.",
    "Check that the browser supports encoded transforms (RTCRtpScriptTransform or insertable streams) and look at the worker's errors in the log.",
};
static const char *const list_0_0_26_references[] = {
    "amazon-chime-sdk-js@3.32.0 build/meetingsession/MeetingSessionStatusCode.d.ts",
    "https://github.com/aws/amazon-chime-sdk-js/commit/2df262f1177155ca6b060f7dcdf9f9acc88acbde (released in 3.31.0)",
};

const rtc_code_info rtc_amazon_chime_meeting_session_status_code_infos[] = {
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 0,
        .name = "OK",
        .catalog_name = "OK",
        .summary = "No error.",
        .cause = "Used internally to mean nothing has failed; the doc comment says it \"will never be returned by `audioVideoDidStop`\".",
        .when = list_0_0_0_when,
        .when_count = 2,
        .user_message = "Everything is working normally.",
        .user_message_key = "amazon_chime.meeting_session_status_code.OK",
        .remediation = list_0_0_0_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_0_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_NOT_AN_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NOT_AN_ERROR,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .has_failure = true,
        .failure = false,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 1,
        .name = "Left",
        .catalog_name = "Left",
        .summary = "The attendee left the meeting normally.",
        .cause = "The local app stopped the session via AudioVideoControllerFacade.stop.",
        .when = list_0_0_1_when,
        .when_count = 1,
        .user_message = "You have left the call.",
        .user_message_key = "amazon_chime.meeting_session_status_code.Left",
        .remediation = list_0_0_1_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_1_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_NORMALLY,
        .retry_policy = RTC_RETRY_POLICY_NOT_AN_ERROR,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "A deliberate local leave is not a failure (isFailure() is false), so there is nothing to retry.",
        .has_failure = true,
        .failure = false,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 2,
        .name = "AudioJoinedFromAnotherDevice",
        .catalog_name = "AudioJoinedFromAnotherDevice",
        .summary = "The same attendee joined from another device or tab.",
        .cause = "Another client joined with the same attendee credentials, replacing this session; the Audio prefix is irrelevant.",
        .when = list_0_0_2_when,
        .when_count = 2,
        .user_message = "You joined this meeting from another device or window, so this one was disconnected.",
        .user_message_key = "amazon_chime.meeting_session_status_code.AudioJoinedFromAnotherDevice",
        .remediation = list_0_0_2_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_2_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Rejoining would evict the other session, so only rejoin if the user explicitly chooses to.",
        .has_failure = true,
        .failure = false,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 3,
        .name = "AudioAuthenticationRejected",
        .catalog_name = "AudioAuthenticationRejected",
        .summary = "Authentication of the attendee was rejected.",
        .cause = "The attendee in MeetingSessionCredentials does not match an attendee created via chime::CreateAttendee; this may point at a problem in the app's credential service.",
        .when = list_0_0_3_when,
        .when_count = 2,
        .user_message = "We could not confirm your access to this call. Please try joining again.",
        .user_message_key = "amazon_chime.meeting_session_status_code.AudioAuthenticationRejected",
        .remediation = list_0_0_3_remediation,
        .remediation_count = 2,
        .causes = list_0_0_3_causes,
        .cause_count = 2,
        .references = list_0_0_3_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CREDENTIALS,
        .retry_policy = RTC_RETRY_POLICY_REFRESH_CREDENTIALS,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_2,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The credentials were rejected, so only a fresh attendee from the app's backend can succeed.",
        .has_failure = true,
        .failure = true,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 4,
        .name = "AudioCallAtCapacity",
        .catalog_name = "AudioCallAtCapacity",
        .summary = "The meeting is at capacity.",
        .cause = "The service refused the join because the meeting reached its attendee limit (the doc comment cites 250 attendees).",
        .when = list_0_0_4_when,
        .when_count = 1,
        .user_message = "This meeting is full. Please try again later.",
        .user_message_key = "amazon_chime.meeting_session_status_code.AudioCallAtCapacity",
        .remediation = list_0_0_4_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_4_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CAPACITY,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The doc suggests notifying the user; a later attempt can succeed only once someone leaves.",
        .has_failure = true,
        .failure = true,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 5,
        .name = "MeetingEnded",
        .catalog_name = "MeetingEnded",
        .summary = "The meeting has already ended.",
        .cause = "The attendee tried to join, or was in, a meeting that has ended.",
        .when = list_0_0_5_when,
        .when_count = 2,
        .user_message = "This meeting has ended.",
        .user_message_key = "amazon_chime.meeting_session_status_code.MeetingEnded",
        .remediation = list_0_0_5_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_5_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "An ended meeting cannot be rejoined; the app must create a new meeting.",
        .has_failure = true,
        .failure = false,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 6,
        .name = "AudioInternalServerError",
        .catalog_name = "AudioInternalServerError",
        .summary = "Internal server error related to audio.",
        .cause = "An audio-related server error (audio status 500), which may come from the audio device or the Amazon Chime SDK service.",
        .when = list_0_0_6_when,
        .when_count = 1,
        .user_message = "Something went wrong on our side. Please try again in a moment.",
        .user_message_key = "amazon_chime.meeting_session_status_code.AudioInternalServerError",
        .remediation = list_0_0_6_remediation,
        .remediation_count = 4,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_6_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_SERVICE_FAULT,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_3,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .has_failure = true,
        .failure = true,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 7,
        .name = "AudioServiceUnavailable",
        .catalog_name = "AudioServiceUnavailable",
        .summary = "The audio service is unavailable.",
        .cause = "The audio service reported unavailability (audio status 503); documented like AudioInternalServerError.",
        .when = list_0_0_7_when,
        .when_count = 1,
        .user_message = "Something went wrong on our side. Please try again in a moment.",
        .user_message_key = "amazon_chime.meeting_session_status_code.AudioServiceUnavailable",
        .remediation = list_0_0_7_remediation,
        .remediation_count = 4,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_7_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_SERVICE_FAULT,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_3,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .has_failure = true,
        .failure = true,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 8,
        .name = "AudioDisconnected",
        .catalog_name = "AudioDisconnected",
        .summary = "The audio connection failed.",
        .cause = "The service sent an audio status that is neither success nor one of the specifically mapped errors; documented as an internal audio server error.",
        .when = list_0_0_8_when,
        .when_count = 1,
        .user_message = "Something went wrong on our side. Please try again in a moment.",
        .user_message_key = "amazon_chime.meeting_session_status_code.AudioDisconnected",
        .remediation = list_0_0_8_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_8_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_SERVICE_FAULT,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The SDK gives up on this code, yet it reports a service fault, so a new session after a delay may succeed.",
        .has_failure = true,
        .failure = true,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 9,
        .name = "VideoCallSwitchToViewOnly",
        .catalog_name = "VideoCallSwitchToViewOnly",
        .summary = "Local video must switch to view-only mode.",
        .cause = "The client asked to send and receive video but the service only allows receiving (signaling status 206), e.g. the video sender limit is reached.",
        .when = list_0_0_9_when,
        .when_count = 1,
        .user_message = "Too many people are sharing video right now, so yours was turned off. You can try again later.",
        .user_message_key = "amazon_chime.meeting_session_status_code.VideoCallSwitchToViewOnly",
        .remediation = list_0_0_9_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_9_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CAPACITY,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Internal only; the SDK removes the local tile and calls videoSendDidBecomeUnavailable, and local video can be restarted when the user asks once capacity frees up.",
        .has_failure = true,
        .failure = false,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 10,
        .name = "VideoCallAtSourceCapacity",
        .catalog_name = "VideoCallAtSourceCapacity",
        .summary = "The video source capacity was exceeded.",
        .cause = "Signaling status 509, e.g. joining a video meeting in send-only mode; the doc says to treat it as \"fatal\".",
        .when = list_0_0_10_when,
        .when_count = 1,
        .user_message = "This call is full right now. Please try again in a little while.",
        .user_message_key = "amazon_chime.meeting_session_status_code.VideoCallAtSourceCapacity",
        .remediation = list_0_0_10_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_10_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CAPACITY,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Category follows the code name and its 509 status; the doc comment says it \"probably should not be retried\".",
        .has_failure = true,
        .failure = true,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 11,
        .name = "SignalingBadRequest",
        .catalog_name = "SignalingBadRequest",
        .summary = "The signaling connection was refused as a bad request.",
        .cause = "A 4xx signaling status, typically because the attendee was deleted via DeleteAttendee or the attendee response of an already ended meeting was reused.",
        .when = list_0_0_11_when,
        .when_count = 2,
        .user_message = "We could not confirm your access to this call. Please try joining again.",
        .user_message_key = "amazon_chime.meeting_session_status_code.SignalingBadRequest",
        .remediation = list_0_0_11_remediation,
        .remediation_count = 2,
        .causes = list_0_0_11_causes,
        .cause_count = 2,
        .references = list_0_0_11_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CREDENTIALS,
        .retry_policy = RTC_RETRY_POLICY_REFRESH_CREDENTIALS,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_2,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The doc says the stale attendee response must not be reused, so a new attendee is needed before joining again.",
        .has_failure = true,
        .failure = true,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 12,
        .name = "SignalingInternalServerError",
        .catalog_name = "SignalingInternalServerError",
        .summary = "The signaling connection failed or was lost.",
        .cause = "The signaling connection could not be established because of a server error (5xx) or was lost mid-call; the doc notes it often indicates a network issue for the end user.",
        .when = list_0_0_12_when,
        .when_count = 2,
        .user_message = "The connection to the call was interrupted. Check your internet connection and try again.",
        .user_message_key = "amazon_chime.meeting_session_status_code.SignalingInternalServerError",
        .remediation = list_0_0_12_remediation,
        .remediation_count = 4,
        .causes = list_0_0_12_causes,
        .cause_count = 2,
        .references = list_0_0_12_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_3,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Category follows the doc comment, which says this code often indicates a network issue, though it can also be a Chime service issue.",
        .has_failure = true,
        .failure = true,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 13,
        .name = "SignalingRequestFailed",
        .catalog_name = "SignalingRequestFailed",
        .summary = "Received an unknown signaling error without a status.",
        .cause = "A signaling error frame had no recognizable status; the doc calls it nearly impossible and a sign of a Chime service issue.",
        .when = list_0_0_13_when,
        .when_count = 1,
        .user_message = "Something went wrong on our side. Please try again in a moment.",
        .user_message_key = "amazon_chime.meeting_session_status_code.SignalingRequestFailed",
        .remediation = list_0_0_13_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_13_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_SERVICE_FAULT,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The SDK stops on it and the doc attributes it to the service, so a fresh attempt after a delay is reasonable.",
        .has_failure = true,
        .failure = true,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 14,
        .name = "SignalingChannelClosedUnexpectedly",
        .catalog_name = "SignalingChannelClosedUnexpectedly",
        .summary = "The signaling websocket closed unexpectedly mid-meeting.",
        .cause = "The websocket signaling channel dropped, most often from a client-side network change, less often from the backend forcing a reconnect or AWS networking issues.",
        .when = list_0_0_14_when,
        .when_count = 3,
        .user_message = "The connection to the call was interrupted. Check your internet connection and try again.",
        .user_message_key = "amazon_chime.meeting_session_status_code.SignalingChannelClosedUnexpectedly",
        .remediation = list_0_0_14_remediation,
        .remediation_count = 4,
        .causes = list_0_0_14_causes,
        .cause_count = 3,
        .references = list_0_0_14_references,
        .reference_count = 3,
        .since = "3.27.0",
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_3,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .has_failure = true,
        .failure = true,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 15,
        .name = "ICEGatheringTimeoutWorkaround",
        .catalog_name = "ICEGatheringTimeoutWorkaround",
        .summary = "Timed out gathering ICE candidates.",
        .cause = "ICE candidate gathering did not complete in time; in Chrome this can mean the browser is in a bad state after a VPN reconnect (webrtc issue 9097).",
        .when = list_0_0_15_when,
        .when_count = 2,
        .user_message = "We could not connect your audio and video. Check your network, or try another browser or device.",
        .user_message_key = "amazon_chime.meeting_session_status_code.ICEGatheringTimeoutWorkaround",
        .remediation = list_0_0_15_remediation,
        .remediation_count = 4,
        .causes = list_0_0_15_causes,
        .cause_count = 2,
        .references = list_0_0_15_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_MEDIA_NEGOTIATION,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_3,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .has_failure = true,
        .failure = true,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 16,
        .name = "ConnectionHealthReconnect",
        .catalog_name = "ConnectionHealthReconnect",
        .summary = "A reconnect was triggered by poor connection health.",
        .cause = "The connection health policy (ConnectionHealthPolicyConfiguration) judged the connection unhealthy and triggered a reconnect.",
        .when = list_0_0_16_when,
        .when_count = 1,
        .user_message = "The connection to the call was interrupted. Check your internet connection and try again.",
        .user_message_key = "amazon_chime.meeting_session_status_code.ConnectionHealthReconnect",
        .remediation = list_0_0_16_remediation,
        .remediation_count = 4,
        .causes = list_0_0_16_causes,
        .cause_count = 3,
        .references = list_0_0_16_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_3,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .has_failure = true,
        .failure = true,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 17,
        .name = "RealtimeApiFailed",
        .catalog_name = "RealtimeApiFailed",
        .summary = "The RealtimeController failed.",
        .cause = "A callback passed to a RealtimeController API threw an error or otherwise failed.",
        .when = list_0_0_17_when,
        .when_count = 1,
        .user_message = "Something went wrong in the app and the meeting stopped. Please rejoin.",
        .user_message_key = "amazon_chime.meeting_session_status_code.RealtimeApiFailed",
        .remediation = list_0_0_17_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_17_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The failure is in the app's own callback code, which must be fixed before a retry can help.",
        .has_failure = true,
        .failure = true,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 18,
        .name = "TaskFailed",
        .catalog_name = "TaskFailed",
        .summary = "A connection step failed without a more specific reason.",
        .cause = "A step connecting to the Amazon Chime SDK backends failed; the doc says this may indicate end-user connection issues \"and should be retried\".",
        .when = list_0_0_18_when,
        .when_count = 2,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "amazon_chime.meeting_session_status_code.TaskFailed",
        .remediation = list_0_0_18_remediation,
        .remediation_count = 4,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_18_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_UNKNOWN,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_3,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Category is unknown because the SDK uses this code for any connection step that fails without a more specific status.",
        .has_failure = true,
        .failure = true,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 19,
        .name = "IncompatibleSDP",
        .catalog_name = "IncompatibleSDP",
        .summary = "Media negotiation failed due to incompatible SDP.",
        .cause = "Media negotiation failed, possibly from an SDK issue or an unsupported browser; the doc suggests checking DefaultBrowserBehavior().isSupported() before the call.",
        .when = list_0_0_19_when,
        .when_count = 2,
        .user_message = "We could not connect your audio and video. Check your network, or try another browser or device.",
        .user_message_key = "amazon_chime.meeting_session_status_code.IncompatibleSDP",
        .remediation = list_0_0_19_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_19_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_MEDIA_NEGOTIATION,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_0,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The controller handles this code itself by restarting local video (handleMeetingSessionStatus).",
        .has_failure = true,
        .failure = false,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 20,
        .name = "TURNCredentialsForbidden",
        .catalog_name = "TURNCredentialsForbidden",
        .summary = "TURN credentials were refused because the meeting ended or the attendee was removed.",
        .cause = "The media channel's TURN credential request was forbidden; the doc calls it analogous to MeetingEnded but detected through the media channel.",
        .when = list_0_0_20_when,
        .when_count = 2,
        .user_message = "This meeting has ended or you are no longer part of it.",
        .user_message_key = "amazon_chime.meeting_session_status_code.TURNCredentialsForbidden",
        .remediation = list_0_0_20_remediation,
        .remediation_count = 2,
        .causes = list_0_0_20_causes,
        .cause_count = 2,
        .references = list_0_0_20_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Like MeetingEnded, the meeting or attendee no longer exists, so the same join cannot succeed.",
        .has_failure = true,
        .failure = false,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 21,
        .name = "NoAttendeePresent",
        .catalog_name = "NoAttendeePresent",
        .summary = "The attendee did not show up on the roster.",
        .cause = "The attendee never appeared in the meeting roster after connecting, which may come from the end user's audio device or from the Amazon Chime SDK.",
        .when = list_0_0_21_when,
        .when_count = 1,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "amazon_chime.meeting_session_status_code.NoAttendeePresent",
        .remediation = list_0_0_21_remediation,
        .remediation_count = 4,
        .causes = list_0_0_21_causes,
        .cause_count = 2,
        .references = list_0_0_21_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_UNKNOWN,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_3,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Category is unknown because the doc names both a device problem and an SDK problem as possible causes.",
        .has_failure = true,
        .failure = true,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 22,
        .name = "AudioAttendeeRemoved",
        .catalog_name = "AudioAttendeeRemoved",
        .summary = "The attendee was removed from the meeting.",
        .cause = "The session ended because the attendee was deleted via chime::DeleteAttendee (audio status 411).",
        .when = list_0_0_22_when,
        .when_count = 1,
        .user_message = "You were removed from the meeting.",
        .user_message_key = "amazon_chime.meeting_session_status_code.AudioAttendeeRemoved",
        .remediation = list_0_0_22_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_22_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The removal was deliberate and the attendee no longer exists; the doc suggests notifying the user.",
        .has_failure = true,
        .failure = false,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 23,
        .name = "AudioVideoWasRemovedFromPrimaryMeeting",
        .catalog_name = "AudioVideoWasRemovedFromPrimaryMeeting",
        .summary = "The attendee's primary-meeting credentials were revoked.",
        .cause = "Used only by promotion functions; the primary meeting attendee used for promotion was revoked or deleted, so the replica client is demoted.",
        .when = list_0_0_23_when,
        .when_count = 1,
        .user_message = "You can no longer speak or share video in this meeting, but you can keep watching.",
        .user_message_key = "amazon_chime.meeting_session_status_code.AudioVideoWasRemovedFromPrimaryMeeting",
        .remediation = list_0_0_23_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_23_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The primary credentials were revoked on purpose, so promoting again with them cannot succeed; the replica session itself continues.",
        .has_failure = true,
        .failure = false,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 24,
        .name = "AudioVideoDisconnectedWhilePromoted",
        .catalog_name = "AudioVideoDisconnectedWhilePromoted",
        .summary = "The attendee was demoted after a disconnection.",
        .cause = "Used only by promotion functions; any disconnection while promoted to the primary meeting triggers an automatic demotion.",
        .when = list_0_0_24_when,
        .when_count = 1,
        .user_message = "Your connection dropped, so you are back to watching only. You can ask to join in again.",
        .user_message_key = "amazon_chime.meeting_session_status_code.AudioVideoDisconnectedWhilePromoted",
        .remediation = list_0_0_24_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_24_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The doc says the attendee must promote itself again; the SDK does not re-promote, so the app does it when the user wants.",
        .has_failure = true,
        .failure = false,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 25,
        .name = "AudioDisconnectAudio",
        .catalog_name = "AudioDisconnectAudio",
        .summary = "Reserved code for an audio disconnect.",
        .cause = "Reserved and used only internally (audio status 302); never passed to audioVideoDidStop.",
        .when = list_0_0_25_when,
        .when_count = 1,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "amazon_chime.meeting_session_status_code.AudioDisconnectAudio",
        .remediation = list_0_0_25_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_25_references,
        .reference_count = 2,
        .since = "3.4.0",
        .category = RTC_CATEGORY_UNKNOWN,
        .retry_policy = RTC_RETRY_POLICY_NOT_AN_ERROR,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The code is documented only as reserved and the controller takes no action on it, as it is neither terminal nor a failure.",
        .has_failure = true,
        .failure = false,
    },
    {
        .provider = "amazon_chime",
        .code_set = "meeting_session_status_code",
        .value = 26,
        .name = "EncodedTransformManagerFailed",
        .catalog_name = "EncodedTransformManagerFailed",
        .summary = "The encoded transform worker manager failed.",
        .cause = "The encoded transform worker failed during the meeting, possibly from a media-processing issue or browser support for encoded transforms.",
        .when = list_0_0_26_when,
        .when_count = 1,
        .user_message = "We could not connect your audio and video. Check your network, or try another browser or device.",
        .user_message_key = "amazon_chime.meeting_session_status_code.EncodedTransformManagerFailed",
        .remediation = list_0_0_26_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_0_0_26_references,
        .reference_count = 2,
        .since = "3.31.0",
        .category = RTC_CATEGORY_MEDIA_NEGOTIATION,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_3,
        .runtime_signal = &signal_0,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The controller reconnects on its own without transforms (onEncodedTransformWorkerManagerFailed calls reconnect); category reflects the browser media-pipeline cause.",
        .has_failure = true,
        .failure = false,
    },
};

const size_t rtc_amazon_chime_meeting_session_status_code_count = 27;

static const char *const list_1_0_0_when[] = {
    "constructing a Stage with a token that cannot be parsed",
    "joining when the server rejects the token as invalid or badly signed",
};
static const char *const list_1_0_0_remediation[] = {
    "Check that nothing changes the token on its way from the backend to the Stage (inserted spaces, truncation, changed characters).",
    "Create a new token with CreateParticipantToken and join with it.",
};
static const char *const list_1_0_0_references[] = {
    "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
};
static const char *const list_1_0_1_when[] = {
    "calling join() with an expired token",
    "the server reporting the token expired on a join, publish or subscribe request",
};
static const char *const list_1_0_1_remediation[] = {
    "Create a new participant token with a later expiry and join with it.",
    "Mint tokens just before joining rather than ahead of time; check the device clock if fresh tokens look expired.",
};
static const char *const list_1_0_1_references[] = {
    "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
};
static const char *const list_1_0_2_when[] = {
    "joining over a slow or broken network",
    "publishing or subscribing when the media request gets no answer in time",
};
static const char *const list_1_0_2_remediation[] = {
    "For a JOIN_ERROR, check that the stage exists and that the token is valid.",
    "If both hold, wait for the device's connectivity to recover, then call refreshStrategy() or leave and join again.",
    "For a publish or subscribe timeout, refresh the strategy; the participant is still in the stage.",
};
static const char *const list_1_0_2_causes[] = {
    "the stage does not exist",
    "the token is invalid",
    "a slow or broken network",
};
static const char *const list_1_0_2_references[] = {
    "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
};
static const char *const list_1_0_3_when[] = {
    "a join, publish or subscribe fails for a reason without a more specific code",
    "the server removes the stage from a shared real-time connection",
};
static const char *const list_1_0_3_remediation[] = {
    "Read the error's message and details: this code covers several failures.",
    "For a join, retry with backoff; for a publish or subscribe, refresh the strategy.",
    "If the stage was left (StageEvents.STAGE_LEFT), join again only if the StageLeftReason allows it.",
};
static const char *const list_1_0_3_causes[] = {
    "network failures",
    "internal server errors",
    "bad requests",
    "WebSocket creation failures",
    "a server-forced leave or revoked connection token",
    "publish or subscribe failures",
};
static const char *const list_1_0_3_references[] = {
    "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
};
static const char *const list_1_0_4_when[] = {
    "join and leave called repeatedly in quick succession",
    "refreshStrategy or replaceStrategy called while an earlier operation is still running",
};
static const char *const list_1_0_4_remediation[] = {
    "Check the app code for join(), leave(), refreshStrategy() or replaceStrategy() called again before the previous call finished.",
    "Serialise these calls so that each completes before the next starts.",
};
static const char *const list_1_0_4_references[] = {
    "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
};
static const char *const list_1_0_5_when[] = {
    "publishing to a stage that is full",
    "subscribing on a stage that is at its limit",
};
static const char *const list_1_0_5_remediation[] = {
    "Tell the user the stage is full; try again once it is no longer at capacity.",
    "Review the stage's participant and publisher limits if this happens often.",
};
static const char *const list_1_0_5_references[] = {
    "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
};
static const char *const list_1_0_6_when[] = {
    "publishing or subscribing from a browser or platform without a codec the stage supports",
};
static const char *const list_1_0_6_remediation[] = {
    "Check which codecs the browser or platform supports; ask the user to switch to a supported browser.",
};
static const char *const list_1_0_6_references[] = {
    "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
};
static const char *const list_1_0_7_when[] = {
    "publishing with a token without the publish capability",
    "joining when the server refuses the token as not authorized",
};
static const char *const list_1_0_7_remediation[] = {
    "Create a new token with the capabilities the operation needs (PUBLISH, SUBSCRIBE) and try again.",
    "If the app should not publish, do not ask the strategy to publish with a subscribe-only token.",
};
static const char *const list_1_0_7_causes[] = {
    "publishing with a token without the publish capability",
    "the server refused the join as not authorized",
};
static const char *const list_1_0_7_references[] = {
    "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
};
static const char *const list_1_0_8_when[] = {
    "the stage is deleted while the participant is in it",
    "joining a stage that has been deleted",
};
static const char *const list_1_0_8_remediation[] = {
    "Do not rejoin: the stage was deleted and its tokens can no longer be used.",
    "Create a new stage and tokens from the backend if the session should go on.",
};
static const char *const list_1_0_8_references[] = {
    "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
};
static const char *const list_1_0_9_when[] = {
    "the participant is disconnected while in the session",
    "joining again with the token of a disconnected participant",
};
static const char *const list_1_0_9_remediation[] = {
    "Do not rejoin with the same token: it can no longer be used after DisconnectParticipant.",
    "If the disconnect was not intended, check which service called DisconnectParticipant.",
};
static const char *const list_1_0_9_references[] = {
    "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
};
static const char *const list_1_0_10_when[] = {
    "calling Stage.exchangeToken with a malformed token",
    "calling Stage.exchangeToken with a token for another stage or participant",
};
static const char *const list_1_0_10_remediation[] = {
    "Create a token whose immutable properties (stageARN, participantID, eventsURL, whipURL, topic) match the current one.",
    "Call exchangeToken() again with it; the stage keeps running on the current token meanwhile.",
};
static const char *const list_1_0_10_references[] = {
    "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
};
static const char *const list_1_0_11_when[] = {
    "calling Stage.exchangeToken when the server returns an error or an invalid response",
    "a token exchange that times out",
};
static const char *const list_1_0_11_remediation[] = {
    "Join again after a delay with a new token; the stage was left (StageLeftReason failed-exchange).",
    "Alert if it recurs: the server rejected or did not answer the exchange.",
};
static const char *const list_1_0_11_references[] = {
    "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
};

const rtc_code_info rtc_amazon_ivs_stage_error_code_infos[] = {
    {
        .provider = "amazon_ivs",
        .code_set = "stage_error_code",
        .value = 1,
        .name = "TOKEN_MALFORMED",
        .catalog_name = "TOKEN_MALFORMED",
        .summary = "The stage token is malformed.",
        .cause = "The participant token could not be parsed, or the server reported it invalid, wrongly signed or missing. IVS advises checking that the token is not modified (spaces inserted, characters changed) before it reaches the stage.",
        .when = list_1_0_0_when,
        .when_count = 2,
        .user_message = "We could not confirm your access to this call. Please try joining again.",
        .user_message_key = "amazon_ivs.stage_error_code.TOKEN_MALFORMED",
        .remediation = list_1_0_0_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_1_0_0_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CREDENTIALS,
        .retry_policy = RTC_RETRY_POLICY_REFRESH_CREDENTIALS,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_2,
        .runtime_signal = &signal_1,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "IVS says to create a valid token and retry joining; the SDK marks the underlying error fatal, so the join does not complete.",
    },
    {
        .provider = "amazon_ivs",
        .code_set = "stage_error_code",
        .value = 2,
        .name = "TOKEN_EXPIRED",
        .catalog_name = "TOKEN_EXPIRED",
        .summary = "The stage token has expired.",
        .cause = "The token's expiration time has passed: the SDK checks it before joining, and the server rejects expired tokens.",
        .when = list_1_0_1_when,
        .when_count = 2,
        .user_message = "Your access to this session has expired. Please try joining again.",
        .user_message_key = "amazon_ivs.stage_error_code.TOKEN_EXPIRED",
        .remediation = list_1_0_1_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_1_0_1_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CREDENTIALS,
        .retry_policy = RTC_RETRY_POLICY_REFRESH_CREDENTIALS,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_2,
        .runtime_signal = &signal_1,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "IVS says to create a non-expired token and retry joining; the SDK marks the underlying error fatal and maps it to a stage disconnect.",
    },
    {
        .provider = "amazon_ivs",
        .code_set = "stage_error_code",
        .value = 3,
        .name = "TIMEOUT",
        .catalog_name = "TIMEOUT",
        .summary = "The operation timed out.",
        .cause = "A join, publish or subscribe did not complete in time. For a join IVS says to check that the stage exists and the token is valid; if both hold, the cause is likely the network.",
        .when = list_1_0_2_when,
        .when_count = 2,
        .user_message = "The connection to the call was interrupted. Check your internet connection and try again.",
        .user_message_key = "amazon_ivs.stage_error_code.TIMEOUT",
        .remediation = list_1_0_2_remediation,
        .remediation_count = 3,
        .causes = list_1_0_2_causes,
        .cause_count = 3,
        .references = list_1_0_2_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_1,
        .terminality = RTC_TERMINALITY_DEPENDS,
        .terminal_condition = "Terminal for the join when StageError.category is JOIN_ERROR; a PUBLISH_ERROR or SUBSCRIBE_ERROR timeout leaves the participant in the stage.",
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "IVS says to wait for connectivity to recover, then refresh the strategy or leave and rejoin; only join timeouts end the attempt, while publish and subscribe timeouts leave the participant in the stage.",
    },
    {
        .provider = "amazon_ivs",
        .code_set = "stage_error_code",
        .value = 4,
        .name = "FAILED",
        .catalog_name = "FAILED",
        .summary = "The operation failed; the error details give the cause.",
        .cause = "Catch-all for failures the SDK does not classify further, such as network failures, internal server errors, bad requests, WebSocket creation failures, a server-forced leave or revoked connection token, and publish or subscribe failures.",
        .when = list_1_0_3_when,
        .when_count = 2,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "amazon_ivs.stage_error_code.FAILED",
        .remediation = list_1_0_3_remediation,
        .remediation_count = 3,
        .causes = list_1_0_3_causes,
        .cause_count = 6,
        .references = list_1_0_3_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_UNKNOWN,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_1,
        .terminality = RTC_TERMINALITY_DEPENDS,
        .terminal_condition = "Terminal when the SDK marks the underlying error fatal or the stage is left (StageConnectionState disconnected, StageEvents.STAGE_LEFT); otherwise the SDK reconnects and the participant stays.",
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "The code groups failures of several kinds, some of which end the session and some of which do not (the SDK reconnects after non-fatal connection errors), so the verdict comes from the stage's connection state; the catalog treats it as an unclassified fault: read the details and retry with backoff.",
    },
    {
        .provider = "amazon_ivs",
        .code_set = "stage_error_code",
        .value = 5,
        .name = "CANCELED",
        .catalog_name = "CANCELED",
        .summary = "The operation was canceled before it completed.",
        .cause = "A join, publish or subscribe was aborted before completion, typically because the app started another join, leave, refreshStrategy or replaceStrategy that superseded it.",
        .when = list_1_0_4_when,
        .when_count = 2,
        .user_message = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        .user_message_key = "amazon_ivs.stage_error_code.CANCELED",
        .remediation = list_1_0_4_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_1_0_4_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_1,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "IVS's guidance is to fix the app code that starts and cancels repeated operations rather than to retry; the SDK marks the underlying abort non-fatal, so the cancellation by itself does not end the session.",
    },
    {
        .provider = "amazon_ivs",
        .code_set = "stage_error_code",
        .value = 6,
        .name = "STAGE_AT_CAPACITY",
        .catalog_name = "STAGE_AT_CAPACITY",
        .summary = "The stage is at capacity.",
        .cause = "The server refused a publish or subscribe request because the stage has no room left for it.",
        .when = list_1_0_5_when,
        .when_count = 2,
        .user_message = "This call is full right now. Please try again in a little while.",
        .user_message_key = "amazon_ivs.stage_error_code.STAGE_AT_CAPACITY",
        .remediation = list_1_0_5_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_1_0_5_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CAPACITY,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_1,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "IVS says to try again when the stage is no longer at capacity; the SDK raises it from publish and subscribe requests, after which the participant is still joined.",
    },
    {
        .provider = "amazon_ivs",
        .code_set = "stage_error_code",
        .value = 7,
        .name = "CODEC_MISMATCH",
        .catalog_name = "CODEC_MISMATCH",
        .summary = "The stage does not support the codec offered.",
        .cause = "The server found no codec shared by the browser's offer and the stage.",
        .when = list_1_0_6_when,
        .when_count = 1,
        .user_message = "Your browser cannot send or receive video in this session. Please try another browser.",
        .user_message_key = "amazon_ivs.stage_error_code.CODEC_MISMATCH",
        .remediation = list_1_0_6_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_1_0_6_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_MEDIA_NEGOTIATION,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_1,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "IVS says to check the browser or platform for codec support, so the same request from the same browser fails again; the failure concerns one publish or subscribe and the participant stays joined.",
    },
    {
        .provider = "amazon_ivs",
        .code_set = "stage_error_code",
        .value = 8,
        .name = "TOKEN_NOT_ALLOWED",
        .catalog_name = "TOKEN_NOT_ALLOWED",
        .summary = "The token lacks permission for the operation.",
        .cause = "The token's capabilities do not allow what was requested, for example publishing with a subscribe-only token, or the server refused the join as not authorized.",
        .when = list_1_0_7_when,
        .when_count = 2,
        .user_message = "You do not have permission to do that in this call.",
        .user_message_key = "amazon_ivs.stage_error_code.TOKEN_NOT_ALLOWED",
        .remediation = list_1_0_7_remediation,
        .remediation_count = 2,
        .causes = list_1_0_7_causes,
        .cause_count = 2,
        .references = list_1_0_7_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_PERMISSION,
        .retry_policy = RTC_RETRY_POLICY_REFRESH_CREDENTIALS,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_2,
        .runtime_signal = &signal_1,
        .terminality = RTC_TERMINALITY_DEPENDS,
        .terminal_condition = "Terminal for the join when the server refuses the join (StageError.category JOIN_ERROR); a refused publish (PUBLISH_ERROR) leaves the participant in the stage.",
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "IVS says to recreate the token with the correct permissions and try again; a refused join ends the attempt, but a refused publish leaves the participant in the stage.",
    },
    {
        .provider = "amazon_ivs",
        .code_set = "stage_error_code",
        .value = 9,
        .name = "STAGE_DELETED",
        .catalog_name = "STAGE_DELETED",
        .summary = "The stage has been deleted.",
        .cause = "The stage no longer exists. IVS disconnects participants who are in the session gracefully and fails later joins during join establishment.",
        .when = list_1_0_8_when,
        .when_count = 2,
        .user_message = "This session has ended.",
        .user_message_key = "amazon_ivs.stage_error_code.STAGE_DELETED",
        .remediation = list_1_0_8_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_1_0_8_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_1,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "A deleted stage cannot be joined again (StageLeftReason says its token can no longer be used); the app needs a new stage and token.",
    },
    {
        .provider = "amazon_ivs",
        .code_set = "stage_error_code",
        .value = 10,
        .name = "PARTICIPANT_DISCONNECTED",
        .catalog_name = "PARTICIPANT_DISCONNECTED",
        .summary = "The participant has been disconnected from the stage.",
        .cause = "The server disconnected the participant; IVS's StageLeftReason ties this to the DisconnectParticipant API and says the token can no longer be used.",
        .when = list_1_0_9_when,
        .when_count = 2,
        .user_message = "You were removed from the session.",
        .user_message_key = "amazon_ivs.stage_error_code.PARTICIPANT_DISCONNECTED",
        .remediation = list_1_0_9_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_1_0_9_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_1,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The disconnect was requested on the server side and the token is no longer usable, so rejoining needs a decision and a new token from the app's backend.",
    },
    {
        .provider = "amazon_ivs",
        .code_set = "stage_error_code",
        .value = 11,
        .name = "TOKEN_EXCHANGE_REQUEST_INVALID",
        .catalog_name = "TOKEN_EXCHANGE_REQUEST_INVALID",
        .summary = "The token given to exchangeToken is invalid or incompatible.",
        .cause = "The new token could not be parsed, or it changes a property that must stay the same during an exchange (stageARN, participantID, eventsURL, whipURL, topic).",
        .when = list_1_0_10_when,
        .when_count = 2,
        .user_message = "We could not confirm your access to this call. Please try joining again.",
        .user_message_key = "amazon_ivs.stage_error_code.TOKEN_EXCHANGE_REQUEST_INVALID",
        .remediation = list_1_0_10_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_1_0_10_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CREDENTIALS,
        .retry_policy = RTC_RETRY_POLICY_REFRESH_CREDENTIALS,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_2,
        .runtime_signal = &signal_1,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "IVS says to create a valid token with matching immutable properties and retry; the SDK rejects the token before contacting the server and stays in the stage with the current token.",
    },
    {
        .provider = "amazon_ivs",
        .code_set = "stage_error_code",
        .value = 12,
        .name = "TOKEN_EXCHANGE_FAILED",
        .catalog_name = "TOKEN_EXCHANGE_FAILED",
        .summary = "The server rejected or did not answer the token exchange.",
        .cause = "The token exchange request failed on the server side: an error, a rejection, an invalid response or no response in time.",
        .when = list_1_0_11_when,
        .when_count = 2,
        .user_message = "Something went wrong on our side. Please try again in a moment.",
        .user_message_key = "amazon_ivs.stage_error_code.TOKEN_EXCHANGE_FAILED",
        .remediation = list_1_0_11_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_1_0_11_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_SERVICE_FAULT,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_1,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "IVS documents that the stage is left when the server rejects an exchange (StageLeftReason failed-exchange); since the failure lies with the server or the network, the catalog suggests rejoining after a delay.",
    },
};

const size_t rtc_amazon_ivs_stage_error_code_count = 12;

static const char *const list_1_1_0_when[] = {
    "constructing a Stage or calling join()",
    "connection failures during a session",
    "calling Stage.exchangeToken",
};
static const char *const list_1_1_0_remediation[] = {
    "Decide from the StageErrorCode that comes with it.",
    "Watch StageConnectionState: errored or disconnected means the app must join again.",
};
static const char *const list_1_1_0_references[] = {
    "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
};
static const char *const list_1_1_1_when[] = {
    "publishing the streams chosen by the stage strategy",
};
static const char *const list_1_1_1_remediation[] = {
    "Decide from the StageErrorCode that comes with it; the participant stays in the stage.",
    "Refresh the strategy to publish again once the cause is fixed.",
};
static const char *const list_1_1_1_references[] = {
    "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
};
static const char *const list_1_1_2_when[] = {
    "subscribing to remote streams chosen by the stage strategy",
};
static const char *const list_1_1_2_remediation[] = {
    "Decide from the StageErrorCode that comes with it; the participant stays in the stage.",
    "Refresh the strategy to subscribe again once the cause is fixed.",
};
static const char *const list_1_1_2_references[] = {
    "amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts",
};

const rtc_code_info rtc_amazon_ivs_stage_error_category_infos[] = {
    {
        .provider = "amazon_ivs",
        .code_set = "stage_error_category",
        .value = 0,
        .string_value = "JOIN_ERROR",
        .name = "JOIN_ERROR",
        .catalog_name = "JOIN_ERROR",
        .summary = "The error concerns the connection to the stage.",
        .cause = "Reported for failures in joining or staying connected to the stage, including token checks and token exchange.",
        .when = list_1_1_0_when,
        .when_count = 3,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "amazon_ivs.stage_error_category.JOIN_ERROR",
        .remediation = list_1_1_0_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_1_1_0_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_UNKNOWN,
        .retry_policy = RTC_RETRY_POLICY_DEPENDS,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_2,
        .terminality = RTC_TERMINALITY_DEPENDS,
        .terminal_condition = "Terminal when the stage connection ends (StageConnectionState disconnected or errored, or StageEvents.STAGE_LEFT); not terminal when the SDK reconnects by itself.",
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "A category only groups StageErrorCode values: fatal join errors end the session while others are retried by the SDK, so decide retry and terminality from the accompanying code and the connection state.",
    },
    {
        .provider = "amazon_ivs",
        .code_set = "stage_error_category",
        .value = 1,
        .string_value = "PUBLISH_ERROR",
        .name = "PUBLISH_ERROR",
        .catalog_name = "PUBLISH_ERROR",
        .summary = "The error concerns publishing local media to the stage.",
        .cause = "Reported for failures while sending the local participant's media streams to the stage.",
        .when = list_1_1_1_when,
        .when_count = 1,
        .user_message = "Your audio or video could not be shared.",
        .user_message_key = "amazon_ivs.stage_error_category.PUBLISH_ERROR",
        .remediation = list_1_1_1_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_1_1_1_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_UNKNOWN,
        .retry_policy = RTC_RETRY_POLICY_DEPENDS,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_2,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "A category only groups StageErrorCode values (capacity, codec, permission, timeout and other failures); decide from the accompanying code. A failed publish does not by itself end the stage session.",
    },
    {
        .provider = "amazon_ivs",
        .code_set = "stage_error_category",
        .value = 2,
        .string_value = "SUBSCRIBE_ERROR",
        .name = "SUBSCRIBE_ERROR",
        .catalog_name = "SUBSCRIBE_ERROR",
        .summary = "The error concerns subscribing to a remote participant's media.",
        .cause = "Reported for failures while receiving a remote participant's media streams from the stage.",
        .when = list_1_1_2_when,
        .when_count = 1,
        .user_message = "Someone's audio or video could not be loaded.",
        .user_message_key = "amazon_ivs.stage_error_category.SUBSCRIBE_ERROR",
        .remediation = list_1_1_2_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_1_1_2_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_UNKNOWN,
        .retry_policy = RTC_RETRY_POLICY_DEPENDS,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_2,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "A category only groups StageErrorCode values (capacity, codec, timeout and other failures); decide from the accompanying code. A failed subscription does not by itself end the stage session.",
    },
};

const size_t rtc_amazon_ivs_stage_error_category_count = 3;

static const char *const list_2_0_0_when[] = {
    "a meeting owner or the app's backend ejects the participant",
};
static const char *const list_2_0_0_remediation[] = {
    "Show the user that they were removed, and do not rejoin automatically.",
    "If the removal was not intended, check who can eject participants (meeting owners, the app's backend).",
};
static const char *const list_2_0_0_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_0_1_when[] = {
    "joining a scheduled room before its start time",
};
static const char *const list_2_0_1_remediation[] = {
    "Tell the user when the room opens (its nbf time) and let them try again then.",
    "If the time looks right, check the room's nbf setting in the app's backend and the clock it was computed from.",
};
static const char *const list_2_0_1_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_0_2_when[] = {
    "a token issued for a later start time is used early",
    "the clocks of the token issuer and Daily disagree",
};
static const char *const list_2_0_2_remediation[] = {
    "Fetch a token from the app's backend whose nbf is not in the future, and join again.",
    "Check the clock of the server that issues tokens.",
};
static const char *const list_2_0_2_causes[] = {
    "the token was issued for a later start time",
    "the token issuer's clock is ahead",
};
static const char *const list_2_0_2_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_0_3_when[] = {
    "joining a room after its expiry time",
    "a meeting runs past the room's expiry time",
};
static const char *const list_2_0_3_remediation[] = {
    "Do not rejoin the same room.",
    "Have the app's backend create a new room or extend the room's expiry (exp), then join that.",
};
static const char *const list_2_0_3_causes[] = {
    "joining after the room expired",
    "the meeting ran past the room's expiry",
};
static const char *const list_2_0_3_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_0_4_when[] = {
    "joining with an old token",
    "a meeting runs past the token's expiry time",
};
static const char *const list_2_0_4_remediation[] = {
    "Fetch a fresh meeting token from the app's backend and join again.",
    "Issue tokens whose expiry covers the expected length of the meeting.",
};
static const char *const list_2_0_4_causes[] = {
    "joining with an old token",
    "the meeting ran past the token's expiry",
};
static const char *const list_2_0_4_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_0_5_when[] = {
    "a mistyped or stale room URL",
    "the room was deleted",
};
static const char *const list_2_0_5_remediation[] = {
    "Check the room URL the app passes to join(): domain and room name.",
    "If the room was deleted, have the app's backend create it again or hand out a current URL.",
};
static const char *const list_2_0_5_causes[] = {
    "a mistyped or stale room URL",
    "the room was deleted",
};
static const char *const list_2_0_5_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_0_6_when[] = {
    "joining a call that has as many participants as the room allows",
};
static const char *const list_2_0_6_remediation[] = {
    "Tell the user the call is full and let them try again later.",
    "If calls often fill up, raise the room's participant limit in its settings.",
};
static const char *const list_2_0_6_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_0_7_when[] = {
    "an app ships an old daily-js release past its support window",
};
static const char *const list_2_0_7_remediation[] = {
    "Upgrade @daily-co/daily-js in the app to a supported release and ship the update.",
    "Until then, ask users to update the app or reload a newer version of the page.",
};
static const char *const list_2_0_7_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_0_8_when[] = {
    "joining a private room without a suitable meeting token",
};
static const char *const list_2_0_8_remediation[] = {
    "Check the room's privacy setting and whether the participant needs a meeting token.",
    "Have the app's backend issue a token that grants access to this room, then join with it.",
};
static const char *const list_2_0_8_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_0_9_when[] = {
    "the call bundle cannot be loaded (the JS reports a timeout after 25 s when loading the call frame)",
    "the network drops and reconnection does not succeed",
    "a firewall blocks Daily's servers",
};
static const char *const list_2_0_9_remediation[] = {
    "Read error.details.on to learn which step failed (load, join, reconnect, move, rtc-connection or room-lookup), and log details.sourceError.",
    "Join again after a delay, growing the delay if it keeps failing, and tell the user.",
    "If it fails on some networks only, check that the network allows Daily's servers (firewall, proxy).",
};
static const char *const list_2_0_9_causes[] = {
    "the call bundle could not be loaded",
    "the room lookup or the join failed",
    "reconnecting after a network drop failed",
    "the WebRTC connection failed",
};
static const char *const list_2_0_9_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};

const rtc_code_info rtc_daily_fatal_error_type_infos[] = {
    {
        .provider = "daily",
        .code_set = "fatal_error_type",
        .value = 0,
        .string_value = "ejected",
        .name = "ejected",
        .catalog_name = "ejected",
        .summary = "The participant was ejected from the meeting.",
        .cause = "Someone with the right to do so removed this participant from the call.",
        .when = list_2_0_0_when,
        .when_count = 1,
        .user_message = "You were removed from this call.",
        .user_message_key = "daily.fatal_error_type.ejected",
        .remediation = list_2_0_0_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_2_0_0_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The removal was a deliberate decision by another party, so rejoining without their consent would undo it.",
    },
    {
        .provider = "daily",
        .code_set = "fatal_error_type",
        .value = 1,
        .string_value = "nbf-room",
        .name = "nbf_room",
        .catalog_name = "nbf_room",
        .summary = "The room is not available yet.",
        .cause = "The room's not-before time (nbf) lies in the future, so it cannot be joined yet.",
        .when = list_2_0_1_when,
        .when_count = 1,
        .user_message = "This call has not started yet. Please try again at the scheduled time.",
        .user_message_key = "daily.fatal_error_type.nbf_room",
        .remediation = list_2_0_1_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_2_0_1_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_PERMISSION,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The join succeeds once the room's start time has passed, which the user should be told and can retry after.",
    },
    {
        .provider = "daily",
        .code_set = "fatal_error_type",
        .value = 2,
        .string_value = "nbf-token",
        .name = "nbf_token",
        .catalog_name = "nbf_token",
        .summary = "The meeting token is not valid yet.",
        .cause = "The meeting token's not-before time (nbf) lies in the future.",
        .when = list_2_0_2_when,
        .when_count = 2,
        .user_message = "We could not confirm your access to this call. Please try joining again.",
        .user_message_key = "daily.fatal_error_type.nbf_token",
        .remediation = list_2_0_2_remediation,
        .remediation_count = 2,
        .causes = list_2_0_2_causes,
        .cause_count = 2,
        .references = list_2_0_2_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CREDENTIALS,
        .retry_policy = RTC_RETRY_POLICY_REFRESH_CREDENTIALS,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_2,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The token itself is not usable now; a token with a suitable start time from the app's backend fixes it.",
    },
    {
        .provider = "daily",
        .code_set = "fatal_error_type",
        .value = 3,
        .string_value = "exp-room",
        .name = "exp_room",
        .catalog_name = "exp_room",
        .summary = "The room has expired.",
        .cause = "The room's expiry time (exp) has passed, so it can no longer be joined and its participants are removed.",
        .when = list_2_0_3_when,
        .when_count = 2,
        .user_message = "This call is no longer available.",
        .user_message_key = "daily.fatal_error_type.exp_room",
        .remediation = list_2_0_3_remediation,
        .remediation_count = 2,
        .causes = list_2_0_3_causes,
        .cause_count = 2,
        .references = list_2_0_3_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "An expired room cannot be used again; the app's backend must create or extend a room.",
    },
    {
        .provider = "daily",
        .code_set = "fatal_error_type",
        .value = 4,
        .string_value = "exp-token",
        .name = "exp_token",
        .catalog_name = "exp_token",
        .summary = "The meeting token has expired.",
        .cause = "The meeting token's expiry time (exp) has passed.",
        .when = list_2_0_4_when,
        .when_count = 2,
        .user_message = "We could not confirm your access to this call. Please try joining again.",
        .user_message_key = "daily.fatal_error_type.exp_token",
        .remediation = list_2_0_4_remediation,
        .remediation_count = 2,
        .causes = list_2_0_4_causes,
        .cause_count = 2,
        .references = list_2_0_4_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CREDENTIALS,
        .retry_policy = RTC_RETRY_POLICY_REFRESH_CREDENTIALS,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_2,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "A fresh token from the app's backend is all that is needed.",
    },
    {
        .provider = "daily",
        .code_set = "fatal_error_type",
        .value = 5,
        .string_value = "no-room",
        .name = "no_room",
        .catalog_name = "no_room",
        .summary = "The room does not exist.",
        .cause = "The room URL names a room that does not exist, or no longer exists, in the Daily domain.",
        .when = list_2_0_5_when,
        .when_count = 2,
        .user_message = "This call link is not valid. Please check the link.",
        .user_message_key = "daily.fatal_error_type.no_room",
        .remediation = list_2_0_5_remediation,
        .remediation_count = 2,
        .causes = list_2_0_5_causes,
        .cause_count = 2,
        .references = list_2_0_5_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The same URL keeps failing until the app creates the room or uses a correct URL.",
    },
    {
        .provider = "daily",
        .code_set = "fatal_error_type",
        .value = 6,
        .string_value = "meeting-full",
        .name = "meeting_full",
        .catalog_name = "meeting_full",
        .summary = "The meeting is full.",
        .cause = "The room has reached its participant limit.",
        .when = list_2_0_6_when,
        .when_count = 1,
        .user_message = "This call is full right now. Please try again in a little while.",
        .user_message_key = "daily.fatal_error_type.meeting_full",
        .remediation = list_2_0_6_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_2_0_6_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CAPACITY,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "A later attempt can succeed only once someone leaves, so the user should be told and decide when to try again.",
    },
    {
        .provider = "daily",
        .code_set = "fatal_error_type",
        .value = 7,
        .string_value = "end-of-life",
        .name = "end_of_life",
        .catalog_name = "end_of_life",
        .summary = "This version of daily-js is no longer supported.",
        .cause = "Daily refused the call because the daily-js release the app uses has reached its end of life.",
        .when = list_2_0_7_when,
        .when_count = 1,
        .user_message = "This app needs to be updated before you can join calls.",
        .user_message_key = "daily.fatal_error_type.end_of_life",
        .remediation = list_2_0_7_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_2_0_7_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Only upgrading daily-js in the app fixes it.",
    },
    {
        .provider = "daily",
        .code_set = "fatal_error_type",
        .value = 8,
        .string_value = "not-allowed",
        .name = "not_allowed",
        .catalog_name = "not_allowed",
        .summary = "The participant is not allowed to join.",
        .cause = "The room's access rules refused this participant, for example a private room joined without a token that grants access.",
        .when = list_2_0_8_when,
        .when_count = 1,
        .user_message = "You are not allowed to join this call.",
        .user_message_key = "daily.fatal_error_type.not_allowed",
        .remediation = list_2_0_8_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_2_0_8_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_PERMISSION,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Retrying with the same rights fails again; the app must obtain access for the participant first.",
    },
    {
        .provider = "daily",
        .code_set = "fatal_error_type",
        .value = 9,
        .string_value = "connection-error",
        .name = "connection_error",
        .catalog_name = "connection_error",
        .summary = "The call could not connect or lost its connection for good.",
        .cause = "Loading the call bundle, looking up the room, joining, reconnecting, moving between servers or the WebRTC connection failed; details.on says which, and details.sourceError carries the underlying error.",
        .when = list_2_0_9_when,
        .when_count = 3,
        .user_message = "The connection to the call was interrupted. Check your internet connection and try again.",
        .user_message_key = "daily.fatal_error_type.connection_error",
        .remediation = list_2_0_9_remediation,
        .remediation_count = 3,
        .causes = list_2_0_9_causes,
        .cause_count = 4,
        .references = list_2_0_9_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Connection failures are usually transient, so a new join after a growing delay is reasonable, with the user told if it keeps failing.",
    },
};

const size_t rtc_daily_fatal_error_type_count = 10;

static const char *const list_2_1_0_when[] = {
    "updateInputSettings is called with settings the browser or device cannot apply",
};
static const char *const list_2_1_0_remediation[] = {
    "Keep the call going with the previous input settings.",
    "Log errorMsg and request settings the browser and device support.",
};
static const char *const list_2_1_0_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_1_1_when[] = {
    "another screen capture is already running",
    "the screen-share request fails in the browser or native layer",
};
static const char *const list_2_1_1_remediation[] = {
    "Tell the user that sharing did not start and let them try again.",
    "On iOS, ask the user to stop any other screen capture first.",
};
static const char *const list_2_1_1_causes[] = {
    "another screen capture is already running",
    "the browser or native layer refused the request",
};
static const char *const list_2_1_1_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_1_2_when[] = {
    "startLocalAudioLevelObserver fails in the current browser",
};
static const char *const list_2_1_2_remediation[] = {
    "Hide the microphone level indicator and carry on with the call.",
    "Log errorMsg to see why the observer could not run in this browser.",
};
static const char *const list_2_1_2_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_1_3_when[] = {
    "enabling a background effect on a browser or device that cannot run it",
};
static const char *const list_2_1_3_remediation[] = {
    "Turn the effect off in the input settings and keep the call going.",
    "Offer the effect only on browsers and devices that can run it.",
};
static const char *const list_2_1_3_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_1_4_when[] = {
    "the processor runs in a degraded mode",
};
static const char *const list_2_1_4_remediation[] = {
    "Nothing to fix right away: log the warning with its errorMsg.",
    "If it recurs, check the feature it names (the processor or the live stream) for degraded output.",
};
static const char *const list_2_1_4_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_1_5_when[] = {
    "enabling an audio processor on a browser or device that cannot run it",
};
static const char *const list_2_1_5_remediation[] = {
    "Turn the audio processor off in the input settings and keep the call going.",
    "Offer the processor only on browsers and devices that can run it.",
};
static const char *const list_2_1_5_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_1_6_when[] = {
    "the media URL is unreachable or in an unsupported format",
};
static const char *const list_2_1_6_remediation[] = {
    "Check that the media URL is reachable and in a supported format.",
    "Start the remote media player again after a delay, a few times at most.",
};
static const char *const list_2_1_6_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_1_7_when[] = {
    "the live stream runs in a degraded mode",
};
static const char *const list_2_1_7_remediation[] = {
    "Nothing to fix right away: log the warning with its errorMsg.",
    "If it recurs, check the feature it names (the processor or the live stream) for degraded output.",
};
static const char *const list_2_1_7_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_1_8_when[] = {
    "setMeetingSessionData is called with data Daily does not accept",
};
static const char *const list_2_1_8_remediation[] = {
    "Log errorMsg and the data the app tried to store.",
    "Change what the app stores in meeting session data so that Daily accepts it; do not resend the same data.",
};
static const char *const list_2_1_8_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};

const rtc_code_info rtc_daily_non_fatal_error_type_infos[] = {
    {
        .provider = "daily",
        .code_set = "non_fatal_error_type",
        .value = 0,
        .string_value = "input-settings-error",
        .name = "input_settings_error",
        .catalog_name = "input_settings_error",
        .summary = "Applying the input settings failed.",
        .cause = "Daily could not apply the audio or video input settings the app asked for, such as a processor configuration.",
        .when = list_2_1_0_when,
        .when_count = 1,
        .user_message = "Your audio or video settings could not be applied.",
        .user_message_key = "daily.non_fatal_error_type.input_settings_error",
        .remediation = list_2_1_0_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_2_1_0_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The same settings fail again; the app must request settings the environment supports.",
    },
    {
        .provider = "daily",
        .code_set = "non_fatal_error_type",
        .value = 1,
        .string_value = "screen-share-error",
        .name = "screen_share_error",
        .catalog_name = "screen_share_error",
        .summary = "Screen sharing could not be started.",
        .cause = "Starting a screen share failed; on iOS the package reports it when the screen is already being captured.",
        .when = list_2_1_1_when,
        .when_count = 2,
        .user_message = "Screen sharing could not start. Please try again.",
        .user_message_key = "daily.non_fatal_error_type.screen_share_error",
        .remediation = list_2_1_1_remediation,
        .remediation_count = 2,
        .causes = list_2_1_1_causes,
        .cause_count = 2,
        .references = list_2_1_1_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_UNKNOWN,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The causes vary and most depend on the user's device, so the user should decide when to try sharing again.",
    },
    {
        .provider = "daily",
        .code_set = "non_fatal_error_type",
        .value = 2,
        .string_value = "local-audio-level-observer-error",
        .name = "local_audio_level_observer_error",
        .catalog_name = "local_audio_level_observer_error",
        .summary = "The local audio level observer failed.",
        .cause = "Daily could not start or run the observer that reports the local microphone level.",
        .when = list_2_1_2_when,
        .when_count = 1,
        .user_message = "Your microphone level cannot be shown right now.",
        .user_message_key = "daily.non_fatal_error_type.local_audio_level_observer_error",
        .remediation = list_2_1_2_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_2_1_2_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The observer is an optional feature; retrying in the same environment is unlikely to help, so the app should carry on without it.",
    },
    {
        .provider = "daily",
        .code_set = "non_fatal_error_type",
        .value = 3,
        .string_value = "video-processor-error",
        .name = "video_processor_error",
        .catalog_name = "video_processor_error",
        .summary = "The video processor failed.",
        .cause = "The video input processor (for example a background effect) could not be started or stopped working.",
        .when = list_2_1_3_when,
        .when_count = 1,
        .user_message = "The video effect could not be applied.",
        .user_message_key = "daily.non_fatal_error_type.video_processor_error",
        .remediation = list_2_1_3_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_2_1_3_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The same processor fails again in the same environment; the app should turn the effect off or offer another.",
    },
    {
        .provider = "daily",
        .code_set = "non_fatal_error_type",
        .value = 4,
        .string_value = "video-processor-warning",
        .name = "video_processor_warning",
        .catalog_name = "video_processor_warning",
        .summary = "The video processor reported a warning.",
        .cause = "The video input processor reported a problem that does not stop it.",
        .when = list_2_1_4_when,
        .when_count = 1,
        .user_message = "Everything is working normally.",
        .user_message_key = "daily.non_fatal_error_type.video_processor_warning",
        .remediation = list_2_1_4_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_2_1_4_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NOT_AN_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NOT_AN_ERROR,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "A warning does not report a failure; log it.",
    },
    {
        .provider = "daily",
        .code_set = "non_fatal_error_type",
        .value = 5,
        .string_value = "audio-processor-error",
        .name = "audio_processor_error",
        .catalog_name = "audio_processor_error",
        .summary = "The audio processor failed.",
        .cause = "The audio input processor (for example noise cancellation) could not be started or stopped working.",
        .when = list_2_1_5_when,
        .when_count = 1,
        .user_message = "The audio effect could not be applied.",
        .user_message_key = "daily.non_fatal_error_type.audio_processor_error",
        .remediation = list_2_1_5_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_2_1_5_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The same processor fails again in the same environment; the app should turn it off.",
    },
    {
        .provider = "daily",
        .code_set = "non_fatal_error_type",
        .value = 6,
        .string_value = "remote-media-player-error",
        .name = "remote_media_player_error",
        .catalog_name = "remote_media_player_error",
        .summary = "The remote media player failed.",
        .cause = "A remote media player started with startRemoteMediaPlayer could not play or stopped with an error.",
        .when = list_2_1_6_when,
        .when_count = 1,
        .user_message = "The shared media could not be played.",
        .user_message_key = "daily.non_fatal_error_type.remote_media_player_error",
        .remediation = list_2_1_6_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_2_1_6_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_UNKNOWN,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The cause may be the media source or a transient failure, so a bounded retry after a delay is reasonable.",
    },
    {
        .provider = "daily",
        .code_set = "non_fatal_error_type",
        .value = 7,
        .string_value = "live-streaming-warning",
        .name = "live_streaming_warning",
        .catalog_name = "live_streaming_warning",
        .summary = "Live streaming reported a warning.",
        .cause = "A running live stream reported a problem that does not stop it.",
        .when = list_2_1_7_when,
        .when_count = 1,
        .user_message = "Everything is working normally.",
        .user_message_key = "daily.non_fatal_error_type.live_streaming_warning",
        .remediation = list_2_1_7_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_2_1_7_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NOT_AN_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NOT_AN_ERROR,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "A warning does not report a failure; log it.",
    },
    {
        .provider = "daily",
        .code_set = "non_fatal_error_type",
        .value = 8,
        .string_value = "meeting-session-data-error",
        .name = "meeting_session_data_error",
        .catalog_name = "meeting_session_data_error",
        .summary = "Updating the meeting session data failed.",
        .cause = "Daily could not store the meeting session data the app set.",
        .when = list_2_1_8_when,
        .when_count = 1,
        .user_message = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        .user_message_key = "daily.non_fatal_error_type.meeting_session_data_error",
        .remediation = list_2_1_8_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_2_1_8_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_3,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The same data is refused again; the app must change what it stores.",
    },
};

const size_t rtc_daily_non_fatal_error_type_count = 9;

static const char *const list_2_2_0_when[] = {
    "another application or tab is using the camera",
};
static const char *const list_2_2_0_remediation[] = {
    "Ask the user to close other applications or tabs that use the camera.",
    "Read audioOk on the event: the user can stay in the call with the microphone only.",
    "Let the user retry the camera afterwards.",
};
static const char *const list_2_2_0_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_2_1_when[] = {
    "another application or tab is using the microphone",
};
static const char *const list_2_2_1_remediation[] = {
    "Ask the user to close other applications or tabs that use the microphone.",
    "Read videoOk on the event: the user can stay in the call with the camera only.",
    "Let the user retry the microphone afterwards.",
};
static const char *const list_2_2_1_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_2_2_when[] = {
    "another video-calling application is running",
};
static const char *const list_2_2_2_remediation[] = {
    "Ask the user to close other applications or tabs that use the camera and microphone.",
    "Let the user retry once they are free.",
};
static const char *const list_2_2_2_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_2_3_when[] = {
    "the user denies the permission prompt",
    "the browser or operating system blocks the device for the site",
};
static const char *const list_2_2_3_remediation[] = {
    "Read error.blockedBy (user or browser) and error.blockedMedia to see what was blocked and by whom.",
    "Explain how to allow the device in the browser's site settings (or the operating system's, when the browser is blocked).",
    "Let the user retry after changing the setting.",
};
static const char *const list_2_2_3_causes[] = {
    "the user denied permission",
    "the browser or operating system blocked the device",
};
static const char *const list_2_2_3_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_2_4_when[] = {
    "the page is served over plain HTTP rather than a secure context",
    "the browser or embedded web view does not support media capture",
};
static const char *const list_2_2_4_remediation[] = {
    "Serve the app over HTTPS (navigator.mediaDevices exists only in secure contexts).",
    "Check that the embedding webview or browser supports media devices, and suggest a supported browser otherwise.",
};
static const char *const list_2_2_4_causes[] = {
    "the page is not served over HTTPS",
    "the browser or webview has no media devices API",
};
static const char *const list_2_2_4_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_2_5_when[] = {
    "no camera or microphone is attached or enabled",
};
static const char *const list_2_2_5_remediation[] = {
    "Read error.missingMedia to tell the user which device is missing.",
    "Offer to stay in the call without it, or to retry after connecting one.",
};
static const char *const list_2_2_5_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_2_6_when[] = {
    "the app passes constraints the browser rejects",
    "no media kind is requested",
};
static const char *const list_2_2_6_remediation[] = {
    "Read error.reason: invalid means a constraint cannot be met, none-specified means no media was requested.",
    "Relax or fix the constraints for error.failedMedia, or fall back to the default device.",
};
static const char *const list_2_2_6_causes[] = {
    "a constraint the device cannot meet",
    "no media was requested",
};
static const char *const list_2_2_6_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};
static const char *const list_2_2_7_when[] = {
    "an unexpected failure in the browser's capture pipeline",
};
static const char *const list_2_2_7_remediation[] = {
    "Log error.msg and the event.",
    "Let the user retry, or pick another device.",
};
static const char *const list_2_2_7_references[] = {
    "@daily-co/daily-js@0.92.2 index.d.ts",
    "@daily-co/daily-js@0.92.2 dist/daily-esm.js",
};

const rtc_code_info rtc_daily_camera_error_type_infos[] = {
    {
        .provider = "daily",
        .code_set = "camera_error_type",
        .value = 0,
        .string_value = "cam-in-use",
        .name = "cam_in_use",
        .catalog_name = "cam_in_use",
        .summary = "The camera is in use by another application.",
        .cause = "The browser could not open the camera because something else holds it.",
        .when = list_2_2_0_when,
        .when_count = 1,
        .user_message = "Your camera is being used by another app. Close that app, then try again.",
        .user_message_key = "daily.camera_error_type.cam_in_use",
        .remediation = list_2_2_0_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_2_2_0_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CAPACITY,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The device is busy rather than missing, so a retry can succeed once the user closes whatever holds it.",
    },
    {
        .provider = "daily",
        .code_set = "camera_error_type",
        .value = 1,
        .string_value = "mic-in-use",
        .name = "mic_in_use",
        .catalog_name = "mic_in_use",
        .summary = "The microphone is in use by another application.",
        .cause = "The browser could not open the microphone because something else holds it.",
        .when = list_2_2_1_when,
        .when_count = 1,
        .user_message = "Your microphone is being used by another app. Close that app, then try again.",
        .user_message_key = "daily.camera_error_type.mic_in_use",
        .remediation = list_2_2_1_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_2_2_1_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CAPACITY,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The device is busy rather than missing, so a retry can succeed once the user closes whatever holds it.",
    },
    {
        .provider = "daily",
        .code_set = "camera_error_type",
        .value = 2,
        .string_value = "cam-mic-in-use",
        .name = "cam_mic_in_use",
        .catalog_name = "cam_mic_in_use",
        .summary = "Both the camera and the microphone are in use by another application.",
        .cause = "The browser could open neither device because something else holds them.",
        .when = list_2_2_2_when,
        .when_count = 1,
        .user_message = "Your camera and microphone are being used by another app. Close that app, then try again.",
        .user_message_key = "daily.camera_error_type.cam_mic_in_use",
        .remediation = list_2_2_2_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_2_2_2_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CAPACITY,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The devices are busy rather than missing, so a retry can succeed once the user closes whatever holds them.",
    },
    {
        .provider = "daily",
        .code_set = "camera_error_type",
        .value = 3,
        .string_value = "permissions",
        .name = "permissions",
        .catalog_name = "permissions",
        .summary = "Access to the camera or microphone was blocked.",
        .cause = "The user or the browser denied access; the error's blockedBy says which, and blockedMedia lists the blocked kinds.",
        .when = list_2_2_3_when,
        .when_count = 2,
        .user_message = "Your browser blocked access to your camera or microphone. Allow access in the browser settings for this site, then try again.",
        .user_message_key = "daily.camera_error_type.permissions",
        .remediation = list_2_2_3_remediation,
        .remediation_count = 3,
        .causes = list_2_2_3_causes,
        .cause_count = 2,
        .references = list_2_2_3_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_PERMISSION,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The same request is refused until the user changes the permission, so the app should explain how and let the user retry.",
    },
    {
        .provider = "daily",
        .code_set = "camera_error_type",
        .value = 4,
        .string_value = "undefined-mediadevices",
        .name = "undefined_mediadevices",
        .catalog_name = "undefined_mediadevices",
        .summary = "The browser offers no media devices API.",
        .cause = "navigator.mediaDevices is undefined, so no device can be requested at all.",
        .when = list_2_2_4_when,
        .when_count = 2,
        .user_message = "This browser cannot use your camera or microphone. Try another browser.",
        .user_message_key = "daily.camera_error_type.undefined_mediadevices",
        .remediation = list_2_2_4_remediation,
        .remediation_count = 2,
        .causes = list_2_2_4_causes,
        .cause_count = 2,
        .references = list_2_2_4_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Retrying in the same page cannot succeed; the app must be served securely or run in a supported browser.",
    },
    {
        .provider = "daily",
        .code_set = "camera_error_type",
        .value = 5,
        .string_value = "not-found",
        .name = "not_found",
        .catalog_name = "not_found",
        .summary = "No camera or microphone was found.",
        .cause = "The requested device kinds are not available; the error's missingMedia lists them.",
        .when = list_2_2_5_when,
        .when_count = 1,
        .user_message = "No camera or microphone was found. Connect or enable one, then try again.",
        .user_message_key = "daily.camera_error_type.not_found",
        .remediation = list_2_2_5_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_2_2_5_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_USER_INPUT,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Only the user can attach or enable a device; the app can then ask again.",
    },
    {
        .provider = "daily",
        .code_set = "camera_error_type",
        .value = 6,
        .string_value = "constraints",
        .name = "constraints",
        .catalog_name = "constraints",
        .summary = "The media constraints were invalid or missing.",
        .cause = "The constraints for the camera or microphone could not be used; the error's reason is invalid or none-specified, and failedMedia lists the kinds.",
        .when = list_2_2_6_when,
        .when_count = 2,
        .user_message = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        .user_message_key = "daily.camera_error_type.constraints",
        .remediation = list_2_2_6_remediation,
        .remediation_count = 2,
        .causes = list_2_2_6_causes,
        .cause_count = 2,
        .references = list_2_2_6_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The same constraints fail again; the app must fix them.",
    },
    {
        .provider = "daily",
        .code_set = "camera_error_type",
        .value = 7,
        .string_value = "unknown",
        .name = "unknown",
        .catalog_name = "unknown",
        .summary = "The camera or microphone failed for an unknown reason.",
        .cause = "Getting the devices failed in a way that matches none of the other types.",
        .when = list_2_2_7_when,
        .when_count = 1,
        .user_message = "Your camera or microphone could not be started. Please try again.",
        .user_message_key = "daily.camera_error_type.unknown",
        .remediation = list_2_2_7_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_2_2_7_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_UNKNOWN,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The cause is unknown and possibly transient, so a bounded retry after a delay is reasonable.",
    },
};

const size_t rtc_daily_camera_error_type_count = 8;

static const char *const list_3_0_0_when[] = {
    "the deployment only lets authenticated users (login or JWT) create rooms",
    "a guest arrives before an authenticated host has started the meeting",
};
static const char *const list_3_0_0_remediation[] = {
    "Ask the user to log in, or obtain a JWT from the app's backend, and join again.",
    "If guests should wait for a host, show a waiting screen and join again once an authenticated host has started the meeting.",
};
static const char *const list_3_0_0_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_0_1_when[] = {
    "a chat message is rejected by the server",
    "any other error-type MUC message that is not a settings error",
};
static const char *const list_3_0_1_remediation[] = {
    "Show the server's text to the user and let them send the message again.",
    "Check the XMPP server's logs for the rejected message if it recurs.",
};
static const char *const list_3_0_1_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_0_2_when[] = {
    "a moderator rejects a knocking participant",
    "the participant is removed from the lobby room",
};
static const char *const list_3_0_2_remediation[] = {
    "Tell the user a moderator declined the request; do not knock again automatically.",
};
static const char *const list_3_0_2_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_0_3_when[] = {
    "the meeting was ended for everyone",
    "the lobby room is destroyed without an invitation into the main room",
};
static const char *const list_3_0_3_remediation[] = {
    "Do not rejoin the same room: it was destroyed on the server.",
    "Show the destroy reason passed with the code, if any.",
};
static const char *const list_3_0_3_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_0_4_when[] = {
    "the room's participant limit is reached",
};
static const char *const list_3_0_4_remediation[] = {
    "Tell the user the meeting is full; let them try again later.",
    "Offer to join as a visitor where the deployment supports it (the SDK says so with the code).",
    "Raise the room's participant limit on the server if meetings regularly fill up.",
};
static const char *const list_3_0_4_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_0_5_when[] = {
    "the MUC returns an unexpected presence error on join",
    "not-allowed on the anonymous domain (Jicofo or Prosody misconfiguration)",
};
static const char *const list_3_0_5_remediation[] = {
    "Retry the join with backoff.",
    "Check the Prosody and Jicofo configuration if it recurs, in particular not-allowed errors on the anonymous domain.",
};
static const char *const list_3_0_5_causes[] = {
    "an unexpected presence error on join",
    "not-allowed on the anonymous domain (Jicofo or Prosody misconfiguration)",
};
static const char *const list_3_0_5_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_0_6_when[] = {
    "the lobby is enabled and the participant has no display name",
    "the room requires participants to give a name",
};
static const char *const list_3_0_6_remediation[] = {
    "Ask the user for a display name, set it, and join again.",
};
static const char *const list_3_0_6_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_0_7_when[] = {
    "conference requests to Jicofo fail (older releases)",
};
static const char *const list_3_0_7_remediation[] = {
    "Retry the join with backoff.",
    "Check that Jicofo is running and reachable; newer lib-jitsi-meet reports this as JitsiConnectionErrors.CONFERENCE_REQUEST_FAILED instead.",
};
static const char *const list_3_0_7_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_0_8_when[] = {
    "Jicofo restarts or drops the conference",
    "the conference is torn down on the server side",
};
static const char *const list_3_0_8_remediation[] = {
    "Join again after a delay, with backoff.",
    "Check Jicofo's logs for a restart or a dropped conference if it recurs.",
};
static const char *const list_3_0_8_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_0_9_when[] = {
    "Jicofo is in graceful shutdown (older releases)",
};
static const char *const list_3_0_9_remediation[] = {
    "Join again after a short delay; the new conference lands on another instance.",
};
static const char *const list_3_0_9_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_0_10_when[] = {
    "firewalls or NAT block the media ports",
    "TURN servers are unreachable",
    "Jicofo rejects the ICE-failure session restart",
};
static const char *const list_3_0_10_remediation[] = {
    "Join again (reload the conference) with backoff; the SDK has already tried its ICE restarts.",
    "Check that the network allows media to the videobridge (UDP 10000, or TURN over TLS on port 443) and that TURN servers are configured and reachable.",
};
static const char *const list_3_0_10_causes[] = {
    "a firewall or NAT blocks the media ports",
    "TURN servers are unreachable",
    "Jicofo rejected the session restart after an ICE failure",
};
static const char *const list_3_0_10_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConference.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/util/Retry.ts",
};
static const char *const list_3_0_11_when[] = {
    "client and server releases do not match (older releases)",
};
static const char *const list_3_0_11_remediation[] = {
    "Upgrade the client library or the server components so that their versions match.",
};
static const char *const list_3_0_11_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_0_12_when[] = {
    "the lobby is enabled and the participant has not been admitted",
    "the meeting waits for a host",
};
static const char *const list_3_0_12_remediation[] = {
    "Offer the user to knock in the lobby (JitsiConference.joinLobby) and wait to be admitted.",
    "If the meeting waits for a host, show a waiting screen instead.",
};
static const char *const list_3_0_12_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_0_13_when[] = {
    "room creation is restricted",
    "unauthenticated access is disabled",
    "visitor rules refuse the join",
};
static const char *const list_3_0_13_remediation[] = {
    "Decide from the auth_error_type passed with it (the second argument of CONFERENCE_FAILED).",
    "Show the server's text to the user where it explains the refusal.",
};
static const char *const list_3_0_13_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_0_14_when[] = {
    "the browser rejects the remote session description",
    "local media cannot be added to the peer connection",
};
static const char *const list_3_0_14_remediation[] = {
    "Join again with backoff.",
    "Log the underlying error passed with the code; check the browser's WebRTC support and the local media tracks if it repeats.",
};
static const char *const list_3_0_14_causes[] = {
    "the browser rejected the remote session description",
    "local media could not be added to the peer connection",
};
static const char *const list_3_0_14_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_0_15_when[] = {
    "a moderator tries to lock the room on a server without password support",
};
static const char *const list_3_0_15_remediation[] = {
    "Hide the lock option on deployments without room passwords, or enable room passwords on the server (the room-secret field).",
};
static const char *const list_3_0_15_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_0_16_when[] = {
    "the room is password-protected",
    "the password given was wrong or missing",
};
static const char *const list_3_0_16_remediation[] = {
    "Ask the user for the meeting password and call JitsiConference.join with it.",
};
static const char *const list_3_0_16_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_0_17_when[] = {
    "the reservation system rejects the room or its time",
};
static const char *const list_3_0_17_remediation[] = {
    "Show the reservation system's message passed with the code.",
    "Fix the reservation (room, time, owner) before trying again.",
};
static const char *const list_3_0_17_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_0_18_when[] = {
    "a room settings change is refused by the server",
};
static const char *const list_3_0_18_remediation[] = {
    "Show the server's text; do not repeat the same change.",
    "Check the user's role and the server's room configuration if the change should be allowed.",
};
static const char *const list_3_0_18_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_0_19_when[] = {
    "all videobridges are full or down",
};
static const char *const list_3_0_19_remediation[] = {
    "Join again with backoff.",
    "Alert the operator: every videobridge is full or down; add bridge capacity.",
};
static const char *const list_3_0_19_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};

const rtc_code_info rtc_jitsi_conference_error_infos[] = {
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 0,
        .string_value = "conference.authenticationRequired",
        .name = "AUTHENTICATION_REQUIRED",
        .catalog_name = "AUTHENTICATION_REQUIRED",
        .summary = "The client must be authenticated to create the conference.",
        .cause = "Jicofo answered the conference request with not-authorized: upstream says the \"client must be authenticated to create the conference\".",
        .when = list_3_0_0_when,
        .when_count = 2,
        .user_message = "This meeting has not started yet or needs you to sign in. Please sign in or wait for the host.",
        .user_message_key = "jitsi.conference_error.AUTHENTICATION_REQUIRED",
        .remediation = list_3_0_0_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_0_0_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CREDENTIALS,
        .retry_policy = RTC_RETRY_POLICY_REFRESH_CREDENTIALS,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_2,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Upstream defines no retry policy; joining succeeds only after the user authenticates (or an authenticated host has created the room), so we map it to getting credentials first.",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 1,
        .string_value = "conference.chatError",
        .name = "CHAT_ERROR",
        .catalog_name = "CHAT_ERROR",
        .summary = "The chat room returned an error for a message.",
        .cause = "The XMPP multi-user chat sent back a message of type error; its text is passed along with the code.",
        .when = list_3_0_1_when,
        .when_count = 2,
        .user_message = "Your message could not be sent.",
        .user_message_key = "jitsi.conference_error.CHAT_ERROR",
        .remediation = list_3_0_1_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_0_1_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_UNKNOWN,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The SDK emits it on CONFERENCE_ERROR and stays in the conference; the server's text is free-form, so the user decides whether to send again.",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 2,
        .string_value = "conference.connectionError.accessDenied",
        .name = "CONFERENCE_ACCESS_DENIED",
        .catalog_name = "CONFERENCE_ACCESS_DENIED",
        .summary = "The room's moderators denied access from the lobby.",
        .cause = "While the participant waited in the lobby room, a moderator rejected them (upstream: access \"denied by the room moderators\").",
        .when = list_3_0_2_when,
        .when_count = 2,
        .user_message = "A moderator declined your request to join.",
        .user_message_key = "jitsi.conference_error.CONFERENCE_ACCESS_DENIED",
        .remediation = list_3_0_2_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_0_2_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_PERMISSION,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "A moderator's explicit refusal does not change on retry.",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 3,
        .string_value = "conference.destroyed",
        .name = "CONFERENCE_DESTROYED",
        .catalog_name = "CONFERENCE_DESTROYED",
        .summary = "The conference room has been destroyed.",
        .cause = "The MUC room was destroyed on the server; the SDK leaves the room and passes on the destroy reason.",
        .when = list_3_0_3_when,
        .when_count = 2,
        .user_message = "This meeting has ended.",
        .user_message_key = "jitsi.conference_error.CONFERENCE_DESTROYED",
        .remediation = list_3_0_3_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_0_3_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The room was ended on purpose, so rejoining it makes no sense unless the backend starts a new session.",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 4,
        .string_value = "conference.max_users",
        .name = "CONFERENCE_MAX_USERS",
        .catalog_name = "CONFERENCE_MAX_USERS",
        .summary = "The conference has reached its maximum number of participants.",
        .cause = "The join presence was rejected with service-unavailable because the room is full; the SDK says whether visitors are supported.",
        .when = list_3_0_4_when,
        .when_count = 1,
        .user_message = "This meeting is full. Please try again later.",
        .user_message_key = "jitsi.conference_error.CONFERENCE_MAX_USERS",
        .remediation = list_3_0_4_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_0_4_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CAPACITY,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The room may have space later, so the user can try again (or join as a visitor where supported).",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 5,
        .string_value = "conference.connectionError",
        .name = "CONNECTION_ERROR",
        .catalog_name = "CONNECTION_ERROR",
        .summary = "Joining the conference room failed for an unclassified reason.",
        .cause = "The join presence got an error that matched no more specific case, or a not-allowed error on the anonymous domain.",
        .when = list_3_0_5_when,
        .when_count = 2,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "jitsi.conference_error.CONNECTION_ERROR",
        .remediation = list_3_0_5_remediation,
        .remediation_count = 2,
        .causes = list_3_0_5_causes,
        .cause_count = 2,
        .references = list_3_0_5_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_UNKNOWN,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The cause is unknown, so a bounded retry with backoff is the safest default.",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 6,
        .string_value = "conference.display_name_required",
        .name = "DISPLAY_NAME_REQUIRED",
        .catalog_name = "DISPLAY_NAME_REQUIRED",
        .summary = "A display name is required to join the room.",
        .cause = "The server rejected the join with displayname-required; the SDK says whether this is because the lobby is enabled.",
        .when = list_3_0_6_when,
        .when_count = 2,
        .user_message = "Please enter your name to join this meeting.",
        .user_message_key = "jitsi.conference_error.DISPLAY_NAME_REQUIRED",
        .remediation = list_3_0_6_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_0_6_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_USER_INPUT,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The join succeeds once the user supplies a name.",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 7,
        .string_value = "conference.focusDisconnected",
        .name = "FOCUS_DISCONNECTED",
        .catalog_name = "FOCUS_DISCONNECTED",
        .summary = "The focus (Jicofo) could not be reached.",
        .cause = "Upstream: \"focus error happened\"; it was raised when conference requests to Jicofo kept failing, but nothing emits it at this commit.",
        .when = list_3_0_7_when,
        .when_count = 1,
        .user_message = "Something went wrong on our side. Please try again in a moment.",
        .user_message_key = "jitsi.conference_error.FOCUS_DISCONNECTED",
        .remediation = list_3_0_7_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_0_7_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_SERVICE_FAULT,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "A focus outage is a service fault that may clear, so retry with backoff.",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 8,
        .string_value = "conference.focusLeft",
        .name = "FOCUS_LEFT",
        .catalog_name = "FOCUS_LEFT",
        .summary = "The focus (Jicofo) left the conference.",
        .cause = "Jicofo's occupant left the MUC room; the SDK logs that it is leaving the conference and reports the failure.",
        .when = list_3_0_8_when,
        .when_count = 2,
        .user_message = "Something went wrong on our side. Please try again in a moment.",
        .user_message_key = "jitsi.conference_error.FOCUS_LEFT",
        .remediation = list_3_0_8_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_0_8_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_SERVICE_FAULT,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Without the focus the conference cannot continue, but a new join usually gets a working focus.",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 9,
        .string_value = "conference.gracefulShutdown",
        .name = "GRACEFUL_SHUTDOWN",
        .catalog_name = "GRACEFUL_SHUTDOWN",
        .summary = "The server is shutting down gracefully.",
        .cause = "Jicofo refused the conference because it was in graceful shutdown; nothing emits it at this commit.",
        .when = list_3_0_9_when,
        .when_count = 1,
        .user_message = "The meeting was interrupted by server maintenance. Rejoining should work in a moment.",
        .user_message_key = "jitsi.conference_error.GRACEFUL_SHUTDOWN",
        .remediation = list_3_0_9_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_0_9_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The server instance is going away on purpose (maintenance, upgrade, migration); as with LiveKit's SERVER_SHUTDOWN, rejoining after a short delay lands on another instance.",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 10,
        .string_value = "conference.iceFailed",
        .name = "ICE_FAILED",
        .catalog_name = "ICE_FAILED",
        .summary = "The media connection (ICE) failed and could not be restored.",
        .cause = "ICE to the videobridge failed and the SDK's own ICE restarts (up to three, with backoff) or its session-restart request to Jicofo did not recover it.",
        .when = list_3_0_10_when,
        .when_count = 3,
        .user_message = "We could not connect your audio and video. Check your network, or try another browser or device.",
        .user_message_key = "jitsi.conference_error.ICE_FAILED",
        .remediation = list_3_0_10_remediation,
        .remediation_count = 2,
        .causes = list_3_0_10_causes,
        .cause_count = 3,
        .references = list_3_0_10_references,
        .reference_count = 3,
        .category = RTC_CATEGORY_MEDIA_NEGOTIATION,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_4,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The SDK has already exhausted its restarts and logs that the conference should be reloaded, so a bounded rejoin with backoff is what remains.",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 11,
        .string_value = "conference.incompatible_server_versions",
        .name = "INCOMPATIBLE_SERVER_VERSIONS",
        .catalog_name = "INCOMPATIBLE_SERVER_VERSIONS",
        .summary = "The server-side components are incompatible with this client.",
        .cause = "Upstream: the server components' versions \"are incompatible with the client side\"; the method that emits it is never called at this commit.",
        .when = list_3_0_11_when,
        .when_count = 1,
        .user_message = "This app needs an update to join this meeting.",
        .user_message_key = "jitsi.conference_error.INCOMPATIBLE_SERVER_VERSIONS",
        .remediation = list_3_0_11_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_0_11_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "A version mismatch needs an upgrade by the app or the operator, not a retry.",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 12,
        .string_value = "conference.connectionError.membersOnly",
        .name = "MEMBERS_ONLY_ERROR",
        .catalog_name = "MEMBERS_ONLY_ERROR",
        .summary = "Only approved members may join the room.",
        .cause = "The join was rejected with registration-required because the room is members-only (lobby); the SDK passes on the lobby room and whether it waits for a host.",
        .when = list_3_0_12_when,
        .when_count = 2,
        .user_message = "This meeting has a waiting room. Ask to join and wait for a moderator to let you in.",
        .user_message_key = "jitsi.conference_error.MEMBERS_ONLY_ERROR",
        .remediation = list_3_0_12_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_0_12_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_PERMISSION,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The user must knock in the lobby (JitsiConference.joinLobby) and be admitted; the SDK does not do that by itself.",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 13,
        .string_value = "conference.connectionError.notAllowed",
        .name = "NOT_ALLOWED_ERROR",
        .catalog_name = "NOT_ALLOWED_ERROR",
        .summary = "The participant is not allowed to join the conference.",
        .cause = "The join was rejected with not-allowed; an AUTH_ERROR_TYPES sub-type and the server's text are passed along with the code.",
        .when = list_3_0_13_when,
        .when_count = 3,
        .user_message = "You do not have permission to do that in this call.",
        .user_message_key = "jitsi.conference_error.NOT_ALLOWED_ERROR",
        .remediation = list_3_0_13_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_0_13_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_PERMISSION,
        .retry_policy = RTC_RETRY_POLICY_DEPENDS,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The accompanying auth_error_type decides what to do, from retrying later to never.",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 14,
        .string_value = "conference.offerAnswerFailed",
        .name = "OFFER_ANSWER_FAILED",
        .catalog_name = "OFFER_ANSWER_FAILED",
        .summary = "The Jingle offer/answer exchange failed.",
        .cause = "Accepting a JVB or P2P session offer, sending a P2P invite or applying a P2P answer failed; the underlying error is passed along.",
        .when = list_3_0_14_when,
        .when_count = 2,
        .user_message = "We could not connect your audio and video. Check your network, or try another browser or device.",
        .user_message_key = "jitsi.conference_error.OFFER_ANSWER_FAILED",
        .remediation = list_3_0_14_remediation,
        .remediation_count = 2,
        .causes = list_3_0_14_causes,
        .cause_count = 2,
        .references = list_3_0_14_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_MEDIA_NEGOTIATION,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Negotiation failures are often environmental, so a bounded rejoin may help; repeated failures need the user.",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 15,
        .string_value = "conference.passwordNotSupported",
        .name = "PASSWORD_NOT_SUPPORTED",
        .catalog_name = "PASSWORD_NOT_SUPPORTED",
        .summary = "A password cannot be set for this conference.",
        .cause = "JitsiConference.lock() found no room-secret field in the room configuration, so the promise is rejected with this code.",
        .when = list_3_0_15_when,
        .when_count = 1,
        .user_message = "Password protection is not available for this meeting.",
        .user_message_key = "jitsi.conference_error.PASSWORD_NOT_SUPPORTED",
        .remediation = list_3_0_15_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_0_15_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The server configuration lacks the feature, so repeating the call fails again.",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 16,
        .string_value = "conference.passwordRequired",
        .name = "PASSWORD_REQUIRED",
        .catalog_name = "PASSWORD_REQUIRED",
        .summary = "A password is required to join the conference.",
        .cause = "The join presence was rejected with not-authorized because the room is locked.",
        .when = list_3_0_16_when,
        .when_count = 2,
        .user_message = "This meeting is protected by a password. Please enter it to join.",
        .user_message_key = "jitsi.conference_error.PASSWORD_REQUIRED",
        .remediation = list_3_0_16_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_0_16_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_USER_INPUT,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The join succeeds once the user enters the right password (JitsiConference.join with the password).",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 17,
        .string_value = "conference.reservationError",
        .name = "RESERVATION_ERROR",
        .catalog_name = "RESERVATION_ERROR",
        .summary = "The reservation system refused the conference.",
        .cause = "Jicofo's reply to the conference request carried a reservation-error; its error code and message are passed along.",
        .when = list_3_0_17_when,
        .when_count = 1,
        .user_message = "This meeting cannot start right now. Please check the meeting time or contact the organiser.",
        .user_message_key = "jitsi.conference_error.RESERVATION_ERROR",
        .remediation = list_3_0_17_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_0_17_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_PERMISSION,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The reservation system's verdict does not change until the reservation does.",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 18,
        .string_value = "conference.settingsError",
        .name = "SETTINGS_ERROR",
        .catalog_name = "SETTINGS_ERROR",
        .summary = "The server rejected a settings change.",
        .cause = "The MUC sent an error message carrying a settings-error text, which is passed along.",
        .when = list_3_0_18_when,
        .when_count = 1,
        .user_message = "That setting could not be changed.",
        .user_message_key = "jitsi.conference_error.SETTINGS_ERROR",
        .remediation = list_3_0_18_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_0_18_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_UNKNOWN,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The SDK emits it on CONFERENCE_ERROR and stays in the conference; the same change would be refused again.",
    },
    {
        .provider = "jitsi",
        .code_set = "conference_error",
        .value = 19,
        .string_value = "conference.videobridgeNotAvailable",
        .name = "VIDEOBRIDGE_NOT_AVAILABLE",
        .catalog_name = "VIDEOBRIDGE_NOT_AVAILABLE",
        .summary = "No videobridge is available for the conference.",
        .cause = "Jicofo's presence reported bridgeNotAvailable; the SDK reports it once per room.",
        .when = list_3_0_19_when,
        .when_count = 1,
        .user_message = "This call is full right now. Please try again in a little while.",
        .user_message_key = "jitsi.conference_error.VIDEOBRIDGE_NOT_AVAILABLE",
        .remediation = list_3_0_19_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_0_19_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CAPACITY,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_4,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Bridge capacity may free up, so a bounded rejoin with backoff is reasonable.",
    },
};

const size_t rtc_jitsi_conference_error_count = 20;

static const char *const list_3_1_0_when[] = {
    "room rules or server policy refuse the join",
};
static const char *const list_3_1_0_remediation[] = {
    "Show the server's text if any; do not retry.",
    "Check the room rules and server policy if the refusal is unexpected.",
};
static const char *const list_3_1_0_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_1_1_when[] = {
    "a visitor arrives before the meeting has started",
};
static const char *const list_3_1_1_remediation[] = {
    "Tell the visitor the meeting has not started; let them try again later.",
};
static const char *const list_3_1_1_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_1_2_when[] = {
    "a visitor tries to join a room whose lobby is enabled",
};
static const char *const list_3_1_2_remediation[] = {
    "Do not retry as a visitor; join as a participant through the lobby, or turn the lobby off for visitors.",
};
static const char *const list_3_1_2_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_1_3_when[] = {
    "a visitor tries to join the main room without being allowed",
};
static const char *const list_3_1_3_remediation[] = {
    "Stay a visitor; the deployment does not let this visitor become a main participant.",
};
static const char *const list_3_1_3_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};
static const char *const list_3_1_4_when[] = {
    "Jicofo left the empty room just as the client joined",
    "a reconnect finished after Jicofo had left the room",
};
static const char *const list_3_1_4_remediation[] = {
    "Join again after a short delay; the SDK has already retried up to three times unless disableRoomCreationRetry is set.",
    "If it recurs, check that Jicofo is up and that only Jicofo may create rooms.",
};
static const char *const list_3_1_4_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/util/Retry.ts",
};
static const char *const list_3_1_5_when[] = {
    "the room disables unauthenticated access and the user has no valid token",
};
static const char *const list_3_1_5_remediation[] = {
    "Ask the user to sign in or obtain a JWT from the backend, then join again.",
};
static const char *const list_3_1_5_references[] = {
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/JitsiConferenceErrors.ts",
    "https://github.com/jitsi/lib-jitsi-meet/blob/01daa07c3f8cea97722246704e36b9af38e30b0a/modules/xmpp/ChatRoom.ts",
};

const rtc_code_info rtc_jitsi_auth_error_type_infos[] = {
    {
        .provider = "jitsi",
        .code_set = "auth_error_type",
        .value = 0,
        .string_value = "general",
        .name = "GENERAL",
        .catalog_name = "GENERAL",
        .summary = "The join was not allowed for an unspecified reason.",
        .cause = "The server returned not-allowed without any of the more specific markers the SDK recognises.",
        .when = list_3_1_0_when,
        .when_count = 1,
        .user_message = "You do not have permission to do that in this call.",
        .user_message_key = "jitsi.auth_error_type.GENERAL",
        .remediation = list_3_1_0_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_1_0_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_PERMISSION,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "A plain refusal is not expected to change on retry; in a breakout room the SDK moves the user back to the main room instead of reporting it.",
    },
    {
        .provider = "jitsi",
        .code_set = "auth_error_type",
        .value = 1,
        .string_value = "no-main-participants",
        .name = "NO_MAIN_PARTICIPANTS",
        .catalog_name = "NO_MAIN_PARTICIPANTS",
        .summary = "A visitor cannot join because no main participants are in the meeting.",
        .cause = "The server refused the visitor's join with no-main-participants in the jitsi:visitors namespace.",
        .when = list_3_1_1_when,
        .when_count = 1,
        .user_message = "The meeting has not started yet. Please try again later.",
        .user_message_key = "jitsi.auth_error_type.NO_MAIN_PARTICIPANTS",
        .remediation = list_3_1_1_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_1_1_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_PERMISSION,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The join can succeed once main participants are present, so the user may try again later.",
    },
    {
        .provider = "jitsi",
        .code_set = "auth_error_type",
        .value = 2,
        .string_value = "no-visitors-lobby",
        .name = "NO_VISITORS_LOBBY",
        .catalog_name = "NO_VISITORS_LOBBY",
        .summary = "Visitors are not admitted because the room uses a lobby.",
        .cause = "The server refused the visitor's join with no-visitors-lobby in the jitsi:visitors namespace.",
        .when = list_3_1_2_when,
        .when_count = 1,
        .user_message = "This meeting is not open to viewers right now.",
        .user_message_key = "jitsi.auth_error_type.NO_VISITORS_LOBBY",
        .remediation = list_3_1_2_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_1_2_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_PERMISSION,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The room's lobby setting must change before a visitor can join.",
    },
    {
        .provider = "jitsi",
        .code_set = "auth_error_type",
        .value = 3,
        .string_value = "promotion-not-allowed",
        .name = "PROMOTION_NOT_ALLOWED",
        .catalog_name = "PROMOTION_NOT_ALLOWED",
        .summary = "The visitor may not be promoted to a main participant.",
        .cause = "The server refused the join with promotion-not-allowed in the jitsi:visitors namespace.",
        .when = list_3_1_3_when,
        .when_count = 1,
        .user_message = "You can watch this meeting but not join in.",
        .user_message_key = "jitsi.auth_error_type.PROMOTION_NOT_ALLOWED",
        .remediation = list_3_1_3_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_1_3_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_PERMISSION,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The visitor lacks the right to be promoted, and retrying with the same rights fails again.",
    },
    {
        .provider = "jitsi",
        .code_set = "auth_error_type",
        .value = 4,
        .string_value = "room-creation-restriction",
        .name = "ROOM_CREATION_RESTRICTION",
        .catalog_name = "ROOM_CREATION_RESTRICTION",
        .summary = "The client may not create the room.",
        .cause = "The text \"Room creation is restricted\" or a room-does-not-exist marker: upstream describes a race where Jicofo left or was leaving the room when the client tried to join.",
        .when = list_3_1_4_when,
        .when_count = 2,
        .user_message = "Something went wrong on our side. Please try again in a moment.",
        .user_message_key = "jitsi.auth_error_type.ROOM_CREATION_RESTRICTION",
        .remediation = list_3_1_4_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_1_4_references,
        .reference_count = 3,
        .category = RTC_CATEGORY_SERVICE_FAULT,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_5,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The SDK itself retries this race up to three times with jittered backoff (unless disableRoomCreationRetry is set) before reporting it, so a later retry can still succeed.",
    },
    {
        .provider = "jitsi",
        .code_set = "auth_error_type",
        .value = 5,
        .string_value = "authentication-required",
        .name = "ROOM_UNAUTHENTICATED_ACCESS_DISABLED",
        .catalog_name = "ROOM_UNAUTHENTICATED_ACCESS_DISABLED",
        .summary = "The room does not admit unauthenticated participants.",
        .cause = "The server refused the join with authentication-required in the http://jitsi.org/jitmeet namespace.",
        .when = list_3_1_5_when,
        .when_count = 1,
        .user_message = "You need to sign in to join this meeting.",
        .user_message_key = "jitsi.auth_error_type.ROOM_UNAUTHENTICATED_ACCESS_DISABLED",
        .remediation = list_3_1_5_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_3_1_5_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CREDENTIALS,
        .retry_policy = RTC_RETRY_POLICY_REFRESH_CREDENTIALS,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_2,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Joining needs authentication, so obtain credentials (for example a JWT) and join again.",
    },
};

const size_t rtc_jitsi_auth_error_type_count = 6;

static const char *const list_4_0_0_when[] = {
    "the connection is up or being set up for the first time",
    "the app closed the room, or the server sent a leave with reason CLIENT_INITIATED",
};
static const char *const list_4_0_0_remediation[] = {
    "Nothing to fix: treat it as the absence of an error (log it at debug level at most).",
};
static const char *const list_4_0_0_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
};
static const char *const list_4_0_1_when[] = {
    "the websocket reports an error without an HTTP status",
    "reported while the SDK is reconnecting (state RECONNECTING)",
};
static const char *const list_4_0_1_remediation[] = {
    "Do nothing from the app while the room state is RECONNECTING: the SDK is retrying by itself.",
    "Show the user that the call is reconnecting.",
    "If the state becomes FAILED, handle the final failure reason the SDK then reports (often MAX_RETRIES).",
    "If it ends in FAILED, check that the server URL is right and reachable from the device's network (DNS, TLS, firewall).",
};
static const char *const list_4_0_1_causes[] = {
    "no network on the device",
    "a wrong server URL",
    "a TLS handshake failure",
    "the server is offline",
};
static const char *const list_4_0_1_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/utils.c",
};
static const char *const list_4_0_2_when[] = {
    "connecting with a token that lacks identity or room",
    "connecting with a token whose identity or room exceeds the maximum length",
};
static const char *const list_4_0_2_remediation[] = {
    "Check how the backend builds the token: it must carry an identity and a room name, each within LiveKit's length limits.",
    "Mint a new token with those fields and connect with it.",
    "Do not retry with the same token: the server refuses it again.",
};
static const char *const list_4_0_2_causes[] = {
    "the token has no identity or no room",
    "the identity or room name is too long",
};
static const char *const list_4_0_2_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
};
static const char *const list_4_0_3_when[] = {
    "the token has expired",
    "the token does not grant joining this room",
};
static const char *const list_4_0_3_remediation[] = {
    "Fetch a new token from the app's backend and connect again.",
    "If a fresh token is refused too, check that it grants roomJoin for this room and that the API key and secret match the server.",
    "Check the device's clock if tokens look expired as soon as they are issued.",
};
static const char *const list_4_0_3_causes[] = {
    "the token has expired",
    "the token does not grant joining this room",
    "the token was signed with the wrong key",
};
static const char *const list_4_0_3_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
};
static const char *const list_4_0_4_when[] = {
    "ICE or DTLS setup fails during join",
    "an established peer connection drops",
    "reported while the SDK is reconnecting (state RECONNECTING)",
};
static const char *const list_4_0_4_remediation[] = {
    "Do nothing from the app while the room state is RECONNECTING: the SDK is retrying by itself.",
    "Show the user that the call is reconnecting.",
    "If the state becomes FAILED, handle the final failure reason the SDK then reports (often MAX_RETRIES).",
    "If it ends in FAILED, check that the network lets WebRTC through (UDP, or TURN over TLS on port 443) and that the server's ICE/TURN settings are right.",
};
static const char *const list_4_0_4_causes[] = {
    "ICE or DTLS cannot complete through the network",
    "an established peer connection drops",
};
static const char *const list_4_0_4_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
};
static const char *const list_4_0_5_when[] = {
    "repeated unreachable, ping-timeout, RTC or server-side handshake failures",
};
static const char *const list_4_0_5_remediation[] = {
    "Let the user rejoin when they choose; the SDK has already retried CONFIG_LK_MAX_RETRIES times.",
    "Look in the log at the failure reasons of the individual attempts to find the underlying cause.",
    "Raise CONFIG_LK_MAX_RETRIES (0-100) only if the device's network is known to recover slowly.",
};
static const char *const list_4_0_5_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/Kconfig",
};
static const char *const list_4_0_6_when[] = {
    "the network drops silently while connected",
    "reported while the SDK is reconnecting (state RECONNECTING)",
};
static const char *const list_4_0_6_remediation[] = {
    "Do nothing from the app while the room state is RECONNECTING: the SDK is retrying by itself.",
    "Show the user that the call is reconnecting.",
    "If the state becomes FAILED, handle the final failure reason the SDK then reports (often MAX_RETRIES).",
    "If it happens often, check the device's network for silent drops (Wi-Fi power saving, NAT timeouts).",
};
static const char *const list_4_0_6_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
};
static const char *const list_4_0_7_when[] = {
    "the same user joins from a second device or tab",
    "two devices share one token identity",
};
static const char *const list_4_0_7_remediation[] = {
    "Give each device or tab its own participant identity when minting tokens.",
    "Offer the user a button to rejoin here, which disconnects the other session.",
};
static const char *const list_4_0_7_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_0_8_when[] = {
    "a server is drained or restarted for deployment or scaling",
};
static const char *const list_4_0_8_remediation[] = {
    "Join again after a short delay; the new connection is routed to a healthy server.",
    "No fix is needed on the device: servers are drained during deployments and scaling.",
};
static const char *const list_4_0_8_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_0_9_when[] = {
    "a moderator or backend kicks the device from the room",
};
static const char *const list_4_0_9_remediation[] = {
    "Do not rejoin automatically: a backend removed this participant on purpose.",
    "If the removal was not intended, check which service called RoomService.RemoveParticipant.",
};
static const char *const list_4_0_9_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_0_10_when[] = {
    "the app's backend ends the room for everyone",
};
static const char *const list_4_0_10_remediation[] = {
    "Do not rejoin the same room: it was deleted through RoomService.DeleteRoom.",
    "Start a new room from the backend if the session should go on.",
};
static const char *const list_4_0_10_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_0_11_when[] = {
    "the server already dropped the session after a long network outage",
};
static const char *const list_4_0_11_remediation[] = {
    "Do a fresh join (not a resume) after a short delay; the server no longer holds the old session.",
    "If it recurs, look for long network gaps on the device.",
};
static const char *const list_4_0_11_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_0_12_when[] = {
    "the signalling connection works but media transports never come up",
};
static const char *const list_4_0_12_remediation[] = {
    "Join again with backoff.",
    "If it keeps failing, check that the network allows WebRTC media (UDP or TURN over TLS) as well as the signalling websocket.",
};
static const char *const list_4_0_12_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_0_13_when[] = {
    "LiveKit Cloud rebalances or drains a server",
};
static const char *const list_4_0_13_remediation[] = {
    "Join again after a short delay; this SDK does not migrate by itself.",
};
static const char *const list_4_0_13_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_0_14_when[] = {
    "the signalling connection drops and the server reports the reason in a leave request",
};
static const char *const list_4_0_14_remediation[] = {
    "Join again with backoff.",
    "If it recurs, check the device's network stability and any proxy that closes long-lived websockets.",
};
static const char *const list_4_0_14_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_0_15_when[] = {
    "everyone else left the room",
};
static const char *const list_4_0_15_remediation[] = {
    "Do not rejoin automatically; let the user start or join a new call.",
};
static const char *const list_4_0_15_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_0_16_when[] = {
    "the called phone rings out or is switched off",
};
static const char *const list_4_0_16_remediation[] = {
    "Let the user decide whether to call again later.",
    "Check the ringing timeout of the SIP call if calls end too early.",
};
static const char *const list_4_0_16_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_0_17_when[] = {
    "the callee declines the call",
    "the line is busy",
};
static const char *const list_4_0_17_remediation[] = {
    "Let the user decide whether to call again.",
};
static const char *const list_4_0_17_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_0_18_when[] = {
    "the SIP trunk is misconfigured or down",
};
static const char *const list_4_0_18_remediation[] = {
    "Check the SIP trunk's configuration (address, credentials, allowed numbers) and its provider's status.",
    "Retry with backoff; alert the operator if it recurs.",
};
static const char *const list_4_0_18_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_0_19_when[] = {
    "the device loses connectivity for longer than the server allows",
};
static const char *const list_4_0_19_remediation[] = {
    "Join again with backoff once the device is back online.",
    "If it recurs, look for long gaps in the device's connectivity.",
};
static const char *const list_4_0_19_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_0_20_when[] = {
    "media packets stop arriving at the server",
};
static const char *const list_4_0_20_remediation[] = {
    "Join again with backoff.",
    "If it repeats, check that the network lets media through (UDP, or TURN over TLS on port 443).",
};
static const char *const list_4_0_20_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_0_21_when[] = {
    "the signalling websocket closed without a ping timeout, or the handshake got an HTTP 5xx (the SDK retries)",
    "the handshake got an HTTP 4xx other than 400/401 (the SDK stops)",
    "the server sent a leave with UNKNOWN_REASON, AGENT_ERROR or another reason the SDK does not map (the SDK stops)",
};
static const char *const list_4_0_21_remediation[] = {
    "Read the room state: while it is RECONNECTING the SDK is retrying, so wait; once it is FAILED the connection is over.",
    "Check the console log for the HTTP status or leave reason behind it, as upstream asks, and report unknown cases to LiveKit.",
    "After FAILED, offer the user a retry.",
};
static const char *const list_4_0_21_causes[] = {
    "the signalling websocket closed without a ping timeout (the SDK retries)",
    "the handshake got an HTTP 5xx (the SDK retries)",
    "the handshake got an HTTP 4xx other than 400 or 401 (the SDK stops)",
    "the server sent a leave with UNKNOWN_REASON, AGENT_ERROR or a reason the SDK does not know (the SDK stops)",
};
static const char *const list_4_0_21_references[] = {
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/include/livekit_types.h",
    "https://github.com/livekit/client-sdk-esp32/blob/3f82f6cf35ac98812e24804fc18312f8c026400d/components/livekit/core/engine.c",
};

const rtc_code_info rtc_livekit_failure_reason_infos[] = {
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 0,
        .name = "LIVEKIT_FAILURE_REASON_NONE",
        .catalog_name = "NONE",
        .summary = "No failure has occurred.",
        .cause = "The room is connecting, connected, or was closed by the app, so there is nothing to report.",
        .when = list_4_0_0_when,
        .when_count = 2,
        .user_message = "Everything is working normally.",
        .user_message_key = "livekit.failure_reason.NONE",
        .remediation = list_4_0_0_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_0_0_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_NOT_AN_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NOT_AN_ERROR,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 1,
        .name = "LIVEKIT_FAILURE_REASON_UNREACHABLE",
        .catalog_name = "UNREACHABLE",
        .summary = "The LiveKit server could not be reached.",
        .cause = "The signalling websocket could not be opened, for example because of a network outage, a wrong URL, a TLS handshake failure or an offline server.",
        .when = list_4_0_1_when,
        .when_count = 2,
        .user_message = "The connection to the call was interrupted. Check your internet connection and try again.",
        .user_message_key = "livekit.failure_reason.UNREACHABLE",
        .remediation = list_4_0_1_remediation,
        .remediation_count = 4,
        .causes = list_4_0_1_causes,
        .cause_count = 4,
        .references = list_4_0_1_references,
        .reference_count = 3,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_6,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 2,
        .name = "LIVEKIT_FAILURE_REASON_BAD_TOKEN",
        .catalog_name = "BAD_TOKEN",
        .summary = "The access token is malformed.",
        .cause = "The server answered the signalling handshake with HTTP 400, for example because the token's identity or room is missing, empty or too long.",
        .when = list_4_0_2_when,
        .when_count = 2,
        .user_message = "We could not confirm your access to this call. Please try again in a moment.",
        .user_message_key = "livekit.failure_reason.BAD_TOKEN",
        .remediation = list_4_0_2_remediation,
        .remediation_count = 3,
        .causes = list_4_0_2_causes,
        .cause_count = 2,
        .references = list_4_0_2_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CREDENTIALS,
        .retry_policy = RTC_RETRY_POLICY_REFRESH_CREDENTIALS,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_2,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The SDK stops without retrying on this client-side failure, and only a correctly built token from the app's backend can succeed.",
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 3,
        .name = "LIVEKIT_FAILURE_REASON_UNAUTHORIZED",
        .catalog_name = "UNAUTHORIZED",
        .summary = "The token is not valid for joining the room.",
        .cause = "The server answered the signalling handshake with HTTP 401, for example because the token has expired or lacks the needed grants.",
        .when = list_4_0_3_when,
        .when_count = 2,
        .user_message = "We could not confirm your access to this call. Please try joining again.",
        .user_message_key = "livekit.failure_reason.UNAUTHORIZED",
        .remediation = list_4_0_3_remediation,
        .remediation_count = 3,
        .causes = list_4_0_3_causes,
        .cause_count = 3,
        .references = list_4_0_3_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CREDENTIALS,
        .retry_policy = RTC_RETRY_POLICY_REFRESH_CREDENTIALS,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_2,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The SDK stops without retrying on this client-side failure, and the upstream doc blames an expired or under-privileged token, so a fresh token is needed.",
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 4,
        .name = "LIVEKIT_FAILURE_REASON_RTC",
        .catalog_name = "RTC",
        .summary = "A WebRTC peer connection could not be established or failed.",
        .cause = "The publisher or subscriber peer connection reported disconnected or failed while connecting or while connected.",
        .when = list_4_0_4_when,
        .when_count = 3,
        .user_message = "We could not connect your audio and video. Check your network, or try another browser or device.",
        .user_message_key = "livekit.failure_reason.RTC",
        .remediation = list_4_0_4_remediation,
        .remediation_count = 4,
        .causes = list_4_0_4_causes,
        .cause_count = 2,
        .references = list_4_0_4_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_MEDIA_NEGOTIATION,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_6,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 5,
        .name = "LIVEKIT_FAILURE_REASON_MAX_RETRIES",
        .catalog_name = "MAX_RETRIES",
        .summary = "The SDK gave up after the maximum number of reconnect attempts.",
        .cause = "Every automatic retry failed, and the attempt count exceeded CONFIG_LK_MAX_RETRIES (7 by default).",
        .when = list_4_0_5_when,
        .when_count = 1,
        .user_message = "We could not reconnect to the call. Check your internet connection, then try again.",
        .user_message_key = "livekit.failure_reason.MAX_RETRIES",
        .remediation = list_4_0_5_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_0_5_references,
        .reference_count = 3,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The SDK has already backed off and retried, so a new attempt should wait for the user or the network to change; most retried failures are network related.",
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 6,
        .name = "LIVEKIT_FAILURE_REASON_PING_TIMEOUT",
        .catalog_name = "PING_TIMEOUT",
        .summary = "The server stopped answering pings in time.",
        .cause = "No pong arrived within the ping timeout announced in the join response, so the SDK closed the signalling websocket.",
        .when = list_4_0_6_when,
        .when_count = 2,
        .user_message = "The connection to the call was interrupted. Check your internet connection and try again.",
        .user_message_key = "livekit.failure_reason.PING_TIMEOUT",
        .remediation = list_4_0_6_remediation,
        .remediation_count = 4,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_0_6_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_6,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 7,
        .name = "LIVEKIT_FAILURE_REASON_DUPLICATE_IDENTITY",
        .catalog_name = "DUPLICATE_IDENTITY",
        .summary = "Another participant joined with the same identity.",
        .cause = "The server sent a leave request because a newer connection used this participant's identity.",
        .when = list_4_0_7_when,
        .when_count = 2,
        .user_message = "You joined this call from another device or window, so this one was disconnected.",
        .user_message_key = "livekit.failure_reason.DUPLICATE_IDENTITY",
        .remediation = list_4_0_7_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_0_7_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Reconnecting automatically would push out the other session in turn, so only the user should decide to rejoin.",
        .protocol_equivalent = &rtc_livekit_disconnect_reason_infos[2],
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 8,
        .name = "LIVEKIT_FAILURE_REASON_SERVER_SHUTDOWN",
        .catalog_name = "SERVER_SHUTDOWN",
        .summary = "The LiveKit server instance is shutting down.",
        .cause = "The server sent a leave request with reason SERVER_SHUTDOWN because it is going away.",
        .when = list_4_0_8_when,
        .when_count = 1,
        .user_message = "The call was interrupted by server maintenance. Reconnecting should work in a moment.",
        .user_message_key = "livekit.failure_reason.SERVER_SHUTDOWN",
        .remediation = list_4_0_8_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_0_8_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The ESP32 SDK ends the connection on any server leave, but a new join after a short delay is normally routed to a healthy server.",
        .protocol_equivalent = &rtc_livekit_disconnect_reason_infos[3],
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 9,
        .name = "LIVEKIT_FAILURE_REASON_PARTICIPANT_REMOVED",
        .catalog_name = "PARTICIPANT_REMOVED",
        .summary = "The participant was removed through the room service API.",
        .cause = "A backend called RoomService.RemoveParticipant for this participant.",
        .when = list_4_0_9_when,
        .when_count = 1,
        .user_message = "You were removed from the call.",
        .user_message_key = "livekit.failure_reason.PARTICIPANT_REMOVED",
        .remediation = list_4_0_9_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_0_9_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The removal was a deliberate decision by the app's backend, so rejoining without its consent would undo it.",
        .protocol_equivalent = &rtc_livekit_disconnect_reason_infos[4],
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 10,
        .name = "LIVEKIT_FAILURE_REASON_ROOM_DELETED",
        .catalog_name = "ROOM_DELETED",
        .summary = "The room was deleted through the room service API.",
        .cause = "A backend called RoomService.DeleteRoom for the room.",
        .when = list_4_0_10_when,
        .when_count = 1,
        .user_message = "This call has ended.",
        .user_message_key = "livekit.failure_reason.ROOM_DELETED",
        .remediation = list_4_0_10_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_0_10_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The room was ended on purpose, so rejoining it makes no sense unless the backend starts a new session.",
        .protocol_equivalent = &rtc_livekit_disconnect_reason_infos[5],
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 11,
        .name = "LIVEKIT_FAILURE_REASON_STATE_MISMATCH",
        .catalog_name = "STATE_MISMATCH",
        .summary = "The server does not know the session the client tried to resume.",
        .cause = "The server rejected the connection because it holds no state for the session the client presented.",
        .when = list_4_0_11_when,
        .when_count = 1,
        .user_message = "The connection to the call was lost for too long. Please join again.",
        .user_message_key = "livekit.failure_reason.STATE_MISMATCH",
        .remediation = list_4_0_11_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_0_11_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The old session is gone, but a fresh full join normally succeeds, so the app may reconnect after a delay.",
        .protocol_equivalent = &rtc_livekit_disconnect_reason_infos[6],
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 12,
        .name = "LIVEKIT_FAILURE_REASON_JOIN_INCOMPLETE",
        .catalog_name = "JOIN_INCOMPLETE",
        .summary = "The client could not finish joining the room.",
        .cause = "The server gave up on the participant because the connection was not fully established in time.",
        .when = list_4_0_12_when,
        .when_count = 1,
        .user_message = "We could not connect your audio and video. Check your network, or try another browser or device.",
        .user_message_key = "livekit.failure_reason.JOIN_INCOMPLETE",
        .remediation = list_4_0_12_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_0_12_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_MEDIA_NEGOTIATION,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Join failures are usually transient network or ICE problems, so a delayed new join is reasonable, with the user told if it keeps failing.",
        .protocol_equivalent = &rtc_livekit_disconnect_reason_infos[7],
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 13,
        .name = "LIVEKIT_FAILURE_REASON_MIGRATION",
        .catalog_name = "MIGRATION",
        .summary = "The server asked the client to move its connection elsewhere.",
        .cause = "A LiveKit Cloud server requested that the participant migrate to another server; the ESP32 SDK does not migrate and ends the connection instead.",
        .when = list_4_0_13_when,
        .when_count = 1,
        .user_message = "The call moved to another server. Reconnecting should work in a moment.",
        .user_message_key = "livekit.failure_reason.MIGRATION",
        .remediation = list_4_0_13_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_0_13_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The server wants the participant connected elsewhere, so a new join after a short delay is the expected follow-up.",
        .protocol_equivalent = &rtc_livekit_disconnect_reason_infos[8],
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 14,
        .name = "LIVEKIT_FAILURE_REASON_SIGNAL_CLOSE",
        .catalog_name = "SIGNAL_CLOSE",
        .summary = "The signalling connection was closed unexpectedly.",
        .cause = "The server reported that the signalling websocket closed without a clean leave.",
        .when = list_4_0_14_when,
        .when_count = 1,
        .user_message = "The connection to the call was interrupted. Check your internet connection and try again.",
        .user_message_key = "livekit.failure_reason.SIGNAL_CLOSE",
        .remediation = list_4_0_14_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_0_14_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "A dropped signalling link is usually transient, so reconnecting with backoff is reasonable.",
        .protocol_equivalent = &rtc_livekit_disconnect_reason_infos[9],
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 15,
        .name = "LIVEKIT_FAILURE_REASON_ROOM_CLOSED",
        .catalog_name = "ROOM_CLOSED",
        .summary = "The room closed because all standard and ingress participants left.",
        .cause = "The server closed the room once no standard or ingress participant remained in it.",
        .when = list_4_0_15_when,
        .when_count = 1,
        .user_message = "The call has ended because everyone else left.",
        .user_message_key = "livekit.failure_reason.ROOM_CLOSED",
        .remediation = list_4_0_15_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_0_15_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The session ended naturally, so only the user should decide to start or join a new one.",
        .protocol_equivalent = &rtc_livekit_disconnect_reason_infos[10],
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 16,
        .name = "LIVEKIT_FAILURE_REASON_SIP_USER_UNAVAILABLE",
        .catalog_name = "SIP_USER_UNAVAILABLE",
        .summary = "The SIP callee did not answer in time.",
        .cause = "A SIP call placed for the room was not answered before its timeout.",
        .when = list_4_0_16_when,
        .when_count = 1,
        .user_message = "The person you called did not answer.",
        .user_message_key = "livekit.failure_reason.SIP_USER_UNAVAILABLE",
        .remediation = list_4_0_16_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_0_16_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Calling again only helps once the callee is reachable, which the user has to judge.",
        .protocol_equivalent = &rtc_livekit_disconnect_reason_infos[11],
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 17,
        .name = "LIVEKIT_FAILURE_REASON_SIP_USER_REJECTED",
        .catalog_name = "SIP_USER_REJECTED",
        .summary = "The SIP callee rejected the call.",
        .cause = "The called party declined the SIP call, for example because the line was busy.",
        .when = list_4_0_17_when,
        .when_count = 2,
        .user_message = "The person you called declined the call or was busy.",
        .user_message_key = "livekit.failure_reason.SIP_USER_REJECTED",
        .remediation = list_4_0_17_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_0_17_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The other party refused the call, so only the user should decide to call again.",
        .protocol_equivalent = &rtc_livekit_disconnect_reason_infos[12],
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 18,
        .name = "LIVEKIT_FAILURE_REASON_SIP_TRUNK_FAILURE",
        .catalog_name = "SIP_TRUNK_FAILURE",
        .summary = "The SIP trunk failed or answered unexpectedly.",
        .cause = "The SIP signalling with the trunk provider failed or returned an unexpected response.",
        .when = list_4_0_18_when,
        .when_count = 1,
        .user_message = "The phone call could not be connected. Please try again later.",
        .user_message_key = "livekit.failure_reason.SIP_TRUNK_FAILURE",
        .remediation = list_4_0_18_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_0_18_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_SERVICE_FAULT,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "A trunk failure lies outside the client and may clear, so retry with backoff and alert if it recurs.",
        .protocol_equivalent = &rtc_livekit_disconnect_reason_infos[13],
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 19,
        .name = "LIVEKIT_FAILURE_REASON_CONNECTION_TIMEOUT",
        .catalog_name = "CONNECTION_TIMEOUT",
        .summary = "The server timed out the participant's session.",
        .cause = "The server stopped hearing from the participant for too long and ended its session.",
        .when = list_4_0_19_when,
        .when_count = 1,
        .user_message = "The connection to the call was interrupted. Check your internet connection and try again.",
        .user_message_key = "livekit.failure_reason.CONNECTION_TIMEOUT",
        .remediation = list_4_0_19_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_0_19_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Timeouts usually come from transient connectivity loss, so reconnecting with backoff is reasonable.",
        .protocol_equivalent = &rtc_livekit_disconnect_reason_infos[14],
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 20,
        .name = "LIVEKIT_FAILURE_REASON_MEDIA_FAILURE",
        .catalog_name = "MEDIA_FAILURE",
        .summary = "A media stream failed or timed out.",
        .cause = "The server ended the session because media stopped flowing or the media path failed.",
        .when = list_4_0_20_when,
        .when_count = 1,
        .user_message = "We could not connect your audio and video. Check your network, or try another browser or device.",
        .user_message_key = "livekit.failure_reason.MEDIA_FAILURE",
        .remediation = list_4_0_20_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_0_20_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_MEDIA_NEGOTIATION,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Media failures are often transient network or firewall issues, so a delayed rejoin may work, with the user told if it repeats.",
        .protocol_equivalent = &rtc_livekit_disconnect_reason_infos[15],
    },
    {
        .provider = "livekit",
        .code_set = "failure_reason",
        .value = 21,
        .name = "LIVEKIT_FAILURE_REASON_OTHER",
        .catalog_name = "OTHER",
        .summary = "A failure not covered by the other reasons.",
        .cause = "The SDK hit a failure it does not classify; upstream asks developers to check the console log and report the issue.",
        .when = list_4_0_21_when,
        .when_count = 3,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "livekit.failure_reason.OTHER",
        .remediation = list_4_0_21_remediation,
        .remediation_count = 3,
        .causes = list_4_0_21_causes,
        .cause_count = 4,
        .references = list_4_0_21_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_UNKNOWN,
        .retry_policy = RTC_RETRY_POLICY_DEPENDS,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_5,
        .terminality = RTC_TERMINALITY_DEPENDS,
        .terminal_condition = "Terminal once the room state is LIVEKIT_CONNECTION_STATE_FAILED; not terminal while it is LIVEKIT_CONNECTION_STATE_RECONNECTING, when the SDK is retrying by itself.",
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "The SDK reports OTHER both while it retries by itself (state RECONNECTING) and after it has given up (state FAILED), so the verdict comes from the connection state.",
    },
};

const size_t rtc_livekit_failure_reason_count = 22;

static const char *const list_4_1_0_when[] = {
    "the server or SDK could not classify the disconnect",
    "livekit-client fails to connect for an unclassified reason (timeout, internal error)",
};
static const char *const list_4_1_0_remediation[] = {
    "Retry the join with backoff.",
    "Log the error that came with it (livekit-client reports unclassified connect failures, timeouts and internal errors this way) and check the server logs for the participant.",
};
static const char *const list_4_1_0_causes[] = {
    "the server did not give a reason",
    "livekit-client failed to connect for an unclassified reason",
};
static const char *const list_4_1_0_references[] = {
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
    "livekit-client@2.23.0 src/room/RTCEngine.ts",
};
static const char *const list_4_1_1_when[] = {
    "the app calls room.disconnect()",
    "a pending connect is aborted",
};
static const char *const list_4_1_1_remediation[] = {
    "Nothing to fix: the app called room.disconnect() or cancelled a pending connect. Clean up the UI.",
};
static const char *const list_4_1_1_references[] = {
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_1_2_when[] = {
    "the same user joins from a second device or tab",
};
static const char *const list_4_1_2_remediation[] = {
    "Give each device or tab its own participant identity when minting tokens.",
    "Offer the user a button to rejoin here, which disconnects the other session.",
};
static const char *const list_4_1_2_references[] = {
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_1_3_when[] = {
    "a server is drained or restarted for deployment or scaling",
};
static const char *const list_4_1_3_remediation[] = {
    "Join again after a short delay; the new connection reaches a healthy server.",
    "When the server asks for a resume or reconnect (LeaveRequest.action), livekit-client does it by itself and this reason is not reported.",
};
static const char *const list_4_1_3_references[] = {
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
    "livekit-client@2.23.0 src/room/RTCEngine.ts",
};
static const char *const list_4_1_4_when[] = {
    "a moderator or backend kicks the participant",
};
static const char *const list_4_1_4_remediation[] = {
    "Do not rejoin automatically: a backend removed this participant on purpose.",
    "If the removal was not intended, check which service called RoomService.RemoveParticipant.",
};
static const char *const list_4_1_4_references[] = {
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_1_5_when[] = {
    "the app's backend ends the room for everyone",
};
static const char *const list_4_1_5_remediation[] = {
    "Do not rejoin the same room: it was deleted through RoomService.DeleteRoom.",
    "Start a new room from the backend if the session should go on.",
};
static const char *const list_4_1_5_references[] = {
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_1_6_when[] = {
    "a resume after a long network outage, when the server has already dropped the session",
    "livekit-client detects that its transport silently died and no engine is left to reconnect",
};
static const char *const list_4_1_6_remediation[] = {
    "Do a fresh join after a short delay; the server no longer holds the old session.",
    "If it recurs, look for long network gaps or a browser tab that was suspended.",
};
static const char *const list_4_1_6_references[] = {
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_1_7_when[] = {
    "signalling works but media transports never come up",
    "livekit-client cannot reach the server while joining",
};
static const char *const list_4_1_7_remediation[] = {
    "Join again with backoff.",
    "If it keeps failing, check that the server URL is reachable and that the network allows WebRTC media (UDP or TURN over TLS).",
};
static const char *const list_4_1_7_causes[] = {
    "media transports never came up after signalling worked",
    "livekit-client could not reach the server while joining",
};
static const char *const list_4_1_7_references[] = {
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
    "livekit-client@2.23.0 src/room/RTCEngine.ts",
};
static const char *const list_4_1_8_when[] = {
    "LiveKit Cloud rebalances or drains a server",
};
static const char *const list_4_1_8_remediation[] = {
    "Join again after a short delay if the SDK did not already reconnect.",
};
static const char *const list_4_1_8_references[] = {
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_1_9_when[] = {
    "the network drops the websocket",
};
static const char *const list_4_1_9_remediation[] = {
    "Join again with backoff.",
    "If it recurs, check for proxies or firewalls that close long-lived websockets.",
};
static const char *const list_4_1_9_references[] = {
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
};
static const char *const list_4_1_10_when[] = {
    "everyone else left the room",
};
static const char *const list_4_1_10_remediation[] = {
    "Do not rejoin automatically; let the user start or join a new call.",
};
static const char *const list_4_1_10_references[] = {
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
    "https://github.com/livekit/protocol/commit/b92b88cd (#778)",
};
static const char *const list_4_1_11_when[] = {
    "the called phone rings out or is switched off",
};
static const char *const list_4_1_11_remediation[] = {
    "Let the user decide whether to call again later.",
    "Check the ringing timeout of the SIP call if calls end too early.",
};
static const char *const list_4_1_11_references[] = {
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
    "https://github.com/livekit/protocol/commit/2406243b (#828)",
};
static const char *const list_4_1_12_when[] = {
    "the callee declines the call or the line is busy",
    "livekit-client's join is refused as not allowed (HTTP 4xx)",
};
static const char *const list_4_1_12_remediation[] = {
    "For a SIP call, let the user decide whether to call again.",
    "For a livekit-client join refused as not allowed (HTTP 4xx), check the token's grants and the room's settings.",
};
static const char *const list_4_1_12_causes[] = {
    "the SIP callee declined or was busy",
    "livekit-client's join was refused as not allowed (HTTP 4xx)",
};
static const char *const list_4_1_12_references[] = {
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
    "livekit-client@2.23.0 src/room/RTCEngine.ts",
    "https://github.com/livekit/protocol/commit/2406243b (#828)",
};
static const char *const list_4_1_13_when[] = {
    "the SIP trunk is misconfigured or down",
};
static const char *const list_4_1_13_remediation[] = {
    "Check the SIP trunk's configuration (address, credentials, allowed numbers) and its provider's status.",
    "Retry with backoff; alert the operator if it recurs.",
};
static const char *const list_4_1_13_references[] = {
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
    "https://github.com/livekit/protocol/commit/5bd7e73f (#845)",
};
static const char *const list_4_1_14_when[] = {
    "the client loses connectivity for longer than the server allows",
};
static const char *const list_4_1_14_remediation[] = {
    "Join again with backoff once the client is back online.",
    "If it recurs, look for long gaps in the client's connectivity.",
};
static const char *const list_4_1_14_references[] = {
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
    "https://github.com/livekit/protocol/commit/218e1318 (#1037)",
};
static const char *const list_4_1_15_when[] = {
    "media packets stop arriving",
};
static const char *const list_4_1_15_remediation[] = {
    "Join again with backoff.",
    "If it repeats, check that the network lets media through (UDP, or TURN over TLS on port 443).",
};
static const char *const list_4_1_15_references[] = {
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
    "https://github.com/livekit/protocol/commit/573c85ba (#1085)",
};
static const char *const list_4_1_16_when[] = {
    "an agent job crashes or reports an error",
};
static const char *const list_4_1_16_remediation[] = {
    "Check the agent's logs for the job that failed.",
    "Retry with backoff; alert if it recurs.",
};
static const char *const list_4_1_16_references[] = {
    "https://github.com/livekit/protocol/blob/d74e7cdb9835928ffa9c6bc6b3e4c7f07de61c43/protobufs/livekit_models.proto",
    "https://github.com/livekit/protocol/commit/bb5cf392 (#1434)",
};

const rtc_code_info rtc_livekit_disconnect_reason_infos[] = {
    {
        .provider = "livekit",
        .code_set = "disconnect_reason",
        .value = 0,
        .name = "UNKNOWN_REASON",
        .catalog_name = "UNKNOWN_REASON",
        .summary = "No specific reason was given.",
        .cause = "The disconnect was not attributed to any of the defined reasons.",
        .when = list_4_1_0_when,
        .when_count = 2,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "livekit.disconnect_reason.UNKNOWN_REASON",
        .remediation = list_4_1_0_remediation,
        .remediation_count = 2,
        .causes = list_4_1_0_causes,
        .cause_count = 2,
        .references = list_4_1_0_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_UNKNOWN,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_6,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Without a reason the failure may be transient, so a bounded retry with backoff is the safest default.",
    },
    {
        .provider = "livekit",
        .code_set = "disconnect_reason",
        .value = 1,
        .name = "CLIENT_INITIATED",
        .catalog_name = "CLIENT_INITIATED",
        .summary = "The client itself ended the connection.",
        .cause = "The local app disconnected from the room, or cancelled a connection attempt.",
        .when = list_4_1_1_when,
        .when_count = 2,
        .user_message = "You have left the call.",
        .user_message_key = "livekit.disconnect_reason.CLIENT_INITIATED",
        .remediation = list_4_1_1_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_1_1_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_ENDED_NORMALLY,
        .retry_policy = RTC_RETRY_POLICY_NOT_AN_ERROR,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_6,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "livekit",
        .code_set = "disconnect_reason",
        .value = 2,
        .name = "DUPLICATE_IDENTITY",
        .catalog_name = "DUPLICATE_IDENTITY",
        .summary = "Another participant with the same identity joined the room.",
        .cause = "The server disconnected this participant because a newer connection used its identity.",
        .when = list_4_1_2_when,
        .when_count = 1,
        .user_message = "You joined this call from another device or window, so this one was disconnected.",
        .user_message_key = "livekit.disconnect_reason.DUPLICATE_IDENTITY",
        .remediation = list_4_1_2_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_1_2_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_6,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Reconnecting automatically would push out the other session in turn, so only the user should decide to rejoin.",
    },
    {
        .provider = "livekit",
        .code_set = "disconnect_reason",
        .value = 3,
        .name = "SERVER_SHUTDOWN",
        .catalog_name = "SERVER_SHUTDOWN",
        .summary = "The server instance is shutting down.",
        .cause = "The LiveKit server handling the participant is going away and disconnected it.",
        .when = list_4_1_3_when,
        .when_count = 1,
        .user_message = "The call was interrupted by server maintenance. Reconnecting should work in a moment.",
        .user_message_key = "livekit.disconnect_reason.SERVER_SHUTDOWN",
        .remediation = list_4_1_3_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_1_3_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_6,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The SDKs reconnect by themselves only when the server's leave asks them to; once this reason is reported the session is over, but a new join after a delay normally reaches a healthy server.",
    },
    {
        .provider = "livekit",
        .code_set = "disconnect_reason",
        .value = 4,
        .name = "PARTICIPANT_REMOVED",
        .catalog_name = "PARTICIPANT_REMOVED",
        .summary = "The participant was removed through the room service API.",
        .cause = "A backend called RoomService.RemoveParticipant for this participant.",
        .when = list_4_1_4_when,
        .when_count = 1,
        .user_message = "You were removed from the call.",
        .user_message_key = "livekit.disconnect_reason.PARTICIPANT_REMOVED",
        .remediation = list_4_1_4_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_1_4_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_6,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The removal was a deliberate decision by the app's backend, so rejoining without its consent would undo it.",
    },
    {
        .provider = "livekit",
        .code_set = "disconnect_reason",
        .value = 5,
        .name = "ROOM_DELETED",
        .catalog_name = "ROOM_DELETED",
        .summary = "The room was deleted through the room service API.",
        .cause = "A backend called RoomService.DeleteRoom for the room.",
        .when = list_4_1_5_when,
        .when_count = 1,
        .user_message = "This call has ended.",
        .user_message_key = "livekit.disconnect_reason.ROOM_DELETED",
        .remediation = list_4_1_5_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_1_5_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_6,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The room was ended on purpose, so rejoining it makes no sense unless the backend starts a new session.",
    },
    {
        .provider = "livekit",
        .code_set = "disconnect_reason",
        .value = 6,
        .name = "STATE_MISMATCH",
        .catalog_name = "STATE_MISMATCH",
        .summary = "The server does not know the session the client tried to resume.",
        .cause = "The client tried to resume a session for which the server holds no state.",
        .when = list_4_1_6_when,
        .when_count = 2,
        .user_message = "The connection to the call was lost for too long. Please join again.",
        .user_message_key = "livekit.disconnect_reason.STATE_MISMATCH",
        .remediation = list_4_1_6_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_1_6_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_6,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The old session is gone, but a fresh full join normally succeeds, so the app may reconnect after a delay.",
    },
    {
        .provider = "livekit",
        .code_set = "disconnect_reason",
        .value = 7,
        .name = "JOIN_FAILURE",
        .catalog_name = "JOIN_FAILURE",
        .summary = "The client could not connect fully.",
        .cause = "The participant never finished establishing its connection to the room.",
        .when = list_4_1_7_when,
        .when_count = 2,
        .user_message = "The connection to the call was interrupted. Check your internet connection and try again.",
        .user_message_key = "livekit.disconnect_reason.JOIN_FAILURE",
        .remediation = list_4_1_7_remediation,
        .remediation_count = 2,
        .causes = list_4_1_7_causes,
        .cause_count = 2,
        .references = list_4_1_7_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_6,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Join failures are usually transient network or ICE problems, so a delayed new join is reasonable, with the user told if it keeps failing.",
    },
    {
        .provider = "livekit",
        .code_set = "disconnect_reason",
        .value = 8,
        .name = "MIGRATION",
        .catalog_name = "MIGRATION",
        .summary = "The server asked the participant to move its connection elsewhere.",
        .cause = "A LiveKit Cloud server requested that the participant migrate its connection to another server.",
        .when = list_4_1_8_when,
        .when_count = 1,
        .user_message = "The call moved to another server. Reconnecting should work in a moment.",
        .user_message_key = "livekit.disconnect_reason.MIGRATION",
        .remediation = list_4_1_8_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_1_8_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_6,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The server wants the participant connected elsewhere, so a new join after a short delay is the expected follow-up when the SDK did not already reconnect.",
    },
    {
        .provider = "livekit",
        .code_set = "disconnect_reason",
        .value = 9,
        .name = "SIGNAL_CLOSE",
        .catalog_name = "SIGNAL_CLOSE",
        .summary = "The signalling websocket closed unexpectedly.",
        .cause = "The signalling connection between client and server dropped without a clean leave.",
        .when = list_4_1_9_when,
        .when_count = 1,
        .user_message = "The connection to the call was interrupted. Check your internet connection and try again.",
        .user_message_key = "livekit.disconnect_reason.SIGNAL_CLOSE",
        .remediation = list_4_1_9_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_1_9_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_6,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "A dropped signalling link is usually transient, so reconnecting with backoff is reasonable.",
    },
    {
        .provider = "livekit",
        .code_set = "disconnect_reason",
        .value = 10,
        .name = "ROOM_CLOSED",
        .catalog_name = "ROOM_CLOSED",
        .summary = "The room closed because all standard and ingress participants left.",
        .cause = "The server closed the room once no standard or ingress participant remained in it.",
        .when = list_4_1_10_when,
        .when_count = 1,
        .user_message = "The call has ended because everyone else left.",
        .user_message_key = "livekit.disconnect_reason.ROOM_CLOSED",
        .remediation = list_4_1_10_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_1_10_references,
        .reference_count = 2,
        .since = "@livekit/protocol 1.19.2",
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_6,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The session ended naturally, so only the user should decide to start or join a new one.",
    },
    {
        .provider = "livekit",
        .code_set = "disconnect_reason",
        .value = 11,
        .name = "USER_UNAVAILABLE",
        .catalog_name = "USER_UNAVAILABLE",
        .summary = "The SIP callee did not answer in time.",
        .cause = "A SIP call placed for the room was not answered before its timeout.",
        .when = list_4_1_11_when,
        .when_count = 1,
        .user_message = "The person you called did not answer.",
        .user_message_key = "livekit.disconnect_reason.USER_UNAVAILABLE",
        .remediation = list_4_1_11_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_1_11_references,
        .reference_count = 2,
        .since = "@livekit/protocol 1.24.0",
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_6,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Calling again only helps once the callee is reachable, which the user has to judge.",
    },
    {
        .provider = "livekit",
        .code_set = "disconnect_reason",
        .value = 12,
        .name = "USER_REJECTED",
        .catalog_name = "USER_REJECTED",
        .summary = "The SIP callee rejected the call.",
        .cause = "The called party declined the SIP call, for example because the line was busy.",
        .when = list_4_1_12_when,
        .when_count = 2,
        .user_message = "The call was declined.",
        .user_message_key = "livekit.disconnect_reason.USER_REJECTED",
        .remediation = list_4_1_12_remediation,
        .remediation_count = 2,
        .causes = list_4_1_12_causes,
        .cause_count = 2,
        .references = list_4_1_12_references,
        .reference_count = 3,
        .since = "@livekit/protocol 1.24.0",
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_6,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The other party refused, so only the user should decide to try again.",
    },
    {
        .provider = "livekit",
        .code_set = "disconnect_reason",
        .value = 13,
        .name = "SIP_TRUNK_FAILURE",
        .catalog_name = "SIP_TRUNK_FAILURE",
        .summary = "The SIP trunk failed or answered unexpectedly.",
        .cause = "The SIP signalling with the trunk provider failed or returned an unexpected response.",
        .when = list_4_1_13_when,
        .when_count = 1,
        .user_message = "The phone call could not be connected. Please try again later.",
        .user_message_key = "livekit.disconnect_reason.SIP_TRUNK_FAILURE",
        .remediation = list_4_1_13_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_1_13_references,
        .reference_count = 2,
        .since = "@livekit/protocol 1.28.0",
        .category = RTC_CATEGORY_SERVICE_FAULT,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_6,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "A trunk failure lies outside the client and may clear, so retry with backoff and alert if it recurs.",
    },
    {
        .provider = "livekit",
        .code_set = "disconnect_reason",
        .value = 14,
        .name = "CONNECTION_TIMEOUT",
        .catalog_name = "CONNECTION_TIMEOUT",
        .summary = "The server timed out the participant's session.",
        .cause = "The server stopped hearing from the participant for too long and ended its session.",
        .when = list_4_1_14_when,
        .when_count = 1,
        .user_message = "The connection to the call was interrupted. Check your internet connection and try again.",
        .user_message_key = "livekit.disconnect_reason.CONNECTION_TIMEOUT",
        .remediation = list_4_1_14_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_1_14_references,
        .reference_count = 2,
        .since = "@livekit/protocol 1.37.0",
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_6,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Timeouts usually come from transient connectivity loss, so reconnecting with backoff is reasonable.",
    },
    {
        .provider = "livekit",
        .code_set = "disconnect_reason",
        .value = 15,
        .name = "MEDIA_FAILURE",
        .catalog_name = "MEDIA_FAILURE",
        .summary = "A media stream failed or timed out.",
        .cause = "The session ended because media stopped flowing or the media path failed.",
        .when = list_4_1_15_when,
        .when_count = 1,
        .user_message = "We could not connect your audio and video. Check your network, or try another browser or device.",
        .user_message_key = "livekit.disconnect_reason.MEDIA_FAILURE",
        .remediation = list_4_1_15_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_1_15_references,
        .reference_count = 2,
        .since = "@livekit/protocol 1.39.0",
        .category = RTC_CATEGORY_MEDIA_NEGOTIATION,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_6,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Media failures are often transient network or firewall issues, so a delayed rejoin may work, with the user told if it repeats.",
    },
    {
        .provider = "livekit",
        .code_set = "disconnect_reason",
        .value = 16,
        .name = "AGENT_ERROR",
        .catalog_name = "AGENT_ERROR",
        .summary = "An agent encountered an error.",
        .cause = "A LiveKit agent taking part in the session failed, and the participant was disconnected for that reason.",
        .when = list_4_1_16_when,
        .when_count = 1,
        .user_message = "The assistant in this call ran into a problem. Please try again in a moment.",
        .user_message_key = "livekit.disconnect_reason.AGENT_ERROR",
        .remediation = list_4_1_16_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_4_1_16_references,
        .reference_count = 2,
        .since = "@livekit/protocol 1.45.0",
        .category = RTC_CATEGORY_SERVICE_FAULT,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_6,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The failure is on the agent side rather than the client's, so retry with backoff and alert if it recurs.",
    },
};

const size_t rtc_livekit_disconnect_reason_count = 17;

static const char *const list_5_0_0_when[] = {
    "a session token is used after its expireAt time",
    "a token was revoked before the connection was made",
};
static const char *const list_5_0_0_remediation[] = {
    "Request a new session token from the backend and connect with it.",
    "If fresh tokens are refused too, check the API key and the app ID the token is issued for.",
};
static const char *const list_5_0_0_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
};
static const char *const list_5_0_1_when[] = {
    "the session token is invalid, empty or expired",
    "the console API answers the session-token request with HTTP 401",
    "the WebSocket upgrade is rejected with HTTP 401 or 403",
    "the server ends the session with close code 4010",
};
static const char *const list_5_0_1_remediation[] = {
    "Request a new session token from the backend and connect with it.",
    "If fresh tokens are refused too, check the API key and the app ID the token is issued for.",
    "Check that the session token request sends the right API key (HTTP 401 means the key was rejected).",
};
static const char *const list_5_0_1_causes[] = {
    "HTTP 401 on the session-token request (API key rejected)",
    "HTTP 401 or 403 on the WebSocket upgrade",
    "close code 4010: a bad or expired token, or an app ID mismatch",
};
static const char *const list_5_0_1_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "spatialreal@0.2.2 spatialreal/session.py",
    "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
};
static const char *const list_5_0_2_when[] = {
    "the configured app ID is unknown to the server",
    "the session-token request returns HTTP 403",
};
static const char *const list_5_0_2_remediation[] = {
    "Check the app ID in the SDK configuration against the one in the SpatialReal console.",
};
static const char *const list_5_0_2_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "spatialreal@0.2.2 spatialreal/session.py",
};
static const char *const list_5_0_3_when[] = {
    "a token minted for one app is used with another app ID",
};
static const char *const list_5_0_3_remediation[] = {
    "Use a session token issued for the same app ID that the connection sends.",
};
static const char *const list_5_0_3_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
};
static const char *const list_5_0_4_when[] = {
    "the avatar ID is wrong or the avatar was deleted",
    "the session-token request returns HTTP 404",
};
static const char *const list_5_0_4_remediation[] = {
    "Check the avatar ID in the configuration; the avatar may have been deleted.",
};
static const char *const list_5_0_4_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "spatialreal@0.2.2 spatialreal/session.py",
};
static const char *const list_5_0_5_when[] = {
    "the account has no valid billing setup",
    "the session-token request returns HTTP 402",
};
static const char *const list_5_0_5_remediation[] = {
    "Set up billing for the account in the SpatialReal console; retrying cannot help until then.",
};
static const char *const list_5_0_5_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "spatialreal@0.2.2 spatialreal/session.py",
};
static const char *const list_5_0_6_when[] = {
    "runtime or connect-time credits run out",
    "the server closes the session with close code 4001",
};
static const char *const list_5_0_6_remediation[] = {
    "Top up the account's credits; do not reconnect until then (the provider's close-code contract).",
};
static const char *const list_5_0_6_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
};
static const char *const list_5_0_7_when[] = {
    "a session runs past its maximum duration",
    "the server closes the session with close code 4002",
};
static const char *const list_5_0_7_remediation[] = {
    "Start a new session; the provider says reconnecting is allowed and expected.",
    "Split long conversations into sessions shorter than the duration limit if the break is unwelcome.",
};
static const char *const list_5_0_7_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
};
static const char *const list_5_0_8_when[] = {
    "the plan's concurrent-connection limit is reached",
    "the session-token request returns HTTP 429",
    "the server closes the session with close code 4003",
};
static const char *const list_5_0_8_remediation[] = {
    "Wait for one of the account's sessions to end before starting another; do not reconnect in a loop.",
    "Close sessions that are no longer needed, or move to a plan with more concurrent sessions.",
};
static const char *const list_5_0_8_causes[] = {
    "HTTP 429 on the session-token request",
    "close code 4003",
};
static const char *const list_5_0_8_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "spatialreal@0.2.2 spatialreal/session.py",
    "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
};
static const char *const list_5_0_9_when[] = {
    "the session is configured with an unsupported sample_rate",
};
static const char *const list_5_0_9_remediation[] = {
    "Set sample_rate in the session configuration to one the server accepts.",
};
static const char *const list_5_0_9_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
};
static const char *const list_5_0_10_when[] = {
    "egress URL, room, channel or token settings are wrong",
};
static const char *const list_5_0_10_remediation[] = {
    "Check the LiveKit or Agora egress settings (URL, room or channel, token) sent with the session.",
};
static const char *const list_5_0_10_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
};
static const char *const list_5_0_11_when[] = {
    "egress mode is requested but the egress service is down",
    "egress is not set up for the deployment",
};
static const char *const list_5_0_11_remediation[] = {
    "Check that egress is set up for the deployment; contact SpatialReal if it is and still fails.",
};
static const char *const list_5_0_11_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
};
static const char *const list_5_0_12_when[] = {
    "no audio is sent for longer than the idle timeout",
};
static const char *const list_5_0_12_remediation[] = {
    "Start a new session when there is audio to send again.",
    "Send audio, or close the session yourself, before the idle timeout.",
};
static const char *const list_5_0_12_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
};
static const char *const list_5_0_13_when[] = {
    "a backend deploy or network blip on the provider side",
    "the server closes the session with close code 4503",
};
static const char *const list_5_0_13_remediation[] = {
    "Reconnect with backoff; the provider calls this a brief server-side problem.",
    "Alert if it recurs.",
};
static const char *const list_5_0_13_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
};
static const char *const list_5_0_14_when[] = {
    "the session-token request returns an unmapped 4xx status",
    "the console API returns errors for the request body",
};
static const char *const list_5_0_14_remediation[] = {
    "Read server_detail and raw_body on the error to see which parameter was refused, and fix the request.",
};
static const char *const list_5_0_14_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "spatialreal@0.2.2 spatialreal/session.py",
};
static const char *const list_5_0_15_when[] = {
    "the console API or ingress endpoint is unreachable",
    "the session-token request times out",
    "sending on the WebSocket fails",
};
static const char *const list_5_0_15_remediation[] = {
    "Reconnect with backoff.",
    "If it persists, check that the console API and the ingress endpoint are reachable from the server (DNS, firewall, proxy).",
};
static const char *const list_5_0_15_causes[] = {
    "a network error or timeout on the session-token request",
    "a failed WebSocket connect or send",
    "an unexpected error in the read loop",
};
static const char *const list_5_0_15_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "spatialreal@0.2.2 spatialreal/session.py",
};
static const char *const list_5_0_16_when[] = {
    "the connection drops without a close frame",
    "the server closes with an unmapped close code",
};
static const char *const list_5_0_16_remediation[] = {
    "Reconnect with backoff unless AvatarSDKError.retryable is false (an unmapped close code in 4000-4499).",
    "Log close_code and close_reason.",
};
static const char *const list_5_0_16_causes[] = {
    "the connection dropped without a close frame",
    "the server closed with a close code the SDK does not map",
};
static const char *const list_5_0_16_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "spatialreal@0.2.2 spatialreal/session.py",
};
static const char *const list_5_0_17_when[] = {
    "a non-binary or undecodable message during the handshake",
    "the handshake confirmation lacks a connection ID",
    "an undecodable message during the session",
};
static const char *const list_5_0_17_remediation[] = {
    "Log the error and the SDK version; during a running session the SDK keeps reading, so no action is needed unless it repeats.",
    "During connection, upgrade the SDK and report the failure to SpatialReal.",
};
static const char *const list_5_0_17_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "spatialreal@0.2.2 spatialreal/session.py",
};
static const char *const list_5_0_18_when[] = {
    "the console API answers with HTTP 5xx",
    "the server relays an upstream failure for a request",
};
static const char *const list_5_0_18_remediation[] = {
    "Log server_code and server_detail; during a running session the SDK keeps the connection, so no action is needed unless it repeats.",
    "Alert SpatialReal if HTTP 5xx on the session-token request persists.",
};
static const char *const list_5_0_18_causes[] = {
    "HTTP 5xx on the session-token request",
    "a ServerError message whose code is not a 4000-4999 close code",
};
static const char *const list_5_0_18_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "spatialreal@0.2.2 spatialreal/session.py",
};
static const char *const list_5_0_19_when[] = {
    "an unclassified failure",
};
static const char *const list_5_0_19_remediation[] = {
    "Log the error with its phase and message and report it to SpatialReal.",
};
static const char *const list_5_0_19_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
};

const rtc_code_info rtc_spatialreal_avatar_sdk_error_code_infos[] = {
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 0,
        .string_value = "sessionTokenExpired",
        .name = "sessionTokenExpired",
        .catalog_name = "sessionTokenExpired",
        .summary = "The session token has expired or is no longer authorized.",
        .cause = "The session token presented to the service is past its expiry time or has been revoked.",
        .when = list_5_0_0_when,
        .when_count = 2,
        .user_message = "Your session has expired. Please try again.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.sessionTokenExpired",
        .remediation = list_5_0_0_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_0_0_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CREDENTIALS,
        .retry_policy = RTC_RETRY_POLICY_REFRESH_CREDENTIALS,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_2,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "SDK 0.2.2 defines but never emits this code, so we treat it like the auth-failure close code 4010, which ends the session.",
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 1,
        .string_value = "sessionTokenInvalid",
        .name = "sessionTokenInvalid",
        .catalog_name = "sessionTokenInvalid",
        .summary = "The session token or API key was rejected.",
        .cause = "The session-token request was refused with HTTP 401, the WebSocket upgrade was refused with HTTP 401 or 403, or the server closed the session with close code 4010 (bad or expired token, or app ID mismatch).",
        .when = list_5_0_1_when,
        .when_count = 4,
        .user_message = "We could not confirm your access to this call. Please try joining again.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.sessionTokenInvalid",
        .remediation = list_5_0_1_remediation,
        .remediation_count = 3,
        .causes = list_5_0_1_causes,
        .cause_count = 3,
        .references = list_5_0_1_references,
        .reference_count = 3,
        .category = RTC_CATEGORY_CREDENTIALS,
        .retry_policy = RTC_RETRY_POLICY_REFRESH_CREDENTIALS,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_2,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 2,
        .string_value = "appIDUnrecognized",
        .name = "appIDUnrecognized",
        .catalog_name = "appIDUnrecognized",
        .summary = "The server does not recognize the app ID.",
        .cause = "The SDK reports this when the console API answers the session-token request with HTTP 403.",
        .when = list_5_0_2_when,
        .when_count = 2,
        .user_message = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.appIDUnrecognized",
        .remediation = list_5_0_2_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_0_2_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 3,
        .string_value = "appIDMismatch",
        .name = "appIDMismatch",
        .catalog_name = "appIDMismatch",
        .summary = "The session token belongs to a different app.",
        .cause = "The app ID sent with the connection does not match the app the session token was issued for.",
        .when = list_5_0_3_when,
        .when_count = 1,
        .user_message = "We could not confirm your access to this call. Please try joining again.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.appIDMismatch",
        .remediation = list_5_0_3_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_0_3_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CREDENTIALS,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "SDK 0.2.2 defines but never emits this code; the proto folds app ID mismatches into close code 4010, which ends the session.",
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 4,
        .string_value = "avatarNotFound",
        .name = "avatarNotFound",
        .catalog_name = "avatarNotFound",
        .summary = "The requested avatar does not exist.",
        .cause = "The SDK reports this when the session-token request is answered with HTTP 404.",
        .when = list_5_0_4_when,
        .when_count = 2,
        .user_message = "This avatar is not available.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.avatarNotFound",
        .remediation = list_5_0_4_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_0_4_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 5,
        .string_value = "billingRequired",
        .name = "billingRequired",
        .catalog_name = "billingRequired",
        .summary = "Billing requirements block the session.",
        .cause = "The SDK reports this when the session-token request is answered with HTTP 402.",
        .when = list_5_0_5_when,
        .when_count = 2,
        .user_message = "This service is not available right now. Please contact the organiser or support.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.billingRequired",
        .remediation = list_5_0_5_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_0_5_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_BILLING_QUOTA,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 6,
        .string_value = "creditsExhausted",
        .name = "creditsExhausted",
        .catalog_name = "creditsExhausted",
        .summary = "The account has run out of credits.",
        .cause = "The server ended the session with close code 4001; the provider says reconnecting cannot succeed until the account is topped up.",
        .when = list_5_0_6_when,
        .when_count = 2,
        .user_message = "This service is not available right now. Please contact the organiser or support.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.creditsExhausted",
        .remediation = list_5_0_6_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_0_6_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_BILLING_QUOTA,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 7,
        .string_value = "sessionDurationExceeded",
        .name = "sessionDurationExceeded",
        .catalog_name = "sessionDurationExceeded",
        .summary = "The session reached its maximum allowed duration.",
        .cause = "The server ended the session with close code 4002 because it hit its duration limit; the provider says reconnecting is allowed and expected.",
        .when = list_5_0_7_when,
        .when_count = 2,
        .user_message = "The session reached its time limit. Please start a new one.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.sessionDurationExceeded",
        .remediation = list_5_0_7_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_0_7_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 8,
        .string_value = "concurrencyLimit",
        .name = "concurrencyLimit",
        .catalog_name = "concurrencyLimit",
        .summary = "Too many concurrent sessions for the account's plan.",
        .cause = "The session-token request was answered with HTTP 429, or the server closed the session with close code 4003; a session slot has to free up first.",
        .when = list_5_0_8_when,
        .when_count = 3,
        .user_message = "This call is full right now. Please try again in a little while.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.concurrencyLimit",
        .remediation = list_5_0_8_remediation,
        .remediation_count = 2,
        .causes = list_5_0_8_causes,
        .cause_count = 2,
        .references = list_5_0_8_references,
        .reference_count = 3,
        .category = RTC_CATEGORY_CAPACITY,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 9,
        .string_value = "unsupportedSampleRate",
        .name = "unsupportedSampleRate",
        .catalog_name = "unsupportedSampleRate",
        .summary = "The handshake rejected the audio sample rate.",
        .cause = "The sample rate in the session configuration is not one the server accepts.",
        .when = list_5_0_9_when,
        .when_count = 1,
        .user_message = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.unsupportedSampleRate",
        .remediation = list_5_0_9_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_0_9_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "SDK 0.2.2 defines but never emits this code; a rejected handshake leaves no session to continue.",
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 10,
        .string_value = "invalidEgressConfig",
        .name = "invalidEgressConfig",
        .catalog_name = "invalidEgressConfig",
        .summary = "The egress configuration is invalid.",
        .cause = "The LiveKit or Agora egress settings sent in the handshake are missing or malformed.",
        .when = list_5_0_10_when,
        .when_count = 1,
        .user_message = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.invalidEgressConfig",
        .remediation = list_5_0_10_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_0_10_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "SDK 0.2.2 defines but never emits this code; a rejected egress configuration leaves no usable session.",
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 11,
        .string_value = "egressUnavailable",
        .name = "egressUnavailable",
        .catalog_name = "egressUnavailable",
        .summary = "The egress service is unavailable or not configured.",
        .cause = "The server could not reach or provision the egress service that streams the avatar into a LiveKit room or Agora channel.",
        .when = list_5_0_11_when,
        .when_count = 2,
        .user_message = "Something went wrong on our side. Please try again in a moment.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.egressUnavailable",
        .remediation = list_5_0_11_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_0_11_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_SERVICE_FAULT,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "SDK 0.2.2 defines but never emits this code; without egress an egress-mode session cannot proceed.",
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 12,
        .string_value = "idleTimeout",
        .name = "idleTimeout",
        .catalog_name = "idleTimeout",
        .summary = "The session was closed because no input arrived.",
        .cause = "The server ended the session after a period with no audio input.",
        .when = list_5_0_12_when,
        .when_count = 1,
        .user_message = "The session closed because it was idle. Please start a new one when you are ready.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.idleTimeout",
        .remediation = list_5_0_12_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_0_12_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "AvatarSDKError.retryable is false for this code (the seed said retry), so we start a new session only when there is input again; SDK 0.2.2 never emits it.",
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 13,
        .string_value = "upstreamError",
        .name = "upstreamError",
        .catalog_name = "upstreamError",
        .summary = "A server-side dependency is briefly unavailable.",
        .cause = "The server ended the session with close code 4503 because an internal dependency was rolling, unreachable or answering 5xx.",
        .when = list_5_0_13_when,
        .when_count = 2,
        .user_message = "Something went wrong on our side. Please try again in a moment.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.upstreamError",
        .remediation = list_5_0_13_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_0_13_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_SERVICE_FAULT,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 14,
        .string_value = "invalidRequest",
        .name = "invalidRequest",
        .catalog_name = "invalidRequest",
        .summary = "The request payload or parameters are invalid.",
        .cause = "The session-token request failed with an unmapped 4xx status, or returned an error list in a 200 response.",
        .when = list_5_0_14_when,
        .when_count = 2,
        .user_message = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.invalidRequest",
        .remediation = list_5_0_14_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_0_14_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 15,
        .string_value = "connectionFailed",
        .name = "connectionFailed",
        .catalog_name = "connectionFailed",
        .summary = "The transport connection could not be set up or broke.",
        .cause = "A network error or timeout on the session-token request, a failed WebSocket connect or send, or an unexpected error in the read loop.",
        .when = list_5_0_15_when,
        .when_count = 3,
        .user_message = "The connection to the call was interrupted. Check your internet connection and try again.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.connectionFailed",
        .remediation = list_5_0_15_remediation,
        .remediation_count = 2,
        .causes = list_5_0_15_causes,
        .cause_count = 3,
        .references = list_5_0_15_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 16,
        .string_value = "connectionClosed",
        .name = "connectionClosed",
        .catalog_name = "connectionClosed",
        .summary = "The WebSocket closed unexpectedly.",
        .cause = "The connection closed abnormally without a close code, or with a close code the SDK does not map to a specific error.",
        .when = list_5_0_16_when,
        .when_count = 2,
        .user_message = "The connection to the call was interrupted. Check your internet connection and try again.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.connectionClosed",
        .remediation = list_5_0_16_remediation,
        .remediation_count = 2,
        .causes = list_5_0_16_causes,
        .cause_count = 2,
        .references = list_5_0_16_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "AvatarSDKError.retryable is true except when the unmapped close code lies in 4000-4499.",
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 17,
        .string_value = "protocolError",
        .name = "protocolError",
        .catalog_name = "protocolError",
        .summary = "The server sent an invalid or unexpected message.",
        .cause = "A protobuf payload could not be decoded, the handshake got an unexpected or incomplete reply, or the session-token response could not be parsed.",
        .when = list_5_0_17_when,
        .when_count = 3,
        .user_message = "Something went wrong on our side. Please try again in a moment.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.protocolError",
        .remediation = list_5_0_17_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_0_17_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_SERVICE_FAULT,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_DEPENDS,
        .terminal_condition = "Terminal when AvatarSDKError.phase is session_token, websocket_connect or websocket_handshake (the attempt ends); not terminal in websocket_runtime, when the SDK reports it and keeps reading.",
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "During a running session the SDK reports it and keeps reading, though during init or the handshake it ends the attempt, so the verdict follows the error's phase.",
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 18,
        .string_value = "serverError",
        .name = "serverError",
        .catalog_name = "serverError",
        .summary = "The server returned an unclassified error.",
        .cause = "The session-token request got HTTP 5xx, or the server sent a ServerError message whose code is not a 4000-4999 close code.",
        .when = list_5_0_18_when,
        .when_count = 2,
        .user_message = "Something went wrong on our side. Please try again in a moment.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.serverError",
        .remediation = list_5_0_18_remediation,
        .remediation_count = 2,
        .causes = list_5_0_18_causes,
        .cause_count = 2,
        .references = list_5_0_18_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_SERVICE_FAULT,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_DEPENDS,
        .terminal_condition = "Terminal when AvatarSDKError.phase is session_token, websocket_connect or websocket_handshake (the attempt ends); not terminal in websocket_runtime, when the SDK reports it without closing.",
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "A ServerError message during a running session is reported without the SDK closing the connection, though during init or the handshake it ends the attempt, so the verdict follows the error's phase.",
    },
    {
        .provider = "spatialreal",
        .code_set = "avatar_sdk_error_code",
        .value = 19,
        .string_value = "unknown",
        .name = "unknown",
        .catalog_name = "unknown",
        .summary = "The SDK could not classify the failure.",
        .cause = "Fallback code for failures that fit no other code.",
        .when = list_5_0_19_when,
        .when_count = 1,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "spatialreal.avatar_sdk_error_code.unknown",
        .remediation = list_5_0_19_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_0_19_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_UNKNOWN,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "SDK 0.2.2 never emits this code; we assume the worst for an unclassified failure.",
    },
};

const size_t rtc_spatialreal_avatar_sdk_error_code_count = 20;

static const char *const list_5_1_0_when[] = {
    "credits run out during or before the session",
};
static const char *const list_5_1_0_remediation[] = {
    "Top up the account's credits; do not reconnect until then.",
};
static const char *const list_5_1_0_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
};
static const char *const list_5_1_1_when[] = {
    "a session runs past its maximum duration",
};
static const char *const list_5_1_1_remediation[] = {
    "Start a new session; the provider says reconnecting is allowed and expected.",
};
static const char *const list_5_1_1_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
};
static const char *const list_5_1_2_when[] = {
    "more simultaneous sessions than the plan allows",
};
static const char *const list_5_1_2_remediation[] = {
    "Wait for a session slot to free up before reconnecting; close sessions that are no longer needed.",
};
static const char *const list_5_1_2_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
};
static const char *const list_5_1_3_when[] = {
    "the session token is invalid or expired",
    "the app ID does not match the token",
};
static const char *const list_5_1_3_remediation[] = {
    "Request a fresh session token (and check the app ID) before reconnecting.",
};
static const char *const list_5_1_3_causes[] = {
    "a bad session token",
    "an expired session token",
    "an app ID that does not match the token",
};
static const char *const list_5_1_3_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
};
static const char *const list_5_1_4_when[] = {
    "a provider-side deploy or outage",
};
static const char *const list_5_1_4_remediation[] = {
    "Reconnect with backoff, as the provider advises.",
    "Alert if it recurs.",
};
static const char *const list_5_1_4_references[] = {
    "spatialreal@0.2.2 spatialreal/errors.py",
    "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto",
};

const rtc_code_info rtc_spatialreal_close_code_infos[] = {
    {
        .provider = "spatialreal",
        .code_set = "close_code",
        .value = 4001,
        .name = "CREDITS_EXHAUSTED",
        .catalog_name = "CREDITS_EXHAUSTED",
        .summary = "The account is out of credits.",
        .cause = "The server ended the session because the account's credits ran out; the provider says not to reconnect until it is topped up.",
        .when = list_5_1_0_when,
        .when_count = 1,
        .user_message = "This service is not available right now. Please contact the organiser or support.",
        .user_message_key = "spatialreal.close_code.CREDITS_EXHAUSTED",
        .remediation = list_5_1_0_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_1_0_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_BILLING_QUOTA,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .protocol_equivalent = &rtc_spatialreal_avatar_sdk_error_code_infos[6],
    },
    {
        .provider = "spatialreal",
        .code_set = "close_code",
        .value = 4002,
        .name = "SESSION_TIMEOUT",
        .catalog_name = "SESSION_TIMEOUT",
        .summary = "The session hit its maximum duration.",
        .cause = "The server ended the session at its duration limit; the provider says reconnecting is allowed and expected.",
        .when = list_5_1_1_when,
        .when_count = 1,
        .user_message = "The session reached its time limit. Please start a new one.",
        .user_message_key = "spatialreal.close_code.SESSION_TIMEOUT",
        .remediation = list_5_1_1_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_1_1_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .protocol_equivalent = &rtc_spatialreal_avatar_sdk_error_code_infos[7],
    },
    {
        .provider = "spatialreal",
        .code_set = "close_code",
        .value = 4003,
        .name = "CONCURRENCY_LIMIT",
        .catalog_name = "CONCURRENCY_LIMIT",
        .summary = "Too many concurrent connections for the plan.",
        .cause = "The server refused or ended the session because the plan's concurrent-connection limit is reached; the provider says not to reconnect until a slot frees up.",
        .when = list_5_1_2_when,
        .when_count = 1,
        .user_message = "This call is full right now. Please try again in a little while.",
        .user_message_key = "spatialreal.close_code.CONCURRENCY_LIMIT",
        .remediation = list_5_1_2_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_1_2_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CAPACITY,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .protocol_equivalent = &rtc_spatialreal_avatar_sdk_error_code_infos[8],
    },
    {
        .provider = "spatialreal",
        .code_set = "close_code",
        .value = 4010,
        .name = "AUTH_FAILED",
        .catalog_name = "AUTH_FAILED",
        .summary = "Authentication of the session failed.",
        .cause = "The session token was bad or expired, or the app ID did not match; the provider says the client needs a fresh token before reconnecting.",
        .when = list_5_1_3_when,
        .when_count = 2,
        .user_message = "We could not confirm your access to this call. Please try joining again.",
        .user_message_key = "spatialreal.close_code.AUTH_FAILED",
        .remediation = list_5_1_3_remediation,
        .remediation_count = 1,
        .causes = list_5_1_3_causes,
        .cause_count = 3,
        .references = list_5_1_3_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CREDENTIALS,
        .retry_policy = RTC_RETRY_POLICY_REFRESH_CREDENTIALS,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_2,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .protocol_equivalent = &rtc_spatialreal_avatar_sdk_error_code_infos[1],
    },
    {
        .provider = "spatialreal",
        .code_set = "close_code",
        .value = 4503,
        .name = "UPSTREAM_UNAVAILABLE",
        .catalog_name = "UPSTREAM_UNAVAILABLE",
        .summary = "A server-side dependency is briefly unavailable.",
        .cause = "A dependency such as the control plane was rolling, hit a network blip or answered 5xx; the provider says to reconnect, ideally with backoff.",
        .when = list_5_1_4_when,
        .when_count = 1,
        .user_message = "Something went wrong on our side. Please try again in a moment.",
        .user_message_key = "spatialreal.close_code.UPSTREAM_UNAVAILABLE",
        .remediation = list_5_1_4_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_5_1_4_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_SERVICE_FAULT,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_7,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .protocol_equivalent = &rtc_spatialreal_avatar_sdk_error_code_infos[13],
    },
};

const size_t rtc_spatialreal_close_code_count = 5;

static const char *const list_6_0_0_when[] = {
    "an SFU error that fits no other code",
};
static const char *const list_6_0_0_remediation[] = {
    "Read the error's shouldRetry and the event's reconnectStrategy, and let the SDK act on them.",
    "Log the error message: without a code it is the only description.",
    "If the call ends (DISCONNECT), offer the user to join again.",
};
static const char *const list_6_0_0_references[] = {
    "@stream-io/video-client@1.60.0 src/rpc/retryable.ts",
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_1_when[] = {
    "the client's view of its published tracks is out of step with the SFU",
};
static const char *const list_6_0_1_remediation[] = {
    "Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.",
    "Check the track ids the client publishes against what the client announced to the SFU, and fix the publishing code.",
    "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one.",
};
static const char *const list_6_0_1_references[] = {
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_2_when[] = {
    "the client's view of its published tracks is out of step with the SFU",
};
static const char *const list_6_0_2_remediation[] = {
    "Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.",
    "Check the tracks in the publisher's offer against what the client announced to the SFU, and fix the publishing code.",
    "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one.",
};
static const char *const list_6_0_2_references[] = {
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_3_when[] = {
    "concurrent publishing updates race each other",
};
static const char *const list_6_0_3_remediation[] = {
    "Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.",
    "Check the order in which publish requests are sent (wait for each to complete) against what the client announced to the SFU, and fix the publishing code.",
    "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one.",
};
static const char *const list_6_0_3_references[] = {
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_4_when[] = {
    "the client's layer configuration is out of step with the SFU",
};
static const char *const list_6_0_4_remediation[] = {
    "Log the error with its message and the call id; it points at a publishing bug in the client, not at the network.",
    "Check the video layers (simulcast encodings) the client announces against what the client announced to the SFU, and fix the publishing code.",
    "Do not repeat the same request; follow the error event's reconnectStrategy if it asks for one.",
};
static const char *const list_6_0_4_references[] = {
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_5_when[] = {
    "the host ends the livestream while viewers watch",
};
static const char *const list_6_0_5_remediation[] = {
    "Let the SDK handle it: it moves the call to backstage and leaves unless the user may join backstage.",
    "Tell viewers the stream has ended; they can join again when it goes live.",
};
static const char *const list_6_0_5_references[] = {
    "@stream-io/video-client@1.60.0 src/events/internal.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_6_when[] = {
    "the SFU already dropped the session after a long network outage",
};
static const char *const list_6_0_6_remediation[] = {
    "Follow the error event's reconnectStrategy; the SDK rejoins by itself when asked.",
    "If the call was left, join again after a delay, with a fresh session.",
};
static const char *const list_6_0_6_references[] = {
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_7_when[] = {
    "the SFU is drained or rebalanced",
};
static const char *const list_6_0_7_remediation[] = {
    "Do nothing: the SDK is migrating the participant to another SFU.",
    "Show a brief reconnecting indicator.",
};
static const char *const list_6_0_7_references[] = {
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_8_when[] = {
    "the target SFU cannot be reached during a migration",
};
static const char *const list_6_0_8_remediation[] = {
    "Follow the error event's reconnectStrategy; the SDK usually rejoins by itself.",
    "If the call was left, join again after a delay and tell the user.",
};
static const char *const list_6_0_8_references[] = {
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_9_when[] = {
    "a request arrives while the session moves between SFUs",
};
static const char *const list_6_0_9_remediation[] = {
    "Do nothing: a migration is in progress and the SDK completes it.",
    "Retry the request that failed after the call is connected again, if it still matters.",
};
static const char *const list_6_0_9_references[] = {
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_10_when[] = {
    "a fast reconnect arrives after the SFU gave up on the session",
};
static const char *const list_6_0_10_remediation[] = {
    "Follow the error event's reconnectStrategy: the SDK tries another strategy when asked.",
    "If the call was left, join again after a growing delay and tell the user the connection was lost.",
};
static const char *const list_6_0_10_references[] = {
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_11_when[] = {
    "ICE or DTLS to the SFU fails, for example behind a restrictive firewall",
};
static const char *const list_6_0_11_remediation[] = {
    "Let the SDK reconnect (it rejoins after a negotiation error).",
    "If it happens on some networks only, check that the network allows Stream's TURN and media ports.",
};
static const char *const list_6_0_11_references[] = {
    "@stream-io/video-client@1.60.0 src/rtc/BasePeerConnection.ts",
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_12_when[] = {
    "the network drops briefly or switches interface",
};
static const char *const list_6_0_12_remediation[] = {
    "Do nothing: the SDK reconnects fast (FAST strategy), keeping the peer connections.",
    "Show a reconnecting indicator until the call is connected again.",
};
static const char *const list_6_0_12_references[] = {
    "@stream-io/video-client@1.60.0 src/rtc/BasePeerConnection.ts",
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_13_when[] = {
    "joining with stale call credentials after the call ended",
};
static const char *const list_6_0_13_remediation[] = {
    "Check the call type and id the app joins.",
    "Create the call through the coordinator before joining, or hand out a current call id.",
};
static const char *const list_6_0_13_references[] = {
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_14_when[] = {
    "joining a full call",
};
static const char *const list_6_0_14_remediation[] = {
    "Let Call.join retry on another SFU (up to maxJoinRetries).",
    "If the join still fails, tell the user the call is full and let them try later.",
    "If calls often fill up, raise the call's participant limit.",
};
static const char *const list_6_0_14_references[] = {
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_15_when[] = {
    "a client bug or an SDK and SFU version mismatch",
};
static const char *const list_6_0_15_remediation[] = {
    "Log the error message, which says which field was refused.",
    "Fix the request the client builds; do not resend it unchanged.",
    "Upgrade @stream-io/video-client if the request comes from the SDK itself.",
};
static const char *const list_6_0_15_references[] = {
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_16_when[] = {
    "connecting with an expired SFU token",
};
static const char *const list_6_0_16_remediation[] = {
    "Fetch a fresh user token through the app's token provider.",
    "Let the SDK rejoin (REJOIN gets new credentials from the coordinator), or join again.",
    "If fresh tokens are refused too, check the API key and secret the backend signs with.",
};
static const char *const list_6_0_16_references[] = {
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_17_when[] = {
    "publishing without the needed capability",
};
static const char *const list_6_0_17_remediation[] = {
    "Check the user's role and the call type's permissions for the action (for example publishing audio or video).",
    "Grant the capability in the call's settings, or hide the action from users who lack it.",
};
static const char *const list_6_0_17_references[] = {
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_18_when[] = {
    "a burst of requests, for example rapid subscription changes",
};
static const char *const list_6_0_18_remediation[] = {
    "Slow down: repeat the request after a growing delay.",
    "Look for client code that sends the same request in a loop (for example on every render).",
};
static const char *const list_6_0_18_references[] = {
    "@stream-io/video-client@1.60.0 src/rpc/retryable.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_19_when[] = {
    "an SFU bug or overload",
};
static const char *const list_6_0_19_remediation[] = {
    "Let the SDK act on shouldRetry and the reconnectStrategy.",
    "Otherwise repeat the request after a growing delay, a few times at most.",
    "If it persists, report it to Stream with the call id and time.",
};
static const char *const list_6_0_19_references[] = {
    "@stream-io/video-client@1.60.0 src/rpc/retryable.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_20_when[] = {
    "an SFU is drained for deployment or scaling",
};
static const char *const list_6_0_20_remediation[] = {
    "Do nothing: Call.join retries on another SFU.",
    "If the join still fails after its retries, join again later.",
};
static const char *const list_6_0_20_references[] = {
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_0_21_when[] = {
    "joining during a load peak on the assigned SFU",
};
static const char *const list_6_0_21_remediation[] = {
    "Do nothing: Call.join retries on another SFU.",
    "If the join still fails after its retries, join again later.",
};
static const char *const list_6_0_21_references[] = {
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};

const rtc_code_info rtc_stream_video_sfu_error_code_infos[] = {
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 0,
        .name = "UNSPECIFIED",
        .catalog_name = "UNSPECIFIED",
        .summary = "The error carries no specific code.",
        .cause = "The protobuf default; the SFU reported an error without classifying it.",
        .when = list_6_0_0_when,
        .when_count = 1,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "stream_video.sfu_error_code.UNSPECIFIED",
        .remediation = list_6_0_0_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_0_references,
        .reference_count = 3,
        .category = RTC_CATEGORY_UNKNOWN,
        .retry_policy = RTC_RETRY_POLICY_DEPENDS,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_DEPENDS,
        .terminal_condition = "Terminal when the error event's reconnectStrategy is DISCONNECT; otherwise the call goes on.",
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "Without a code, the error's shouldRetry and the event's reconnect strategy are the only guide.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 100,
        .name = "PUBLISH_TRACK_NOT_FOUND",
        .catalog_name = "PUBLISH_TRACK_NOT_FOUND",
        .summary = "The track to publish was not found.",
        .cause = "The SFU does not know a track the client referred to in a publishing request.",
        .when = list_6_0_1_when,
        .when_count = 1,
        .user_message = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        .user_message_key = "stream_video.sfu_error_code.PUBLISH_TRACK_NOT_FOUND",
        .remediation = list_6_0_1_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_1_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "The request is refused, not the call; repeating the same request fails again until the client's track state is corrected.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 101,
        .name = "PUBLISH_TRACKS_MISMATCH",
        .catalog_name = "PUBLISH_TRACKS_MISMATCH",
        .summary = "The published tracks do not match what the SFU expects.",
        .cause = "The tracks described in a publishing request disagree with the SFU's record of them.",
        .when = list_6_0_2_when,
        .when_count = 1,
        .user_message = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        .user_message_key = "stream_video.sfu_error_code.PUBLISH_TRACKS_MISMATCH",
        .remediation = list_6_0_2_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_2_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "The request is refused, not the call; repeating the same request fails again until the client's track state is corrected.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 102,
        .name = "PUBLISH_TRACK_OUT_OF_ORDER",
        .catalog_name = "PUBLISH_TRACK_OUT_OF_ORDER",
        .summary = "A publishing request arrived out of order.",
        .cause = "The SFU received a track publishing update in an order it cannot apply.",
        .when = list_6_0_3_when,
        .when_count = 1,
        .user_message = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        .user_message_key = "stream_video.sfu_error_code.PUBLISH_TRACK_OUT_OF_ORDER",
        .remediation = list_6_0_3_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_3_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "The request is refused, not the call; the client must resend its state in order rather than repeat the same request.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 103,
        .name = "PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND",
        .catalog_name = "PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND",
        .summary = "A video layer of a published track was not found.",
        .cause = "A publishing request referred to a simulcast or SVC layer the SFU does not know for that track.",
        .when = list_6_0_4_when,
        .when_count = 1,
        .user_message = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        .user_message_key = "stream_video.sfu_error_code.PUBLISH_TRACK_VIDEO_LAYER_NOT_FOUND",
        .remediation = list_6_0_4_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_4_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "The request is refused, not the call; repeating it fails again until the layer configuration is corrected.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 104,
        .name = "LIVE_ENDED",
        .catalog_name = "LIVE_ENDED",
        .summary = "The livestream has ended.",
        .cause = "The call's live broadcast was stopped; the SDK puts the call back in backstage and leaves unless the user may join backstage.",
        .when = list_6_0_5_when,
        .when_count = 1,
        .user_message = "The livestream has ended.",
        .user_message_key = "stream_video.sfu_error_code.LIVE_ENDED",
        .remediation = list_6_0_5_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_5_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The broadcast was ended on purpose; viewers can only wait for it to go live again.",
        .protocol_equivalent = &rtc_stream_video_call_ended_reason_infos[2],
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 200,
        .name = "PARTICIPANT_NOT_FOUND",
        .catalog_name = "PARTICIPANT_NOT_FOUND",
        .summary = "The SFU does not know this participant.",
        .cause = "The SFU holds no session for the participant the request names.",
        .when = list_6_0_6_when,
        .when_count = 1,
        .user_message = "The connection to the call was interrupted. Check your internet connection and try again.",
        .user_message_key = "stream_video.sfu_error_code.PARTICIPANT_NOT_FOUND",
        .remediation = list_6_0_6_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_6_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "The old session is gone, but a fresh join normally succeeds, so a rejoin after a delay is reasonable.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 201,
        .name = "PARTICIPANT_MIGRATING_OUT",
        .catalog_name = "PARTICIPANT_MIGRATING_OUT",
        .summary = "The participant is being migrated away from this SFU.",
        .cause = "The SFU is moving the participant to another SFU and refuses work on the old session.",
        .when = list_6_0_7_when,
        .when_count = 1,
        .user_message = "Moving you to a new server. This will only take a moment.",
        .user_message_key = "stream_video.sfu_error_code.PARTICIPANT_MIGRATING_OUT",
        .remediation = list_6_0_7_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_7_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_0,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "Migration is driven by the SFU together with the MIGRATE reconnect strategy, which the SDK carries out by itself.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 202,
        .name = "PARTICIPANT_MIGRATION_FAILED",
        .catalog_name = "PARTICIPANT_MIGRATION_FAILED",
        .summary = "Migrating the participant to another SFU failed.",
        .cause = "The move of the participant's session to another SFU did not complete.",
        .when = list_6_0_8_when,
        .when_count = 1,
        .user_message = "The connection to the call was interrupted. Check your internet connection and try again.",
        .user_message_key = "stream_video.sfu_error_code.PARTICIPANT_MIGRATION_FAILED",
        .remediation = list_6_0_8_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_8_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "A failed move is usually transient, so a full rejoin after a delay is the remaining path.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 203,
        .name = "PARTICIPANT_MIGRATING",
        .catalog_name = "PARTICIPANT_MIGRATING",
        .summary = "The participant is in the middle of a migration.",
        .cause = "The SFU refused a request because the participant's session is being migrated.",
        .when = list_6_0_9_when,
        .when_count = 1,
        .user_message = "Moving you to a new server. This will only take a moment.",
        .user_message_key = "stream_video.sfu_error_code.PARTICIPANT_MIGRATING",
        .remediation = list_6_0_9_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_9_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_0,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "The migration completes on its own; the SDK reissues its state once connected to the new SFU.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 204,
        .name = "PARTICIPANT_RECONNECT_FAILED",
        .catalog_name = "PARTICIPANT_RECONNECT_FAILED",
        .summary = "Reconnecting the participant failed.",
        .cause = "The SFU could not restore the participant's session on a reconnect.",
        .when = list_6_0_10_when,
        .when_count = 1,
        .user_message = "The connection to the call was interrupted. Check your internet connection and try again.",
        .user_message_key = "stream_video.sfu_error_code.PARTICIPANT_RECONNECT_FAILED",
        .remediation = list_6_0_10_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_10_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_DEPENDS,
        .terminal_condition = "Terminal when the error event's reconnectStrategy is DISCONNECT; with REJOIN or MIGRATE the SDK tries again.",
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "The session cannot be resumed, but a full rejoin after a delay normally succeeds.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 205,
        .name = "PARTICIPANT_MEDIA_TRANSPORT_FAILURE",
        .catalog_name = "PARTICIPANT_MEDIA_TRANSPORT_FAILURE",
        .summary = "The participant's media transport failed.",
        .cause = "The WebRTC media connection between the participant and the SFU failed.",
        .when = list_6_0_11_when,
        .when_count = 1,
        .user_message = "We could not connect your audio and video. Check your network, or try another browser or device.",
        .user_message_key = "stream_video.sfu_error_code.PARTICIPANT_MEDIA_TRANSPORT_FAILURE",
        .remediation = list_6_0_11_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_11_references,
        .reference_count = 3,
        .category = RTC_CATEGORY_MEDIA_NEGOTIATION,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "Media transport failures are usually network-path problems that a reconnect after a delay can fix, with the user told if they persist.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 206,
        .name = "PARTICIPANT_SIGNAL_LOST",
        .catalog_name = "PARTICIPANT_SIGNAL_LOST",
        .summary = "The SFU lost the participant's signalling connection.",
        .cause = "The signalling WebSocket between the participant and the SFU dropped.",
        .when = list_6_0_12_when,
        .when_count = 1,
        .user_message = "Your connection is unstable. Trying to reconnect...",
        .user_message_key = "stream_video.sfu_error_code.PARTICIPANT_SIGNAL_LOST",
        .remediation = list_6_0_12_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_12_references,
        .reference_count = 3,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_0,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The SDK answers a negotiation error with this code with a FAST reconnect that keeps the peer connections.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 300,
        .name = "CALL_NOT_FOUND",
        .catalog_name = "CALL_NOT_FOUND",
        .summary = "The call was not found on the SFU.",
        .cause = "The SFU has no record of the call the client tried to join.",
        .when = list_6_0_13_when,
        .when_count = 1,
        .user_message = "This call could not be found.",
        .user_message_key = "stream_video.sfu_error_code.CALL_NOT_FOUND",
        .remediation = list_6_0_13_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_13_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "The SFU cannot serve a call it does not know; the app must join again through the coordinator to get current credentials.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 301,
        .name = "CALL_PARTICIPANT_LIMIT_REACHED",
        .catalog_name = "CALL_PARTICIPANT_LIMIT_REACHED",
        .summary = "The call has reached its participant limit.",
        .cause = "The SFU refused the join because the call holds as many participants as allowed.",
        .when = list_6_0_14_when,
        .when_count = 1,
        .user_message = "This call is full right now. Please try again in a little while.",
        .user_message_key = "stream_video.sfu_error_code.CALL_PARTICIPANT_LIMIT_REACHED",
        .remediation = list_6_0_14_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_14_references,
        .reference_count = 3,
        .category = RTC_CATEGORY_CAPACITY,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_0,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_DEPENDS,
        .terminal_condition = "Terminal for the join when the error event's reconnectStrategy is DISCONNECT, or when Call.join has used up its attempts (maxJoinRetries, default 3); otherwise the SDK retries the join on another SFU.",
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The SDK treats it as a join error and retries the join on another SFU, up to maxJoinRetries (3 by default); only after those does the join fail.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 400,
        .name = "REQUEST_VALIDATION_FAILED",
        .catalog_name = "REQUEST_VALIDATION_FAILED",
        .summary = "The request failed validation.",
        .cause = "The SFU rejected a malformed or invalid request.",
        .when = list_6_0_15_when,
        .when_count = 1,
        .user_message = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        .user_message_key = "stream_video.sfu_error_code.REQUEST_VALIDATION_FAILED",
        .remediation = list_6_0_15_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_15_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "The same request fails again; the code that builds it must be fixed.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 401,
        .name = "UNAUTHENTICATED",
        .catalog_name = "UNAUTHENTICATED",
        .summary = "The client is not authenticated with the SFU.",
        .cause = "The SFU token was missing, invalid or expired.",
        .when = list_6_0_16_when,
        .when_count = 1,
        .user_message = "We could not confirm your access to this call. Please try joining again.",
        .user_message_key = "stream_video.sfu_error_code.UNAUTHENTICATED",
        .remediation = list_6_0_16_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_16_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CREDENTIALS,
        .retry_policy = RTC_RETRY_POLICY_REFRESH_CREDENTIALS,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_2,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "A REJOIN fetches new credentials from the coordinator, which is what fixes a rejected token.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 403,
        .name = "PERMISSION_DENIED",
        .catalog_name = "PERMISSION_DENIED",
        .summary = "The participant lacks the permission for this request.",
        .cause = "The participant's grants do not allow the operation, for example publishing a track type it may not send.",
        .when = list_6_0_17_when,
        .when_count = 1,
        .user_message = "You do not have permission to do that in this call.",
        .user_message_key = "stream_video.sfu_error_code.PERMISSION_DENIED",
        .remediation = list_6_0_17_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_17_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_PERMISSION,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "Retrying with the same grants fails again; the call itself continues.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 429,
        .name = "TOO_MANY_REQUESTS",
        .catalog_name = "TOO_MANY_REQUESTS",
        .summary = "The client sent too many requests.",
        .cause = "The SFU rate-limited the client.",
        .when = list_6_0_18_when,
        .when_count = 1,
        .user_message = "This call is full right now. Please try again in a little while.",
        .user_message_key = "stream_video.sfu_error_code.TOO_MANY_REQUESTS",
        .remediation = list_6_0_18_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_18_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CAPACITY,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "Throttling clears with time, so the request should be retried after a growing delay.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 500,
        .name = "INTERNAL_SERVER_ERROR",
        .catalog_name = "INTERNAL_SERVER_ERROR",
        .summary = "The SFU failed internally.",
        .cause = "An unexpected error on the SFU.",
        .when = list_6_0_19_when,
        .when_count = 1,
        .user_message = "Something went wrong on our side. Please try again in a moment.",
        .user_message_key = "stream_video.sfu_error_code.INTERNAL_SERVER_ERROR",
        .remediation = list_6_0_19_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_19_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_SERVICE_FAULT,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "The client did not cause it, so a retry after a delay may succeed; alert if it recurs.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 600,
        .name = "SFU_SHUTTING_DOWN",
        .catalog_name = "SFU_SHUTTING_DOWN",
        .summary = "The SFU is shutting down.",
        .cause = "The SFU instance is going away and refuses new joins.",
        .when = list_6_0_20_when,
        .when_count = 1,
        .user_message = "This call has ended.",
        .user_message_key = "stream_video.sfu_error_code.SFU_SHUTTING_DOWN",
        .remediation = list_6_0_20_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_20_references,
        .reference_count = 3,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_0,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_DEPENDS,
        .terminal_condition = "Terminal for the join when the error event's reconnectStrategy is DISCONNECT, or when Call.join has used up its attempts (maxJoinRetries, default 3); otherwise the SDK retries the join on another SFU.",
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The SDK treats it as a join error and retries the join on another SFU.",
    },
    {
        .provider = "stream_video",
        .code_set = "sfu_error_code",
        .value = 700,
        .name = "SFU_FULL",
        .catalog_name = "SFU_FULL",
        .summary = "The SFU has no capacity left.",
        .cause = "The SFU instance is at capacity and refuses the join.",
        .when = list_6_0_21_when,
        .when_count = 1,
        .user_message = "This call is full right now. Please try again in a little while.",
        .user_message_key = "stream_video.sfu_error_code.SFU_FULL",
        .remediation = list_6_0_21_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_0_21_references,
        .reference_count = 3,
        .category = RTC_CATEGORY_CAPACITY,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_0,
        .runtime_signal = &signal_8,
        .terminality = RTC_TERMINALITY_DEPENDS,
        .terminal_condition = "Terminal for the join when the error event's reconnectStrategy is DISCONNECT, or when Call.join has used up its attempts (maxJoinRetries, default 3); otherwise the SDK retries the join on another SFU.",
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The SDK treats it as a join error and, although the SFU suggests MIGRATE, rejoins on another SFU.",
    },
};

const size_t rtc_stream_video_sfu_error_code_count = 22;

static const char *const list_6_1_0_when[] = {
    "an SFU error that needs no reconnect",
};
static const char *const list_6_1_0_remediation[] = {
    "Nothing to do: the SFU asks for no reconnect.",
};
static const char *const list_6_1_0_references[] = {
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_1_1_when[] = {
    "reconnection attempts are exhausted",
    "an unrecoverable error on the SFU",
};
static const char *const list_6_1_1_remediation[] = {
    "Let the SDK leave the call.",
    "Log the accompanying error code and message.",
    "Offer the user to join again; do not rejoin automatically.",
};
static const char *const list_6_1_1_references[] = {
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/errors/SfuJoinError.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_1_2_when[] = {
    "a brief signalling drop",
};
static const char *const list_6_1_2_remediation[] = {
    "Do nothing: the SDK reconnects the WebSocket and keeps the peer connections.",
    "Show a reconnecting indicator.",
};
static const char *const list_6_1_2_references[] = {
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_1_3_when[] = {
    "the session cannot be resumed",
};
static const char *const list_6_1_3_remediation[] = {
    "Do nothing: the SDK gets new credentials and rejoins with new peer connections.",
    "Show a reconnecting indicator.",
};
static const char *const list_6_1_3_references[] = {
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_1_4_when[] = {
    "the SFU is drained or rebalanced",
};
static const char *const list_6_1_4_remediation[] = {
    "Do nothing: the SDK moves the call to another SFU.",
    "Show a brief reconnecting indicator.",
};
static const char *const list_6_1_4_references[] = {
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};

const rtc_code_info rtc_stream_video_websocket_reconnect_strategy_infos[] = {
    {
        .provider = "stream_video",
        .code_set = "websocket_reconnect_strategy",
        .value = 0,
        .name = "UNSPECIFIED",
        .catalog_name = "UNSPECIFIED",
        .summary = "No reconnect instruction.",
        .cause = "The protobuf default; the SFU asks for nothing.",
        .when = list_6_1_0_when,
        .when_count = 1,
        .user_message = "Everything is working normally.",
        .user_message_key = "stream_video.websocket_reconnect_strategy.UNSPECIFIED",
        .remediation = list_6_1_0_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_1_0_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NOT_AN_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NOT_AN_ERROR,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "stream_video",
        .code_set = "websocket_reconnect_strategy",
        .value = 1,
        .name = "DISCONNECT",
        .catalog_name = "DISCONNECT",
        .summary = "Disconnect for good.",
        .cause = "The SFU reached its maximum reconnection attempts or hit another unrecoverable error; the SDK leaves the call.",
        .when = list_6_1_1_when,
        .when_count = 2,
        .user_message = "You have been disconnected from this call.",
        .user_message_key = "stream_video.websocket_reconnect_strategy.DISCONNECT",
        .remediation = list_6_1_1_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_1_1_references,
        .reference_count = 3,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The SFU has declared the session unrecoverable, so only the user should decide to join again.",
    },
    {
        .provider = "stream_video",
        .code_set = "websocket_reconnect_strategy",
        .value = 2,
        .name = "FAST",
        .catalog_name = "FAST",
        .summary = "Reconnect fast, keeping the peer connections.",
        .cause = "The SFU asks the client to keep its publisher and subscriber peer connections and open a new WebSocket.",
        .when = list_6_1_2_when,
        .when_count = 1,
        .user_message = "Your connection is unstable. Trying to reconnect...",
        .user_message_key = "stream_video.websocket_reconnect_strategy.FAST",
        .remediation = list_6_1_2_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_1_2_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_0,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "stream_video",
        .code_set = "websocket_reconnect_strategy",
        .value = 3,
        .name = "REJOIN",
        .catalog_name = "REJOIN",
        .summary = "Rejoin with new credentials and fresh peer connections.",
        .cause = "The SFU asks the client to get new credentials from the coordinator, drop its peer connections, take a new session id and open a new WebSocket.",
        .when = list_6_1_3_when,
        .when_count = 1,
        .user_message = "Your connection is unstable. Trying to reconnect...",
        .user_message_key = "stream_video.websocket_reconnect_strategy.REJOIN",
        .remediation = list_6_1_3_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_1_3_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_0,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "stream_video",
        .code_set = "websocket_reconnect_strategy",
        .value = 4,
        .name = "MIGRATE",
        .catalog_name = "MIGRATE",
        .summary = "Migrate to another SFU.",
        .cause = "The SFU asks the client to move to a new SFU instance.",
        .when = list_6_1_4_when,
        .when_count = 1,
        .user_message = "Moving you to a new server. This will only take a moment.",
        .user_message_key = "stream_video.websocket_reconnect_strategy.MIGRATE",
        .remediation = list_6_1_4_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_1_4_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_0,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
};

const size_t rtc_stream_video_websocket_reconnect_strategy_count = 5;

static const char *const list_6_2_0_when[] = {
    "a callEnded event without a reason",
};
static const char *const list_6_2_0_remediation[] = {
    "Tell the user the call has ended.",
    "Offer to start or join a new call if the app supports it.",
};
static const char *const list_6_2_0_references[] = {
    "@stream-io/video-client@1.60.0 src/events/call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_2_1_when[] = {
    "the host ends the call for all participants",
};
static const char *const list_6_2_1_remediation[] = {
    "Tell the user the call has ended.",
    "Do not rejoin: the call was ended for everyone.",
};
static const char *const list_6_2_1_references[] = {
    "@stream-io/video-client@1.60.0 src/events/call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_2_2_when[] = {
    "the host stops the broadcast",
};
static const char *const list_6_2_2_remediation[] = {
    "Tell viewers the stream has ended.",
    "Users allowed to join backstage stay in the call; the others can wait for the next broadcast.",
};
static const char *const list_6_2_2_references[] = {
    "@stream-io/video-client@1.60.0 src/events/call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_2_3_when[] = {
    "a host kicks the participant",
};
static const char *const list_6_2_3_remediation[] = {
    "Tell the user they were removed and do not rejoin automatically.",
    "If it was not intended, check who may remove participants in the call type's permissions.",
};
static const char *const list_6_2_3_references[] = {
    "@stream-io/video-client@1.60.0 src/events/call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_2_4_when[] = {
    "the call's session is closed on the server",
};
static const char *const list_6_2_4_remediation[] = {
    "Tell the user the call session has ended.",
    "Join again through the coordinator if the call should continue.",
};
static const char *const list_6_2_4_references[] = {
    "@stream-io/video-client@1.60.0 src/events/call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};

const rtc_code_info rtc_stream_video_call_ended_reason_infos[] = {
    {
        .provider = "stream_video",
        .code_set = "call_ended_reason",
        .value = 0,
        .name = "UNSPECIFIED",
        .catalog_name = "UNSPECIFIED",
        .summary = "The call ended without a stated reason.",
        .cause = "The protobuf default; the SFU ended the call without saying why.",
        .when = list_6_2_0_when,
        .when_count = 1,
        .user_message = "This call has ended.",
        .user_message_key = "stream_video.call_ended_reason.UNSPECIFIED",
        .remediation = list_6_2_0_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_2_0_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The SDK leaves the call whatever the reason, and an ended call cannot be rejoined.",
    },
    {
        .provider = "stream_video",
        .code_set = "call_ended_reason",
        .value = 1,
        .name = "ENDED",
        .catalog_name = "ENDED",
        .summary = "The call was ended.",
        .cause = "The call was ended for everyone, for example by a host or the app's backend.",
        .when = list_6_2_1_when,
        .when_count = 1,
        .user_message = "This call has ended.",
        .user_message_key = "stream_video.call_ended_reason.ENDED",
        .remediation = list_6_2_1_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_2_1_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The call was ended on purpose, so rejoining makes no sense unless a new call is started.",
    },
    {
        .provider = "stream_video",
        .code_set = "call_ended_reason",
        .value = 2,
        .name = "LIVE_ENDED",
        .catalog_name = "LIVE_ENDED",
        .summary = "The livestream ended.",
        .cause = "The call went back from live to backstage; viewers leave, users allowed to join backstage stay.",
        .when = list_6_2_2_when,
        .when_count = 1,
        .user_message = "The livestream has ended.",
        .user_message_key = "stream_video.call_ended_reason.LIVE_ENDED",
        .remediation = list_6_2_2_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_2_2_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The broadcast was ended on purpose; viewers can only wait for it to go live again.",
    },
    {
        .provider = "stream_video",
        .code_set = "call_ended_reason",
        .value = 3,
        .name = "KICKED",
        .catalog_name = "KICKED",
        .summary = "The participant was removed from the call.",
        .cause = "Someone with the right to do so removed this participant.",
        .when = list_6_2_3_when,
        .when_count = 1,
        .user_message = "You were removed from this call.",
        .user_message_key = "stream_video.call_ended_reason.KICKED",
        .remediation = list_6_2_3_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_2_3_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The removal was a deliberate decision by another party, so rejoining without their consent would undo it.",
    },
    {
        .provider = "stream_video",
        .code_set = "call_ended_reason",
        .value = 4,
        .name = "SESSION_ENDED",
        .catalog_name = "SESSION_ENDED",
        .summary = "The call session ended.",
        .cause = "The SFU closed the current session of the call.",
        .when = list_6_2_4_when,
        .when_count = 1,
        .user_message = "This call has ended.",
        .user_message_key = "stream_video.call_ended_reason.SESSION_ENDED",
        .remediation = list_6_2_4_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_2_4_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The SDK leaves the call and the session is over; only a new join through the coordinator can start another.",
    },
};

const size_t rtc_stream_video_call_ended_reason_count = 5;

static const char *const list_6_3_0_when[] = {
    "a goAway event without a reason",
};
static const char *const list_6_3_0_remediation[] = {
    "Do nothing: the SDK migrates to another SFU.",
    "Show a brief reconnecting indicator.",
};
static const char *const list_6_3_0_references[] = {
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_3_1_when[] = {
    "an SFU is drained for deployment or scaling",
};
static const char *const list_6_3_1_remediation[] = {
    "Do nothing: the SDK migrates to another SFU.",
    "Show a brief reconnecting indicator.",
};
static const char *const list_6_3_1_references[] = {
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};
static const char *const list_6_3_2_when[] = {
    "the SFU is busy and sheds participants",
};
static const char *const list_6_3_2_remediation[] = {
    "Do nothing: the SDK migrates to another SFU.",
    "Show a brief reconnecting indicator.",
};
static const char *const list_6_3_2_references[] = {
    "@stream-io/video-client@1.60.0 src/Call.ts",
    "@stream-io/video-client@1.60.0 src/gen/video/sfu/models/models.ts",
};

const rtc_code_info rtc_stream_video_go_away_reason_infos[] = {
    {
        .provider = "stream_video",
        .code_set = "go_away_reason",
        .value = 0,
        .name = "UNSPECIFIED",
        .catalog_name = "UNSPECIFIED",
        .summary = "The SFU asks the client to migrate without a stated reason.",
        .cause = "The protobuf default; the SDK migrates as for any goAway.",
        .when = list_6_3_0_when,
        .when_count = 1,
        .user_message = "Moving you to a new server. This will only take a moment.",
        .user_message_key = "stream_video.go_away_reason.UNSPECIFIED",
        .remediation = list_6_3_0_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_3_0_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_0,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "stream_video",
        .code_set = "go_away_reason",
        .value = 1,
        .name = "SHUTTING_DOWN",
        .catalog_name = "SHUTTING_DOWN",
        .summary = "The SFU is shutting down.",
        .cause = "The SFU instance is going away; the SDK migrates to another SFU.",
        .when = list_6_3_1_when,
        .when_count = 1,
        .user_message = "Moving you to a new server. This will only take a moment.",
        .user_message_key = "stream_video.go_away_reason.SHUTTING_DOWN",
        .remediation = list_6_3_1_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_3_1_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_0,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "stream_video",
        .code_set = "go_away_reason",
        .value = 2,
        .name = "REBALANCE",
        .catalog_name = "REBALANCE",
        .summary = "The SFU is rebalancing its load.",
        .cause = "The SFU moves participants elsewhere to spread load; the SDK migrates to another SFU.",
        .when = list_6_3_2_when,
        .when_count = 1,
        .user_message = "Moving you to a new server. This will only take a moment.",
        .user_message_key = "stream_video.go_away_reason.REBALANCE",
        .remediation = list_6_3_2_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_6_3_2_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_BY_SERVICE,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_0,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
};

const size_t rtc_stream_video_go_away_reason_count = 3;

static const char *const list_7_0_0_when[] = {
    "a renegotiation leaves a data channel without a usable transport",
    "the data channel is closed with an error",
};
static const char *const list_7_0_0_remediation[] = {
    "Listen for the error and close events on each RTCDataChannel and drop the failed channel.",
    "Check connectionState: if the peer connection is still connected, open a new data channel after a short delay.",
    "If channels fail after every renegotiation, check that both offers and answers keep the data channel (m=application) section.",
};
static const char *const list_7_0_0_causes[] = {
    "a renegotiation removed or rejected the data channel section",
    "the SCTP transport under the channel failed",
};
static const char *const list_7_0_0_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};
static const char *const list_7_0_1_when[] = {
    "the peers cannot agree on DTLS parameters or certificates",
    "the remote peer rejects the local certificate with a fatal alert",
};
static const char *const list_7_0_1_remediation[] = {
    "Read the error's receivedAlert and sentAlert to see which side aborted the handshake, and log them.",
    "Close the failed peer connection and create a new one after a delay; a failed DTLS transport does not recover.",
    "If it keeps failing, check the certificates each side uses (RTCPeerConnection.generateCertificate, expiry) and any middlebox that alters DTLS traffic.",
};
static const char *const list_7_0_1_causes[] = {
    "the peers cannot agree on DTLS parameters",
    "a peer rejects the other's certificate with a fatal alert",
    "a fatal alert ends an established DTLS connection",
};
static const char *const list_7_0_1_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};
static const char *const list_7_0_2_when[] = {
    "the signalled SDP and the peer that answers the DTLS handshake disagree",
    "an intermediary tampers with the media path",
};
static const char *const list_7_0_2_remediation[] = {
    "Do not retry with the same descriptions: the certificate will not match again.",
    "Check that the signalling path delivers the remote SDP unmodified and to the peer that generated it (no mixed-up sessions, no SDP munging of a=fingerprint).",
    "Treat repeated mismatches as a possible attack on the media path and report them.",
};
static const char *const list_7_0_2_causes[] = {
    "the signalling paired the wrong peers",
    "the SDP fingerprint was altered",
    "an intermediary answered the DTLS handshake",
};
static const char *const list_7_0_2_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};
static const char *const list_7_0_3_when[] = {
    "the data channel transport closes with an error",
    "sending data leads to an SCTP-level error",
};
static const char *const list_7_0_3_remediation[] = {
    "Log the error's sctpCauseCode, which names the SCTP cause.",
    "Keep the audio and video running; close the affected data channels.",
    "Renegotiate after a delay to restore the data channel transport, and open the channels again.",
};
static const char *const list_7_0_3_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};
static const char *const list_7_0_4_when[] = {
    "the signalling layer corrupts or truncates the SDP",
    "the app munges the SDP incorrectly",
};
static const char *const list_7_0_4_remediation[] = {
    "Log the error's sdpLineNumber and the SDP line it points at.",
    "Fix the code that produced or modified the SDP (SDP munging, a signalling layer that truncates or re-encodes messages).",
    "Do not retry with the same SDP; the connection stays as it was, so a corrected description can be applied.",
};
static const char *const list_7_0_4_causes[] = {
    "the signalling layer corrupted or truncated the SDP",
    "the app modified the SDP incorrectly",
};
static const char *const list_7_0_4_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};
static const char *const list_7_0_5_when[] = {
    "changing encodings asks for more hardware encoder sessions than the device has free",
};
static const char *const list_7_0_5_remediation[] = {
    "Keep the sender's previous parameters, which are still in effect.",
    "Ask for fewer or smaller encodings (fewer simulcast layers, lower resolution) or try setParameters again after a delay.",
    "Stop other encoders the app no longer needs to free hardware resources.",
};
static const char *const list_7_0_5_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};
static const char *const list_7_0_6_when[] = {
    "requesting encodings, resolutions or scalability modes the hardware encoder cannot produce",
};
static const char *const list_7_0_6_remediation[] = {
    "Keep the sender's previous parameters, which are still in effect.",
    "Request encodings the device supports: check RTCRtpSender.getCapabilities() and drop scalability modes or resolutions the hardware cannot produce.",
    "Do not repeat the same setParameters call.",
};
static const char *const list_7_0_6_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};

const rtc_code_info rtc_web_platform_rtc_error_detail_type_infos[] = {
    {
        .provider = "web_platform",
        .code_set = "rtc_error_detail_type",
        .value = 0,
        .string_value = "data-channel-failure",
        .name = "data_channel_failure",
        .catalog_name = "data_channel_failure",
        .summary = "A data channel has failed.",
        .cause = "The specification fires an error event with this detail at an RTCDataChannel that is closed because of a failure, for example when applying a remote description closes data channels that could not be negotiated.",
        .when = list_7_0_0_when,
        .when_count = 2,
        .user_message = "We could not connect your audio and video. Check your network, or try another browser or device.",
        .user_message_key = "web_platform.rtc_error_detail_type.data_channel_failure",
        .remediation = list_7_0_0_remediation,
        .remediation_count = 3,
        .causes = list_7_0_0_causes,
        .cause_count = 2,
        .references = list_7_0_0_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_MEDIA_NEGOTIATION,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_9,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "Only the one data channel closes while the peer connection carries on, so the app may open a new channel after a delay.",
    },
    {
        .provider = "web_platform",
        .code_set = "rtc_error_detail_type",
        .value = 1,
        .string_value = "dtls-failure",
        .name = "dtls_failure",
        .catalog_name = "dtls_failure",
        .summary = "DTLS negotiation failed, or the DTLS connection ended with a fatal error.",
        .cause = "The DTLS handshake failed or a fatal DTLS alert was sent or received; the error's receivedAlert or sentAlert attribute carries the alert, and the RTCDtlsTransport moves to the failed state.",
        .when = list_7_0_1_when,
        .when_count = 2,
        .user_message = "We could not set up a secure connection for your audio and video. Please try again.",
        .user_message_key = "web_platform.rtc_error_detail_type.dtls_failure",
        .remediation = list_7_0_1_remediation,
        .remediation_count = 3,
        .causes = list_7_0_1_causes,
        .cause_count = 3,
        .references = list_7_0_1_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_MEDIA_NEGOTIATION,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_9,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "A failed DTLS transport puts the peer connection in the failed state and the specification defines no recovery for it, so the app needs a new connection, which may succeed after a delay.",
    },
    {
        .provider = "web_platform",
        .code_set = "rtc_error_detail_type",
        .value = 2,
        .string_value = "fingerprint-failure",
        .name = "fingerprint_failure",
        .catalog_name = "fingerprint_failure",
        .summary = "The remote certificate did not match the fingerprints in the SDP.",
        .cause = "The RTCDtlsTransport received a remote certificate that matches none of the fingerprints the remote description announced; the transport moves to the failed state.",
        .when = list_7_0_2_when,
        .when_count = 2,
        .user_message = "We could not set up a secure connection for your audio and video. Please contact support if this keeps happening.",
        .user_message_key = "web_platform.rtc_error_detail_type.fingerprint_failure",
        .remediation = list_7_0_2_remediation,
        .remediation_count = 3,
        .causes = list_7_0_2_causes,
        .cause_count = 3,
        .references = list_7_0_2_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_MEDIA_NEGOTIATION,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_9,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "A fingerprint mismatch means the signalling and the media peer do not belong together (a bug or an attack), so retrying with the same descriptions fails again.",
    },
    {
        .provider = "web_platform",
        .code_set = "rtc_error_detail_type",
        .value = 3,
        .string_value = "sctp-failure",
        .name = "sctp_failure",
        .catalog_name = "sctp_failure",
        .summary = "SCTP negotiation failed, or the SCTP association ended with a fatal error.",
        .cause = "The SCTP association under the data channels failed or was closed with an error; the error's sctpCauseCode attribute carries the SCTP cause.",
        .when = list_7_0_3_when,
        .when_count = 2,
        .user_message = "We could not connect your audio and video. Check your network, or try another browser or device.",
        .user_message_key = "web_platform.rtc_error_detail_type.sctp_failure",
        .remediation = list_7_0_3_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_7_0_3_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_MEDIA_NEGOTIATION,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_9,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "The failure is reported on data channels; audio and video on the same peer connection are not closed by it, and a new negotiation after a delay may restore the association.",
    },
    {
        .provider = "web_platform",
        .code_set = "rtc_error_detail_type",
        .value = 4,
        .string_value = "sdp-syntax-error",
        .name = "sdp_syntax_error",
        .catalog_name = "sdp_syntax_error",
        .summary = "The SDP is not syntactically valid.",
        .cause = "setRemoteDescription was given SDP that does not parse; the error's sdpLineNumber attribute gives the offending line.",
        .when = list_7_0_4_when,
        .when_count = 2,
        .user_message = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        .user_message_key = "web_platform.rtc_error_detail_type.sdp_syntax_error",
        .remediation = list_7_0_4_remediation,
        .remediation_count = 3,
        .causes = list_7_0_4_causes,
        .cause_count = 2,
        .references = list_7_0_4_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_9,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The same SDP fails to parse again; only the code that produced or modified it can fix it. The specification only rejects the promise, the connection stays as it was.",
    },
    {
        .provider = "web_platform",
        .code_set = "rtc_error_detail_type",
        .value = 5,
        .string_value = "hardware-encoder-not-available",
        .name = "hardware_encoder_not_available",
        .catalog_name = "hardware_encoder_not_available",
        .summary = "The hardware encoder resources for the request are not available.",
        .cause = "RTCRtpSender.setParameters was rejected because configuring the media stack needed hardware encoder resources that are not available.",
        .when = list_7_0_5_when,
        .when_count = 1,
        .user_message = "Your device is busy and cannot send video at this quality right now.",
        .user_message_key = "web_platform.rtc_error_detail_type.hardware_encoder_not_available",
        .remediation = list_7_0_5_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_7_0_5_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CAPACITY,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_9,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The resources may free up once other encoders stop; only the setParameters promise is rejected, the sender keeps its previous parameters.",
    },
    {
        .provider = "web_platform",
        .code_set = "rtc_error_detail_type",
        .value = 6,
        .string_value = "hardware-encoder-error",
        .name = "hardware_encoder_error",
        .catalog_name = "hardware_encoder_error",
        .summary = "The hardware encoder does not support the provided parameters.",
        .cause = "RTCRtpSender.setParameters was rejected because the hardware encoder cannot encode with the requested parameters.",
        .when = list_7_0_6_when,
        .when_count = 1,
        .user_message = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        .user_message_key = "web_platform.rtc_error_detail_type.hardware_encoder_error",
        .remediation = list_7_0_6_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_7_0_6_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_9,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The same parameters fail again on the same hardware; the app must request parameters the encoder supports. Only the setParameters promise is rejected.",
    },
};

const size_t rtc_web_platform_rtc_error_detail_type_count = 7;

static const char *const list_7_1_0_when[] = {
    "the app closes the peer connection",
};
static const char *const list_7_1_0_remediation[] = {
    "Nothing to fix: the app itself closed the peer connection.",
    "To talk again, create a new RTCPeerConnection; a closed one cannot be reopened.",
};
static const char *const list_7_1_0_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};
static const char *const list_7_1_1_when[] = {
    "no ICE candidate pair passes connectivity checks, for example behind a firewall without TURN",
    "a DTLS handshake fails",
};
static const char *const list_7_1_1_remediation[] = {
    "Call restartIce() (or renegotiate with an ICE restart) to try to recover the connection.",
    "If the restart fails too, close the peer connection and create a new one, with a growing delay between attempts.",
    "If it fails on some networks only, provide a TURN server (TCP or TLS on port 443) in iceServers.",
    "Tell the user that the connection was lost.",
};
static const char *const list_7_1_1_causes[] = {
    "ICE failed: no candidate pair passed connectivity checks",
    "a DTLS transport failed",
};
static const char *const list_7_1_1_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};
static const char *const list_7_1_2_when[] = {
    "the network drops briefly or switches interface",
};
static const char *const list_7_1_2_remediation[] = {
    "Wait: the browser keeps checking and the state often returns to connected.",
    "Show the user that the connection is unstable.",
    "If the state becomes failed, or stays disconnected for longer than the app accepts, handle it as failed (restartIce() or a new connection).",
};
static const char *const list_7_1_2_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};
static const char *const list_7_1_3_when[] = {
    "a peer connection has just been created",
};
static const char *const list_7_1_3_remediation[] = {
    "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
};
static const char *const list_7_1_3_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};
static const char *const list_7_1_4_when[] = {
    "ICE checks or the DTLS handshake are in progress",
};
static const char *const list_7_1_4_remediation[] = {
    "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
};
static const char *const list_7_1_4_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};
static const char *const list_7_1_5_when[] = {
    "media can flow",
};
static const char *const list_7_1_5_remediation[] = {
    "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
};
static const char *const list_7_1_5_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};

const rtc_code_info rtc_web_platform_rtc_peer_connection_state_infos[] = {
    {
        .provider = "web_platform",
        .code_set = "rtc_peer_connection_state",
        .value = 0,
        .string_value = "closed",
        .name = "closed",
        .catalog_name = "closed",
        .summary = "The peer connection is closed.",
        .cause = "The ICE connection state is closed, which happens only once the app has called RTCPeerConnection.close().",
        .when = list_7_1_0_when,
        .when_count = 1,
        .user_message = "You have left the call.",
        .user_message_key = "web_platform.rtc_peer_connection_state.closed",
        .remediation = list_7_1_0_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_7_1_0_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_NORMALLY,
        .retry_policy = RTC_RETRY_POLICY_NOT_AN_ERROR,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_10,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Only the app's own close() call leads here, so there is nothing to retry.",
        .protocol_equivalent = &rtc_web_platform_rtc_ice_connection_state_infos[0],
    },
    {
        .provider = "web_platform",
        .code_set = "rtc_peer_connection_state",
        .value = 1,
        .string_value = "failed",
        .name = "failed",
        .catalog_name = "failed",
        .summary = "The peer connection's transports have failed.",
        .cause = "The ICE connection state is failed, or at least one DTLS transport is in the failed state.",
        .when = list_7_1_1_when,
        .when_count = 2,
        .user_message = "We could not connect your audio and video. Check your network, or try another browser or device.",
        .user_message_key = "web_platform.rtc_peer_connection_state.failed",
        .remediation = list_7_1_1_remediation,
        .remediation_count = 4,
        .causes = list_7_1_1_causes,
        .cause_count = 2,
        .references = list_7_1_1_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_MEDIA_NEGOTIATION,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_10,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The specification calls a failed ICE transport terminal until ICE is restarted; an ICE restart or a new connection after a delay is the app's remaining move.",
    },
    {
        .provider = "web_platform",
        .code_set = "rtc_peer_connection_state",
        .value = 2,
        .string_value = "disconnected",
        .name = "disconnected",
        .catalog_name = "disconnected",
        .summary = "The peer connection has lost connectivity for now.",
        .cause = "The ICE connection state is disconnected, with no failed transport.",
        .when = list_7_1_2_when,
        .when_count = 1,
        .user_message = "Your connection is unstable. Trying to reconnect...",
        .user_message_key = "web_platform.rtc_peer_connection_state.disconnected",
        .remediation = list_7_1_2_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_7_1_2_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_0,
        .runtime_signal = &signal_10,
        .terminality = RTC_TERMINALITY_DEPENDS,
        .terminal_condition = "Terminal only when the state moves on to failed; disconnected itself is transient and often returns to connected without action.",
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The specification describes the underlying ICE disconnected state as transient and able to resolve itself without action.",
        .protocol_equivalent = &rtc_web_platform_rtc_ice_connection_state_infos[2],
    },
    {
        .provider = "web_platform",
        .code_set = "rtc_peer_connection_state",
        .value = 3,
        .string_value = "new",
        .name = "new",
        .catalog_name = "new",
        .summary = "The transports have not started connecting yet.",
        .cause = "ICE is new and every DTLS transport is new or closed, or there are no transports.",
        .when = list_7_1_3_when,
        .when_count = 1,
        .user_message = "Everything is working normally.",
        .user_message_key = "web_platform.rtc_peer_connection_state.new",
        .remediation = list_7_1_3_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_7_1_3_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NOT_AN_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NOT_AN_ERROR,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_10,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "web_platform",
        .code_set = "rtc_peer_connection_state",
        .value = 4,
        .string_value = "connecting",
        .name = "connecting",
        .catalog_name = "connecting",
        .summary = "The transports are connecting.",
        .cause = "No other state applies; some ICE or DTLS transport is still being set up.",
        .when = list_7_1_4_when,
        .when_count = 1,
        .user_message = "Everything is working normally.",
        .user_message_key = "web_platform.rtc_peer_connection_state.connecting",
        .remediation = list_7_1_4_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_7_1_4_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NOT_AN_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NOT_AN_ERROR,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_10,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "web_platform",
        .code_set = "rtc_peer_connection_state",
        .value = 5,
        .string_value = "connected",
        .name = "connected",
        .catalog_name = "connected",
        .summary = "The transports are connected.",
        .cause = "ICE is connected and every DTLS transport is connected or closed.",
        .when = list_7_1_5_when,
        .when_count = 1,
        .user_message = "Everything is working normally.",
        .user_message_key = "web_platform.rtc_peer_connection_state.connected",
        .remediation = list_7_1_5_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_7_1_5_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NOT_AN_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NOT_AN_ERROR,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_10,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
};

const size_t rtc_web_platform_rtc_peer_connection_state_count = 6;

static const char *const list_7_2_0_when[] = {
    "the app closes the peer connection",
};
static const char *const list_7_2_0_remediation[] = {
    "Nothing to fix: the app itself closed the peer connection.",
    "To talk again, create a new RTCPeerConnection; a closed one cannot be reopened.",
};
static const char *const list_7_2_0_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};
static const char *const list_7_2_1_when[] = {
    "a firewall or symmetric NAT blocks every path and no TURN relay works",
    "connectivity is lost for good, for example after a network change the ICE agent cannot recover from",
};
static const char *const list_7_2_1_remediation[] = {
    "Call restartIce() to gather new candidates and check again.",
    "If the restart fails too, build a new peer connection, with a growing delay between attempts.",
    "Provide a TURN server (TCP or TLS on port 443) in iceServers for networks that block direct paths.",
};
static const char *const list_7_2_1_causes[] = {
    "a firewall or symmetric NAT blocks every candidate pair and no TURN relay works",
    "consent checks failed after a network change",
};
static const char *const list_7_2_1_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};
static const char *const list_7_2_2_when[] = {
    "the network drops briefly or switches interface",
};
static const char *const list_7_2_2_remediation[] = {
    "Wait: the ICE agent keeps checking and the state may return to connected.",
    "Show the user that the connection is unstable.",
    "If the state becomes failed, call restartIce() or build a new connection.",
};
static const char *const list_7_2_2_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};
static const char *const list_7_2_3_when[] = {
    "a peer connection has just been created",
};
static const char *const list_7_2_3_remediation[] = {
    "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
};
static const char *const list_7_2_3_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};
static const char *const list_7_2_4_when[] = {
    "connectivity checks are running",
};
static const char *const list_7_2_4_remediation[] = {
    "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
};
static const char *const list_7_2_4_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};
static const char *const list_7_2_5_when[] = {
    "all checks finished and a pair was selected",
};
static const char *const list_7_2_5_remediation[] = {
    "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
};
static const char *const list_7_2_5_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};
static const char *const list_7_2_6_when[] = {
    "media can flow while ICE may still be checking other pairs",
};
static const char *const list_7_2_6_remediation[] = {
    "Nothing to fix: this is a normal state. Use it to drive the UI (for example a connecting indicator).",
};
static const char *const list_7_2_6_references[] = {
    "https://w3c.github.io/webrtc-pc/",
    "@webref/idl@3.85.0 webrtc.idl",
};

const rtc_code_info rtc_web_platform_rtc_ice_connection_state_infos[] = {
    {
        .provider = "web_platform",
        .code_set = "rtc_ice_connection_state",
        .value = 0,
        .string_value = "closed",
        .name = "closed",
        .catalog_name = "closed",
        .summary = "The peer connection is closed.",
        .cause = "The RTCPeerConnection's [[IsClosed]] slot is true, which only RTCPeerConnection.close() sets.",
        .when = list_7_2_0_when,
        .when_count = 1,
        .user_message = "You have left the call.",
        .user_message_key = "web_platform.rtc_ice_connection_state.closed",
        .remediation = list_7_2_0_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_7_2_0_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_ENDED_NORMALLY,
        .retry_policy = RTC_RETRY_POLICY_NOT_AN_ERROR,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = &signal_11,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "Only the app's own close() call leads here, so there is nothing to retry.",
    },
    {
        .provider = "web_platform",
        .code_set = "rtc_ice_connection_state",
        .value = 1,
        .string_value = "failed",
        .name = "failed",
        .catalog_name = "failed",
        .summary = "ICE has failed.",
        .cause = "At least one ICE transport has checked every candidate pair and all of them failed connectivity checks or lost consent.",
        .when = list_7_2_1_when,
        .when_count = 2,
        .user_message = "We could not connect your audio and video. Check your network, or try another browser or device.",
        .user_message_key = "web_platform.rtc_ice_connection_state.failed",
        .remediation = list_7_2_1_remediation,
        .remediation_count = 3,
        .causes = list_7_2_1_causes,
        .cause_count = 2,
        .references = list_7_2_1_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_MEDIA_NEGOTIATION,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = &signal_11,
        .terminality = RTC_TERMINALITY_TERMINAL,
        .terminal = true,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The specification calls the failed state terminal until ICE is restarted; the app should call restartIce() or build a new connection, with backoff if it keeps failing.",
    },
    {
        .provider = "web_platform",
        .code_set = "rtc_ice_connection_state",
        .value = 2,
        .string_value = "disconnected",
        .name = "disconnected",
        .catalog_name = "disconnected",
        .summary = "ICE connectivity is lost for now.",
        .cause = "At least one ICE transport has determined that connectivity is currently lost, and none has failed.",
        .when = list_7_2_2_when,
        .when_count = 1,
        .user_message = "Your connection is unstable. Trying to reconnect...",
        .user_message_key = "web_platform.rtc_ice_connection_state.disconnected",
        .remediation = list_7_2_2_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_7_2_2_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NETWORK,
        .retry_policy = RTC_RETRY_POLICY_AUTOMATIC,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = &schedule_0,
        .runtime_signal = &signal_11,
        .terminality = RTC_TERMINALITY_DEPENDS,
        .terminal_condition = "Terminal only when the state moves on to failed; disconnected itself is transient and may resolve without action.",
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
        .rationale = "The specification describes the state as transient, one that may resolve itself without action on a flaky network.",
    },
    {
        .provider = "web_platform",
        .code_set = "rtc_ice_connection_state",
        .value = 3,
        .string_value = "new",
        .name = "new",
        .catalog_name = "new",
        .summary = "ICE has not started.",
        .cause = "Every ICE transport is new or closed, or there are no transports.",
        .when = list_7_2_3_when,
        .when_count = 1,
        .user_message = "Everything is working normally.",
        .user_message_key = "web_platform.rtc_ice_connection_state.new",
        .remediation = list_7_2_3_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_7_2_3_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NOT_AN_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NOT_AN_ERROR,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_11,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "web_platform",
        .code_set = "rtc_ice_connection_state",
        .value = 4,
        .string_value = "checking",
        .name = "checking",
        .catalog_name = "checking",
        .summary = "ICE is checking candidate pairs.",
        .cause = "Some ICE transport is new or checking and none is failed or disconnected.",
        .when = list_7_2_4_when,
        .when_count = 1,
        .user_message = "Everything is working normally.",
        .user_message_key = "web_platform.rtc_ice_connection_state.checking",
        .remediation = list_7_2_4_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_7_2_4_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NOT_AN_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NOT_AN_ERROR,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_11,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "web_platform",
        .code_set = "rtc_ice_connection_state",
        .value = 5,
        .string_value = "completed",
        .name = "completed",
        .catalog_name = "completed",
        .summary = "ICE has finished checking and found connections.",
        .cause = "Every ICE transport is completed or closed.",
        .when = list_7_2_5_when,
        .when_count = 1,
        .user_message = "Everything is working normally.",
        .user_message_key = "web_platform.rtc_ice_connection_state.completed",
        .remediation = list_7_2_5_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_7_2_5_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NOT_AN_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NOT_AN_ERROR,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_11,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
    {
        .provider = "web_platform",
        .code_set = "rtc_ice_connection_state",
        .value = 6,
        .string_value = "connected",
        .name = "connected",
        .catalog_name = "connected",
        .summary = "ICE has a usable connection.",
        .cause = "Every ICE transport is connected, completed or closed.",
        .when = list_7_2_6_when,
        .when_count = 1,
        .user_message = "Everything is working normally.",
        .user_message_key = "web_platform.rtc_ice_connection_state.connected",
        .remediation = list_7_2_6_remediation,
        .remediation_count = 1,
        .causes = NULL,
        .cause_count = 0,
        .references = list_7_2_6_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_NOT_AN_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NOT_AN_ERROR,
        .retry_basis = RTC_BASIS_PROVIDER,
        .retry_schedule = NULL,
        .runtime_signal = &signal_11,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_PROVIDER,
    },
};

const size_t rtc_web_platform_rtc_ice_connection_state_count = 7;

static const char *const list_7_3_0_when[] = {
    "the user clicks Block or dismisses the prompt with a denial",
    "the permission was denied earlier and is remembered",
    "an iframe lacks allow=\"camera; microphone\"",
    "the user cancels the screen-share picker",
};
static const char *const list_7_3_0_remediation[] = {
    "Explain to the user why the app needs the device, and how to allow it in the browser's site settings.",
    "If the app runs in an iframe, add allow=\"camera; microphone\" (or display-capture) to the iframe and check the page's Permissions-Policy header.",
    "Offer a retry button rather than asking again automatically.",
    "For screen sharing, treat it as the user cancelling the picker.",
};
static const char *const list_7_3_0_causes[] = {
    "the user denied permission",
    "a remembered denial",
    "the permissions policy does not allow the device in this document",
    "the user cancelled the screen-share picker",
};
static const char *const list_7_3_0_references[] = {
    "https://w3c.github.io/mediacapture-main/",
    "https://w3c.github.io/mediacapture-screen-share/",
};
static const char *const list_7_3_1_when[] = {
    "no camera or microphone is attached or enabled",
    "the operating system hides every device of that kind",
};
static const char *const list_7_3_1_remediation[] = {
    "Tell the user which device is missing (audio or video).",
    "Offer to join without that device, or to try again after connecting one.",
    "Use enumerateDevices() to check what is available before asking.",
};
static const char *const list_7_3_1_references[] = {
    "https://w3c.github.io/mediacapture-main/",
    "https://w3c.github.io/mediacapture-screen-share/",
};
static const char *const list_7_3_2_when[] = {
    "another application or tab is using the camera exclusively",
    "the device driver fails",
};
static const char *const list_7_3_2_remediation[] = {
    "Ask the user to close other applications or tabs that use the camera or microphone.",
    "Let the user try again, or pick another device.",
    "If it persists with no other user of the device, suspect the driver or the operating system's privacy settings.",
};
static const char *const list_7_3_2_causes[] = {
    "another application holds the device",
    "an operating-system lock",
    "a hardware or driver error",
};
static const char *const list_7_3_2_references[] = {
    "https://w3c.github.io/mediacapture-main/",
};
static const char *const list_7_3_3_when[] = {
    "asking for an exact deviceId that no longer exists",
    "asking for a minimum resolution or frame rate the camera cannot deliver",
};
static const char *const list_7_3_3_remediation[] = {
    "Read the error's constraint attribute to see which constraint failed.",
    "Relax required constraints (use ideal instead of exact, min or max) or fall back to the default device.",
    "Refresh stored deviceIds with enumerateDevices(): a device may have been unplugged.",
};
static const char *const list_7_3_3_causes[] = {
    "an exact deviceId that no longer exists",
    "a resolution or frame rate the device cannot deliver",
};
static const char *const list_7_3_3_references[] = {
    "https://w3c.github.io/mediacapture-main/",
    "@webref/idl@3.85.0 mediacapture-streams.idl",
};
static const char *const list_7_3_4_when[] = {
    "an unexpected failure in the browser's capture pipeline",
};
static const char *const list_7_3_4_remediation[] = {
    "Try the request again after a short delay, a few times at most.",
    "If it keeps failing, let the user pick another device or restart the browser.",
};
static const char *const list_7_3_4_references[] = {
    "https://w3c.github.io/mediacapture-main/",
    "https://w3c.github.io/mediacapture-screen-share/",
};
static const char *const list_7_3_5_when[] = {
    "getDisplayMedia is called outside a click or key handler",
    "capture is requested from a background or detached document",
    "a CaptureController is reused",
};
static const char *const list_7_3_5_remediation[] = {
    "Call getDisplayMedia directly from a click or key handler (transient user activation).",
    "Only request capture from the active, focused, fully active document.",
    "Create a new CaptureController for each getDisplayMedia call.",
};
static const char *const list_7_3_5_causes[] = {
    "no transient user activation",
    "the document is not fully active or has no focus",
    "a CaptureController was reused",
};
static const char *const list_7_3_5_references[] = {
    "https://w3c.github.io/mediacapture-main/",
    "https://w3c.github.io/mediacapture-screen-share/",
};
static const char *const list_7_3_6_when[] = {
    "calling getUserMedia({}) or with audio and video both false",
    "passing exact or min constraints to getDisplayMedia",
};
static const char *const list_7_3_6_remediation[] = {
    "Fix the constraints: ask for at least one of audio and video in getUserMedia.",
    "For getDisplayMedia, do not set video to false and do not pass advanced, min or exact constraints.",
};
static const char *const list_7_3_6_causes[] = {
    "getUserMedia asked for no media type",
    "a required constraint that may not be used for device selection",
    "getDisplayMedia with video false or with advanced, min or exact constraints",
};
static const char *const list_7_3_6_references[] = {
    "https://w3c.github.io/mediacapture-main/",
    "https://w3c.github.io/mediacapture-screen-share/",
};

const rtc_code_info rtc_web_platform_media_capture_error_infos[] = {
    {
        .provider = "web_platform",
        .code_set = "media_capture_error",
        .value = 0,
        .string_value = "NotAllowedError",
        .name = "NotAllowedError",
        .catalog_name = "NotAllowedError",
        .summary = "Access to the camera, microphone or screen was not allowed.",
        .cause = "The user or the browser denied permission, the permissions policy does not allow the camera or microphone in this document, or the user cancelled the screen picker.",
        .when = list_7_3_0_when,
        .when_count = 4,
        .user_message = "Your browser blocked access to your camera or microphone. Allow access in the browser settings for this site, then try again.",
        .user_message_key = "web_platform.media_capture_error.NotAllowedError",
        .remediation = list_7_3_0_remediation,
        .remediation_count = 4,
        .causes = list_7_3_0_causes,
        .cause_count = 4,
        .references = list_7_3_0_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_PERMISSION,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "The same request is refused until the user changes the permission in the browser or site settings, so the app should explain and let the user retry.",
    },
    {
        .provider = "web_platform",
        .code_set = "media_capture_error",
        .value = 1,
        .string_value = "NotFoundError",
        .name = "NotFoundError",
        .catalog_name = "NotFoundError",
        .summary = "No device or capture source of the requested kind exists.",
        .cause = "getUserMedia found no device of a requested kind (reported only when permission for that kind is not denied); getDisplayMedia found no source of a requested type.",
        .when = list_7_3_1_when,
        .when_count = 2,
        .user_message = "No camera or microphone was found. Connect or enable one, then try again.",
        .user_message_key = "web_platform.media_capture_error.NotFoundError",
        .remediation = list_7_3_1_remediation,
        .remediation_count = 3,
        .causes = NULL,
        .cause_count = 0,
        .references = list_7_3_1_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_USER_INPUT,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "Only the user can attach or enable a device; the app can then ask again.",
    },
    {
        .provider = "web_platform",
        .code_set = "media_capture_error",
        .value = 2,
        .string_value = "NotReadableError",
        .name = "NotReadableError",
        .catalog_name = "NotReadableError",
        .summary = "The device could not be read, for example because something else holds it.",
        .cause = "Permission was granted, but a hardware error or an operating-system, program or web-page lock prevented access to every candidate device.",
        .when = list_7_3_2_when,
        .when_count = 2,
        .user_message = "Your camera or microphone is being used by another app. Close that app, then try again.",
        .user_message_key = "web_platform.media_capture_error.NotReadableError",
        .remediation = list_7_3_2_remediation,
        .remediation_count = 3,
        .causes = list_7_3_2_causes,
        .cause_count = 3,
        .references = list_7_3_2_references,
        .reference_count = 1,
        .category = RTC_CATEGORY_CAPACITY,
        .retry_policy = RTC_RETRY_POLICY_USER_ACTION,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "The device is busy rather than missing, so a retry can succeed once the user closes the other application holding it.",
    },
    {
        .provider = "web_platform",
        .code_set = "media_capture_error",
        .value = 3,
        .string_value = "OverconstrainedError",
        .name = "OverconstrainedError",
        .catalog_name = "OverconstrainedError",
        .summary = "No device can satisfy the required constraints.",
        .cause = "Every candidate device failed a required constraint (exact, min or max); the error's constraint attribute names it, or is empty if the device information may not be exposed.",
        .when = list_7_3_3_when,
        .when_count = 2,
        .user_message = "Your camera or microphone does not support the requested settings.",
        .user_message_key = "web_platform.media_capture_error.OverconstrainedError",
        .remediation = list_7_3_3_remediation,
        .remediation_count = 3,
        .causes = list_7_3_3_causes,
        .cause_count = 2,
        .references = list_7_3_3_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "The same constraints fail again on the same devices; the app must relax them or choose another device.",
    },
    {
        .provider = "web_platform",
        .code_set = "media_capture_error",
        .value = 4,
        .string_value = "AbortError",
        .name = "AbortError",
        .catalog_name = "AbortError",
        .summary = "Device access failed for a reason no other name covers.",
        .cause = "Permission was granted and no lock was detected, but access to every candidate device failed for another reason.",
        .when = list_7_3_4_when,
        .when_count = 1,
        .user_message = "Something went wrong. Please try again.",
        .user_message_key = "web_platform.media_capture_error.AbortError",
        .remediation = list_7_3_4_remediation,
        .remediation_count = 2,
        .causes = NULL,
        .cause_count = 0,
        .references = list_7_3_4_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_UNKNOWN,
        .retry_policy = RTC_RETRY_POLICY_BACKOFF,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = &schedule_1,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "The cause is unspecified and possibly transient, so a bounded retry after a delay is reasonable.",
    },
    {
        .provider = "web_platform",
        .code_set = "media_capture_error",
        .value = 5,
        .string_value = "InvalidStateError",
        .name = "InvalidStateError",
        .catalog_name = "InvalidStateError",
        .summary = "The request was made in a state that does not allow it.",
        .cause = "The document is not fully active; for getDisplayMedia also when the call lacks transient user activation, the document does not have focus, or the CaptureController passed in is already bound.",
        .when = list_7_3_5_when,
        .when_count = 3,
        .user_message = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        .user_message_key = "web_platform.media_capture_error.InvalidStateError",
        .remediation = list_7_3_5_remediation,
        .remediation_count = 3,
        .causes = list_7_3_5_causes,
        .cause_count = 3,
        .references = list_7_3_5_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "These conditions come from where and how the app calls the API, so the call has to move into a user gesture or an active, focused document.",
    },
    {
        .provider = "web_platform",
        .code_set = "media_capture_error",
        .value = 6,
        .string_value = "TypeError",
        .name = "TypeError",
        .catalog_name = "TypeError",
        .summary = "The constraints passed in are not acceptable.",
        .cause = "getUserMedia was asked for no media type, or a required constraint not allowed for device selection; getDisplayMedia was called with video set to false, with advanced constraints, or with min or exact constraints.",
        .when = list_7_3_6_when,
        .when_count = 2,
        .user_message = "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
        .user_message_key = "web_platform.media_capture_error.TypeError",
        .remediation = list_7_3_6_remediation,
        .remediation_count = 2,
        .causes = list_7_3_6_causes,
        .cause_count = 3,
        .references = list_7_3_6_references,
        .reference_count = 2,
        .category = RTC_CATEGORY_CLIENT_ERROR,
        .retry_policy = RTC_RETRY_POLICY_NEVER,
        .retry_basis = RTC_BASIS_CATALOG,
        .retry_schedule = NULL,
        .runtime_signal = NULL,
        .terminality = RTC_TERMINALITY_NOT_TERMINAL,
        .terminal = false,
        .terminal_basis = RTC_BASIS_CATALOG,
        .rationale = "The arguments are wrong; the same call fails again until the code is fixed.",
    },
};

const size_t rtc_web_platform_media_capture_error_count = 7;

const rtc_code_set rtc_code_sets[] = {
    {"amazon_chime", "meeting_session_status_code", false, rtc_amazon_chime_meeting_session_status_code_infos, 27},
    {"amazon_ivs", "stage_error_code", false, rtc_amazon_ivs_stage_error_code_infos, 12},
    {"amazon_ivs", "stage_error_category", true, rtc_amazon_ivs_stage_error_category_infos, 3},
    {"daily", "fatal_error_type", true, rtc_daily_fatal_error_type_infos, 10},
    {"daily", "non_fatal_error_type", true, rtc_daily_non_fatal_error_type_infos, 9},
    {"daily", "camera_error_type", true, rtc_daily_camera_error_type_infos, 8},
    {"jitsi", "conference_error", true, rtc_jitsi_conference_error_infos, 20},
    {"jitsi", "auth_error_type", true, rtc_jitsi_auth_error_type_infos, 6},
    {"livekit", "failure_reason", false, rtc_livekit_failure_reason_infos, 22},
    {"livekit", "disconnect_reason", false, rtc_livekit_disconnect_reason_infos, 17},
    {"spatialreal", "avatar_sdk_error_code", true, rtc_spatialreal_avatar_sdk_error_code_infos, 20},
    {"spatialreal", "close_code", false, rtc_spatialreal_close_code_infos, 5},
    {"stream_video", "sfu_error_code", false, rtc_stream_video_sfu_error_code_infos, 22},
    {"stream_video", "websocket_reconnect_strategy", false, rtc_stream_video_websocket_reconnect_strategy_infos, 5},
    {"stream_video", "call_ended_reason", false, rtc_stream_video_call_ended_reason_infos, 5},
    {"stream_video", "go_away_reason", false, rtc_stream_video_go_away_reason_infos, 3},
    {"web_platform", "rtc_error_detail_type", true, rtc_web_platform_rtc_error_detail_type_infos, 7},
    {"web_platform", "rtc_peer_connection_state", true, rtc_web_platform_rtc_peer_connection_state_infos, 6},
    {"web_platform", "rtc_ice_connection_state", true, rtc_web_platform_rtc_ice_connection_state_infos, 7},
    {"web_platform", "media_capture_error", true, rtc_web_platform_media_capture_error_infos, 7},
};

const size_t rtc_code_set_count = 20;

static const rtc_code_info *find_value(const rtc_code_info *codes, size_t count, int32_t value) {
    size_t i;
    for (i = 0; i < count; i++) {
        if (codes[i].value == value) {
            return &codes[i];
        }
    }
    return NULL;
}

static const rtc_code_info *find_string(const rtc_code_info *codes, size_t count, const char *value) {
    size_t i;
    if (value == NULL) {
        return NULL;
    }
    for (i = 0; i < count; i++) {
        if (codes[i].string_value != NULL && strcmp(codes[i].string_value, value) == 0) {
            return &codes[i];
        }
    }
    return NULL;
}

static const rtc_code_info *find_name(const rtc_code_info *codes, size_t count, const char *name) {
    size_t i;
    if (name == NULL) {
        return NULL;
    }
    for (i = 0; i < count; i++) {
        if (strcmp(codes[i].name, name) == 0) {
            return &codes[i];
        }
    }
    return NULL;
}

/* The index of the term with this id in `terms`, or `count` if there is none. */
static size_t find_term(const rtc_term *terms, size_t count, const char *id) {
    size_t i;
    if (id == NULL) {
        return count;
    }
    for (i = 0; i < count; i++) {
        if (strcmp(terms[i].id, id) == 0) {
            return i;
        }
    }
    return count;
}

bool rtc_category_from_id(const char *id, rtc_category *out) {
    size_t i = find_term(rtc_categories, RTC_CATEGORY_COUNT, id);
    if (i == RTC_CATEGORY_COUNT || out == NULL) {
        return false;
    }
    *out = (rtc_category)i;
    return true;
}

bool rtc_retry_policy_from_id(const char *id, rtc_retry_policy *out) {
    size_t i = find_term(rtc_retry_policies, RTC_RETRY_POLICY_COUNT, id);
    if (i == RTC_RETRY_POLICY_COUNT || out == NULL) {
        return false;
    }
    *out = (rtc_retry_policy)i;
    return true;
}

const rtc_code_set *rtc_code_set_find(const char *provider, const char *code_set) {
    size_t i;
    if (provider == NULL || code_set == NULL) {
        return NULL;
    }
    for (i = 0; i < rtc_code_set_count; i++) {
        if (strcmp(rtc_code_sets[i].provider, provider) == 0 && strcmp(rtc_code_sets[i].id, code_set) == 0) {
            return &rtc_code_sets[i];
        }
    }
    return NULL;
}

const rtc_code_info *rtc_lookup_value(const char *provider, const char *code_set, int32_t value) {
    const rtc_code_set *set = rtc_code_set_find(provider, code_set);
    if (set == NULL || set->string_values) {
        return NULL;
    }
    return find_value(set->codes, set->count, value);
}

const rtc_code_info *rtc_lookup_string(const char *provider, const char *code_set, const char *value) {
    const rtc_code_set *set = rtc_code_set_find(provider, code_set);
    if (set == NULL || !set->string_values) {
        return NULL;
    }
    return find_string(set->codes, set->count, value);
}

const rtc_code_info *rtc_lookup_name(const char *provider, const char *code_set, const char *name) {
    const rtc_code_set *set = rtc_code_set_find(provider, code_set);
    if (set == NULL) {
        return NULL;
    }
    return find_name(set->codes, set->count, name);
}

bool rtc_retry_schedule_delay(const rtc_retry_schedule *schedule, uint32_t attempt, double random, uint32_t *delay_ms) {
    uint64_t cap;
    uint64_t delay;
    uint64_t jittered;
    uint64_t half;
    uint32_t i;
    if (schedule == NULL || delay_ms == NULL || attempt == 0u || attempt > schedule->max_attempts) {
        return false;
    }
    /* NaN fails both comparisons. */
    if (!(random >= 0.0 && random < 1.0)) {
        random = 0.0;
    }
    cap = schedule->max_delay_ms;
    delay = schedule->initial_delay_ms < cap ? schedule->initial_delay_ms : cap;
    for (i = 1u; i < attempt; i++) {
        delay = delay * schedule->multiplier_thousandths / 1000u;
        if (delay > cap) {
            delay = cap;
        }
    }
    switch (schedule->jitter) {
    case RTC_JITTER_FULL:
        jittered = (uint64_t)(random * (double)(delay + 1u));
        break;
    case RTC_JITTER_EQUAL:
        half = delay / 2u;
        jittered = half + (uint64_t)(random * (double)(delay - half + 1u));
        break;
    default:
        jittered = delay;
        break;
    }
    *delay_ms = (uint32_t)(jittered < delay ? jittered : delay);
    return true;
}

bool rtc_retry_delay(const rtc_code_info *code, uint32_t attempt, double random, uint32_t *delay_ms) {
    return code != NULL && rtc_retry_schedule_delay(code->retry_schedule, attempt, random, delay_ms);
}

bool rtc_amazon_chime_meeting_session_status_code_from_value(int32_t value, rtc_amazon_chime_meeting_session_status_code *out) {
    const rtc_code_info *info = find_value(rtc_amazon_chime_meeting_session_status_code_infos, 27, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_amazon_chime_meeting_session_status_code)info->value;
    return true;
}

bool rtc_amazon_chime_meeting_session_status_code_from_name(const char *name, rtc_amazon_chime_meeting_session_status_code *out) {
    const rtc_code_info *info = find_name(rtc_amazon_chime_meeting_session_status_code_infos, 27, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_amazon_chime_meeting_session_status_code)info->value;
    return true;
}

const rtc_code_info *rtc_amazon_chime_meeting_session_status_code_info(rtc_amazon_chime_meeting_session_status_code code) {
    return find_value(rtc_amazon_chime_meeting_session_status_code_infos, 27, (int32_t)code);
}

bool rtc_amazon_ivs_stage_error_code_from_value(int32_t value, rtc_amazon_ivs_stage_error_code *out) {
    const rtc_code_info *info = find_value(rtc_amazon_ivs_stage_error_code_infos, 12, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_amazon_ivs_stage_error_code)info->value;
    return true;
}

bool rtc_amazon_ivs_stage_error_code_from_name(const char *name, rtc_amazon_ivs_stage_error_code *out) {
    const rtc_code_info *info = find_name(rtc_amazon_ivs_stage_error_code_infos, 12, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_amazon_ivs_stage_error_code)info->value;
    return true;
}

const rtc_code_info *rtc_amazon_ivs_stage_error_code_info(rtc_amazon_ivs_stage_error_code code) {
    return find_value(rtc_amazon_ivs_stage_error_code_infos, 12, (int32_t)code);
}

bool rtc_amazon_ivs_stage_error_category_from_value(const char *value, rtc_amazon_ivs_stage_error_category *out) {
    const rtc_code_info *info = find_string(rtc_amazon_ivs_stage_error_category_infos, 3, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_amazon_ivs_stage_error_category)info->value;
    return true;
}

bool rtc_amazon_ivs_stage_error_category_from_name(const char *name, rtc_amazon_ivs_stage_error_category *out) {
    const rtc_code_info *info = find_name(rtc_amazon_ivs_stage_error_category_infos, 3, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_amazon_ivs_stage_error_category)info->value;
    return true;
}

const rtc_code_info *rtc_amazon_ivs_stage_error_category_info(rtc_amazon_ivs_stage_error_category code) {
    return find_value(rtc_amazon_ivs_stage_error_category_infos, 3, (int32_t)code);
}

bool rtc_daily_fatal_error_type_from_value(const char *value, rtc_daily_fatal_error_type *out) {
    const rtc_code_info *info = find_string(rtc_daily_fatal_error_type_infos, 10, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_daily_fatal_error_type)info->value;
    return true;
}

bool rtc_daily_fatal_error_type_from_name(const char *name, rtc_daily_fatal_error_type *out) {
    const rtc_code_info *info = find_name(rtc_daily_fatal_error_type_infos, 10, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_daily_fatal_error_type)info->value;
    return true;
}

const rtc_code_info *rtc_daily_fatal_error_type_info(rtc_daily_fatal_error_type code) {
    return find_value(rtc_daily_fatal_error_type_infos, 10, (int32_t)code);
}

bool rtc_daily_non_fatal_error_type_from_value(const char *value, rtc_daily_non_fatal_error_type *out) {
    const rtc_code_info *info = find_string(rtc_daily_non_fatal_error_type_infos, 9, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_daily_non_fatal_error_type)info->value;
    return true;
}

bool rtc_daily_non_fatal_error_type_from_name(const char *name, rtc_daily_non_fatal_error_type *out) {
    const rtc_code_info *info = find_name(rtc_daily_non_fatal_error_type_infos, 9, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_daily_non_fatal_error_type)info->value;
    return true;
}

const rtc_code_info *rtc_daily_non_fatal_error_type_info(rtc_daily_non_fatal_error_type code) {
    return find_value(rtc_daily_non_fatal_error_type_infos, 9, (int32_t)code);
}

bool rtc_daily_camera_error_type_from_value(const char *value, rtc_daily_camera_error_type *out) {
    const rtc_code_info *info = find_string(rtc_daily_camera_error_type_infos, 8, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_daily_camera_error_type)info->value;
    return true;
}

bool rtc_daily_camera_error_type_from_name(const char *name, rtc_daily_camera_error_type *out) {
    const rtc_code_info *info = find_name(rtc_daily_camera_error_type_infos, 8, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_daily_camera_error_type)info->value;
    return true;
}

const rtc_code_info *rtc_daily_camera_error_type_info(rtc_daily_camera_error_type code) {
    return find_value(rtc_daily_camera_error_type_infos, 8, (int32_t)code);
}

bool rtc_jitsi_conference_error_from_value(const char *value, rtc_jitsi_conference_error *out) {
    const rtc_code_info *info = find_string(rtc_jitsi_conference_error_infos, 20, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_jitsi_conference_error)info->value;
    return true;
}

bool rtc_jitsi_conference_error_from_name(const char *name, rtc_jitsi_conference_error *out) {
    const rtc_code_info *info = find_name(rtc_jitsi_conference_error_infos, 20, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_jitsi_conference_error)info->value;
    return true;
}

const rtc_code_info *rtc_jitsi_conference_error_info(rtc_jitsi_conference_error code) {
    return find_value(rtc_jitsi_conference_error_infos, 20, (int32_t)code);
}

bool rtc_jitsi_auth_error_type_from_value(const char *value, rtc_jitsi_auth_error_type *out) {
    const rtc_code_info *info = find_string(rtc_jitsi_auth_error_type_infos, 6, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_jitsi_auth_error_type)info->value;
    return true;
}

bool rtc_jitsi_auth_error_type_from_name(const char *name, rtc_jitsi_auth_error_type *out) {
    const rtc_code_info *info = find_name(rtc_jitsi_auth_error_type_infos, 6, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_jitsi_auth_error_type)info->value;
    return true;
}

const rtc_code_info *rtc_jitsi_auth_error_type_info(rtc_jitsi_auth_error_type code) {
    return find_value(rtc_jitsi_auth_error_type_infos, 6, (int32_t)code);
}

bool rtc_livekit_failure_reason_from_value(int32_t value, rtc_livekit_failure_reason *out) {
    const rtc_code_info *info = find_value(rtc_livekit_failure_reason_infos, 22, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_livekit_failure_reason)info->value;
    return true;
}

bool rtc_livekit_failure_reason_from_name(const char *name, rtc_livekit_failure_reason *out) {
    const rtc_code_info *info = find_name(rtc_livekit_failure_reason_infos, 22, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_livekit_failure_reason)info->value;
    return true;
}

const rtc_code_info *rtc_livekit_failure_reason_info(rtc_livekit_failure_reason code) {
    return find_value(rtc_livekit_failure_reason_infos, 22, (int32_t)code);
}

bool rtc_livekit_disconnect_reason_from_value(int32_t value, rtc_livekit_disconnect_reason *out) {
    const rtc_code_info *info = find_value(rtc_livekit_disconnect_reason_infos, 17, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_livekit_disconnect_reason)info->value;
    return true;
}

bool rtc_livekit_disconnect_reason_from_name(const char *name, rtc_livekit_disconnect_reason *out) {
    const rtc_code_info *info = find_name(rtc_livekit_disconnect_reason_infos, 17, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_livekit_disconnect_reason)info->value;
    return true;
}

const rtc_code_info *rtc_livekit_disconnect_reason_info(rtc_livekit_disconnect_reason code) {
    return find_value(rtc_livekit_disconnect_reason_infos, 17, (int32_t)code);
}

bool rtc_spatialreal_avatar_sdk_error_code_from_value(const char *value, rtc_spatialreal_avatar_sdk_error_code *out) {
    const rtc_code_info *info = find_string(rtc_spatialreal_avatar_sdk_error_code_infos, 20, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_spatialreal_avatar_sdk_error_code)info->value;
    return true;
}

bool rtc_spatialreal_avatar_sdk_error_code_from_name(const char *name, rtc_spatialreal_avatar_sdk_error_code *out) {
    const rtc_code_info *info = find_name(rtc_spatialreal_avatar_sdk_error_code_infos, 20, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_spatialreal_avatar_sdk_error_code)info->value;
    return true;
}

const rtc_code_info *rtc_spatialreal_avatar_sdk_error_code_info(rtc_spatialreal_avatar_sdk_error_code code) {
    return find_value(rtc_spatialreal_avatar_sdk_error_code_infos, 20, (int32_t)code);
}

bool rtc_spatialreal_close_code_from_value(int32_t value, rtc_spatialreal_close_code *out) {
    const rtc_code_info *info = find_value(rtc_spatialreal_close_code_infos, 5, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_spatialreal_close_code)info->value;
    return true;
}

bool rtc_spatialreal_close_code_from_name(const char *name, rtc_spatialreal_close_code *out) {
    const rtc_code_info *info = find_name(rtc_spatialreal_close_code_infos, 5, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_spatialreal_close_code)info->value;
    return true;
}

const rtc_code_info *rtc_spatialreal_close_code_info(rtc_spatialreal_close_code code) {
    return find_value(rtc_spatialreal_close_code_infos, 5, (int32_t)code);
}

bool rtc_stream_video_sfu_error_code_from_value(int32_t value, rtc_stream_video_sfu_error_code *out) {
    const rtc_code_info *info = find_value(rtc_stream_video_sfu_error_code_infos, 22, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_stream_video_sfu_error_code)info->value;
    return true;
}

bool rtc_stream_video_sfu_error_code_from_name(const char *name, rtc_stream_video_sfu_error_code *out) {
    const rtc_code_info *info = find_name(rtc_stream_video_sfu_error_code_infos, 22, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_stream_video_sfu_error_code)info->value;
    return true;
}

const rtc_code_info *rtc_stream_video_sfu_error_code_info(rtc_stream_video_sfu_error_code code) {
    return find_value(rtc_stream_video_sfu_error_code_infos, 22, (int32_t)code);
}

bool rtc_stream_video_websocket_reconnect_strategy_from_value(int32_t value, rtc_stream_video_websocket_reconnect_strategy *out) {
    const rtc_code_info *info = find_value(rtc_stream_video_websocket_reconnect_strategy_infos, 5, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_stream_video_websocket_reconnect_strategy)info->value;
    return true;
}

bool rtc_stream_video_websocket_reconnect_strategy_from_name(const char *name, rtc_stream_video_websocket_reconnect_strategy *out) {
    const rtc_code_info *info = find_name(rtc_stream_video_websocket_reconnect_strategy_infos, 5, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_stream_video_websocket_reconnect_strategy)info->value;
    return true;
}

const rtc_code_info *rtc_stream_video_websocket_reconnect_strategy_info(rtc_stream_video_websocket_reconnect_strategy code) {
    return find_value(rtc_stream_video_websocket_reconnect_strategy_infos, 5, (int32_t)code);
}

bool rtc_stream_video_call_ended_reason_from_value(int32_t value, rtc_stream_video_call_ended_reason *out) {
    const rtc_code_info *info = find_value(rtc_stream_video_call_ended_reason_infos, 5, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_stream_video_call_ended_reason)info->value;
    return true;
}

bool rtc_stream_video_call_ended_reason_from_name(const char *name, rtc_stream_video_call_ended_reason *out) {
    const rtc_code_info *info = find_name(rtc_stream_video_call_ended_reason_infos, 5, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_stream_video_call_ended_reason)info->value;
    return true;
}

const rtc_code_info *rtc_stream_video_call_ended_reason_info(rtc_stream_video_call_ended_reason code) {
    return find_value(rtc_stream_video_call_ended_reason_infos, 5, (int32_t)code);
}

bool rtc_stream_video_go_away_reason_from_value(int32_t value, rtc_stream_video_go_away_reason *out) {
    const rtc_code_info *info = find_value(rtc_stream_video_go_away_reason_infos, 3, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_stream_video_go_away_reason)info->value;
    return true;
}

bool rtc_stream_video_go_away_reason_from_name(const char *name, rtc_stream_video_go_away_reason *out) {
    const rtc_code_info *info = find_name(rtc_stream_video_go_away_reason_infos, 3, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_stream_video_go_away_reason)info->value;
    return true;
}

const rtc_code_info *rtc_stream_video_go_away_reason_info(rtc_stream_video_go_away_reason code) {
    return find_value(rtc_stream_video_go_away_reason_infos, 3, (int32_t)code);
}

bool rtc_web_platform_rtc_error_detail_type_from_value(const char *value, rtc_web_platform_rtc_error_detail_type *out) {
    const rtc_code_info *info = find_string(rtc_web_platform_rtc_error_detail_type_infos, 7, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_web_platform_rtc_error_detail_type)info->value;
    return true;
}

bool rtc_web_platform_rtc_error_detail_type_from_name(const char *name, rtc_web_platform_rtc_error_detail_type *out) {
    const rtc_code_info *info = find_name(rtc_web_platform_rtc_error_detail_type_infos, 7, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_web_platform_rtc_error_detail_type)info->value;
    return true;
}

const rtc_code_info *rtc_web_platform_rtc_error_detail_type_info(rtc_web_platform_rtc_error_detail_type code) {
    return find_value(rtc_web_platform_rtc_error_detail_type_infos, 7, (int32_t)code);
}

bool rtc_web_platform_rtc_peer_connection_state_from_value(const char *value, rtc_web_platform_rtc_peer_connection_state *out) {
    const rtc_code_info *info = find_string(rtc_web_platform_rtc_peer_connection_state_infos, 6, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_web_platform_rtc_peer_connection_state)info->value;
    return true;
}

bool rtc_web_platform_rtc_peer_connection_state_from_name(const char *name, rtc_web_platform_rtc_peer_connection_state *out) {
    const rtc_code_info *info = find_name(rtc_web_platform_rtc_peer_connection_state_infos, 6, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_web_platform_rtc_peer_connection_state)info->value;
    return true;
}

const rtc_code_info *rtc_web_platform_rtc_peer_connection_state_info(rtc_web_platform_rtc_peer_connection_state code) {
    return find_value(rtc_web_platform_rtc_peer_connection_state_infos, 6, (int32_t)code);
}

bool rtc_web_platform_rtc_ice_connection_state_from_value(const char *value, rtc_web_platform_rtc_ice_connection_state *out) {
    const rtc_code_info *info = find_string(rtc_web_platform_rtc_ice_connection_state_infos, 7, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_web_platform_rtc_ice_connection_state)info->value;
    return true;
}

bool rtc_web_platform_rtc_ice_connection_state_from_name(const char *name, rtc_web_platform_rtc_ice_connection_state *out) {
    const rtc_code_info *info = find_name(rtc_web_platform_rtc_ice_connection_state_infos, 7, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_web_platform_rtc_ice_connection_state)info->value;
    return true;
}

const rtc_code_info *rtc_web_platform_rtc_ice_connection_state_info(rtc_web_platform_rtc_ice_connection_state code) {
    return find_value(rtc_web_platform_rtc_ice_connection_state_infos, 7, (int32_t)code);
}

bool rtc_web_platform_media_capture_error_from_value(const char *value, rtc_web_platform_media_capture_error *out) {
    const rtc_code_info *info = find_string(rtc_web_platform_media_capture_error_infos, 7, value);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_web_platform_media_capture_error)info->value;
    return true;
}

bool rtc_web_platform_media_capture_error_from_name(const char *name, rtc_web_platform_media_capture_error *out) {
    const rtc_code_info *info = find_name(rtc_web_platform_media_capture_error_infos, 7, name);
    if (info == NULL || out == NULL) {
        return false;
    }
    *out = (rtc_web_platform_media_capture_error)info->value;
    return true;
}

const rtc_code_info *rtc_web_platform_media_capture_error_info(rtc_web_platform_media_capture_error code) {
    return find_value(rtc_web_platform_media_capture_error_infos, 7, (int32_t)code);
}

