# Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.
"""Every code set of the catalog, and lookups across them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from rtc_error_catalog import (
    agora,
    amazon_chime,
    amazon_ivs,
    daily,
    hms,
    jitsi,
    livekit,
    spatialreal,
    stream_video,
    vonage_video,
    web_platform,
    zoom_video,
)
from rtc_error_catalog._taxonomy import CodeInfo, ErrorCode


@dataclass(frozen=True, slots=True, kw_only=True)
class CodeSet:
    """One code set: its provider, its id and its codes (the enum's members)."""

    #: The provider's id, e.g. `livekit`.
    provider: str
    #: The code set's id, e.g. `disconnect_reason`.
    id: str
    #: Its codes, in catalog order.
    codes: tuple[ErrorCode, ...]


#: Every code set, in catalog order.
CODE_SETS: Final[tuple[CodeSet, ...]] = (
    CodeSet(
        provider="agora",
        id="agora_rtc_error_code",
        codes=tuple(agora.AgoraRtcErrorCode),
    ),
    CodeSet(
        provider="agora",
        id="connection_disconnected_reason",
        codes=tuple(agora.ConnectionDisconnectedReason),
    ),
    CodeSet(
        provider="agora",
        id="channel_media_relay_error",
        codes=tuple(agora.ChannelMediaRelayError),
    ),
    CodeSet(
        provider="amazon_chime",
        id="meeting_session_status_code",
        codes=tuple(amazon_chime.MeetingSessionStatusCode),
    ),
    CodeSet(
        provider="amazon_ivs",
        id="stage_error_code",
        codes=tuple(amazon_ivs.StageErrorCode),
    ),
    CodeSet(
        provider="amazon_ivs",
        id="stage_error_category",
        codes=tuple(amazon_ivs.StageErrorCategory),
    ),
    CodeSet(
        provider="daily",
        id="fatal_error_type",
        codes=tuple(daily.FatalErrorType),
    ),
    CodeSet(
        provider="daily",
        id="non_fatal_error_type",
        codes=tuple(daily.NonFatalErrorType),
    ),
    CodeSet(
        provider="daily",
        id="camera_error_type",
        codes=tuple(daily.CameraErrorType),
    ),
    CodeSet(
        provider="hms",
        id="websocket_connection_errors",
        codes=tuple(hms.WebsocketConnectionErrors),
    ),
    CodeSet(
        provider="hms",
        id="api_errors",
        codes=tuple(hms.ApiErrors),
    ),
    CodeSet(
        provider="hms",
        id="tracks_errors",
        codes=tuple(hms.TracksErrors),
    ),
    CodeSet(
        provider="hms",
        id="webrtc_errors",
        codes=tuple(hms.WebrtcErrors),
    ),
    CodeSet(
        provider="hms",
        id="websocket_method_errors",
        codes=tuple(hms.WebsocketMethodErrors),
    ),
    CodeSet(
        provider="hms",
        id="generic_errors",
        codes=tuple(hms.GenericErrors),
    ),
    CodeSet(
        provider="hms",
        id="media_plugin_errors",
        codes=tuple(hms.MediaPluginErrors),
    ),
    CodeSet(
        provider="hms",
        id="playlist_errors",
        codes=tuple(hms.PlaylistErrors),
    ),
    CodeSet(
        provider="jitsi",
        id="conference_error",
        codes=tuple(jitsi.ConferenceError),
    ),
    CodeSet(
        provider="jitsi",
        id="auth_error_type",
        codes=tuple(jitsi.AuthErrorType),
    ),
    CodeSet(
        provider="livekit",
        id="failure_reason",
        codes=tuple(livekit.FailureReason),
    ),
    CodeSet(
        provider="livekit",
        id="disconnect_reason",
        codes=tuple(livekit.DisconnectReason),
    ),
    CodeSet(
        provider="spatialreal",
        id="avatar_sdk_error_code",
        codes=tuple(spatialreal.AvatarSdkErrorCode),
    ),
    CodeSet(
        provider="spatialreal",
        id="close_code",
        codes=tuple(spatialreal.CloseCode),
    ),
    CodeSet(
        provider="stream_video",
        id="sfu_error_code",
        codes=tuple(stream_video.SfuErrorCode),
    ),
    CodeSet(
        provider="stream_video",
        id="websocket_reconnect_strategy",
        codes=tuple(stream_video.WebsocketReconnectStrategy),
    ),
    CodeSet(
        provider="stream_video",
        id="call_ended_reason",
        codes=tuple(stream_video.CallEndedReason),
    ),
    CodeSet(
        provider="stream_video",
        id="go_away_reason",
        codes=tuple(stream_video.GoAwayReason),
    ),
    CodeSet(
        provider="vonage_video",
        id="exception_code",
        codes=tuple(vonage_video.ExceptionCode),
    ),
    CodeSet(
        provider="web_platform",
        id="rtc_error_detail_type",
        codes=tuple(web_platform.RtcErrorDetailType),
    ),
    CodeSet(
        provider="web_platform",
        id="rtc_peer_connection_state",
        codes=tuple(web_platform.RtcPeerConnectionState),
    ),
    CodeSet(
        provider="web_platform",
        id="rtc_ice_connection_state",
        codes=tuple(web_platform.RtcIceConnectionState),
    ),
    CodeSet(
        provider="web_platform",
        id="media_capture_error",
        codes=tuple(web_platform.MediaCaptureError),
    ),
    CodeSet(
        provider="zoom_video",
        id="exception_code",
        codes=tuple(zoom_video.ExceptionCode),
    ),
    CodeSet(
        provider="zoom_video",
        id="error_types",
        codes=tuple(zoom_video.ErrorTypes),
    ),
    CodeSet(
        provider="zoom_video",
        id="active_media_failed_code",
        codes=tuple(zoom_video.ActiveMediaFailedCode),
    ),
    CodeSet(
        provider="zoom_video",
        id="reconnect_reason",
        codes=tuple(zoom_video.ReconnectReason),
    ),
)


def lookup(provider: str, code_set: str, value: int | str) -> CodeInfo | None:
    """The code with this wire value in a provider's code set, or None if there is none."""
    for entry in CODE_SETS:
        if entry.provider == provider and entry.id == code_set:
            for code in entry.codes:
                info = code.info
                if type(info.value) is type(value) and info.value == value:
                    return info
    return None
