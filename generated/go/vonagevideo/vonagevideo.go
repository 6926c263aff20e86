// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package vonagevideo has the error codes of Vonage Video (OpenTok), one type per code set.
package vonagevideo

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// ExceptionCode: Integer error code of OpenTok.js (OT.ExceptionCodes), carried as the code property of the errors passed to completion handlers and rejected promises, and of exception events.
//
// Upstream: OT.ExceptionCodes in https://tokbox.com/developer/sdks/js/ 2.35.2 (package npm:@opentok/client@2.35.2).
type ExceptionCode int32

// Every ExceptionCode, in upstream order.
const (
	// ExceptionCodeJsException: An internal error in the SDK.
	ExceptionCodeJsException ExceptionCode = 2000

	// ExceptionCodeAuthenticationError: The token or API key was rejected.
	ExceptionCodeAuthenticationError ExceptionCode = 1004

	// ExceptionCodeInvalidSessionId: The session ID is not valid.
	ExceptionCodeInvalidSessionId ExceptionCode = 1005

	// ExceptionCodeConnectFailed: The client could not connect to the session.
	ExceptionCodeConnectFailed ExceptionCode = 1006

	// ExceptionCodeConnectRejected: The connection to the session was rejected.
	ExceptionCodeConnectRejected ExceptionCode = 1007

	// ExceptionCodeConnectionTimeout: Connecting to the session timed out.
	ExceptionCodeConnectionTimeout ExceptionCode = 1008

	// ExceptionCodeNotConnected: The client is not connected to the session.
	ExceptionCodeNotConnected ExceptionCode = 1010

	// ExceptionCodeInvalidParameter: A parameter passed to the SDK is not valid.
	ExceptionCodeInvalidParameter ExceptionCode = 1011

	// ExceptionCodeP2pConnectionFailed: The WebRTC peer connection of a publisher or subscriber failed.
	ExceptionCodeP2pConnectionFailed ExceptionCode = 1013

	// ExceptionCodeApiResponseFailure: A request to the Vonage Video API failed.
	ExceptionCodeApiResponseFailure ExceptionCode = 1014

	// ExceptionCodePeerConnectionNotConnected: The publisher's or subscriber's peer connection is not connected.
	ExceptionCodePeerConnectionNotConnected ExceptionCode = 1015

	// ExceptionCodeTermsOfServiceFailure: The connection is refused under the terms of service (export compliance).
	ExceptionCodeTermsOfServiceFailure ExceptionCode = 1026

	// ExceptionCodeConnectionLimitExceeded: The session has reached its limit of simultaneous connections.
	ExceptionCodeConnectionLimitExceeded ExceptionCode = 1027

	// ExceptionCodeUnableToPublish: The stream could not be published.
	ExceptionCodeUnableToPublish ExceptionCode = 1500

	// ExceptionCodeUnableToSubscribe: The stream could not be subscribed to.
	ExceptionCodeUnableToSubscribe ExceptionCode = 1501

	// ExceptionCodeUnsupportedVideoCodec: The browser cannot decode the stream's video format.
	ExceptionCodeUnsupportedVideoCodec ExceptionCode = 1502

	// ExceptionCodeUnableToForceDisconnect: This client may not force other clients to disconnect.
	ExceptionCodeUnableToForceDisconnect ExceptionCode = 1520

	// ExceptionCodeUnableToForceUnpublish: This client may not force other clients to stop publishing.
	ExceptionCodeUnableToForceUnpublish ExceptionCode = 1530

	// ExceptionCodeUnableToForceMute: This client may not force other streams to mute.
	ExceptionCodeUnableToForceMute ExceptionCode = 1540

	// ExceptionCodePublisherIceWorkflowFailed: The publisher's ICE negotiation failed.
	ExceptionCodePublisherIceWorkflowFailed ExceptionCode = 1553

	// ExceptionCodeSubscriberIceWorkflowFailed: The subscriber's ICE negotiation failed.
	ExceptionCodeSubscriberIceWorkflowFailed ExceptionCode = 1554

	// ExceptionCodeStreamLimitExceeded: The session has reached its limit of simultaneous streams.
	ExceptionCodeStreamLimitExceeded ExceptionCode = 1605

	// ExceptionCodeUnexpectedServerResponse: The Vonage Video API server answered unexpectedly.
	ExceptionCodeUnexpectedServerResponse ExceptionCode = 2001

	// ExceptionCodeReportIssueError: OT.reportIssue() could not send the report.
	ExceptionCodeReportIssueError ExceptionCode = 2011

	// ExceptionCodeSetProxyUrlTimingError: OT.setProxyUrl() was called too late.
	ExceptionCodeSetProxyUrlTimingError ExceptionCode = 2021

	// ExceptionCodeProxyUrlAlreadySetError: OT.setProxyUrl() was called a second time.
	ExceptionCodeProxyUrlAlreadySetError ExceptionCode = 2022

	// ExceptionCodeGetRtcStatsReportNotSupported: The browser does not support getRtcStatsReport().
	ExceptionCodeGetRtcStatsReportNotSupported ExceptionCode = 2031

	// ExceptionCodeAnvilBadlyFormedResponse: The session-info response was not well-formed JSON.
	ExceptionCodeAnvilBadlyFormedResponse ExceptionCode = 3001

	// ExceptionCodeAnvilInvalidHttpStatus: The session-info request got an HTTP error status.
	ExceptionCodeAnvilInvalidHttpStatus ExceptionCode = 3002

	// ExceptionCodeAnvilXdomainOrParsingError: The session-info response could not be parsed.
	ExceptionCodeAnvilXdomainOrParsingError ExceptionCode = 3003

	// ExceptionCodeAnvilUnknownHttpError: The session-info request failed before it was sent.
	ExceptionCodeAnvilUnknownHttpError ExceptionCode = 3004

	// ExceptionCodeAnvilUnexpectedErrorCode: The session-info service returned an error the SDK does not know.
	ExceptionCodeAnvilUnexpectedErrorCode ExceptionCode = 3005

	// ExceptionCodeAnvilEmptyResponseBody: The session-info response was empty.
	ExceptionCodeAnvilEmptyResponseBody ExceptionCode = 3006

	// ExceptionCodeAnvilConnectFailed: The session-info request got no response.
	ExceptionCodeAnvilConnectFailed ExceptionCode = 3007

	// ExceptionCodeUnableToAccessMediaEngine: The SDK could not query the browser's media engine.
	ExceptionCodeUnableToAccessMediaEngine ExceptionCode = 5001
)

