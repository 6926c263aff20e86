// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

import * as agora from "./agora.js";
import * as amazonChime from "./amazon_chime.js";
import * as amazonIvs from "./amazon_ivs.js";
import * as daily from "./daily.js";
import * as hms from "./hms.js";
import * as jitsi from "./jitsi.js";
import * as livekit from "./livekit.js";
import * as spatialreal from "./spatialreal.js";
import * as streamVideo from "./stream_video.js";
import * as vonageVideo from "./vonage_video.js";
import * as webPlatform from "./web_platform.js";
import * as zoomVideo from "./zoom_video.js";

/** Every code set of every provider, in catalog order. */
export const codeSets = [
  {
    provider: "agora",
    id: "agora_rtc_error_code",
    lookup: (value) => (typeof value === "string" ? agora.agoraRtcErrorCodeInfo(value) : undefined),
    lookupName: (name) => {
      const value = agora.agoraRtcErrorCodeFromName(name);
      return value === undefined ? undefined : agora.agoraRtcErrorCodeInfo(value);
    },
  },
  {
    provider: "agora",
    id: "connection_disconnected_reason",
    lookup: (value) => (typeof value === "string" ? agora.connectionDisconnectedReasonInfo(value) : undefined),
    lookupName: (name) => {
      const value = agora.connectionDisconnectedReasonFromName(name);
      return value === undefined ? undefined : agora.connectionDisconnectedReasonInfo(value);
    },
  },
  {
    provider: "agora",
    id: "channel_media_relay_error",
    lookup: (value) => (typeof value === "string" ? agora.channelMediaRelayErrorInfo(value) : undefined),
    lookupName: (name) => {
      const value = agora.channelMediaRelayErrorFromName(name);
      return value === undefined ? undefined : agora.channelMediaRelayErrorInfo(value);
    },
  },
  {
    provider: "amazon_chime",
    id: "meeting_session_status_code",
    lookup: (value) => (typeof value === "number" ? amazonChime.meetingSessionStatusCodeInfo(value) : undefined),
    lookupName: (name) => {
      const value = amazonChime.meetingSessionStatusCodeFromName(name);
      return value === undefined ? undefined : amazonChime.meetingSessionStatusCodeInfo(value);
    },
  },
  {
    provider: "amazon_ivs",
    id: "stage_error_code",
    lookup: (value) => (typeof value === "number" ? amazonIvs.stageErrorCodeInfo(value) : undefined),
    lookupName: (name) => {
      const value = amazonIvs.stageErrorCodeFromName(name);
      return value === undefined ? undefined : amazonIvs.stageErrorCodeInfo(value);
    },
  },
  {
    provider: "amazon_ivs",
    id: "stage_error_category",
    lookup: (value) => (typeof value === "string" ? amazonIvs.stageErrorCategoryInfo(value) : undefined),
    lookupName: (name) => {
      const value = amazonIvs.stageErrorCategoryFromName(name);
      return value === undefined ? undefined : amazonIvs.stageErrorCategoryInfo(value);
    },
  },
  {
    provider: "daily",
    id: "fatal_error_type",
    lookup: (value) => (typeof value === "string" ? daily.fatalErrorTypeInfo(value) : undefined),
    lookupName: (name) => {
      const value = daily.fatalErrorTypeFromName(name);
      return value === undefined ? undefined : daily.fatalErrorTypeInfo(value);
    },
  },
  {
    provider: "daily",
    id: "non_fatal_error_type",
    lookup: (value) => (typeof value === "string" ? daily.nonFatalErrorTypeInfo(value) : undefined),
    lookupName: (name) => {
      const value = daily.nonFatalErrorTypeFromName(name);
      return value === undefined ? undefined : daily.nonFatalErrorTypeInfo(value);
    },
  },
  {
    provider: "daily",
    id: "camera_error_type",
    lookup: (value) => (typeof value === "string" ? daily.cameraErrorTypeInfo(value) : undefined),
    lookupName: (name) => {
      const value = daily.cameraErrorTypeFromName(name);
      return value === undefined ? undefined : daily.cameraErrorTypeInfo(value);
    },
  },
  {
    provider: "hms",
    id: "websocket_connection_errors",
    lookup: (value) => (typeof value === "number" ? hms.websocketConnectionErrorsInfo(value) : undefined),
    lookupName: (name) => {
      const value = hms.websocketConnectionErrorsFromName(name);
      return value === undefined ? undefined : hms.websocketConnectionErrorsInfo(value);
    },
  },
  {
    provider: "hms",
    id: "api_errors",
    lookup: (value) => (typeof value === "number" ? hms.apiErrorsInfo(value) : undefined),
    lookupName: (name) => {
      const value = hms.apiErrorsFromName(name);
      return value === undefined ? undefined : hms.apiErrorsInfo(value);
    },
  },
  {
    provider: "hms",
    id: "tracks_errors",
    lookup: (value) => (typeof value === "number" ? hms.tracksErrorsInfo(value) : undefined),
    lookupName: (name) => {
      const value = hms.tracksErrorsFromName(name);
      return value === undefined ? undefined : hms.tracksErrorsInfo(value);
    },
  },
  {
    provider: "hms",
    id: "webrtc_errors",
    lookup: (value) => (typeof value === "number" ? hms.webrtcErrorsInfo(value) : undefined),
    lookupName: (name) => {
      const value = hms.webrtcErrorsFromName(name);
      return value === undefined ? undefined : hms.webrtcErrorsInfo(value);
    },
  },
  {
    provider: "hms",
    id: "websocket_method_errors",
    lookup: (value) => (typeof value === "number" ? hms.websocketMethodErrorsInfo(value) : undefined),
    lookupName: (name) => {
      const value = hms.websocketMethodErrorsFromName(name);
      return value === undefined ? undefined : hms.websocketMethodErrorsInfo(value);
    },
  },
  {
    provider: "hms",
    id: "generic_errors",
    lookup: (value) => (typeof value === "number" ? hms.genericErrorsInfo(value) : undefined),
    lookupName: (name) => {
      const value = hms.genericErrorsFromName(name);
      return value === undefined ? undefined : hms.genericErrorsInfo(value);
    },
  },
  {
    provider: "hms",
    id: "media_plugin_errors",
    lookup: (value) => (typeof value === "number" ? hms.mediaPluginErrorsInfo(value) : undefined),
    lookupName: (name) => {
      const value = hms.mediaPluginErrorsFromName(name);
      return value === undefined ? undefined : hms.mediaPluginErrorsInfo(value);
    },
  },
  {
    provider: "hms",
    id: "playlist_errors",
    lookup: (value) => (typeof value === "number" ? hms.playlistErrorsInfo(value) : undefined),
    lookupName: (name) => {
      const value = hms.playlistErrorsFromName(name);
      return value === undefined ? undefined : hms.playlistErrorsInfo(value);
    },
  },
  {
    provider: "jitsi",
    id: "conference_error",
    lookup: (value) => (typeof value === "string" ? jitsi.conferenceErrorInfo(value) : undefined),
    lookupName: (name) => {
      const value = jitsi.conferenceErrorFromName(name);
      return value === undefined ? undefined : jitsi.conferenceErrorInfo(value);
    },
  },
  {
    provider: "jitsi",
    id: "auth_error_type",
    lookup: (value) => (typeof value === "string" ? jitsi.authErrorTypeInfo(value) : undefined),
    lookupName: (name) => {
      const value = jitsi.authErrorTypeFromName(name);
      return value === undefined ? undefined : jitsi.authErrorTypeInfo(value);
    },
  },
  {
    provider: "livekit",
    id: "failure_reason",
    lookup: (value) => (typeof value === "number" ? livekit.failureReasonInfo(value) : undefined),
    lookupName: (name) => {
      const value = livekit.failureReasonFromName(name);
      return value === undefined ? undefined : livekit.failureReasonInfo(value);
    },
  },
  {
    provider: "livekit",
    id: "disconnect_reason",
    lookup: (value) => (typeof value === "number" ? livekit.disconnectReasonInfo(value) : undefined),
    lookupName: (name) => {
      const value = livekit.disconnectReasonFromName(name);
      return value === undefined ? undefined : livekit.disconnectReasonInfo(value);
    },
  },
  {
    provider: "spatialreal",
    id: "avatar_sdk_error_code",
    lookup: (value) => (typeof value === "string" ? spatialreal.avatarSdkErrorCodeInfo(value) : undefined),
    lookupName: (name) => {
      const value = spatialreal.avatarSdkErrorCodeFromName(name);
      return value === undefined ? undefined : spatialreal.avatarSdkErrorCodeInfo(value);
    },
  },
  {
    provider: "spatialreal",
    id: "close_code",
    lookup: (value) => (typeof value === "number" ? spatialreal.closeCodeInfo(value) : undefined),
    lookupName: (name) => {
      const value = spatialreal.closeCodeFromName(name);
      return value === undefined ? undefined : spatialreal.closeCodeInfo(value);
    },
  },
  {
    provider: "stream_video",
    id: "sfu_error_code",
    lookup: (value) => (typeof value === "number" ? streamVideo.sfuErrorCodeInfo(value) : undefined),
    lookupName: (name) => {
      const value = streamVideo.sfuErrorCodeFromName(name);
      return value === undefined ? undefined : streamVideo.sfuErrorCodeInfo(value);
    },
  },
  {
    provider: "stream_video",
    id: "websocket_reconnect_strategy",
    lookup: (value) => (typeof value === "number" ? streamVideo.websocketReconnectStrategyInfo(value) : undefined),
    lookupName: (name) => {
      const value = streamVideo.websocketReconnectStrategyFromName(name);
      return value === undefined ? undefined : streamVideo.websocketReconnectStrategyInfo(value);
    },
  },
  {
    provider: "stream_video",
    id: "call_ended_reason",
    lookup: (value) => (typeof value === "number" ? streamVideo.callEndedReasonInfo(value) : undefined),
    lookupName: (name) => {
      const value = streamVideo.callEndedReasonFromName(name);
      return value === undefined ? undefined : streamVideo.callEndedReasonInfo(value);
    },
  },
  {
    provider: "stream_video",
    id: "go_away_reason",
    lookup: (value) => (typeof value === "number" ? streamVideo.goAwayReasonInfo(value) : undefined),
    lookupName: (name) => {
      const value = streamVideo.goAwayReasonFromName(name);
      return value === undefined ? undefined : streamVideo.goAwayReasonInfo(value);
    },
  },
  {
    provider: "vonage_video",
    id: "exception_code",
    lookup: (value) => (typeof value === "number" ? vonageVideo.exceptionCodeInfo(value) : undefined),
    lookupName: (name) => {
      const value = vonageVideo.exceptionCodeFromName(name);
      return value === undefined ? undefined : vonageVideo.exceptionCodeInfo(value);
    },
  },
  {
    provider: "web_platform",
    id: "rtc_error_detail_type",
    lookup: (value) => (typeof value === "string" ? webPlatform.rtcErrorDetailTypeInfo(value) : undefined),
    lookupName: (name) => {
      const value = webPlatform.rtcErrorDetailTypeFromName(name);
      return value === undefined ? undefined : webPlatform.rtcErrorDetailTypeInfo(value);
    },
  },
  {
    provider: "web_platform",
    id: "rtc_peer_connection_state",
    lookup: (value) => (typeof value === "string" ? webPlatform.rtcPeerConnectionStateInfo(value) : undefined),
    lookupName: (name) => {
      const value = webPlatform.rtcPeerConnectionStateFromName(name);
      return value === undefined ? undefined : webPlatform.rtcPeerConnectionStateInfo(value);
    },
  },
  {
    provider: "web_platform",
    id: "rtc_ice_connection_state",
    lookup: (value) => (typeof value === "string" ? webPlatform.rtcIceConnectionStateInfo(value) : undefined),
    lookupName: (name) => {
      const value = webPlatform.rtcIceConnectionStateFromName(name);
      return value === undefined ? undefined : webPlatform.rtcIceConnectionStateInfo(value);
    },
  },
  {
    provider: "web_platform",
    id: "media_capture_error",
    lookup: (value) => (typeof value === "string" ? webPlatform.mediaCaptureErrorInfo(value) : undefined),
    lookupName: (name) => {
      const value = webPlatform.mediaCaptureErrorFromName(name);
      return value === undefined ? undefined : webPlatform.mediaCaptureErrorInfo(value);
    },
  },
  {
    provider: "zoom_video",
    id: "exception_code",
    lookup: (value) => (typeof value === "number" ? zoomVideo.exceptionCodeInfo(value) : undefined),
    lookupName: (name) => {
      const value = zoomVideo.exceptionCodeFromName(name);
      return value === undefined ? undefined : zoomVideo.exceptionCodeInfo(value);
    },
  },
  {
    provider: "zoom_video",
    id: "error_types",
    lookup: (value) => (typeof value === "string" ? zoomVideo.errorTypesInfo(value) : undefined),
    lookupName: (name) => {
      const value = zoomVideo.errorTypesFromName(name);
      return value === undefined ? undefined : zoomVideo.errorTypesInfo(value);
    },
  },
  {
    provider: "zoom_video",
    id: "active_media_failed_code",
    lookup: (value) => (typeof value === "number" ? zoomVideo.activeMediaFailedCodeInfo(value) : undefined),
    lookupName: (name) => {
      const value = zoomVideo.activeMediaFailedCodeFromName(name);
      return value === undefined ? undefined : zoomVideo.activeMediaFailedCodeInfo(value);
    },
  },
  {
    provider: "zoom_video",
    id: "reconnect_reason",
    lookup: (value) => (typeof value === "string" ? zoomVideo.reconnectReasonInfo(value) : undefined),
    lookupName: (name) => {
      const value = zoomVideo.reconnectReasonFromName(name);
      return value === undefined ? undefined : zoomVideo.reconnectReasonInfo(value);
    },
  },
];

/**
 * The code with this wire value in `provider`'s code set `codeSet`, or `undefined` if the
 * provider, the code set or the value is unknown. Never throws.
 */
export function lookup(provider, codeSet, value) {
  return codeSets.find((set) => set.provider === provider && set.id === codeSet)?.lookup(value);
}
