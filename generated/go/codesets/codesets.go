// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package codesets lists every code set of every provider, and finds a code in any of them.
package codesets

import (
	"strings"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
	"github.com/rtc-error-catalog/rtc-error-catalog/generated/go/agora"
	"github.com/rtc-error-catalog/rtc-error-catalog/generated/go/amazonchime"
	"github.com/rtc-error-catalog/rtc-error-catalog/generated/go/amazonivs"
	"github.com/rtc-error-catalog/rtc-error-catalog/generated/go/daily"
	"github.com/rtc-error-catalog/rtc-error-catalog/generated/go/hms"
	"github.com/rtc-error-catalog/rtc-error-catalog/generated/go/jitsi"
	"github.com/rtc-error-catalog/rtc-error-catalog/generated/go/livekit"
	"github.com/rtc-error-catalog/rtc-error-catalog/generated/go/spatialreal"
	"github.com/rtc-error-catalog/rtc-error-catalog/generated/go/streamvideo"
	"github.com/rtc-error-catalog/rtc-error-catalog/generated/go/vonagevideo"
	"github.com/rtc-error-catalog/rtc-error-catalog/generated/go/webplatform"
	"github.com/rtc-error-catalog/rtc-error-catalog/generated/go/zoomvideo"
)

// sets is every code set, in catalog order.
var sets = []CodeSet{
	entry("agora", "agora_rtc_error_code", agora.AllAgoraRtcErrorCodeValues(), agora.AgoraRtcErrorCodeFromValue, agora.ParseAgoraRtcErrorCode),
	entry("agora", "connection_disconnected_reason", agora.AllConnectionDisconnectedReasonValues(), agora.ConnectionDisconnectedReasonFromValue, agora.ParseConnectionDisconnectedReason),
	entry("agora", "channel_media_relay_error", agora.AllChannelMediaRelayErrorValues(), agora.ChannelMediaRelayErrorFromValue, agora.ParseChannelMediaRelayError),
	entry("amazon_chime", "meeting_session_status_code", amazonchime.AllMeetingSessionStatusCodeValues(), amazonchime.MeetingSessionStatusCodeFromValue, amazonchime.ParseMeetingSessionStatusCode),
	entry("amazon_ivs", "stage_error_code", amazonivs.AllStageErrorCodeValues(), amazonivs.StageErrorCodeFromValue, amazonivs.ParseStageErrorCode),
	entry("amazon_ivs", "stage_error_category", amazonivs.AllStageErrorCategoryValues(), amazonivs.StageErrorCategoryFromValue, amazonivs.ParseStageErrorCategory),
	entry("daily", "fatal_error_type", daily.AllFatalErrorTypeValues(), daily.FatalErrorTypeFromValue, daily.ParseFatalErrorType),
	entry("daily", "non_fatal_error_type", daily.AllNonFatalErrorTypeValues(), daily.NonFatalErrorTypeFromValue, daily.ParseNonFatalErrorType),
	entry("daily", "camera_error_type", daily.AllCameraErrorTypeValues(), daily.CameraErrorTypeFromValue, daily.ParseCameraErrorType),
	entry("hms", "websocket_connection_errors", hms.AllWebsocketConnectionErrorsValues(), hms.WebsocketConnectionErrorsFromValue, hms.ParseWebsocketConnectionErrors),
	entry("hms", "api_errors", hms.AllApiErrorsValues(), hms.ApiErrorsFromValue, hms.ParseApiErrors),
	entry("hms", "tracks_errors", hms.AllTracksErrorsValues(), hms.TracksErrorsFromValue, hms.ParseTracksErrors),
	entry("hms", "webrtc_errors", hms.AllWebrtcErrorsValues(), hms.WebrtcErrorsFromValue, hms.ParseWebrtcErrors),
	entry("hms", "websocket_method_errors", hms.AllWebsocketMethodErrorsValues(), hms.WebsocketMethodErrorsFromValue, hms.ParseWebsocketMethodErrors),
	entry("hms", "generic_errors", hms.AllGenericErrorsValues(), hms.GenericErrorsFromValue, hms.ParseGenericErrors),
	entry("hms", "media_plugin_errors", hms.AllMediaPluginErrorsValues(), hms.MediaPluginErrorsFromValue, hms.ParseMediaPluginErrors),
	entry("hms", "playlist_errors", hms.AllPlaylistErrorsValues(), hms.PlaylistErrorsFromValue, hms.ParsePlaylistErrors),
	entry("jitsi", "conference_error", jitsi.AllConferenceErrorValues(), jitsi.ConferenceErrorFromValue, jitsi.ParseConferenceError),
	entry("jitsi", "auth_error_type", jitsi.AllAuthErrorTypeValues(), jitsi.AuthErrorTypeFromValue, jitsi.ParseAuthErrorType),
	entry("livekit", "failure_reason", livekit.AllFailureReasonValues(), livekit.FailureReasonFromValue, livekit.ParseFailureReason),
	entry("livekit", "disconnect_reason", livekit.AllDisconnectReasonValues(), livekit.DisconnectReasonFromValue, livekit.ParseDisconnectReason),
	entry("spatialreal", "avatar_sdk_error_code", spatialreal.AllAvatarSdkErrorCodeValues(), spatialreal.AvatarSdkErrorCodeFromValue, spatialreal.ParseAvatarSdkErrorCode),
	entry("spatialreal", "close_code", spatialreal.AllCloseCodeValues(), spatialreal.CloseCodeFromValue, spatialreal.ParseCloseCode),
	entry("stream_video", "sfu_error_code", streamvideo.AllSfuErrorCodeValues(), streamvideo.SfuErrorCodeFromValue, streamvideo.ParseSfuErrorCode),
	entry("stream_video", "websocket_reconnect_strategy", streamvideo.AllWebsocketReconnectStrategyValues(), streamvideo.WebsocketReconnectStrategyFromValue, streamvideo.ParseWebsocketReconnectStrategy),
	entry("stream_video", "call_ended_reason", streamvideo.AllCallEndedReasonValues(), streamvideo.CallEndedReasonFromValue, streamvideo.ParseCallEndedReason),
	entry("stream_video", "go_away_reason", streamvideo.AllGoAwayReasonValues(), streamvideo.GoAwayReasonFromValue, streamvideo.ParseGoAwayReason),
	entry("vonage_video", "exception_code", vonagevideo.AllExceptionCodeValues(), vonagevideo.ExceptionCodeFromValue, vonagevideo.ParseExceptionCode),
	entry("web_platform", "rtc_error_detail_type", webplatform.AllRtcErrorDetailTypeValues(), webplatform.RtcErrorDetailTypeFromValue, webplatform.ParseRtcErrorDetailType),
	entry("web_platform", "rtc_peer_connection_state", webplatform.AllRtcPeerConnectionStateValues(), webplatform.RtcPeerConnectionStateFromValue, webplatform.ParseRtcPeerConnectionState),
	entry("web_platform", "rtc_ice_connection_state", webplatform.AllRtcIceConnectionStateValues(), webplatform.RtcIceConnectionStateFromValue, webplatform.ParseRtcIceConnectionState),
	entry("web_platform", "media_capture_error", webplatform.AllMediaCaptureErrorValues(), webplatform.MediaCaptureErrorFromValue, webplatform.ParseMediaCaptureError),
	entry("zoom_video", "exception_code", zoomvideo.AllExceptionCodeValues(), zoomvideo.ExceptionCodeFromValue, zoomvideo.ParseExceptionCode),
	entry("zoom_video", "error_types", zoomvideo.AllErrorTypesValues(), zoomvideo.ErrorTypesFromValue, zoomvideo.ParseErrorTypes),
	entry("zoom_video", "active_media_failed_code", zoomvideo.AllActiveMediaFailedCodeValues(), zoomvideo.ActiveMediaFailedCodeFromValue, zoomvideo.ParseActiveMediaFailedCode),
	entry("zoom_video", "reconnect_reason", zoomvideo.AllReconnectReasonValues(), zoomvideo.ReconnectReasonFromValue, zoomvideo.ParseReconnectReason),
}