// ExceptionCodeFromValue returns the code with this wire value, and whether the catalog knows it.
func ExceptionCodeFromValue(value int32) (ExceptionCode, bool) {
	if c := ExceptionCode(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseExceptionCode returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseExceptionCode(name string) (ExceptionCode, bool) {
	switch name {
	case "JS_EXCEPTION":
		return ExceptionCodeJsException, true
	case "AUTHENTICATION_ERROR":
		return ExceptionCodeAuthenticationError, true
	case "INVALID_SESSION_ID":
		return ExceptionCodeInvalidSessionId, true
	case "CONNECT_FAILED":
		return ExceptionCodeConnectFailed, true
	case "CONNECT_REJECTED":
		return ExceptionCodeConnectRejected, true
	case "CONNECTION_TIMEOUT":
		return ExceptionCodeConnectionTimeout, true
	case "NOT_CONNECTED":
		return ExceptionCodeNotConnected, true
	case "INVALID_PARAMETER":
		return ExceptionCodeInvalidParameter, true
	case "P2P_CONNECTION_FAILED":
		return ExceptionCodeP2pConnectionFailed, true
	case "API_RESPONSE_FAILURE":
		return ExceptionCodeApiResponseFailure, true
	case "PEER_CONNECTION_NOT_CONNECTED":
		return ExceptionCodePeerConnectionNotConnected, true
	case "TERMS_OF_SERVICE_FAILURE":
		return ExceptionCodeTermsOfServiceFailure, true
	case "CONNECTION_LIMIT_EXCEEDED":
		return ExceptionCodeConnectionLimitExceeded, true
	case "UNABLE_TO_PUBLISH":
		return ExceptionCodeUnableToPublish, true
	case "UNABLE_TO_SUBSCRIBE":
		return ExceptionCodeUnableToSubscribe, true
	case "UNSUPPORTED_VIDEO_CODEC":
		return ExceptionCodeUnsupportedVideoCodec, true
	case "UNABLE_TO_FORCE_DISCONNECT":
		return ExceptionCodeUnableToForceDisconnect, true
	case "UNABLE_TO_FORCE_UNPUBLISH":
		return ExceptionCodeUnableToForceUnpublish, true
	case "UNABLE_TO_FORCE_MUTE":
		return ExceptionCodeUnableToForceMute, true
	case "PUBLISHER_ICE_WORKFLOW_FAILED":
		return ExceptionCodePublisherIceWorkflowFailed, true
	case "SUBSCRIBER_ICE_WORKFLOW_FAILED":
		return ExceptionCodeSubscriberIceWorkflowFailed, true
	case "STREAM_LIMIT_EXCEEDED":
		return ExceptionCodeStreamLimitExceeded, true
	case "UNEXPECTED_SERVER_RESPONSE":
		return ExceptionCodeUnexpectedServerResponse, true
	case "REPORT_ISSUE_ERROR":
		return ExceptionCodeReportIssueError, true
	case "SET_PROXY_URL_TIMING_ERROR":
		return ExceptionCodeSetProxyUrlTimingError, true
	case "PROXY_URL_ALREADY_SET_ERROR":
		return ExceptionCodeProxyUrlAlreadySetError, true
	case "GET_RTC_STATS_REPORT_NOT_SUPPORTED":
		return ExceptionCodeGetRtcStatsReportNotSupported, true
	case "ANVIL_BADLY_FORMED_RESPONSE":
		return ExceptionCodeAnvilBadlyFormedResponse, true
	case "ANVIL_INVALID_HTTP_STATUS":
		return ExceptionCodeAnvilInvalidHttpStatus, true
	case "ANVIL_XDOMAIN_OR_PARSING_ERROR":
		return ExceptionCodeAnvilXdomainOrParsingError, true
	case "ANVIL_UNKNOWN_HTTP_ERROR":
		return ExceptionCodeAnvilUnknownHttpError, true
	case "ANVIL_UNEXPECTED_ERROR_CODE":
		return ExceptionCodeAnvilUnexpectedErrorCode, true
	case "ANVIL_EMPTY_RESPONSE_BODY":
		return ExceptionCodeAnvilEmptyResponseBody, true
	case "ANVIL_CONNECT_FAILED":
		return ExceptionCodeAnvilConnectFailed, true
	case "UNABLE_TO_ACCESS_MEDIA_ENGINE":
		return ExceptionCodeUnableToAccessMediaEngine, true
	}
	return 0, false
}

// AllExceptionCodeValues returns every code, in upstream order.
func AllExceptionCodeValues() []ExceptionCode {
	return []ExceptionCode{
		ExceptionCodeJsException,
		ExceptionCodeAuthenticationError,
		ExceptionCodeInvalidSessionId,
		ExceptionCodeConnectFailed,
		ExceptionCodeConnectRejected,
		ExceptionCodeConnectionTimeout,
		ExceptionCodeNotConnected,
		ExceptionCodeInvalidParameter,
		ExceptionCodeP2pConnectionFailed,
		ExceptionCodeApiResponseFailure,
		ExceptionCodePeerConnectionNotConnected,
		ExceptionCodeTermsOfServiceFailure,
		ExceptionCodeConnectionLimitExceeded,
		ExceptionCodeUnableToPublish,
		ExceptionCodeUnableToSubscribe,
		ExceptionCodeUnsupportedVideoCodec,
		ExceptionCodeUnableToForceDisconnect,
		ExceptionCodeUnableToForceUnpublish,
		ExceptionCodeUnableToForceMute,
		ExceptionCodePublisherIceWorkflowFailed,
		ExceptionCodeSubscriberIceWorkflowFailed,
		ExceptionCodeStreamLimitExceeded,
		ExceptionCodeUnexpectedServerResponse,
		ExceptionCodeReportIssueError,
		ExceptionCodeSetProxyUrlTimingError,
		ExceptionCodeProxyUrlAlreadySetError,
		ExceptionCodeGetRtcStatsReportNotSupported,
		ExceptionCodeAnvilBadlyFormedResponse,
		ExceptionCodeAnvilInvalidHttpStatus,
		ExceptionCodeAnvilXdomainOrParsingError,
		ExceptionCodeAnvilUnknownHttpError,
		ExceptionCodeAnvilUnexpectedErrorCode,
		ExceptionCodeAnvilEmptyResponseBody,
		ExceptionCodeAnvilConnectFailed,
		ExceptionCodeUnableToAccessMediaEngine,
	}
}

// String returns the name exactly as upstream spells it, or ExceptionCode(value) for a value the
// catalog does not know.
func (c ExceptionCode) String() string {
	if i := c.index(); i >= 0 {
		return exceptionCodeInfo[i].UpstreamName
	}
	return fmt.Sprintf("ExceptionCode(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c ExceptionCode) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c ExceptionCode) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &exceptionCodeInfo[i]
	}
	return nil
}

// index is the code's row in exceptionCodeInfo, or -1.
func (c ExceptionCode) index() int {
	switch c {
	case ExceptionCodeJsException:
		return 0
	case ExceptionCodeAuthenticationError:
		return 1
	case ExceptionCodeInvalidSessionId:
		return 2
	case ExceptionCodeConnectFailed:
		return 3
	case ExceptionCodeConnectRejected:
		return 4
	case ExceptionCodeConnectionTimeout:
		return 5
	case ExceptionCodeNotConnected:
		return 6
	case ExceptionCodeInvalidParameter:
		return 7
	case ExceptionCodeP2pConnectionFailed:
		return 8
	case ExceptionCodeApiResponseFailure:
		return 9
	case ExceptionCodePeerConnectionNotConnected:
		return 10
	case ExceptionCodeTermsOfServiceFailure:
		return 11
	case ExceptionCodeConnectionLimitExceeded:
		return 12
	case ExceptionCodeUnableToPublish:
		return 13
	case ExceptionCodeUnableToSubscribe:
		return 14
	case ExceptionCodeUnsupportedVideoCodec:
		return 15
	case ExceptionCodeUnableToForceDisconnect:
		return 16
	case ExceptionCodeUnableToForceUnpublish:
		return 17
	case ExceptionCodeUnableToForceMute:
		return 18
	case ExceptionCodePublisherIceWorkflowFailed:
		return 19
	case ExceptionCodeSubscriberIceWorkflowFailed:
		return 20
	case ExceptionCodeStreamLimitExceeded:
		return 21
	case ExceptionCodeUnexpectedServerResponse:
		return 22
	case ExceptionCodeReportIssueError:
		return 23
	case ExceptionCodeSetProxyUrlTimingError:
		return 24
	case ExceptionCodeProxyUrlAlreadySetError:
		return 25
	case ExceptionCodeGetRtcStatsReportNotSupported:
		return 26
	case ExceptionCodeAnvilBadlyFormedResponse:
		return 27
	case ExceptionCodeAnvilInvalidHttpStatus:
		return 28
	case ExceptionCodeAnvilXdomainOrParsingError:
		return 29
	case ExceptionCodeAnvilUnknownHttpError:
		return 30
	case ExceptionCodeAnvilUnexpectedErrorCode:
		return 31
	case ExceptionCodeAnvilEmptyResponseBody:
		return 32
	case ExceptionCodeAnvilConnectFailed:
		return 33
	case ExceptionCodeUnableToAccessMediaEngine:
		return 34
	}
	return -1
}

var exceptionCodeInfo = [...]errorcatalog.Info{
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "JS_EXCEPTION",
		UpstreamName:       "JS_EXCEPTION",
		Summary:            "An internal error in the SDK.",
		Cause:              "The SDK met a state it cannot handle (an internal JavaScript exception); its docs call 2000 \"Internal Error\" and list it among the errors any method can report.",
		When:               []string{"an exception event from OTError.handleJsException, for example a Subscriber created without a session", "any SDK call that fails on an unexpected internal error"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "vonage_video.exception_code.JS_EXCEPTION",
		Remediation:        []string{"Log the error's message and name, reconnect to the session if it is no longer connected, and try the action again.", "If it recurs, capture the SDK logs (OT.setLogLevel) and report it to Vonage support with the OT.version value."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: general errors)", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/ot_error_class.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The docs advise reconnecting to the session and trying the action again, so a retry is the provider's advice. Whether the session survives depends on what threw; the code itself does not end the session, so the catalog treats it as not terminal.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "AUTHENTICATION_ERROR",
		UpstreamName:       "AUTHENTICATION_ERROR",
		Summary:            "The token or API key was rejected.",
		Cause:              "The session's server refused the credentials: the token has expired, is malformed or was made for another session, or the API key is missing or wrong.",
		When:               []string{"Session.connect() with an expired or invalid token", "OT.initSession() without an API key", "the session-info request answers HTTP 403"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not confirm your access to this call. Please try joining again.",
		UserMessageKey:     "vonage_video.exception_code.AUTHENTICATION_ERROR",
		Remediation:        []string{"Fetch a fresh token from the app's backend and connect again.", "Check that the token was generated for this session ID with the same API key, by a current Vonage Video server SDK.", "Check the API key passed to OT.initSession()."},
		Causes:             []string{"an expired token", "a token for another session or another API key", "a missing or wrong API key"},
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.connect())", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/mapStatusCodeToErrorCode.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      nil,
		Rationale:          "The docs name an expired or invalid token or API key as the causes; a new token from the app's backend fixes the common case, and twice refused means the key or token generation itself is wrong.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "INVALID_SESSION_ID",
		UpstreamName:       "INVALID_SESSION_ID",
		Summary:            "The session ID is not valid.",
		Cause:              "The session ID passed to OT.initSession() is empty or malformed, or the service does not know it.",
		When:               []string{"OT.initSession() with a missing or malformed session ID", "the session-info request answers HTTP 400 or 404"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "vonage_video.exception_code.INVALID_SESSION_ID",
		Remediation:        []string{"Create session IDs with a current Vonage Video server SDK and pass them unchanged to OT.initSession().", "Check that the session ID and the API key belong to the same project."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.connect())", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/mapStatusCodeToErrorCode.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same session ID fails every time; the app or its backend must supply a valid one.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "CONNECT_FAILED",
		UpstreamName:       "CONNECT_FAILED",
		Summary:            "The client could not connect to the session.",
		Cause:              "The connection to the session's servers could not be set up, most often because of the client's network.",
		When:               []string{"Session.connect() when the signalling WebSocket cannot be opened", "the session-info request gets no answer or an empty one (ANVIL_CONNECT_FAILED, ANVIL_EMPTY_RESPONSE_BODY are reported as 1006)"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "vonage_video.exception_code.CONNECT_FAILED",
		Remediation:        []string{"Check the client's network connection, then call Session.connect() again after a delay.", "If it fails behind a corporate network, check that the firewall allows the Vonage Video endpoints, or configure an IP proxy (OT.setProxyUrl)."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.connect())", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The docs point at the client's network connection, which is usually a passing condition; the SDK has already retried the session-info request, so the app backs off before connecting again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "CONNECT_REJECTED",
		UpstreamName:       "CONNECT_REJECTED",
		Summary:            "The connection to the session was rejected.",
		Cause:              "The SDK titles this code \"Connect Rejected\": the service refused the connection. The 2.35.2 sources never raise it by name.",
		When:               []string{"connecting to a session that the service refuses"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "vonage_video.exception_code.CONNECT_REJECTED",
		Remediation:        []string{"Check the token's role and expiry and the session's settings in the app's backend before connecting again.", "Report it to Vonage support with the session ID if the cause is not clear."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/errorCodeToErrorTitleMap.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "A rejected connection is a decision by the service, so retrying unchanged is expected to fail again; the connect attempt is over.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "CONNECTION_TIMEOUT",
		UpstreamName:       "CONNECTION_TIMEOUT",
		Summary:            "Connecting to the session timed out.",
		Cause:              "The SDK titles this code \"Connect Time-out\": the connection was not set up in time. The 2.35.2 sources never raise it by name.",
		When:               []string{"a slow or lossy network while connecting"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "vonage_video.exception_code.CONNECTION_TIMEOUT",
		Remediation:        []string{"Check the client's network connection, then connect again after a delay."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/errorCodeToErrorTitleMap.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "A timeout is usually a passing network condition; the connect attempt is over, and a later one may succeed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "NOT_CONNECTED",
		UpstreamName:       "NOT_CONNECTED",
		Summary:            "The client is not connected to the session.",
		Cause:              "A method that needs a connected session was called before Session.connect() succeeded or after the session disconnected.",
		When:               []string{"Session.publish(), forceDisconnect(), forceUnpublish() or forceMuteStream()/forceMuteAll() before sessionConnected", "the same calls after the session has disconnected"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "vonage_video.exception_code.NOT_CONNECTED",
		Remediation:        []string{"Call the method only after Session.connect() has completed without error (or after the sessionConnected event).", "If the session disconnected, connect again first."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.forceDisconnect(), forceUnpublish(), publish())", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/forceMuteErrors.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Repeating the call in the same state fails again; the app must wait for the session to be connected. Only the call failed, nothing that was running ends.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "INVALID_PARAMETER",
		UpstreamName:       "INVALID_PARAMETER",
		Summary:            "A parameter passed to the SDK is not valid.",
		Cause:              "A method received a missing, wrongly typed or out-of-range parameter.",
		When:               []string{"OT.initPublisher() with invalid publisher properties", "force-mute or other session calls with an invalid stream or option"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "vonage_video.exception_code.INVALID_PARAMETER",
		Remediation:        []string{"Read the error's message, which names the parameter, and fix the call."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: general errors)"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same parameters are refused every time; a developer must fix the call. Only the call failed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "P2P_CONNECTION_FAILED",
		UpstreamName:       "P2P_CONNECTION_FAILED",
		Summary:            "The WebRTC peer connection of a publisher or subscriber failed.",
		Cause:              "The media connection (RTCPeerConnection) for a published or subscribed stream could not be set up or broke.",
		When:               []string{"Session.subscribe() when the peer connection fails", "a publisher's peer connection fails"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "vonage_video.exception_code.P2P_CONNECTION_FAILED",
		Remediation:        []string{"Republish or resubscribe the stream after a short delay; if it keeps failing, reconnect to the session.", "If it fails for many users, check that UDP and the TURN fallback are allowed by their networks."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.subscribe())"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The docs advise republishing, resubscribing or reconnecting. The failure is that of one publisher or subscriber; the session itself stays connected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "API_RESPONSE_FAILURE",
		UpstreamName:       "API_RESPONSE_FAILURE",
		Summary:            "A request to the Vonage Video API failed.",
		Cause:              "The SDK titles this code \"API Response Failure\": a call to the service did not get a usable answer. The 2.35.2 sources never raise it by name.",
		When:               []string{"a request to the service fails or answers unexpectedly"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "vonage_video.exception_code.API_RESPONSE_FAILURE",
		Remediation:        []string{"Retry the operation after a delay.", "If it persists, check the Vonage API status page and report it with the session ID."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/errorCodeToErrorTitleMap.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "A failed service response is usually transient; the code names a failed request, not the end of the session.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "PEER_CONNECTION_NOT_CONNECTED",
		UpstreamName:       "PEER_CONNECTION_NOT_CONNECTED",
		Summary:            "The publisher's or subscriber's peer connection is not connected.",
		Cause:              "A method that needs the media connection (statistics) was called while the peer connection was not set up yet or already closed.",
		When:               []string{"Publisher.getRtcStatsReport() or Subscriber.getRtcStatsReport() before the stream is flowing", "Subscriber.getStats() after the peer connection closed"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "vonage_video.exception_code.PEER_CONNECTION_NOT_CONNECTED",
		Remediation:        []string{"Call the statistics methods only after the publisher or subscriber is connected (after streamCreated / the subscriber's connected state), and retry later if it fails."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors of getRtcStatsReport())"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The peer connection often comes up moments later, so the call can succeed on a later attempt; only the statistics call failed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "TERMS_OF_SERVICE_FAILURE",
		UpstreamName:       "TERMS_OF_SERVICE_FAILURE",
		Summary:            "The connection is refused under the terms of service (export compliance).",
		Cause:              "The service refused the connection for a terms-of-service reason; the SDK titles it \"Terms of Service Violation: Export Compliance\".",
		When:               []string{"connecting from a place or an account the service may not serve under export rules", "the session-info request answers HTTP 409"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This service is not available where you are.",
		UserMessageKey:     "vonage_video.exception_code.TERMS_OF_SERVICE_FAILURE",
		Remediation:        []string{"Do not retry; tell the user the service is not available to them.", "Operators can review the Vonage terms of use and contact Vonage support about the account."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.connect())", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/mapStatusCodeToErrorCode.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "A compliance refusal is not transient; only a change of account or location can change it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "CONNECTION_LIMIT_EXCEEDED",
		UpstreamName:       "CONNECTION_LIMIT_EXCEEDED",
		Summary:            "The session has reached its limit of simultaneous connections.",
		Cause:              "The client tried to connect to a session that already holds as many connections as it may.",
		When:               []string{"Session.connect() to a full session"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call is full right now. Please try again in a little while.",
		UserMessageKey:     "vonage_video.exception_code.CONNECTION_LIMIT_EXCEEDED",
		Remediation:        []string{"Tell the user the call is full and let them try again later.", "If sessions are often full, route users to more sessions or review the session's connection limit with Vonage."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.connect())", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/RaptorSession/raptor/RaptorSocket.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The session is full until someone leaves, which the client cannot know; the user decides when to try again, as for the other full-room codes.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "UNABLE_TO_PUBLISH",
		UpstreamName:       "UNABLE_TO_PUBLISH",
		Summary:            "The stream could not be published.",
		Cause:              "Publishing failed. The docs list a token without the publisher role, camera or microphone access denied, and an HTTP page in Chrome; the SDK also reports 1500 for an invalid publisher argument, a stream the server would not create (for example an unencrypted publisher in an encrypted session) and other publisher peer-connection failures.",
		When:               []string{"Session.publish() with a token whose role is subscriber", "the user denies camera or microphone access", "the page is served over plain HTTP", "Session.publish() with an argument that is not a Publisher or its target element", "publishing without encryption to a session that requires it", "the publisher's media connection fails for another reason"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyDepends,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not share your camera or microphone.",
		UserMessageKey:     "vonage_video.exception_code.UNABLE_TO_PUBLISH",
		Remediation:        []string{"Decide from the error's name; for OT_PERMISSION_DENIED give the user a token with the publisher role, for OT_INVALID_PARAMETER fix the call.", "On the publisher's accessDenied event, ask the user to allow camera and microphone access.", "Serve the page over HTTPS.", "Give publishing users a token with the publisher or moderator role (Session.capabilities.publish shows it), and enable encryption on publishers of encrypted sessions."},
		Causes:             []string{"a token without the publisher role", "camera or microphone access denied", "a page served over HTTP", "an invalid argument to Session.publish()", "a stream the server refused to create", "a publisher peer-connection failure"},
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.publish())", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/interpretPeerConnectionError.js", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/createStreamErrorMap.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "error.name", Overrides: []string{"retry"}, Values: nil, Meaning: "The OT_* name the SDK puts on the same error says which failure this is: OT_PERMISSION_DENIED (the token's role does not allow publishing: never retry), OT_INVALID_PARAMETER (fix the call), OT_STREAM_CREATE_FAILED (the server refused the stream), or a peer-connection name. The SDK's docs tell apps to use the name, not the deprecated code."},
		Rationale:          "The code groups failures that need opposite handling (a permission is never granted by retrying, a media failure may pass); the error's name (OT_PERMISSION_DENIED, OT_INVALID_PARAMETER, OT_STREAM_CREATE_FAILED, ...) tells them apart. Only the publish failed; the session stays connected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "UNABLE_TO_SUBSCRIBE",
		UpstreamName:       "UNABLE_TO_SUBSCRIBE",
		Summary:            "The stream could not be subscribed to.",
		Cause:              "Subscribing did not complete; the docs say \"in a reasonable amount of time\", and the SDK also reports 1501 for other subscriber peer-connection failures.",
		When:               []string{"Session.subscribe() times out", "the subscriber's media connection fails for another reason"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyDepends,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "vonage_video.exception_code.UNABLE_TO_SUBSCRIBE",
		Remediation:        []string{"Decide from the error's name; for a timeout, resubscribe after a delay.", "If it fails for many users, check their networks allow UDP and the TURN fallback."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.subscribe())", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/interpretPeerConnectionError.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "error.name", Overrides: []string{"retry"}, Values: nil, Meaning: "The OT_* name the SDK puts on the same error says which failure this is, for example OT_TIMEOUT for a subscribe that did not complete in time (resubscribe) or a peer-connection name. The SDK's docs tell apps to use the name, not the deprecated code."},
		Rationale:          "The code covers timeouts and other subscriber failures alike; the error's name says which. Only this subscriber failed; the session stays connected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "UNSUPPORTED_VIDEO_CODEC",
		UpstreamName:       "UNSUPPORTED_VIDEO_CODEC",
		Summary:            "The browser cannot decode the stream's video format.",
		Cause:              "The subscribed stream uses a video codec that this browser does not support.",
		When:               []string{"Session.subscribe() to a stream encoded in a codec the browser lacks"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This video cannot be played in your browser. Try another browser.",
		UserMessageKey:     "vonage_video.exception_code.UNSUPPORTED_VIDEO_CODEC",
		Remediation:        []string{"Suggest a browser that supports the session's codec.", "Choose a codec every target browser supports for the session (for example VP8), or set the publishers' preferredVideoCodecs."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.subscribe())"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The same browser fails the same stream again; the user can switch browser, or the session's codec settings must change. Only this subscriber failed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "UNABLE_TO_FORCE_DISCONNECT",
		UpstreamName:       "UNABLE_TO_FORCE_DISCONNECT",
		Summary:            "This client may not force other clients to disconnect.",
		Cause:              "Session.forceDisconnect() needs a token with the moderator role, and this client's token does not have it.",
		When:               []string{"Session.forceDisconnect() with a publisher or subscriber token"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "vonage_video.exception_code.UNABLE_TO_FORCE_DISCONNECT",
		Remediation:        []string{"Issue moderator tokens to the clients that must remove others, and check Session.capabilities.forceDisconnect before calling."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.forceDisconnect())"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The token's role does not change by retrying; only the call failed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "UNABLE_TO_FORCE_UNPUBLISH",
		UpstreamName:       "UNABLE_TO_FORCE_UNPUBLISH",
		Summary:            "This client may not force other clients to stop publishing.",
		Cause:              "Session.forceUnpublish() needs a token with the moderator role, and this client's token does not have it.",
		When:               []string{"Session.forceUnpublish() with a publisher or subscriber token"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "vonage_video.exception_code.UNABLE_TO_FORCE_UNPUBLISH",
		Remediation:        []string{"Issue moderator tokens to the clients that must stop others' streams, and check Session.capabilities.forceUnpublish before calling."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.forceUnpublish())"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The token's role does not change by retrying; only the call failed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "UNABLE_TO_FORCE_MUTE",
		UpstreamName:       "UNABLE_TO_FORCE_MUTE",
		Summary:            "This client may not force other streams to mute.",
		Cause:              "Session.forceMuteStream() and forceMuteAll() need a token with the moderator role, and this client's token does not have it.",
		When:               []string{"Session.forceMuteStream() or Session.forceMuteAll() with a publisher or subscriber token"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "vonage_video.exception_code.UNABLE_TO_FORCE_MUTE",
		Remediation:        []string{"Issue moderator tokens to the clients that must mute others, and check Session.capabilities.forceMute before calling."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/forceMuteErrors.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The token's role does not change by retrying; only the call failed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "PUBLISHER_ICE_WORKFLOW_FAILED",
		UpstreamName:       "PUBLISHER_ICE_WORKFLOW_FAILED",
		Summary:            "The publisher's ICE negotiation failed.",
		Cause:              "The WebRTC ICE exchange that connects a publisher's media could not find a working network path.",
		When:               []string{"Session.publish() on a network that blocks UDP and TURN", "the publisher's network changes during setup"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "vonage_video.exception_code.PUBLISHER_ICE_WORKFLOW_FAILED",
		Remediation:        []string{"Publish again after a delay; if it keeps failing, reconnect to the session.", "Check that the user's network allows UDP or the TURN relay (TCP/TLS 443)."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.publish())", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/interpretPeerConnectionError.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The docs advise publishing again or reconnecting to the session. Only the publisher failed; the session stays connected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "SUBSCRIBER_ICE_WORKFLOW_FAILED",
		UpstreamName:       "SUBSCRIBER_ICE_WORKFLOW_FAILED",
		Summary:            "The subscriber's ICE negotiation failed.",
		Cause:              "The WebRTC ICE exchange that connects a subscriber's media could not find a working network path.",
		When:               []string{"Session.subscribe() on a network that blocks UDP and TURN", "the subscriber's network changes during setup"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not connect your audio and video. Check your network, or try another browser or device.",
		UserMessageKey:     "vonage_video.exception_code.SUBSCRIBER_ICE_WORKFLOW_FAILED",
		Remediation:        []string{"Resubscribe after a delay; if it keeps failing, reconnect to the session.", "Check that the user's network allows UDP or the TURN relay (TCP/TLS 443)."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.subscribe())", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/interpretPeerConnectionError.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The docs advise resubscribing or reconnecting to the session. Only the subscriber failed; the session stays connected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "STREAM_LIMIT_EXCEEDED",
		UpstreamName:       "STREAM_LIMIT_EXCEEDED",
		Summary:            "The session has reached its limit of simultaneous streams.",
		Cause:              "The client tried to subscribe to a stream in a session that already carries as many streams as it may.",
		When:               []string{"Session.subscribe() in a session at its stream limit"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This call is full right now. Please try again in a little while.",
		UserMessageKey:     "vonage_video.exception_code.STREAM_LIMIT_EXCEEDED",
		Remediation:        []string{"Subscribe to fewer streams (for example only the active speakers), and try again when streams end.", "Review the session's stream limits with Vonage if the use case needs more."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling Session.subscribe())"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The limit lifts only when other streams stop, which the client cannot see; the user or the app's layout decides when to try again. The session stays connected.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "UNEXPECTED_SERVER_RESPONSE",
		UpstreamName:       "UNEXPECTED_SERVER_RESPONSE",
		Summary:            "The Vonage Video API server answered unexpectedly.",
		Cause:              "The service returned a response the SDK could not use, or an error it does not know.",
		When:               []string{"Session.connect() (the session-info request fails after the SDK's own retries, or the signalling server answers unexpectedly)", "Session.publish(), Session.subscribe(), Session.signal() or a force-mute call"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal when Session.connect() reports it (the connect attempt is over); after publish, subscribe, signal or force-mute only that call failed and the session stays connected.",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "vonage_video.exception_code.UNEXPECTED_SERVER_RESPONSE",
		Remediation:        []string{"Try the operation again later, after a delay.", "If it persists, check the Vonage API status page and report it with the session ID."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: Session.connect(), publish(), signal(), subscribe())", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertRumorError.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "REPORT_ISSUE_ERROR",
		UpstreamName:       "REPORT_ISSUE_ERROR",
		Summary:            "OT.reportIssue() could not send the report.",
		Cause:              "The issue report could not reach Vonage, usually because of the client's network.",
		When:               []string{"OT.reportIssue() while offline or behind a blocking network"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "vonage_video.exception_code.REPORT_ISSUE_ERROR",
		Remediation:        []string{"Check the client's network connection and call OT.reportIssue() again after a delay."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling OT.reportIssue())"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      nil,
		Rationale:          "The docs point at the client's network connection, which usually recovers; only the report failed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "SET_PROXY_URL_TIMING_ERROR",
		UpstreamName:       "SET_PROXY_URL_TIMING_ERROR",
		Summary:            "OT.setProxyUrl() was called too late.",
		Cause:              "The IP proxy URL was set after a Session or Publisher object had been created, so it cannot take effect.",
		When:               []string{"OT.setProxyUrl() after OT.initSession() or OT.initPublisher()"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "vonage_video.exception_code.SET_PROXY_URL_TIMING_ERROR",
		Remediation:        []string{"Call OT.setProxyUrl() before any other Vonage Video method, before any session or publisher is created."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling OT.setProxyUrl())"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The order of calls is fixed in the app's code; calling again changes nothing. Nothing that was running ends.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "PROXY_URL_ALREADY_SET_ERROR",
		UpstreamName:       "PROXY_URL_ALREADY_SET_ERROR",
		Summary:            "OT.setProxyUrl() was called a second time.",
		Cause:              "The IP proxy URL had already been set; the SDK ignores the new value.",
		When:               []string{"OT.setProxyUrl() called more than once in a page"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "vonage_video.exception_code.PROXY_URL_ALREADY_SET_ERROR",
		Remediation:        []string{"Set the proxy URL once, at start-up; reload the page to use another one."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors when calling OT.setProxyUrl())"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The first proxy URL stays in effect whatever the app does; calling again changes nothing.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "GET_RTC_STATS_REPORT_NOT_SUPPORTED",
		UpstreamName:       "GET_RTC_STATS_REPORT_NOT_SUPPORTED",
		Summary:            "The browser does not support getRtcStatsReport().",
		Cause:              "The browser lacks the standard RTCPeerConnection.getStats() that Publisher.getRtcStatsReport() and Subscriber.getRtcStatsReport() need.",
		When:               []string{"getRtcStatsReport() in an old browser (the docs name Chrome 57 and lower)"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "vonage_video.exception_code.GET_RTC_STATS_REPORT_NOT_SUPPORTED",
		Remediation:        []string{"Fall back to Publisher.getStats() / Subscriber.getStats(), or ask the user to update the browser."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js (OT.Error docs: errors of getRtcStatsReport())"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The browser's abilities do not change by retrying; only the statistics call failed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "ANVIL_BADLY_FORMED_RESPONSE",
		UpstreamName:       "ANVIL_BADLY_FORMED_RESPONSE",
		Summary:            "The session-info response was not well-formed JSON.",
		Cause:              "The request that fetches the session's details at Session.connect() returned a body that is not the JSON the SDK expects.",
		When:               []string{"Session.connect(), while the SDK fetches the session's details"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "vonage_video.exception_code.ANVIL_BADLY_FORMED_RESPONSE",
		Remediation:        []string{"Nothing to do while the SDK retries; handle the 2001 that Session.connect() reports if the retries fail.", "If it recurs, check that no proxy or captive portal rewrites the SDK's HTTPS traffic."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 600, MultiplierThousandths: 2000, MaxDelayMs: 1200, Jitter: errorcatalog.JitterNone, MaxAttempts: 2},
		RuntimeSignal:      nil,
		Rationale:          "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 2001 (UNEXPECTED_SERVER_RESPONSE), so this code is never the final one.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "ANVIL_INVALID_HTTP_STATUS",
		UpstreamName:       "ANVIL_INVALID_HTTP_STATUS",
		Summary:            "The session-info request got an HTTP error status.",
		Cause:              "The request that fetches the session's details at Session.connect() was answered with a status outside 2xx.",
		When:               []string{"Session.connect(), while the SDK fetches the session's details"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "vonage_video.exception_code.ANVIL_INVALID_HTTP_STATUS",
		Remediation:        []string{"Nothing to do while the SDK retries; handle the 2001 that Session.connect() reports if the retries fail.", "If it recurs, check the status in the SDK's log and whether a proxy answers in the service's place."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 600, MultiplierThousandths: 2000, MaxDelayMs: 1200, Jitter: errorcatalog.JitterNone, MaxAttempts: 2},
		RuntimeSignal:      nil,
		Rationale:          "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 2001 (UNEXPECTED_SERVER_RESPONSE), so this code is never the final one.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "ANVIL_XDOMAIN_OR_PARSING_ERROR",
		UpstreamName:       "ANVIL_XDOMAIN_OR_PARSING_ERROR",
		Summary:            "The session-info response could not be parsed.",
		Cause:              "The request that fetches the session's details at Session.connect() returned text that fails to parse as JSON, as a cross-domain or rewritten response does.",
		When:               []string{"Session.connect(), while the SDK fetches the session's details"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "vonage_video.exception_code.ANVIL_XDOMAIN_OR_PARSING_ERROR",
		Remediation:        []string{"Nothing to do while the SDK retries; handle the 2001 that Session.connect() reports if the retries fail.", "If it recurs, check that no proxy, captive portal or content filter rewrites the SDK's HTTPS traffic."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 600, MultiplierThousandths: 2000, MaxDelayMs: 1200, Jitter: errorcatalog.JitterNone, MaxAttempts: 2},
		RuntimeSignal:      nil,
		Rationale:          "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 2001 (UNEXPECTED_SERVER_RESPONSE), so this code is never the final one.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "ANVIL_UNKNOWN_HTTP_ERROR",
		UpstreamName:       "ANVIL_UNKNOWN_HTTP_ERROR",
		Summary:            "The session-info request failed before it was sent.",
		Cause:              "The HTTP client failed while preparing the request that fetches the session's details at Session.connect(), with neither a request sent nor a response received.",
		When:               []string{"Session.connect(), while the SDK fetches the session's details"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "vonage_video.exception_code.ANVIL_UNKNOWN_HTTP_ERROR",
		Remediation:        []string{"Nothing to do while the SDK retries; handle the 2001 that Session.connect() reports if the retries fail.", "If it recurs, log the error's message and check the proxy URL and the page's security policy (Content-Security-Policy connect-src)."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 600, MultiplierThousandths: 2000, MaxDelayMs: 1200, Jitter: errorcatalog.JitterNone, MaxAttempts: 2},
		RuntimeSignal:      nil,
		Rationale:          "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 2001 (UNEXPECTED_SERVER_RESPONSE), so this code is never the final one.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "ANVIL_UNEXPECTED_ERROR_CODE",
		UpstreamName:       "ANVIL_UNEXPECTED_ERROR_CODE",
		Summary:            "The session-info service returned an error the SDK does not know.",
		Cause:              "The session-info response carried an error whose status the SDK maps to no exception code (it knows 400, 403, 404, 409 and 500).",
		When:               []string{"Session.connect(), while the SDK fetches the session's details"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "vonage_video.exception_code.ANVIL_UNEXPECTED_ERROR_CODE",
		Remediation:        []string{"Nothing to do while the SDK retries; handle the 2001 that Session.connect() reports if the retries fail.", "If it recurs, report the error message from the SDK's log to Vonage support with the session ID."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/mapStatusCodeToErrorCode.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 600, MultiplierThousandths: 2000, MaxDelayMs: 1200, Jitter: errorcatalog.JitterNone, MaxAttempts: 2},
		RuntimeSignal:      nil,
		Rationale:          "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 2001 (UNEXPECTED_SERVER_RESPONSE), so this code is never the final one.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "ANVIL_EMPTY_RESPONSE_BODY",
		UpstreamName:       "ANVIL_EMPTY_RESPONSE_BODY",
		Summary:            "The session-info response was empty.",
		Cause:              "The request that fetches the session's details at Session.connect() returned an empty body; the SDK's own message blames a probable loss of connectivity.",
		When:               []string{"Session.connect() on a connection that drops during the request"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "vonage_video.exception_code.ANVIL_EMPTY_RESPONSE_BODY",
		Remediation:        []string{"Nothing to do while the SDK retries; handle the 1006 that Session.connect() reports if the retries fail.", "If it recurs, check the client's network connection."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 600, MultiplierThousandths: 2000, MaxDelayMs: 1200, Jitter: errorcatalog.JitterNone, MaxAttempts: 2},
		RuntimeSignal:      nil,
		Rationale:          "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 1006 (CONNECT_FAILED), so this code is never the final one.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "ANVIL_CONNECT_FAILED",
		UpstreamName:       "ANVIL_CONNECT_FAILED",
		Summary:            "The session-info request got no response.",
		Cause:              "The request that fetches the session's details at Session.connect() was sent but no response came back.",
		When:               []string{"Session.connect() while offline, or behind a network that blocks the Vonage Video endpoints"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyAutomatic,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "vonage_video.exception_code.ANVIL_CONNECT_FAILED",
		Remediation:        []string{"Nothing to do while the SDK retries; handle the 1006 that Session.connect() reports if the retries fail.", "If it recurs, check the client's network connection and that the firewall allows the Vonage Video endpoints."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/session/getSessionInfo.js", "@opentok/client@2.35.2 dist/js/opentok.js.map src/js/helpers/convertAnvilErrorCode.js"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 600, MultiplierThousandths: 2000, MaxDelayMs: 1200, Jitter: errorcatalog.JitterNone, MaxAttempts: 2},
		RuntimeSignal:      nil,
		Rationale:          "The SDK repeats the session-info request itself; if that still fails it ends the connect attempt with 1006 (CONNECT_FAILED), so this code is never the final one.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "vonage_video",
		CodeSet:            "exception_code",
		CatalogName:        "UNABLE_TO_ACCESS_MEDIA_ENGINE",
		UpstreamName:       "UNABLE_TO_ACCESS_MEDIA_ENGINE",
		Summary:            "The SDK could not query the browser's media engine.",
		Cause:              "OT.getSupportedCodecs() could not create the local peer connection and offer it uses to list the browser's codecs.",
		When:               []string{"OT.getSupportedCodecs() in a browser with WebRTC disabled or restricted"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Your browser does not allow video calls right now. Check its settings, or try another browser.",
		UserMessageKey:     "vonage_video.exception_code.UNABLE_TO_ACCESS_MEDIA_ENGINE",
		Remediation:        []string{"Check that WebRTC is available (not disabled by a browser setting, an extension or an enterprise policy), or suggest another browser.", "Treat the supported-codec list as unknown and fall back to the session's default codec."},
		Causes:             nil,
		References:         []string{"@opentok/client@2.35.2 dist/js/opentok.js.map src/js/ot/getSupportedCodecs.js"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "The browser's WebRTC support does not change by retrying; the user can enable it or switch browser. Only the codec query failed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}
