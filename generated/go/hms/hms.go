// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package hms has the error codes of 100ms, one type per code set.
package hms

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// WebsocketConnectionErrors: Failures of the signalling WebSocket to the 100ms server (ErrorCodes.WebSocketConnectionErrors).
//
// Upstream: ErrorCodes.WebSocketConnectionErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
type WebsocketConnectionErrors int32

// Every WebsocketConnectionErrors, in upstream order.
const (
	// WebsocketConnectionErrorsFailedToConnect: The signalling WebSocket could not be opened.
	WebsocketConnectionErrorsFailedToConnect WebsocketConnectionErrors = 1000

	// WebsocketConnectionErrorsWebsocketConnectionLost: The signalling connection was lost.
	WebsocketConnectionErrorsWebsocketConnectionLost WebsocketConnectionErrors = 1003

	// WebsocketConnectionErrorsAbnormalClose: The signalling WebSocket closed while it was being opened.
	WebsocketConnectionErrorsAbnormalClose WebsocketConnectionErrors = 1006
)

// WebsocketConnectionErrorsFromValue returns the code with this wire value, and whether the catalog knows it.
func WebsocketConnectionErrorsFromValue(value int32) (WebsocketConnectionErrors, bool) {
	if c := WebsocketConnectionErrors(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseWebsocketConnectionErrors returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseWebsocketConnectionErrors(name string) (WebsocketConnectionErrors, bool) {
	switch name {
	case "FAILED_TO_CONNECT":
		return WebsocketConnectionErrorsFailedToConnect, true
	case "WEBSOCKET_CONNECTION_LOST":
		return WebsocketConnectionErrorsWebsocketConnectionLost, true
	case "ABNORMAL_CLOSE":
		return WebsocketConnectionErrorsAbnormalClose, true
	}
	return 0, false
}

// AllWebsocketConnectionErrorsValues returns every code, in upstream order.
func AllWebsocketConnectionErrorsValues() []WebsocketConnectionErrors {
	return []WebsocketConnectionErrors{
		WebsocketConnectionErrorsFailedToConnect,
		WebsocketConnectionErrorsWebsocketConnectionLost,
		WebsocketConnectionErrorsAbnormalClose,
	}
}

// String returns the name exactly as upstream spells it, or WebsocketConnectionErrors(value) for a value the
// catalog does not know.
func (c WebsocketConnectionErrors) String() string {
	if i := c.index(); i >= 0 {
		return websocketConnectionErrorsInfo[i].UpstreamName
	}
	return fmt.Sprintf("WebsocketConnectionErrors(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c WebsocketConnectionErrors) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c WebsocketConnectionErrors) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &websocketConnectionErrorsInfo[i]
	}
	return nil
}

// index is the code's row in websocketConnectionErrorsInfo, or -1.
func (c WebsocketConnectionErrors) index() int {
	switch c {
	case WebsocketConnectionErrorsFailedToConnect:
		return 0
	case WebsocketConnectionErrorsWebsocketConnectionLost:
		return 1
	case WebsocketConnectionErrorsAbnormalClose:
		return 2
	}
	return -1
}

var websocketConnectionErrorsInfo = [...]errorcatalog.Info{
	{
		Provider:           "hms",
		CodeSet:            "websocket_connection_errors",
		CatalogName:        "FAILED_TO_CONNECT",
		UpstreamName:       "FAILED_TO_CONNECT",
		Summary:            "The signalling WebSocket could not be opened.",
		Cause:              "The browser reported an error on the WebSocket to the 100ms signalling server before it opened (\"Error opening websocket connection\").",
		When:               []string{"join or preview while the network is down or unstable", "a firewall, proxy or antivirus blocks WebSocket connections to the 100ms servers"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Not terminal while the SDK retries the connection (room state Reconnecting); terminal once the retries have failed for 60 s, when the SDK sets isTerminal to true and leaves the room.",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect to the call. Check your internet connection; we are trying again.",
		UserMessageKey:     "hms.websocket_connection_errors.FAILED_TO_CONNECT",
		Remediation:        []string{"Do not rejoin from the app while isTerminal is false; the SDK retries the connection by itself.", "If the error arrives with isTerminal true, offer the user a rejoin.", "If it happens on one network only, allow WebSocket (wss) traffic to the 100ms servers through the firewall or proxy."},
		Causes:             []string{"no network connectivity", "a firewall, proxy or antivirus that blocks WebSockets"},
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "websocket_connection_errors",
		CatalogName:        "WEBSOCKET_CONNECTION_LOST",
		UpstreamName:       "WEBSOCKET_CONNECTION_LOST",
		Summary:            "The signalling connection was lost.",
		Cause:              "The signalling WebSocket is not connected (it closed, or pings went unanswered) while the SDK needed it; pending requests are rejected with this code.",
		When:               []string{"the network drops or changes during a call (Wi-Fi to mobile data, laptop sleep)", "a request such as join or a metadata update is sent while the signalling connection is down"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Not terminal while the SDK reconnects the signalling channel (room state Reconnecting); terminal once the reconnection has failed for 60 s, when the SDK sets isTerminal to true and leaves the room.",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "hms.websocket_connection_errors.WEBSOCKET_CONNECTION_LOST",
		Remediation:        []string{"Show that the call is reconnecting (onReconnecting, room state Reconnecting) and wait; the SDK reconnects by itself.", "If the error arrives with isTerminal true, offer the user a rejoin.", "Retry an app request that failed with this code once the room is connected again."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/RetryScheduler.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1000, MaxDelayMs: 1000, Jitter: errorcatalog.JitterNone, MaxAttempts: 60},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "websocket_connection_errors",
		CatalogName:        "ABNORMAL_CLOSE",
		UpstreamName:       "ABNORMAL_CLOSE",
		Summary:            "The signalling WebSocket closed while it was being opened.",
		Cause:              "The WebSocket to the signalling server closed with a code other than 1000 before the connection was established.",
		When:               []string{"the server or a proxy drops the WebSocket during the opening handshake", "an unstable network at join time"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Not terminal while the SDK retries the connection (room state Reconnecting); terminal once the retries have failed for 60 s, when the SDK sets isTerminal to true and leaves the room.",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect to the call. Check your internet connection; we are trying again.",
		UserMessageKey:     "hms.websocket_connection_errors.ABNORMAL_CLOSE",
		Remediation:        []string{"Do not rejoin from the app while isTerminal is false; the SDK retries the connection by itself.", "If the error arrives with isTerminal true, offer the user a rejoin.", "If it recurs on one network, check for a proxy that terminates WebSockets early."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// ApiErrors: Failures of the HTTP calls the SDK makes before and around a session (init, token, feedback) (ErrorCodes.APIErrors).
//
// Upstream: ErrorCodes.APIErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
type ApiErrors int32

// Every ApiErrors, in upstream order.
const (
	// ApiErrorsServerErrors: An HTTP API of the 100ms service answered with an error.
	ApiErrorsServerErrors ApiErrors = 2000

	// ApiErrorsInitConfigNotAvailable: The SDK has no init configuration to connect with.
	ApiErrorsInitConfigNotAvailable ApiErrors = 2002

	// ApiErrorsEndpointUnreachable: A 100ms HTTP endpoint could not be reached.
	ApiErrorsEndpointUnreachable ApiErrors = 2003

	// ApiErrorsInvalidTokenFormat: The auth token is not a well-formed JWT.
	ApiErrorsInvalidTokenFormat ApiErrors = 2004
)

// ApiErrorsFromValue returns the code with this wire value, and whether the catalog knows it.
func ApiErrorsFromValue(value int32) (ApiErrors, bool) {
	if c := ApiErrors(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseApiErrors returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseApiErrors(name string) (ApiErrors, bool) {
	switch name {
	case "SERVER_ERRORS":
		return ApiErrorsServerErrors, true
	case "INIT_CONFIG_NOT_AVAILABLE":
		return ApiErrorsInitConfigNotAvailable, true
	case "ENDPOINT_UNREACHABLE":
		return ApiErrorsEndpointUnreachable, true
	case "INVALID_TOKEN_FORMAT":
		return ApiErrorsInvalidTokenFormat, true
	}
	return 0, false
}

// AllApiErrorsValues returns every code, in upstream order.
func AllApiErrorsValues() []ApiErrors {
	return []ApiErrors{
		ApiErrorsServerErrors,
		ApiErrorsInitConfigNotAvailable,
		ApiErrorsEndpointUnreachable,
		ApiErrorsInvalidTokenFormat,
	}
}

// String returns the name exactly as upstream spells it, or ApiErrors(value) for a value the
// catalog does not know.
func (c ApiErrors) String() string {
	if i := c.index(); i >= 0 {
		return apiErrorsInfo[i].UpstreamName
	}
	return fmt.Sprintf("ApiErrors(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c ApiErrors) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c ApiErrors) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &apiErrorsInfo[i]
	}
	return nil
}

// index is the code's row in apiErrorsInfo, or -1.
func (c ApiErrors) index() int {
	switch c {
	case ApiErrorsServerErrors:
		return 0
	case ApiErrorsInitConfigNotAvailable:
		return 1
	case ApiErrorsEndpointUnreachable:
		return 2
	case ApiErrorsInvalidTokenFormat:
		return 3
	}
	return -1
}

var apiErrorsInfo = [...]errorcatalog.Info{
	{
		Provider:           "hms",
		CodeSet:            "api_errors",
		CatalogName:        "SERVER_ERRORS",
		UpstreamName:       "SERVER_ERRORS",
		Summary:            "An HTTP API of the 100ms service answered with an error.",
		Cause:              "Declared for errors returned by the 100ms HTTP endpoints (the init endpoint, token and feedback APIs); in 0.15.2 the SDK reports such errors with the server's own code in place of 2000, under the exception name ServerErrors.",
		When:               []string{"the init endpoint refuses the token or the room (an HTTP error status)", "the token or feedback API of the 100ms service fails"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyDepends,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "The SDK decides per call; errors from the init endpoint during join are created terminal (the factory's default), errors from fetching an auth token by room code are not.",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "hms.api_errors.SERVER_ERRORS",
		Remediation:        []string{"Read HMSException.code and description; in 0.15.2 they carry the server's status or error code, not 2000.", "Retry with backoff for 5xx and 429; for 401 or 403 fetch a new token; for other 4xx fix the request (room, role, token claims)."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/init/index.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The code stands for a family of server answers; whether a retry helps depends on the HTTP status or server code carried in its place (a 5xx or 429 is transient, a 4xx is not).",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "api_errors",
		CatalogName:        "INIT_CONFIG_NOT_AVAILABLE",
		UpstreamName:       "INIT_CONFIG_NOT_AVAILABLE",
		Summary:            "The SDK has no init configuration to connect with.",
		Cause:              "The SDK tried to open the signalling connection before it had the configuration (signalling endpoint, ICE servers) that the init endpoint returns (\"Init Config not found\").",
		When:               []string{"the init request failed or was skipped and the join went on to open the signalling connection"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "hms.api_errors.INIT_CONFIG_NOT_AVAILABLE",
		Remediation:        []string{"Retry the join after a short delay; each join fetches the init configuration again.", "If it persists, check that the app can reach the init endpoint (a custom initEndpoint in the join config, or the default https://prod-init.100ms.live) and look at the earlier error for the init request."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/constants.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The configuration comes from a fresh init request, so a new join attempt after a short wait can succeed; repeated failures point at the init endpoint.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "api_errors",
		CatalogName:        "ENDPOINT_UNREACHABLE",
		UpstreamName:       "ENDPOINT_UNREACHABLE",
		Summary:            "A 100ms HTTP endpoint could not be reached.",
		Cause:              "The request to the init, token or feedback endpoint failed at the network level, or the init endpoint answered 404.",
		When:               []string{"the device is offline when the app joins", "a firewall or ad blocker blocks the 100ms domains", "a wrong custom init endpoint"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Not terminal as created; when the browser reports that it is offline (navigator.onLine false) during connect, the SDK retries and sets isTerminal to true if it has not recovered within 60 s.",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not reach the call service. Check your internet connection and try again.",
		UserMessageKey:     "hms.api_errors.ENDPOINT_UNREACHABLE",
		Remediation:        []string{"Check the network connection and retry the join with backoff.", "Allow the 100ms domains through firewalls, proxies and content blockers.", "If the app sets a custom init endpoint, check its URL."},
		Causes:             []string{"no network connectivity", "the 100ms domains are blocked", "a wrong endpoint URL (HTTP 404)"},
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/init/index.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The SDK retries by itself only while the browser is offline; otherwise the join fails at once and a later attempt, after the network is back, is the app's to make.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "api_errors",
		CatalogName:        "INVALID_TOKEN_FORMAT",
		UpstreamName:       "INVALID_TOKEN_FORMAT",
		Summary:            "The auth token is not a well-formed JWT.",
		Cause:              "The token passed to join or preview is empty, or does not have the three dot-separated parts (header, payload, signature) of a JWT, or its payload cannot be decoded.",
		When:               []string{"the app passes an empty, undefined or truncated token", "the app passes a room code or another string in place of the auth token"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not confirm your access to this call. Please try joining again.",
		UserMessageKey:     "hms.api_errors.INVALID_TOKEN_FORMAT",
		Remediation:        []string{"Fetch a fresh auth token (from the app's backend, or with getAuthTokenByRoomCode) and join again.", "Check that the app passes the token itself, complete, and not a room code or an error body."},
		Causes:             []string{"an empty or undefined token", "a token cut short or altered on its way to the client"},
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/jwt.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The same string fails the same way every time; only a correct token, fetched again from the app's backend or the token API, can succeed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// TracksErrors: Failures to capture, publish or play local and remote media tracks (ErrorCodes.TracksErrors), reported as HMSTrackException.
//
// Upstream: ErrorCodes.TracksErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
type TracksErrors int32

// Every TracksErrors, in upstream order.
const (
	// TracksErrorsGenericTrack: Getting or changing a local track failed for a reason the SDK did not classify.
	TracksErrorsGenericTrack TracksErrors = 3000

	// TracksErrorsCantAccessCaptureDevice: The user denied access to the camera, microphone or screen.
	TracksErrorsCantAccessCaptureDevice TracksErrors = 3001

	// TracksErrorsDeviceNotAvailable: No capture device of the requested kind is available.
	TracksErrorsDeviceNotAvailable TracksErrors = 3002

	// TracksErrorsDeviceInUse: The capture device is in use by another application.
	TracksErrorsDeviceInUse TracksErrors = 3003

	// TracksErrorsDeviceLostMidway: Access to a capture device was lost during the call.
	TracksErrorsDeviceLostMidway TracksErrors = 3004

	// TracksErrorsNothingToReturn: Neither audio nor video was requested.
	TracksErrorsNothingToReturn TracksErrors = 3005

	// TracksErrorsInvalidVideoSettings: Simulcast was enabled without video settings.
	TracksErrorsInvalidVideoSettings TracksErrors = 3006

	// TracksErrorsCodecChangeNotPermitted: The codec cannot be changed during a call.
	TracksErrorsCodecChangeNotPermitted TracksErrors = 3007

	// TracksErrorsAutoplayError: The browser blocked audio playback until the user interacts with the page.
	TracksErrorsAutoplayError TracksErrors = 3008

	// TracksErrorsOverConstrained: The device cannot satisfy the requested constraints.
	TracksErrorsOverConstrained TracksErrors = 3009

	// TracksErrorsNoAudioDetected: No sound is coming from the microphone.
	TracksErrorsNoAudioDetected TracksErrors = 3010

	// TracksErrorsSystemDeniedPermission: The operating system denied access to the capture device.
	TracksErrorsSystemDeniedPermission TracksErrors = 3011

	// TracksErrorsCurrentTabNotShared: The user shared something other than the current tab.
	TracksErrorsCurrentTabNotShared TracksErrors = 3012

	// TracksErrorsAudioPlaybackError: Playing a remote participant's audio failed.
	TracksErrorsAudioPlaybackError TracksErrors = 3013

	// TracksErrorsSelectedDeviceMissing: The selected device could no longer be found.
	TracksErrorsSelectedDeviceMissing TracksErrors = 3014

	// TracksErrorsNoData: A local track is publishing no media.
	TracksErrorsNoData TracksErrors = 3015
)

// TracksErrorsFromValue returns the code with this wire value, and whether the catalog knows it.
func TracksErrorsFromValue(value int32) (TracksErrors, bool) {
	if c := TracksErrors(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseTracksErrors returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseTracksErrors(name string) (TracksErrors, bool) {
	switch name {
	case "GENERIC_TRACK":
		return TracksErrorsGenericTrack, true
	case "CANT_ACCESS_CAPTURE_DEVICE":
		return TracksErrorsCantAccessCaptureDevice, true
	case "DEVICE_NOT_AVAILABLE":
		return TracksErrorsDeviceNotAvailable, true
	case "DEVICE_IN_USE":
		return TracksErrorsDeviceInUse, true
	case "DEVICE_LOST_MIDWAY":
		return TracksErrorsDeviceLostMidway, true
	case "NOTHING_TO_RETURN":
		return TracksErrorsNothingToReturn, true
	case "INVALID_VIDEO_SETTINGS":
		return TracksErrorsInvalidVideoSettings, true
	case "CODEC_CHANGE_NOT_PERMITTED":
		return TracksErrorsCodecChangeNotPermitted, true
	case "AUTOPLAY_ERROR":
		return TracksErrorsAutoplayError, true
	case "OVER_CONSTRAINED":
		return TracksErrorsOverConstrained, true
	case "NO_AUDIO_DETECTED":
		return TracksErrorsNoAudioDetected, true
	case "SYSTEM_DENIED_PERMISSION":
		return TracksErrorsSystemDeniedPermission, true
	case "CURRENT_TAB_NOT_SHARED":
		return TracksErrorsCurrentTabNotShared, true
	case "AUDIO_PLAYBACK_ERROR":
		return TracksErrorsAudioPlaybackError, true
	case "SELECTED_DEVICE_MISSING":
		return TracksErrorsSelectedDeviceMissing, true
	case "NO_DATA":
		return TracksErrorsNoData, true
	}
	return 0, false
}

// AllTracksErrorsValues returns every code, in upstream order.
func AllTracksErrorsValues() []TracksErrors {
	return []TracksErrors{
		TracksErrorsGenericTrack,
		TracksErrorsCantAccessCaptureDevice,
		TracksErrorsDeviceNotAvailable,
		TracksErrorsDeviceInUse,
		TracksErrorsDeviceLostMidway,
		TracksErrorsNothingToReturn,
		TracksErrorsInvalidVideoSettings,
		TracksErrorsCodecChangeNotPermitted,
		TracksErrorsAutoplayError,
		TracksErrorsOverConstrained,
		TracksErrorsNoAudioDetected,
		TracksErrorsSystemDeniedPermission,
		TracksErrorsCurrentTabNotShared,
		TracksErrorsAudioPlaybackError,
		TracksErrorsSelectedDeviceMissing,
		TracksErrorsNoData,
	}
}

// String returns the name exactly as upstream spells it, or TracksErrors(value) for a value the
// catalog does not know.
func (c TracksErrors) String() string {
	if i := c.index(); i >= 0 {
		return tracksErrorsInfo[i].UpstreamName
	}
	return fmt.Sprintf("TracksErrors(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c TracksErrors) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c TracksErrors) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &tracksErrorsInfo[i]
	}
	return nil
}

// index is the code's row in tracksErrorsInfo, or -1.
func (c TracksErrors) index() int {
	switch c {
	case TracksErrorsGenericTrack:
		return 0
	case TracksErrorsCantAccessCaptureDevice:
		return 1
	case TracksErrorsDeviceNotAvailable:
		return 2
	case TracksErrorsDeviceInUse:
		return 3
	case TracksErrorsDeviceLostMidway:
		return 4
	case TracksErrorsNothingToReturn:
		return 5
	case TracksErrorsInvalidVideoSettings:
		return 6
	case TracksErrorsCodecChangeNotPermitted:
		return 7
	case TracksErrorsAutoplayError:
		return 8
	case TracksErrorsOverConstrained:
		return 9
	case TracksErrorsNoAudioDetected:
		return 10
	case TracksErrorsSystemDeniedPermission:
		return 11
	case TracksErrorsCurrentTabNotShared:
		return 12
	case TracksErrorsAudioPlaybackError:
		return 13
	case TracksErrorsSelectedDeviceMissing:
		return 14
	case TracksErrorsNoData:
		return 15
	}
	return -1
}

var tracksErrorsInfo = [...]errorcatalog.Info{
	{
		Provider:           "hms",
		CodeSet:            "tracks_errors",
		CatalogName:        "GENERIC_TRACK",
		UpstreamName:       "GENERIC_TRACK",
		Summary:            "Getting or changing a local track failed for a reason the SDK did not classify.",
		Cause:              "A getUserMedia or getDisplayMedia failure that matched none of the specific browser errors, or another track operation failed (for example cropping a screen share, or a retry after all constraints were dropped).",
		When:               []string{"an unusual browser or driver error while starting the camera, microphone or screen share", "cropping a screen-share capture to a region fails"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not start your camera, microphone or screen share. Please try again.",
		UserMessageKey:     "hms.tracks_errors.GENERIC_TRACK",
		Remediation:        []string{"Log HMSException.description and nativeError, which carry the browser's own error.", "Let the user retry the device, pick another one, or reload the page."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/LocalTrackManager.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the track or device named in the exception (trackType) is affected."}}, Meaning: ""},
		Rationale:          "The cause is unknown, so the catalog does not retry blindly; letting the user try the device again, or another device, is the safe choice.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "tracks_errors",
		CatalogName:        "CANT_ACCESS_CAPTURE_DEVICE",
		UpstreamName:       "CANT_ACCESS_CAPTURE_DEVICE",
		Summary:            "The user denied access to the camera, microphone or screen.",
		Cause:              "The browser refused the capture request with NotAllowedError, usually because the user (or a site setting) blocked the permission.",
		When:               []string{"the user clicks Block on the browser's permission prompt", "the site's camera or microphone permission was blocked earlier", "the user cancels the screen-share picker"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Access to your camera, microphone or screen was blocked. Allow it in your browser's settings, then try again.",
		UserMessageKey:     "hms.tracks_errors.CANT_ACCESS_CAPTURE_DEVICE",
		Remediation:        []string{"Tell the user which device was blocked (HMSTrackException.trackType) and how to allow it in the browser's site settings.", "Let the user join or stay in the call without that device."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the track or device named in the exception (trackType) is affected."}}, Meaning: ""},
		Rationale:          "The browser keeps refusing until the user grants the permission, so a retry only makes sense after they have changed it.",
		Deprecation:        "",
		ProtocolEquivalent: "web_platform/media_capture_error/NotAllowedError",
	},
	{
		Provider:           "hms",
		CodeSet:            "tracks_errors",
		CatalogName:        "DEVICE_NOT_AVAILABLE",
		UpstreamName:       "DEVICE_NOT_AVAILABLE",
		Summary:            "No capture device of the requested kind is available.",
		Cause:              "The browser reported NotFoundError (or a \"device not found\" message) for the camera, microphone or screen requested.",
		When:               []string{"the device has no camera or microphone, or it is disabled", "the selected device was unplugged"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not find your camera or microphone. Connect one, or choose another, and try again.",
		UserMessageKey:     "hms.tracks_errors.DEVICE_NOT_AVAILABLE",
		Remediation:        []string{"Ask the user to connect or enable a device, or to choose another one, then try again.", "Let the user continue without that device."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the track or device named in the exception (trackType) is affected."}}, Meaning: ""},
		Rationale:          "Nothing changes until the user connects or enables a device, or picks another one.",
		Deprecation:        "",
		ProtocolEquivalent: "web_platform/media_capture_error/NotFoundError",
	},
	{
		Provider:           "hms",
		CodeSet:            "tracks_errors",
		CatalogName:        "DEVICE_IN_USE",
		UpstreamName:       "DEVICE_IN_USE",
		Summary:            "The capture device is in use by another application.",
		Cause:              "The browser reported NotReadableError; the device exists and access was granted, but it could not be opened, typically because another application holds it.",
		When:               []string{"another video-call app or browser tab is using the camera", "a driver or hardware fault keeps the device from starting"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your camera or microphone is being used by another app. Close it and try again.",
		UserMessageKey:     "hms.tracks_errors.DEVICE_IN_USE",
		Remediation:        []string{"Ask the user to close other applications or tabs using the device, then try again.", "Offer another device if one is available."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the track or device named in the exception (trackType) is affected."}}, Meaning: ""},
		Rationale:          "The device frees up only when the other application lets go of it, which the user has to do.",
		Deprecation:        "",
		ProtocolEquivalent: "web_platform/media_capture_error/NotReadableError",
	},
	{
		Provider:           "hms",
		CodeSet:            "tracks_errors",
		CatalogName:        "DEVICE_LOST_MIDWAY",
		UpstreamName:       "DEVICE_LOST_MIDWAY",
		Summary:            "Access to a capture device was lost during the call.",
		Cause:              "Declared for a capture device that stops delivering media mid-call (unplugged, taken over or switched off); 0.15.2 has a factory for it but never raises it.",
		When:               []string{"a USB camera or headset is unplugged during the call"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your camera or microphone stopped working. Check it, or choose another, and try again.",
		UserMessageKey:     "hms.tracks_errors.DEVICE_LOST_MIDWAY",
		Remediation:        []string{"Ask the user to reconnect the device or select another one, then re-enable the track."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the track or device named in the exception (trackType) is affected."}}, Meaning: ""},
		Rationale:          "The device has to come back, or another be chosen, before capture can resume.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "tracks_errors",
		CatalogName:        "NOTHING_TO_RETURN",
		UpstreamName:       "NOTHING_TO_RETURN",
		Summary:            "Neither audio nor video was requested.",
		Cause:              "Track settings asked for no audio and no video, or the browser refused the capture request with TypeError (which getUserMedia raises for an empty request).",
		When:               []string{"building track settings with both audio and video set to null", "preview or join configured to publish nothing, while the SDK still asks for tracks"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "hms.tracks_errors.NOTHING_TO_RETURN",
		Remediation:        []string{"Request audio, video or both in the track settings, or skip getting local tracks when the role publishes nothing."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/media/settings/HMSTrackSettings.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the track or device named in the exception (trackType) is affected."}}, Meaning: ""},
		Rationale:          "The same settings produce the same empty request; the app has to ask for at least one kind of media.",
		Deprecation:        "",
		ProtocolEquivalent: "web_platform/media_capture_error/TypeError",
	},
	{
		Provider:           "hms",
		CodeSet:            "tracks_errors",
		CatalogName:        "INVALID_VIDEO_SETTINGS",
		UpstreamName:       "INVALID_VIDEO_SETTINGS",
		Summary:            "Simulcast was enabled without video settings.",
		Cause:              "The track settings builder was asked for simulcast while its video settings are null.",
		When:               []string{"building HMSTrackSettings with simulcast on and no video"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "hms.tracks_errors.INVALID_VIDEO_SETTINGS",
		Remediation:        []string{"Provide video settings when enabling simulcast, or turn simulcast off for audio-only publishing."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/media/settings/HMSTrackSettings.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the track or device named in the exception (trackType) is affected."}}, Meaning: ""},
		Rationale:          "A configuration error that repeats until the app's settings change.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "tracks_errors",
		CatalogName:        "CODEC_CHANGE_NOT_PERMITTED",
		UpstreamName:       "CODEC_CHANGE_NOT_PERMITTED",
		Summary:            "The codec cannot be changed during a call.",
		Cause:              "Declared for an attempt to change a track's codec mid-call (\"Codec can't be changed mid call\"); 0.15.2 has a factory for it but never raises it.",
		When:               []string{"changing video codec settings after joining"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "hms.tracks_errors.CODEC_CHANGE_NOT_PERMITTED",
		Remediation:        []string{"Choose the codec before joining; change it only by leaving and joining again."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the track or device named in the exception (trackType) is affected."}}, Meaning: ""},
		Rationale:          "The SDK does not allow the change during a call, so repeating it fails the same way.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "tracks_errors",
		CatalogName:        "AUTOPLAY_ERROR",
		UpstreamName:       "AUTOPLAY_ERROR",
		Summary:            "The browser blocked audio playback until the user interacts with the page.",
		Cause:              "Playing a remote audio track failed with NotAllowedError because the browser's autoplay policy needs a user gesture first (\"Autoplay blocked because the user didn't interact with the document first\"); the exception is named AutoplayBlocked.",
		When:               []string{"remote audio starts before the user has clicked or tapped on the page", "joining from a page opened without user interaction"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Tap or click anywhere to turn on the call's audio.",
		UserMessageKey:     "hms.tracks_errors.AUTOPLAY_ERROR",
		Remediation:        []string{"Show a button that asks the user to enable audio, and call unblockAudio() from its click handler.", "Have the user click a join button before joining, so that playback follows a user gesture."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/audio-sink-manager/AudioSinkManager.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the track or device named in the exception (trackType) is affected."}}, Meaning: ""},
		Rationale:          "Only a user gesture lifts the browser's autoplay block; retrying playback without one fails again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "tracks_errors",
		CatalogName:        "OVER_CONSTRAINED",
		UpstreamName:       "OVER_CONSTRAINED",
		Summary:            "The device cannot satisfy the requested constraints.",
		Cause:              "The browser reported OverconstrainedError; the requested resolution, frame rate or device id cannot be met by the hardware.",
		When:               []string{"requesting a resolution or frame rate the camera does not support", "requesting a deviceId that is no longer present"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "hms.tracks_errors.OVER_CONSTRAINED",
		Remediation:        []string{"Relax the constraints in the track settings (resolution, frame rate), or drop a stale deviceId.", "Read HMSException.description, which names the constraint the browser could not satisfy."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/LocalTrackManager.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the track or device named in the exception (trackType) is affected."}}, Meaning: ""},
		Rationale:          "The same constraints fail on the same hardware. The SDK itself retries once without constraints (src/sdk/LocalTrackManager.ts), so the app should not repeat the original request.",
		Deprecation:        "",
		ProtocolEquivalent: "web_platform/media_capture_error/OverconstrainedError",
	},
	{
		Provider:           "hms",
		CodeSet:            "tracks_errors",
		CatalogName:        "NO_AUDIO_DETECTED",
		UpstreamName:       "NO_AUDIO_DETECTED",
		Summary:            "No sound is coming from the microphone.",
		Cause:              "The SDK's audio presence check found no input on the local microphone track (\"No audio input detected from microphone\").",
		When:               []string{"the microphone is muted in hardware or in the operating system", "the wrong input device is selected", "a faulty microphone"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We can't hear you. Check your microphone, or choose another one.",
		UserMessageKey:     "hms.tracks_errors.NO_AUDIO_DETECTED",
		Remediation:        []string{"Tell the user, and offer a microphone picker.", "Suggest checking the hardware mute switch and the operating system's input settings."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the track or device named in the exception (trackType) is affected."}}, Meaning: ""},
		Rationale:          "The microphone keeps producing silence until the user checks it or selects another input.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "tracks_errors",
		CatalogName:        "SYSTEM_DENIED_PERMISSION",
		UpstreamName:       "SYSTEM_DENIED_PERMISSION",
		Summary:            "The operating system denied access to the capture device.",
		Cause:              "The browser was refused access by the operating system (Chrome's NotAllowedError \"denied by system\", or NotFoundError on Firefox, which the SDK maps here as well).",
		When:               []string{"the browser lacks camera, microphone or screen-recording permission in macOS or Windows privacy settings", "a device management policy blocks the device"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your computer's settings are blocking the camera, microphone or screen share. Allow your browser in the system settings, then try again.",
		UserMessageKey:     "hms.tracks_errors.SYSTEM_DENIED_PERMISSION",
		Remediation:        []string{"Tell the user to allow the browser in the operating system's privacy settings (camera, microphone or screen recording), then restart the browser if needed.", "Let the user continue without that device meanwhile."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/utils.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the track or device named in the exception (trackType) is affected."}}, Meaning: ""},
		Rationale:          "The browser's own permission is not enough; the user must allow the browser in the operating system's settings (often followed by a browser restart).",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "tracks_errors",
		CatalogName:        "CURRENT_TAB_NOT_SHARED",
		UpstreamName:       "CURRENT_TAB_NOT_SHARED",
		Summary:            "The user shared something other than the current tab.",
		Cause:              "Screen sharing was started with forceCurrentTab true, but the capture handle shows the user picked another tab, window or screen.",
		When:               []string{"an app that needs the current tab shared, and the user chooses another surface in the picker"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Please share this tab to continue.",
		UserMessageKey:     "hms.tracks_errors.CURRENT_TAB_NOT_SHARED",
		Remediation:        []string{"Ask the user to start screen sharing again and choose the current tab."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/LocalTrackManager.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the track or device named in the exception (trackType) is affected."}}, Meaning: ""},
		Rationale:          "Only the user's choice in the browser picker can fix it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "tracks_errors",
		CatalogName:        "AUDIO_PLAYBACK_ERROR",
		UpstreamName:       "AUDIO_PLAYBACK_ERROR",
		Summary:            "Playing a remote participant's audio failed.",
		Cause:              "The audio element that plays a remote audio track raised an error (its MediaError code is in the description); the exception is named \"Audio playback error\".",
		When:               []string{"the browser cannot decode the incoming audio", "the audio output device fails"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "There was a problem playing the call's audio. If you can't hear others, try rejoining.",
		UserMessageKey:     "hms.tracks_errors.AUDIO_PLAYBACK_ERROR",
		Remediation:        []string{"Log the MediaError code from the description; for a decode error the SDK recreates the audio element by itself after about 500 ms.", "If audio stays silent, let the user pick another output device or rejoin."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/audio-sink-manager/AudioSinkManager.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the track or device named in the exception (trackType) is affected."}}, Meaning: ""},
		Rationale:          "For a decode error, the usual case, the SDK recreates the audio element by itself after about 500 ms; for other media errors it does not, so the catalog's advice is to wait first and offer a rejoin only if audio stays silent.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "tracks_errors",
		CatalogName:        "SELECTED_DEVICE_MISSING",
		UpstreamName:       "SELECTED_DEVICE_MISSING",
		Summary:            "The selected device could no longer be found.",
		Cause:              "After a device change, the SDK could not find the audio input (or output) the user had selected, nor a replacement (\"Could not detect selected ... device\").",
		When:               []string{"the selected headset or microphone is unplugged and no other device is available"},
		Category:           errorcatalog.CategoryUserInput,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not find your selected audio device. Check it's connected, or choose another.",
		UserMessageKey:     "hms.tracks_errors.SELECTED_DEVICE_MISSING",
		Remediation:        []string{"Ask the user to reconnect the device or select another one."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/device-manager/DeviceManager.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the track or device named in the exception (trackType) is affected."}}, Meaning: ""},
		Rationale:          "The call can continue once the user connects a device or picks another one; the SDK reports it in its device-change analytics.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "tracks_errors",
		CatalogName:        "NO_DATA",
		UpstreamName:       "NO_DATA",
		Summary:            "A local track is publishing no media.",
		Cause:              "A local track is muted by the system or has ended before publishing, so it sends no data; the SDK's description says another application may have taken the camera or microphone, or an incoming phone call. The exception is named \"Track does not have any data\".",
		When:               []string{"on mobile browsers, a phone or WhatsApp call is in progress when the user joins", "another application takes priority over the camera or microphone"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your camera or microphone is busy with another app or call. End it, then turn your camera or microphone off and on again.",
		UserMessageKey:     "hms.tracks_errors.NO_DATA",
		Remediation:        []string{"Tell the user another app or call holds the device, and let them toggle the track once it is free."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the track or device named in the exception (trackType) is affected."}}, Meaning: ""},
		Rationale:          "The device is held elsewhere, as with DEVICE_IN_USE; the track carries data again only after the other use ends.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// WebrtcErrors: Failures of the WebRTC peer connections that carry the media (ErrorCodes.WebrtcErrors).
//
// Upstream: ErrorCodes.WebrtcErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
type WebrtcErrors int32

// Every WebrtcErrors, in upstream order.
const (
	// WebrtcErrorsCreateOfferFailed: Creating an SDP offer failed.
	WebrtcErrorsCreateOfferFailed WebrtcErrors = 4001

	// WebrtcErrorsCreateAnswerFailed: Creating an SDP answer failed.
	WebrtcErrorsCreateAnswerFailed WebrtcErrors = 4002

	// WebrtcErrorsSetLocalDescriptionFailed: Applying the local SDP description failed.
	WebrtcErrorsSetLocalDescriptionFailed WebrtcErrors = 4003

	// WebrtcErrorsSetRemoteDescriptionFailed: Applying the server's SDP description failed.
	WebrtcErrorsSetRemoteDescriptionFailed WebrtcErrors = 4004

	// WebrtcErrorsIceFailure: The media connection failed.
	WebrtcErrorsIceFailure WebrtcErrors = 4005

	// WebrtcErrorsIceDisconnected: The media connection was interrupted.
	WebrtcErrorsIceDisconnected WebrtcErrors = 4006

	// WebrtcErrorsStatsFailed: Reading WebRTC statistics failed.
	WebrtcErrorsStatsFailed WebrtcErrors = 4007

	// WebrtcErrorsPublishAnswerSuperseded: The server's answer was dropped because a newer offer is in flight.
	WebrtcErrorsPublishAnswerSuperseded WebrtcErrors = 4008
)

// WebrtcErrorsFromValue returns the code with this wire value, and whether the catalog knows it.
func WebrtcErrorsFromValue(value int32) (WebrtcErrors, bool) {
	if c := WebrtcErrors(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseWebrtcErrors returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseWebrtcErrors(name string) (WebrtcErrors, bool) {
	switch name {
	case "CREATE_OFFER_FAILED":
		return WebrtcErrorsCreateOfferFailed, true
	case "CREATE_ANSWER_FAILED":
		return WebrtcErrorsCreateAnswerFailed, true
	case "SET_LOCAL_DESCRIPTION_FAILED":
		return WebrtcErrorsSetLocalDescriptionFailed, true
	case "SET_REMOTE_DESCRIPTION_FAILED":
		return WebrtcErrorsSetRemoteDescriptionFailed, true
	case "ICE_FAILURE":
		return WebrtcErrorsIceFailure, true
	case "ICE_DISCONNECTED":
		return WebrtcErrorsIceDisconnected, true
	case "STATS_FAILED":
		return WebrtcErrorsStatsFailed, true
	case "PUBLISH_ANSWER_SUPERSEDED":
		return WebrtcErrorsPublishAnswerSuperseded, true
	}
	return 0, false
}

// AllWebrtcErrorsValues returns every code, in upstream order.
func AllWebrtcErrorsValues() []WebrtcErrors {
	return []WebrtcErrors{
		WebrtcErrorsCreateOfferFailed,
		WebrtcErrorsCreateAnswerFailed,
		WebrtcErrorsSetLocalDescriptionFailed,
		WebrtcErrorsSetRemoteDescriptionFailed,
		WebrtcErrorsIceFailure,
		WebrtcErrorsIceDisconnected,
		WebrtcErrorsStatsFailed,
		WebrtcErrorsPublishAnswerSuperseded,
	}
}

// String returns the name exactly as upstream spells it, or WebrtcErrors(value) for a value the
// catalog does not know.
func (c WebrtcErrors) String() string {
	if i := c.index(); i >= 0 {
		return webrtcErrorsInfo[i].UpstreamName
	}
	return fmt.Sprintf("WebrtcErrors(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c WebrtcErrors) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c WebrtcErrors) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &webrtcErrorsInfo[i]
	}
	return nil
}

// index is the code's row in webrtcErrorsInfo, or -1.
func (c WebrtcErrors) index() int {
	switch c {
	case WebrtcErrorsCreateOfferFailed:
		return 0
	case WebrtcErrorsCreateAnswerFailed:
		return 1
	case WebrtcErrorsSetLocalDescriptionFailed:
		return 2
	case WebrtcErrorsSetRemoteDescriptionFailed:
		return 3
	case WebrtcErrorsIceFailure:
		return 4
	case WebrtcErrorsIceDisconnected:
		return 5
	case WebrtcErrorsStatsFailed:
		return 6
	case WebrtcErrorsPublishAnswerSuperseded:
		return 7
	}
	return -1
}

var webrtcErrorsInfo = [...]errorcatalog.Info{
	{
		Provider:           "hms",
		CodeSet:            "webrtc_errors",
		CatalogName:        "CREATE_OFFER_FAILED",
		UpstreamName:       "CREATE_OFFER_FAILED",
		Summary:            "Creating an SDP offer failed.",
		Cause:              "The browser's RTCPeerConnection.createOffer rejected while the SDK negotiated the publish connection.",
		When:               []string{"publishing or renegotiating after a track change", "a browser or extension that interferes with WebRTC"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "hms.webrtc_errors.CREATE_OFFER_FAILED",
		Remediation:        []string{"Retry the action that triggered the negotiation (publishing or unmuting a track) after a short delay.", "If it repeats, log the description and nativeError, and suggest another browser or disabling extensions that touch WebRTC."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The SDK does not end the session for it, and a later negotiation (for example after the next track change) can succeed; repeated failures point at the browser.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "webrtc_errors",
		CatalogName:        "CREATE_ANSWER_FAILED",
		UpstreamName:       "CREATE_ANSWER_FAILED",
		Summary:            "Creating an SDP answer failed.",
		Cause:              "The browser's RTCPeerConnection.createAnswer rejected while the SDK answered the server's offer for the subscribe connection.",
		When:               []string{"subscribing to remote tracks, at join or when others publish"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "hms.webrtc_errors.CREATE_ANSWER_FAILED",
		Remediation:        []string{"Log the description and nativeError; if remote media stays missing, offer the user a rejoin.", "If it repeats, suggest another browser or disabling extensions that touch WebRTC."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The SDK does not end the session for it, and the server's next offer can succeed; repeated failures point at the browser.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "webrtc_errors",
		CatalogName:        "SET_LOCAL_DESCRIPTION_FAILED",
		UpstreamName:       "SET_LOCAL_DESCRIPTION_FAILED",
		Summary:            "Applying the local SDP description failed.",
		Cause:              "The browser's RTCPeerConnection.setLocalDescription rejected the offer or answer the SDK created.",
		When:               []string{"negotiating the publish or subscribe connection"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "hms.webrtc_errors.SET_LOCAL_DESCRIPTION_FAILED",
		Remediation:        []string{"Retry the action that triggered the negotiation after a short delay; if media stays missing, offer a rejoin.", "Log the description and nativeError for the 100ms support team."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The SDK does not end the session for it, and a new negotiation can succeed; repeated failures point at the browser.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "webrtc_errors",
		CatalogName:        "SET_REMOTE_DESCRIPTION_FAILED",
		UpstreamName:       "SET_REMOTE_DESCRIPTION_FAILED",
		Summary:            "Applying the server's SDP description failed.",
		Cause:              "The browser's RTCPeerConnection.setRemoteDescription rejected the server's offer or answer, or, during join, the publish answer was discarded because a newer offer was in flight.",
		When:               []string{"joining, while the publish connection is negotiated", "a codec or SDP feature the browser does not accept"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "hms.webrtc_errors.SET_REMOTE_DESCRIPTION_FAILED",
		Remediation:        []string{"Tell the user the call could not connect and offer a rejoin.", "If it repeats, log the description and nativeError and report it with the browser version to 100ms."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/connection/HMSConnection.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The SDK marks it terminal and leaves the room; the app can only offer the user a new join.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "webrtc_errors",
		CatalogName:        "ICE_FAILURE",
		UpstreamName:       "ICE_FAILURE",
		Summary:            "The media connection failed.",
		Cause:              "A peer connection's state became failed (ICE could not find or keep a working path), or its DTLS transport stayed connecting or failed past the configured timeout.",
		When:               []string{"firewalls or VPNs that block UDP and the TURN fallback", "a network change the connection could not survive"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Not terminal while the SDK restarts ICE (room state Reconnecting); terminal when the restart has not recovered within 60 s, or at once when the DTLS transport is stuck past its timeout (the SDK creates that one with isTerminal true).",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "hms.webrtc_errors.ICE_FAILURE",
		Remediation:        []string{"Show that the call is reconnecting and wait; the SDK restarts ICE by itself.", "If the error arrives with isTerminal true, offer a rejoin; if it recurs on one network, allow UDP or TURN over TLS (port 443) to the 100ms servers."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/RetryScheduler.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "webrtc_errors",
		CatalogName:        "ICE_DISCONNECTED",
		UpstreamName:       "ICE_DISCONNECTED",
		Summary:            "The media connection was interrupted.",
		Cause:              "A peer connection stayed disconnected (not failed) for longer than the SDK's grace period (ICE_DISCONNECTION_TIMEOUT, 5 s).",
		When:               []string{"a brief network outage or a switch between networks"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Not terminal while the SDK restarts ICE (room state Reconnecting); terminal when the restart has not recovered within 60 s.",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "hms.webrtc_errors.ICE_DISCONNECTED",
		Remediation:        []string{"Show that the call is reconnecting and wait; the SDK restarts ICE by itself.", "If the error arrives with isTerminal true, offer the user a rejoin."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/constants.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "webrtc_errors",
		CatalogName:        "STATS_FAILED",
		UpstreamName:       "STATS_FAILED",
		Summary:            "Reading WebRTC statistics failed.",
		Cause:              "RTCPeerConnection.getStats, or processing its report, failed while the SDK collected connection statistics.",
		When:               []string{"collecting stats while a peer connection is closing", "a browser that returns incomplete stats"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Call quality information is temporarily unavailable.",
		UserMessageKey:     "hms.webrtc_errors.STATS_FAILED",
		Remediation:        []string{"No action is needed for the call; log it if stats-based features (quality indicators) matter to the app."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/rtc-stats/HMSWebrtcStats.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The call itself is unaffected and the SDK collects statistics again on its next interval; there is nothing for the app to retry.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "webrtc_errors",
		CatalogName:        "PUBLISH_ANSWER_SUPERSEDED",
		UpstreamName:       "PUBLISH_ANSWER_SUPERSEDED",
		Summary:            "The server's answer was dropped because a newer offer is in flight.",
		Cause:              "The answer to a publish offer arrived after the SDK had already staged a newer offer, so the SDK discarded it.",
		When:               []string{"tracks published or changed in quick succession, so negotiations overlap"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "hms.webrtc_errors.PUBLISH_ANSWER_SUPERSEDED",
		Remediation:        []string{"Nothing to do; the newer negotiation carries the change. The factory's doc comment says \"Non-terminal; the owner retries\"."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 120000, Jitter: errorcatalog.JitterEqual, MaxAttempts: 10},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on, or the SDK is still retrying (room state Reconnecting); only the action named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// WebsocketMethodErrors: Errors answering requests sent over the signalling connection, such as join (ErrorCodes.WebsocketMethodErrors).
//
// Upstream: ErrorCodes.WebsocketMethodErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
type WebsocketMethodErrors int32

// Every WebsocketMethodErrors, in upstream order.
const (
	// WebsocketMethodErrorsServerErrors: The 100ms server answered a signalling request with an error.
	WebsocketMethodErrorsServerErrors WebsocketMethodErrors = 5000

	// WebsocketMethodErrorsAlreadyJoined: The client has already joined, or is joining, this room.
	WebsocketMethodErrorsAlreadyJoined WebsocketMethodErrors = 5001

	// WebsocketMethodErrorsCannotJoinPreviewInProgress: Join was called while a preview is in progress.
	WebsocketMethodErrorsCannotJoinPreviewInProgress WebsocketMethodErrors = 5002
)

// WebsocketMethodErrorsFromValue returns the code with this wire value, and whether the catalog knows it.
func WebsocketMethodErrorsFromValue(value int32) (WebsocketMethodErrors, bool) {
	if c := WebsocketMethodErrors(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseWebsocketMethodErrors returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseWebsocketMethodErrors(name string) (WebsocketMethodErrors, bool) {
	switch name {
	case "SERVER_ERRORS":
		return WebsocketMethodErrorsServerErrors, true
	case "ALREADY_JOINED":
		return WebsocketMethodErrorsAlreadyJoined, true
	case "CANNOT_JOIN_PREVIEW_IN_PROGRESS":
		return WebsocketMethodErrorsCannotJoinPreviewInProgress, true
	}
	return 0, false
}

// AllWebsocketMethodErrorsValues returns every code, in upstream order.
func AllWebsocketMethodErrorsValues() []WebsocketMethodErrors {
	return []WebsocketMethodErrors{
		WebsocketMethodErrorsServerErrors,
		WebsocketMethodErrorsAlreadyJoined,
		WebsocketMethodErrorsCannotJoinPreviewInProgress,
	}
}

// String returns the name exactly as upstream spells it, or WebsocketMethodErrors(value) for a value the
// catalog does not know.
func (c WebsocketMethodErrors) String() string {
	if i := c.index(); i >= 0 {
		return websocketMethodErrorsInfo[i].UpstreamName
	}
	return fmt.Sprintf("WebsocketMethodErrors(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c WebsocketMethodErrors) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c WebsocketMethodErrors) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &websocketMethodErrorsInfo[i]
	}
	return nil
}

// index is the code's row in websocketMethodErrorsInfo, or -1.
func (c WebsocketMethodErrors) index() int {
	switch c {
	case WebsocketMethodErrorsServerErrors:
		return 0
	case WebsocketMethodErrorsAlreadyJoined:
		return 1
	case WebsocketMethodErrorsCannotJoinPreviewInProgress:
		return 2
	}
	return -1
}

var websocketMethodErrorsInfo = [...]errorcatalog.Info{
	{
		Provider:           "hms",
		CodeSet:            "websocket_method_errors",
		CatalogName:        "SERVER_ERRORS",
		UpstreamName:       "SERVER_ERRORS",
		Summary:            "The 100ms server answered a signalling request with an error.",
		Cause:              "Declared for errors the server returns over the signalling connection (a JSON-RPC error, or an on-error message it pushes); in 0.15.2 the SDK reports them with the server's own code in place of 5000, under the exception name ServerErrors.",
		When:               []string{"the server refuses a join (for example an invalid room, role or token claims)", "a request such as a role change, recording start or metadata update is rejected", "the server pushes an error during the session"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyDepends,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal when the failed request was join, offer, answer or trickle, or the server pushed the error (on-error); not terminal for other requests. During join the SDK retries 5xx and 429 answers (not terminal while it does) and makes 410 terminal.",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "hms.websocket_method_errors.SERVER_ERRORS",
		Remediation:        []string{"Read HMSException.code, action and description; in 0.15.2 they carry the server's code and message, not 5000.", "For a failed request other than join, fix the request (permissions of the role, parameters) or retry later for 5xx.", "If isTerminal is true, offer the user a rejoin."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/signal/jsonrpc/index.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the request named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The code stands for a family of server answers; whether a retry helps depends on the server code carried in its place.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "websocket_method_errors",
		CatalogName:        "ALREADY_JOINED",
		UpstreamName:       "ALREADY_JOINED",
		Summary:            "The client has already joined, or is joining, this room.",
		Cause:              "join was called while the transport was neither disconnected nor reconnecting (\"Cannot join a meeting in ... state\").",
		When:               []string{"join called twice, for example by a re-rendered component", "join called again before leave has finished"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "hms.websocket_method_errors.ALREADY_JOINED",
		Remediation:        []string{"Call join once per session; guard against repeated calls (React effects) and call leave before joining again."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the request named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The existing session is unaffected; calling join again is the app's mistake.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "websocket_method_errors",
		CatalogName:        "CANNOT_JOIN_PREVIEW_IN_PROGRESS",
		UpstreamName:       "CANNOT_JOIN_PREVIEW_IN_PROGRESS",
		Summary:            "Join was called while a preview is in progress.",
		Cause:              "Declared for a join that starts before preview has finished (\"Cannot join if preview is in progress\"); 0.15.2 has a factory for it but reports this case as NOT_READY (6003).",
		When:               []string{"calling join immediately after preview, without waiting for preview to finish"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "hms.websocket_method_errors.CANNOT_JOIN_PREVIEW_IN_PROGRESS",
		Remediation:        []string{"Wait for preview to complete (onPreview) before calling join."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the request named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The call order is the app's; waiting for preview to finish fixes it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// GenericErrors: Errors in how the SDK is used or in the environment it runs in, and unclassified failures (ErrorCodes.GenericErrors).
//
// Upstream: ErrorCodes.GenericErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
type GenericErrors int32

// Every GenericErrors, in upstream order.
const (
	// GenericErrorsNotConnected: The call needs a joined room, and the client is not connected.
	GenericErrorsNotConnected GenericErrors = 6000

	// GenericErrorsSignalling: An unknown signalling error.
	GenericErrorsSignalling GenericErrors = 6001

	// GenericErrorsUnknown: An unexpected error inside the SDK.
	GenericErrorsUnknown GenericErrors = 6002

	// GenericErrorsNotReady: The SDK is not ready for this call yet.
	GenericErrorsNotReady GenericErrors = 6003

	// GenericErrorsJsonParsingFailed: A message could not be parsed as JSON.
	GenericErrorsJsonParsingFailed GenericErrors = 6004

	// GenericErrorsTrackMetadataMissing: Metadata for a remote track is missing.
	GenericErrorsTrackMetadataMissing GenericErrors = 6005

	// GenericErrorsRtcTrackMissing: The WebRTC track for a remote track is missing.
	GenericErrorsRtcTrackMissing GenericErrors = 6006

	// GenericErrorsPeerMetadataMissing: Metadata for a peer is missing.
	GenericErrorsPeerMetadataMissing GenericErrors = 6007

	// GenericErrorsInvalidRole: The requested role does not exist in the room's policy.
	GenericErrorsInvalidRole GenericErrors = 6008

	// GenericErrorsPreviewInProgress: Preview was called while another preview is in progress.
	GenericErrorsPreviewInProgress GenericErrors = 6009

	// GenericErrorsMissingMediadevices: The browser exposes no media devices API.
	GenericErrorsMissingMediadevices GenericErrors = 6010

	// GenericErrorsMissingRtcpeerconnection: The browser does not provide WebRTC.
	GenericErrorsMissingRtcpeerconnection GenericErrors = 6011

	// GenericErrorsLocalStorageAccessDenied: The browser denied access to localStorage.
	GenericErrorsLocalStorageAccessDenied GenericErrors = 6012

	// GenericErrorsValidationFailed: An SDK call was given invalid arguments or called in an invalid state.
	GenericErrorsValidationFailed GenericErrors = 6013
)

// GenericErrorsFromValue returns the code with this wire value, and whether the catalog knows it.
func GenericErrorsFromValue(value int32) (GenericErrors, bool) {
	if c := GenericErrors(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseGenericErrors returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseGenericErrors(name string) (GenericErrors, bool) {
	switch name {
	case "NOT_CONNECTED":
		return GenericErrorsNotConnected, true
	case "SIGNALLING":
		return GenericErrorsSignalling, true
	case "UNKNOWN":
		return GenericErrorsUnknown, true
	case "NOT_READY":
		return GenericErrorsNotReady, true
	case "JSON_PARSING_FAILED":
		return GenericErrorsJsonParsingFailed, true
	case "TRACK_METADATA_MISSING":
		return GenericErrorsTrackMetadataMissing, true
	case "RTC_TRACK_MISSING":
		return GenericErrorsRtcTrackMissing, true
	case "PEER_METADATA_MISSING":
		return GenericErrorsPeerMetadataMissing, true
	case "INVALID_ROLE":
		return GenericErrorsInvalidRole, true
	case "PREVIEW_IN_PROGRESS":
		return GenericErrorsPreviewInProgress, true
	case "MISSING_MEDIADEVICES":
		return GenericErrorsMissingMediadevices, true
	case "MISSING_RTCPEERCONNECTION":
		return GenericErrorsMissingRtcpeerconnection, true
	case "LOCAL_STORAGE_ACCESS_DENIED":
		return GenericErrorsLocalStorageAccessDenied, true
	case "VALIDATION_FAILED":
		return GenericErrorsValidationFailed, true
	}
	return 0, false
}

// AllGenericErrorsValues returns every code, in upstream order.
func AllGenericErrorsValues() []GenericErrors {
	return []GenericErrors{
		GenericErrorsNotConnected,
		GenericErrorsSignalling,
		GenericErrorsUnknown,
		GenericErrorsNotReady,
		GenericErrorsJsonParsingFailed,
		GenericErrorsTrackMetadataMissing,
		GenericErrorsRtcTrackMissing,
		GenericErrorsPeerMetadataMissing,
		GenericErrorsInvalidRole,
		GenericErrorsPreviewInProgress,
		GenericErrorsMissingMediadevices,
		GenericErrorsMissingRtcpeerconnection,
		GenericErrorsLocalStorageAccessDenied,
		GenericErrorsValidationFailed,
	}
}

// String returns the name exactly as upstream spells it, or GenericErrors(value) for a value the
// catalog does not know.
func (c GenericErrors) String() string {
	if i := c.index(); i >= 0 {
		return genericErrorsInfo[i].UpstreamName
	}
	return fmt.Sprintf("GenericErrors(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c GenericErrors) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c GenericErrors) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &genericErrorsInfo[i]
	}
	return nil
}

// index is the code's row in genericErrorsInfo, or -1.
func (c GenericErrors) index() int {
	switch c {
	case GenericErrorsNotConnected:
		return 0
	case GenericErrorsSignalling:
		return 1
	case GenericErrorsUnknown:
		return 2
	case GenericErrorsNotReady:
		return 3
	case GenericErrorsJsonParsingFailed:
		return 4
	case GenericErrorsTrackMetadataMissing:
		return 5
	case GenericErrorsRtcTrackMissing:
		return 6
	case GenericErrorsPeerMetadataMissing:
		return 7
	case GenericErrorsInvalidRole:
		return 8
	case GenericErrorsPreviewInProgress:
		return 9
	case GenericErrorsMissingMediadevices:
		return 10
	case GenericErrorsMissingRtcpeerconnection:
		return 11
	case GenericErrorsLocalStorageAccessDenied:
		return 12
	case GenericErrorsValidationFailed:
		return 13
	}
	return -1
}

var genericErrorsInfo = [...]errorcatalog.Info{
	{
		Provider:           "hms",
		CodeSet:            "generic_errors",
		CatalogName:        "NOT_CONNECTED",
		UpstreamName:       "NOT_CONNECTED",
		Summary:            "The call needs a joined room, and the client is not connected.",
		Cause:              "An SDK method that needs a joined session (changing roles, sending messages, recording or transcription requests, mid-call preview) was called before join completed or after leave.",
		When:               []string{"calling a room action before join has succeeded or after leaving", "a UI control still active after the session ended"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "hms.generic_errors.NOT_CONNECTED",
		Remediation:        []string{"Call room actions only while the room is connected (selectIsConnectedToRoom), and disable the controls otherwise."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."}, {Value: "false", Means: "The session goes on; only the call named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The call fails the same way until the app has joined; the app must call it at the right time.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "generic_errors",
		CatalogName:        "SIGNALLING",
		UpstreamName:       "SIGNALLING",
		Summary:            "An unknown signalling error.",
		Cause:              "Declared for an unclassified failure of a signalling action (\"Unknown signalling error\"); in 0.15.2 it is raised only when stopTranscription is called without its parameters.",
		When:               []string{"stopping a transcription without passing the mode"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "hms.generic_errors.SIGNALLING",
		Remediation:        []string{"Pass the transcription parameters (the mode to stop) to stopTranscription.", "For any other occurrence, log the action and description and report them to 100ms."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."}, {Value: "false", Means: "The session goes on; only the call named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "In this release its one use is a missing argument, which repeats until the app passes it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "generic_errors",
		CatalogName:        "UNKNOWN",
		UpstreamName:       "UNKNOWN",
		Summary:            "An unexpected error inside the SDK.",
		Cause:              "An error that is not an HMSException reached a place where the SDK wraps it (\"Unknown exception\"), such as a failed renegotiation of the publish or subscribe connection or a failed server migration.",
		When:               []string{"a renegotiation fails with a browser error", "moving to another media server (SFU migration) fails"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal when it comes from a failed subscribe renegotiation, which moves the transport to Failed and makes the SDK leave the room; not terminal elsewhere (publish renegotiation, server migration).",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "hms.generic_errors.UNKNOWN",
		Remediation:        []string{"Log the action, description and nativeError, and report them to 100ms if they recur.", "If isTerminal is true or media is missing, offer the user a rejoin."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/transport/index.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."}, {Value: "false", Means: "The session goes on; only the call named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The cause is unknown; the catalog leaves the next step to the user (rejoin if the call ended or media is missing) rather than retrying blindly.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "generic_errors",
		CatalogName:        "NOT_READY",
		UpstreamName:       "NOT_READY",
		Summary:            "The SDK is not ready for this call yet.",
		Cause:              "join was called while a preview is still in progress (\"Preview is in progress, can't join\").",
		When:               []string{"calling join right after preview without waiting for it to finish"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "hms.generic_errors.NOT_READY",
		Remediation:        []string{"Wait for preview to complete (onPreview, or the room state Preview) before calling join."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."}, {Value: "false", Means: "The session goes on; only the call named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The call order is the app's; waiting for preview to finish fixes it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "generic_errors",
		CatalogName:        "JSON_PARSING_FAILED",
		UpstreamName:       "JSON_PARSING_FAILED",
		Summary:            "A message could not be parsed as JSON.",
		Cause:              "Declared for a signalling message that is not valid JSON (\"Failed to parse JSON message\"); 0.15.2 has a factory for it but never raises it.",
		When:               []string{"a corrupted or unexpected message from the server"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "hms.generic_errors.JSON_PARSING_FAILED",
		Remediation:        []string{"Log the description (it includes the message) and report it to 100ms."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."}, {Value: "false", Means: "The session goes on; only the call named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "A malformed message from the service is not something the app can repeat or fix; it only needs reporting.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "generic_errors",
		CatalogName:        "TRACK_METADATA_MISSING",
		UpstreamName:       "TRACK_METADATA_MISSING",
		Summary:            "Metadata for a remote track is missing.",
		Cause:              "Declared for a remote track that arrives without the track metadata the server should have sent; 0.15.2 has a factory for it but never raises it.",
		When:               []string{"a remote track added before its description reached the client"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "hms.generic_errors.TRACK_METADATA_MISSING",
		Remediation:        []string{"Log and report it to 100ms; if a participant's media is missing, a rejoin refreshes the room state."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."}, {Value: "false", Means: "The session goes on; only the call named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "An inconsistency between the server's messages and the media; the app cannot fix it by retrying.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "generic_errors",
		CatalogName:        "RTC_TRACK_MISSING",
		UpstreamName:       "RTC_TRACK_MISSING",
		Summary:            "The WebRTC track for a remote track is missing.",
		Cause:              "Declared for track metadata from the server with no matching media track on the peer connection; 0.15.2 has a factory for it but never raises it.",
		When:               []string{"the server announces a track that the subscribe connection never received"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "hms.generic_errors.RTC_TRACK_MISSING",
		Remediation:        []string{"Log and report it to 100ms; if a participant's media is missing, a rejoin refreshes the room state."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."}, {Value: "false", Means: "The session goes on; only the call named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "An inconsistency between the server's messages and the media; the app cannot fix it by retrying.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "generic_errors",
		CatalogName:        "PEER_METADATA_MISSING",
		UpstreamName:       "PEER_METADATA_MISSING",
		Summary:            "Metadata for a peer is missing.",
		Cause:              "Declared for a message about a peer the client has no record of; 0.15.2 has a factory for it but never raises it.",
		When:               []string{"a notification about a peer that arrives before the peer's join notification"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "hms.generic_errors.PEER_METADATA_MISSING",
		Remediation:        []string{"Log and report it to 100ms; if the peer list looks wrong, a rejoin refreshes the room state."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."}, {Value: "false", Means: "The session goes on; only the call named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "An inconsistency in the server's messages; the app cannot fix it by retrying.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "generic_errors",
		CatalogName:        "INVALID_ROLE",
		UpstreamName:       "INVALID_ROLE",
		Summary:            "The requested role does not exist in the room's policy.",
		Cause:              "A role name given to preview (asRole) or found for the local peer is not one of the roles defined for the room (\"Invalid role. Join with valid role\").",
		When:               []string{"previewing or joining as a role name with a typo, or one deleted from the room's template"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "hms.generic_errors.INVALID_ROLE",
		Remediation:        []string{"Use a role defined in the room's template (100ms dashboard), and issue tokens for existing roles."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/store/Store.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."}, {Value: "false", Means: "The session goes on; only the call named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The SDK marks it terminal; the same role name fails again until the app or the room template is fixed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "generic_errors",
		CatalogName:        "PREVIEW_IN_PROGRESS",
		UpstreamName:       "PREVIEW_IN_PROGRESS",
		Summary:            "Preview was called while another preview is in progress.",
		Cause:              "preview was called again before the previous preview finished (\"Preview already called\").",
		When:               []string{"preview triggered twice, for example by a re-rendered component"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "hms.generic_errors.PREVIEW_IN_PROGRESS",
		Remediation:        []string{"Call preview once and wait for it to finish; guard against repeated calls from UI effects."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."}, {Value: "false", Means: "The session goes on; only the call named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The first preview goes on; the second call is the app's mistake.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "generic_errors",
		CatalogName:        "MISSING_MEDIADEVICES",
		UpstreamName:       "MISSING_MEDIADEVICES",
		Summary:            "The browser exposes no media devices API.",
		Cause:              "navigator.mediaDevices is undefined, which browsers do on pages not served over HTTPS or localhost; the SDK says it \"won't work on this website\".",
		When:               []string{"the app is served over plain HTTP from a host other than localhost", "an embedded web view without media device support"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Calls are not supported on this page. Please open it over a secure (https) connection or in another browser.",
		UserMessageKey:     "hms.generic_errors.MISSING_MEDIADEVICES",
		Remediation:        []string{"Serve the app over HTTPS (or localhost during development).", "In web views, enable camera and microphone support."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/validations.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."}, {Value: "false", Means: "The session goes on; only the call named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The SDK marks it terminal; nothing changes until the page is served from a secure origin.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "generic_errors",
		CatalogName:        "MISSING_RTCPEERCONNECTION",
		UpstreamName:       "MISSING_RTCPEERCONNECTION",
		Summary:            "The browser does not provide WebRTC.",
		Cause:              "RTCPeerConnection was not found, because the browser does not support WebRTC or an extension blocks it.",
		When:               []string{"an old or unsupported browser", "a privacy extension or policy that disables WebRTC"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your browser does not support calls, or an extension is blocking them. Try another browser, or turn off extensions that block WebRTC.",
		UserMessageKey:     "hms.generic_errors.MISSING_RTCPEERCONNECTION",
		Remediation:        []string{"Tell the user to use a supported browser or disable extensions that block WebRTC, then join again."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/validations.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."}, {Value: "false", Means: "The session goes on; only the call named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The SDK marks it terminal; the user can fix it by switching browser or disabling the blocking extension, then joining again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "generic_errors",
		CatalogName:        "LOCAL_STORAGE_ACCESS_DENIED",
		UpstreamName:       "LOCAL_STORAGE_ACCESS_DENIED",
		Summary:            "The browser denied access to localStorage.",
		Cause:              "Reading window.localStorage threw, usually because the browser's privacy settings block site storage (for example in a third-party iframe); the SDK logs it and uses an in-memory polyfill.",
		When:               []string{"the app runs in a third-party iframe with storage blocked", "the browser blocks cookies and site data"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Some of your settings can't be saved in this browser.",
		UserMessageKey:     "hms.generic_errors.LOCAL_STORAGE_ACCESS_DENIED",
		Remediation:        []string{"Nothing is required; if remembered settings matter, allow site storage for the app's origin or avoid third-party iframes."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/utils/local-storage.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."}, {Value: "false", Means: "The session goes on; only the call named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The SDK carries on without persistent storage, so there is nothing to retry; only remembered settings are lost.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "generic_errors",
		CatalogName:        "VALIDATION_FAILED",
		UpstreamName:       "VALIDATION_FAILED",
		Summary:            "An SDK call was given invalid arguments or called in an invalid state.",
		Cause:              "The SDK rejected a call before sending it, because a peer or role does not exist, a required parameter is missing, or leave was called before join could complete.",
		When:               []string{"acting on a peer that has left, or on a role that does not exist", "leaving while the join is still in progress"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "hms.generic_errors.VALIDATION_FAILED",
		Remediation:        []string{"Read the message, which names what failed validation, and fix the arguments or the timing of the call."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/sdk/index.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK cannot run or has left the room (room state Failed); any recovery is a new join after the cause is fixed."}, {Value: "false", Means: "The session goes on; only the call named in HMSException.action failed."}}, Meaning: ""},
		Rationale:          "The same arguments fail the same way; the app has to fix the call.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// MediaPluginErrors: Failures adding or running an audio or video plugin, such as a virtual background or noise suppression (ErrorFactory.MediaPluginErrors).
//
// Upstream: ErrorFactory.MediaPluginErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
type MediaPluginErrors int32

// Every MediaPluginErrors, in upstream order.
const (
	// MediaPluginErrorsPlatformNotSupported: The plugin does not support this browser or platform.
	MediaPluginErrorsPlatformNotSupported MediaPluginErrors = 7001

	// MediaPluginErrorsInitFailed: The plugin failed to initialise.
	MediaPluginErrorsInitFailed MediaPluginErrors = 7002

	// MediaPluginErrorsProcessingFailed: The plugin failed while processing media.
	MediaPluginErrorsProcessingFailed MediaPluginErrors = 7003

	// MediaPluginErrorsAddAlreadyInProgress: A plugin is already being added.
	MediaPluginErrorsAddAlreadyInProgress MediaPluginErrors = 7004

	// MediaPluginErrorsDeviceNotSupported: The plugin does not support this device.
	MediaPluginErrorsDeviceNotSupported MediaPluginErrors = 7005

	// MediaPluginErrorsNotAllowedForRoom: The plugin is not enabled for this room.
	MediaPluginErrorsNotAllowedForRoom MediaPluginErrors = 7006
)

// MediaPluginErrorsFromValue returns the code with this wire value, and whether the catalog knows it.
func MediaPluginErrorsFromValue(value int32) (MediaPluginErrors, bool) {
	if c := MediaPluginErrors(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseMediaPluginErrors returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseMediaPluginErrors(name string) (MediaPluginErrors, bool) {
	switch name {
	case "PlatformNotSupported":
		return MediaPluginErrorsPlatformNotSupported, true
	case "InitFailed":
		return MediaPluginErrorsInitFailed, true
	case "ProcessingFailed":
		return MediaPluginErrorsProcessingFailed, true
	case "AddAlreadyInProgress":
		return MediaPluginErrorsAddAlreadyInProgress, true
	case "DeviceNotSupported":
		return MediaPluginErrorsDeviceNotSupported, true
	case "NotAllowedForRoom":
		return MediaPluginErrorsNotAllowedForRoom, true
	}
	return 0, false
}

// AllMediaPluginErrorsValues returns every code, in upstream order.
func AllMediaPluginErrorsValues() []MediaPluginErrors {
	return []MediaPluginErrors{
		MediaPluginErrorsPlatformNotSupported,
		MediaPluginErrorsInitFailed,
		MediaPluginErrorsProcessingFailed,
		MediaPluginErrorsAddAlreadyInProgress,
		MediaPluginErrorsDeviceNotSupported,
		MediaPluginErrorsNotAllowedForRoom,
	}
}

// String returns the name exactly as upstream spells it, or MediaPluginErrors(value) for a value the
// catalog does not know.
func (c MediaPluginErrors) String() string {
	if i := c.index(); i >= 0 {
		return mediaPluginErrorsInfo[i].UpstreamName
	}
	return fmt.Sprintf("MediaPluginErrors(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c MediaPluginErrors) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c MediaPluginErrors) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &mediaPluginErrorsInfo[i]
	}
	return nil
}

// index is the code's row in mediaPluginErrorsInfo, or -1.
func (c MediaPluginErrors) index() int {
	switch c {
	case MediaPluginErrorsPlatformNotSupported:
		return 0
	case MediaPluginErrorsInitFailed:
		return 1
	case MediaPluginErrorsProcessingFailed:
		return 2
	case MediaPluginErrorsAddAlreadyInProgress:
		return 3
	case MediaPluginErrorsDeviceNotSupported:
		return 4
	case MediaPluginErrorsNotAllowedForRoom:
		return 5
	}
	return -1
}

var mediaPluginErrorsInfo = [...]errorcatalog.Info{
	{
		Provider:           "hms",
		CodeSet:            "media_plugin_errors",
		CatalogName:        "PlatformNotSupported",
		UpstreamName:       "PlatformNotSupported",
		Summary:            "The plugin does not support this browser or platform.",
		Cause:              "The plugin's own support check reported PLATFORM_NOT_SUPPORTED when it was added (\"Check HMS Docs to see the list of supported platforms\").",
		When:               []string{"adding a virtual-background or noise-suppression plugin on a browser or OS it does not support"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This effect is not available in your browser.",
		UserMessageKey:     "hms.media_plugin_errors.PlatformNotSupported",
		Remediation:        []string{"Check the plugin's support (its checkSupport method) before offering the feature, and hide it where unsupported."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/HMSVideoPluginsManager.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the plugin named in HMSException.action's call failed."}}, Meaning: ""},
		Rationale:          "The platform does not change between attempts; the app should check support before offering the feature.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "media_plugin_errors",
		CatalogName:        "InitFailed",
		UpstreamName:       "InitFailed",
		Summary:            "The plugin failed to initialise.",
		Cause:              "The plugin's init step threw while it was being added (\"Plugin init failed\"), for example because its model or WebAssembly files could not be loaded.",
		When:               []string{"the plugin's assets cannot be downloaded (network, content security policy)", "the device lacks the resources the plugin needs"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not turn on this effect. Please try again.",
		UserMessageKey:     "hms.media_plugin_errors.InitFailed",
		Remediation:        []string{"Retry adding the plugin after a short delay, a bounded number of times.", "Check that the plugin's assets are allowed by the page's content security policy and reachable."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/VideoPluginsAnalytics.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/AudioPluginsAnalytics.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the plugin named in HMSException.action's call failed."}}, Meaning: ""},
		Rationale:          "Initialisation often fails on loading assets, which a later attempt can get past; repeated failures point at the environment.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "media_plugin_errors",
		CatalogName:        "ProcessingFailed",
		UpstreamName:       "ProcessingFailed",
		Summary:            "The plugin failed while processing media.",
		Cause:              "Processing frames or audio through the plugin threw (\"Plugin processing failed\"), or a plugin was added after the plugin manager was cleaned up.",
		When:               []string{"a plugin error while the effect is running", "adding an audio plugin after its track was released"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This effect stopped working. Try turning it off and on again.",
		UserMessageKey:     "hms.media_plugin_errors.ProcessingFailed",
		Remediation:        []string{"Remove the plugin and let the user enable it again; log the description."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/VideoPluginsAnalytics.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the plugin named in HMSException.action's call failed."}}, Meaning: ""},
		Rationale:          "A running plugin that failed is unlikely to recover by itself; the user can turn the effect off and on again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "media_plugin_errors",
		CatalogName:        "AddAlreadyInProgress",
		UpstreamName:       "AddAlreadyInProgress",
		Summary:            "A plugin is already being added.",
		Cause:              "addPlugin was called while an earlier add on the same track had not finished (\"Plugin add already in progress\").",
		When:               []string{"the user toggles an effect several times quickly"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "hms.media_plugin_errors.AddAlreadyInProgress",
		Remediation:        []string{"Await addPlugin before calling it again, and disable the effect toggle while an add is in progress."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/HMSVideoPluginsManager.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the plugin named in HMSException.action's call failed."}}, Meaning: ""},
		Rationale:          "The earlier add goes on; the app should wait for it rather than repeat the call.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "media_plugin_errors",
		CatalogName:        "DeviceNotSupported",
		UpstreamName:       "DeviceNotSupported",
		Summary:            "The plugin does not support this device.",
		Cause:              "The plugin's own support check reported DEVICE_NOT_SUPPORTED when it was added (\"Check HMS Docs to see the list of supported devices\").",
		When:               []string{"adding a plugin on a device without the required capabilities (for example a mobile device for some effects)"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This effect is not available on your device.",
		UserMessageKey:     "hms.media_plugin_errors.DeviceNotSupported",
		Remediation:        []string{"Check the plugin's support before offering the feature, and hide it on unsupported devices."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/video/HMSVideoPluginsManager.ts", "@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the plugin named in HMSException.action's call failed."}}, Meaning: ""},
		Rationale:          "The device does not change between attempts; the app should check support before offering the feature.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "media_plugin_errors",
		CatalogName:        "NotAllowedForRoom",
		UpstreamName:       "NotAllowedForRoom",
		Summary:            "The plugin is not enabled for this room.",
		Cause:              "The room does not allow the plugin; in 0.15.2 this is the Krisp noise-cancellation plugin added in a room where noise cancellation is not enabled.",
		When:               []string{"adding HMSKrispPlugin in a room whose template does not enable noise cancellation"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This effect is not available in this call.",
		UserMessageKey:     "hms.media_plugin_errors.NotAllowedForRoom",
		Remediation:        []string{"Enable noise cancellation for the room's template in the 100ms dashboard, or hide the option when the room does not allow it."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/plugins/audio/HMSAudioPluginsManager.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the plugin named in HMSException.action's call failed."}}, Meaning: ""},
		Rationale:          "The room's settings decide it; retrying fails until an operator enables the feature.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// PlaylistErrors: Errors from the playlist manager that plays audio or video files into the call (ErrorCodes.PlaylistErrors).
//
// Upstream: ErrorCodes.PlaylistErrors in 100mslive/web-sdks 0.15.2 (package npm:@100mslive/hms-video-store@0.15.2).
type PlaylistErrors int32

// Every PlaylistErrors, in upstream order.
const (
	// PlaylistErrorsNoEntryToPlay: There is no playlist entry to play.
	PlaylistErrorsNoEntryToPlay PlaylistErrors = 8001

	// PlaylistErrorsNoEntryIsPlaying: No playlist entry is playing.
	PlaylistErrorsNoEntryIsPlaying PlaylistErrors = 8002
)

// PlaylistErrorsFromValue returns the code with this wire value, and whether the catalog knows it.
func PlaylistErrorsFromValue(value int32) (PlaylistErrors, bool) {
	if c := PlaylistErrors(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParsePlaylistErrors returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParsePlaylistErrors(name string) (PlaylistErrors, bool) {
	switch name {
	case "NO_ENTRY_TO_PLAY":
		return PlaylistErrorsNoEntryToPlay, true
	case "NO_ENTRY_IS_PLAYING":
		return PlaylistErrorsNoEntryIsPlaying, true
	}
	return 0, false
}

// AllPlaylistErrorsValues returns every code, in upstream order.
func AllPlaylistErrorsValues() []PlaylistErrors {
	return []PlaylistErrors{
		PlaylistErrorsNoEntryToPlay,
		PlaylistErrorsNoEntryIsPlaying,
	}
}

// String returns the name exactly as upstream spells it, or PlaylistErrors(value) for a value the
// catalog does not know.
func (c PlaylistErrors) String() string {
	if i := c.index(); i >= 0 {
		return playlistErrorsInfo[i].UpstreamName
	}
	return fmt.Sprintf("PlaylistErrors(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c PlaylistErrors) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c PlaylistErrors) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &playlistErrorsInfo[i]
	}
	return nil
}

// index is the code's row in playlistErrorsInfo, or -1.
func (c PlaylistErrors) index() int {
	switch c {
	case PlaylistErrorsNoEntryToPlay:
		return 0
	case PlaylistErrorsNoEntryIsPlaying:
		return 1
	}
	return -1
}

var playlistErrorsInfo = [...]errorcatalog.Info{
	{
		Provider:           "hms",
		CodeSet:            "playlist_errors",
		CatalogName:        "NO_ENTRY_TO_PLAY",
		UpstreamName:       "NO_ENTRY_TO_PLAY",
		Summary:            "There is no playlist entry to play.",
		Cause:              "A playlist action needs an entry, but the playlist is empty, has reached its end, or nothing is playing (for example a seek with no current item).",
		When:               []string{"playing next or previous past the ends of the playlist", "seeking when no item is playing"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "hms.playlist_errors.NO_ENTRY_TO_PLAY",
		Remediation:        []string{"Check the playlist's state (selectors for the current item and list) before calling next, previous or seek, and disable those controls when they do not apply."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/playlist-manager/PlaylistManager.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the playlist call failed."}}, Meaning: ""},
		Rationale:          "The playlist's state makes the action impossible; repeating it fails the same way.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "hms",
		CodeSet:            "playlist_errors",
		CatalogName:        "NO_ENTRY_IS_PLAYING",
		UpstreamName:       "NO_ENTRY_IS_PLAYING",
		Summary:            "No playlist entry is playing.",
		Cause:              "Declared for a playlist action that needs a playing entry (\"No entry is playing at this time\"); 0.15.2 has a factory for it but never raises it.",
		When:               []string{"acting on the current item while nothing is playing"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "hms.playlist_errors.NO_ENTRY_IS_PLAYING",
		Remediation:        []string{"Check that an item is playing before acting on the current item."},
		Causes:             nil,
		References:         []string{"@100mslive/hms-video-store@0.15.2 dist/index.js.map src/error/ErrorFactory.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "HMSException.isTerminal (the exception given to HMSUpdateListener.onError and kept in the store's errors)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "true", Means: "The SDK has left the room (room state Failed); any recovery is a new join."}, {Value: "false", Means: "The session goes on; only the playlist call failed."}}, Meaning: ""},
		Rationale:          "The playlist's state makes the action impossible; repeating it fails the same way.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}