// CodeSet is one code set, for tools that handle every provider's codes generically.
type CodeSet struct {
	// Provider: The provider's id, e.g. `livekit`.
	Provider string

	// ID: The code set's id, e.g. `disconnect_reason`.
	ID string

	// Codes: every code, in upstream order.
	Codes []errorcatalog.ErrorCode

	fromValue func(value any) (errorcatalog.ErrorCode, bool)
	fromName  func(name string) (errorcatalog.ErrorCode, bool)
}

// FromValue returns the code with this wire value (an int32 or a string, as the set's type
// has it), and whether the set has it.
func (s CodeSet) FromValue(value any) (errorcatalog.ErrorCode, bool) { return s.fromValue(value) }

// FromName returns the code with this upstream name (case-sensitive), and whether the set has it.
func (s CodeSet) FromName(name string) (errorcatalog.ErrorCode, bool) { return s.fromName(name) }

// All returns every code set, in catalog order.
func All() []CodeSet { return append([]CodeSet(nil), sets...) }

// Lookup returns the code with this wire value (an int32 or a string) in provider's code set
// codeSet, and whether there is one.
func Lookup(provider, codeSet string, value any) (errorcatalog.ErrorCode, bool) {
	for _, s := range sets {
		if s.Provider == provider && s.ID == codeSet {
			return s.FromValue(value)
		}
	}
	return nil, false
}

// Resolve returns the code a link names (`provider/code_set/NAME`, NAME as the catalog keys
// it, e.g. Info.ProtocolEquivalent), and whether there is one.
func Resolve(link string) (errorcatalog.ErrorCode, bool) {
	parts := strings.SplitN(link, "/", 3)
	if len(parts) != 3 {
		return nil, false
	}
	for _, s := range sets {
		if s.Provider != parts[0] || s.ID != parts[1] {
			continue
		}
		for _, c := range s.Codes {
			if c.Info().CatalogName == parts[2] {
				return c, true
			}
		}
	}
	return nil, false
}

// entry is one code set's row in sets, from its type's functions.
func entry[T errorcatalog.ErrorCode, V any](provider, id string, codes []T, fromValue func(V) (T, bool), fromName func(string) (T, bool)) CodeSet {
	all := make([]errorcatalog.ErrorCode, len(codes))
	for i, c := range codes {
		all[i] = c
	}
	return CodeSet{
		Provider: provider,
		ID:       id,
		Codes:    all,
		fromValue: func(value any) (errorcatalog.ErrorCode, bool) {
			v, ok := value.(V)
			if !ok {
				return nil, false
			}
			return found(fromValue(v))
		},
		fromName: func(name string) (errorcatalog.ErrorCode, bool) {
			return found(fromName(name))
		},
	}
}

// found turns a typed lookup's answer into the interface's, nil when there is none.
func found[T errorcatalog.ErrorCode](code T, ok bool) (errorcatalog.ErrorCode, bool) {
	if !ok {
		return nil, false
	}
	return code, true
}
