// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package spatialreal has the error codes of SpatialReal AvatarKit, one type per code set.
package spatialreal

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// AvatarSdkErrorCode: Stable string error code carried in AvatarSDKError.code by the SpatialReal Python server SDK.
//
// Upstream: AvatarSDKErrorCode in SpatialReal-ai/python-sdk 0.2.2 (package pypi:spatialreal@0.2.2).
type AvatarSdkErrorCode string

// Every AvatarSdkErrorCode, in upstream order.
const (
	// AvatarSdkErrorCodeSessionTokenExpired: The session token has expired or is no longer authorized.
	AvatarSdkErrorCodeSessionTokenExpired AvatarSdkErrorCode = "sessionTokenExpired"

	// AvatarSdkErrorCodeSessionTokenInvalid: The session token or API key was rejected.
	AvatarSdkErrorCodeSessionTokenInvalid AvatarSdkErrorCode = "sessionTokenInvalid"

	// AvatarSdkErrorCodeAppIdUnrecognized: The server does not recognize the app ID.
	AvatarSdkErrorCodeAppIdUnrecognized AvatarSdkErrorCode = "appIDUnrecognized"

	// AvatarSdkErrorCodeAppIdMismatch: The session token belongs to a different app.
	AvatarSdkErrorCodeAppIdMismatch AvatarSdkErrorCode = "appIDMismatch"

	// AvatarSdkErrorCodeAvatarNotFound: The requested avatar does not exist.
	AvatarSdkErrorCodeAvatarNotFound AvatarSdkErrorCode = "avatarNotFound"

	// AvatarSdkErrorCodeBillingRequired: Billing requirements block the session.
	AvatarSdkErrorCodeBillingRequired AvatarSdkErrorCode = "billingRequired"

	// AvatarSdkErrorCodeCreditsExhausted: The account has run out of credits.
	AvatarSdkErrorCodeCreditsExhausted AvatarSdkErrorCode = "creditsExhausted"

	// AvatarSdkErrorCodeSessionDurationExceeded: The session reached its maximum allowed duration.
	AvatarSdkErrorCodeSessionDurationExceeded AvatarSdkErrorCode = "sessionDurationExceeded"

	// AvatarSdkErrorCodeConcurrencyLimit: Too many concurrent sessions for the account's plan.
	AvatarSdkErrorCodeConcurrencyLimit AvatarSdkErrorCode = "concurrencyLimit"

	// AvatarSdkErrorCodeUnsupportedSampleRate: The handshake rejected the audio sample rate.
	AvatarSdkErrorCodeUnsupportedSampleRate AvatarSdkErrorCode = "unsupportedSampleRate"

	// AvatarSdkErrorCodeInvalidEgressConfig: The egress configuration is invalid.
	AvatarSdkErrorCodeInvalidEgressConfig AvatarSdkErrorCode = "invalidEgressConfig"

	// AvatarSdkErrorCodeEgressUnavailable: The egress service is unavailable or not configured.
	AvatarSdkErrorCodeEgressUnavailable AvatarSdkErrorCode = "egressUnavailable"

	// AvatarSdkErrorCodeIdleTimeout: The session was closed because no input arrived.
	AvatarSdkErrorCodeIdleTimeout AvatarSdkErrorCode = "idleTimeout"

	// AvatarSdkErrorCodeUpstreamError: A server-side dependency is briefly unavailable.
	AvatarSdkErrorCodeUpstreamError AvatarSdkErrorCode = "upstreamError"

	// AvatarSdkErrorCodeInvalidRequest: The request payload or parameters are invalid.
	AvatarSdkErrorCodeInvalidRequest AvatarSdkErrorCode = "invalidRequest"

	// AvatarSdkErrorCodeConnectionFailed: The transport connection could not be set up or broke.
	AvatarSdkErrorCodeConnectionFailed AvatarSdkErrorCode = "connectionFailed"

	// AvatarSdkErrorCodeConnectionClosed: The WebSocket closed unexpectedly.
	AvatarSdkErrorCodeConnectionClosed AvatarSdkErrorCode = "connectionClosed"

	// AvatarSdkErrorCodeProtocolError: The server sent an invalid or unexpected message.
	AvatarSdkErrorCodeProtocolError AvatarSdkErrorCode = "protocolError"

	// AvatarSdkErrorCodeServerError: The server returned an unclassified error.
	AvatarSdkErrorCodeServerError AvatarSdkErrorCode = "serverError"

	// AvatarSdkErrorCodeUnknown: The SDK could not classify the failure.
	AvatarSdkErrorCodeUnknown AvatarSdkErrorCode = "unknown"
)

// AvatarSdkErrorCodeFromValue returns the code with this wire value, and whether the catalog knows it.
func AvatarSdkErrorCodeFromValue(value string) (AvatarSdkErrorCode, bool) {
	if c := AvatarSdkErrorCode(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseAvatarSdkErrorCode returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseAvatarSdkErrorCode(name string) (AvatarSdkErrorCode, bool) {
	switch name {
	case "sessionTokenExpired":
		return AvatarSdkErrorCodeSessionTokenExpired, true
	case "sessionTokenInvalid":
		return AvatarSdkErrorCodeSessionTokenInvalid, true
	case "appIDUnrecognized":
		return AvatarSdkErrorCodeAppIdUnrecognized, true
	case "appIDMismatch":
		return AvatarSdkErrorCodeAppIdMismatch, true
	case "avatarNotFound":
		return AvatarSdkErrorCodeAvatarNotFound, true
	case "billingRequired":
		return AvatarSdkErrorCodeBillingRequired, true
	case "creditsExhausted":
		return AvatarSdkErrorCodeCreditsExhausted, true
	case "sessionDurationExceeded":
		return AvatarSdkErrorCodeSessionDurationExceeded, true
	case "concurrencyLimit":
		return AvatarSdkErrorCodeConcurrencyLimit, true
	case "unsupportedSampleRate":
		return AvatarSdkErrorCodeUnsupportedSampleRate, true
	case "invalidEgressConfig":
		return AvatarSdkErrorCodeInvalidEgressConfig, true
	case "egressUnavailable":
		return AvatarSdkErrorCodeEgressUnavailable, true
	case "idleTimeout":
		return AvatarSdkErrorCodeIdleTimeout, true
	case "upstreamError":
		return AvatarSdkErrorCodeUpstreamError, true
	case "invalidRequest":
		return AvatarSdkErrorCodeInvalidRequest, true
	case "connectionFailed":
		return AvatarSdkErrorCodeConnectionFailed, true
	case "connectionClosed":
		return AvatarSdkErrorCodeConnectionClosed, true
	case "protocolError":
		return AvatarSdkErrorCodeProtocolError, true
	case "serverError":
		return AvatarSdkErrorCodeServerError, true
	case "unknown":
		return AvatarSdkErrorCodeUnknown, true
	}
	return "", false
}

// AllAvatarSdkErrorCodeValues returns every code, in upstream order.
func AllAvatarSdkErrorCodeValues() []AvatarSdkErrorCode {
	return []AvatarSdkErrorCode{
		AvatarSdkErrorCodeSessionTokenExpired,
		AvatarSdkErrorCodeSessionTokenInvalid,
		AvatarSdkErrorCodeAppIdUnrecognized,
		AvatarSdkErrorCodeAppIdMismatch,
		AvatarSdkErrorCodeAvatarNotFound,
		AvatarSdkErrorCodeBillingRequired,
		AvatarSdkErrorCodeCreditsExhausted,
		AvatarSdkErrorCodeSessionDurationExceeded,
		AvatarSdkErrorCodeConcurrencyLimit,
		AvatarSdkErrorCodeUnsupportedSampleRate,
		AvatarSdkErrorCodeInvalidEgressConfig,
		AvatarSdkErrorCodeEgressUnavailable,
		AvatarSdkErrorCodeIdleTimeout,
		AvatarSdkErrorCodeUpstreamError,
		AvatarSdkErrorCodeInvalidRequest,
		AvatarSdkErrorCodeConnectionFailed,
		AvatarSdkErrorCodeConnectionClosed,
		AvatarSdkErrorCodeProtocolError,
		AvatarSdkErrorCodeServerError,
		AvatarSdkErrorCodeUnknown,
	}
}

// String returns the name exactly as upstream spells it, or AvatarSdkErrorCode(value) for a value the
// catalog does not know.
func (c AvatarSdkErrorCode) String() string {
	if i := c.index(); i >= 0 {
		return avatarSdkErrorCodeInfo[i].UpstreamName
	}
	return fmt.Sprintf("AvatarSdkErrorCode(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c AvatarSdkErrorCode) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c AvatarSdkErrorCode) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &avatarSdkErrorCodeInfo[i]
	}
	return nil
}

// index is the code's row in avatarSdkErrorCodeInfo, or -1.
func (c AvatarSdkErrorCode) index() int {
	switch c {
	case AvatarSdkErrorCodeSessionTokenExpired:
		return 0
	case AvatarSdkErrorCodeSessionTokenInvalid:
		return 1
	case AvatarSdkErrorCodeAppIdUnrecognized:
		return 2
	case AvatarSdkErrorCodeAppIdMismatch:
		return 3
	case AvatarSdkErrorCodeAvatarNotFound:
		return 4
	case AvatarSdkErrorCodeBillingRequired:
		return 5
	case AvatarSdkErrorCodeCreditsExhausted:
		return 6
	case AvatarSdkErrorCodeSessionDurationExceeded:
		return 7
	case AvatarSdkErrorCodeConcurrencyLimit:
		return 8
	case AvatarSdkErrorCodeUnsupportedSampleRate:
		return 9
	case AvatarSdkErrorCodeInvalidEgressConfig:
		return 10
	case AvatarSdkErrorCodeEgressUnavailable:
		return 11
	case AvatarSdkErrorCodeIdleTimeout:
		return 12
	case AvatarSdkErrorCodeUpstreamError:
		return 13
	case AvatarSdkErrorCodeInvalidRequest:
		return 14
	case AvatarSdkErrorCodeConnectionFailed:
		return 15
	case AvatarSdkErrorCodeConnectionClosed:
		return 16
	case AvatarSdkErrorCodeProtocolError:
		return 17
	case AvatarSdkErrorCodeServerError:
		return 18
	case AvatarSdkErrorCodeUnknown:
		return 19
	}
	return -1
}

var avatarSdkErrorCodeInfo = [...]errorcatalog.Info{
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "sessionTokenExpired",
		UpstreamName:       "sessionTokenExpired",
		Summary:            "The session token has expired or is no longer authorized.",
		Cause:              "The session token presented to the service is past its expiry time or has been revoked.",
		When:               []string{"a session token is used after its expireAt time", "a token was revoked before the connection was made"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Your session has expired. Please try again.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.sessionTokenExpired",
		Remediation:        []string{"Request a new session token from the backend and connect with it.", "If fresh tokens are refused too, check the API key and the app ID the token is issued for."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "SDK 0.2.2 defines but never emits this code, so we treat it like the auth-failure close code 4010, which ends the session.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "sessionTokenInvalid",
		UpstreamName:       "sessionTokenInvalid",
		Summary:            "The session token or API key was rejected.",
		Cause:              "The session-token request was refused with HTTP 401, the WebSocket upgrade was refused with HTTP 401 or 403, or the server closed the session with close code 4010 (bad or expired token, or app ID mismatch).",
		When:               []string{"the session token is invalid, empty or expired", "the console API answers the session-token request with HTTP 401", "the WebSocket upgrade is rejected with HTTP 401 or 403", "the server ends the session with close code 4010"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not confirm your access to this call. Please try joining again.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.sessionTokenInvalid",
		Remediation:        []string{"Request a new session token from the backend and connect with it.", "If fresh tokens are refused too, check the API key and the app ID the token is issued for.", "Check that the session token request sends the right API key (HTTP 401 means the key was rejected)."},
		Causes:             []string{"HTTP 401 on the session-token request (API key rejected)", "HTTP 401 or 403 on the WebSocket upgrade", "close code 4010: a bad or expired token, or an app ID mismatch"},
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "spatialreal@0.2.2 spatialreal/session.py", "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "appIDUnrecognized",
		UpstreamName:       "appIDUnrecognized",
		Summary:            "The server does not recognize the app ID.",
		Cause:              "The SDK reports this when the console API answers the session-token request with HTTP 403.",
		When:               []string{"the configured app ID is unknown to the server", "the session-token request returns HTTP 403"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.appIDUnrecognized",
		Remediation:        []string{"Check the app ID in the SDK configuration against the one in the SpatialReal console."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "spatialreal@0.2.2 spatialreal/session.py"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "appIDMismatch",
		UpstreamName:       "appIDMismatch",
		Summary:            "The session token belongs to a different app.",
		Cause:              "The app ID sent with the connection does not match the app the session token was issued for.",
		When:               []string{"a token minted for one app is used with another app ID"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "We could not confirm your access to this call. Please try joining again.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.appIDMismatch",
		Remediation:        []string{"Use a session token issued for the same app ID that the connection sends."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "SDK 0.2.2 defines but never emits this code; the proto folds app ID mismatches into close code 4010, which ends the session.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "avatarNotFound",
		UpstreamName:       "avatarNotFound",
		Summary:            "The requested avatar does not exist.",
		Cause:              "The SDK reports this when the session-token request is answered with HTTP 404.",
		When:               []string{"the avatar ID is wrong or the avatar was deleted", "the session-token request returns HTTP 404"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This avatar is not available.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.avatarNotFound",
		Remediation:        []string{"Check the avatar ID in the configuration; the avatar may have been deleted."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "spatialreal@0.2.2 spatialreal/session.py"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "billingRequired",
		UpstreamName:       "billingRequired",
		Summary:            "Billing requirements block the session.",
		Cause:              "The SDK reports this when the session-token request is answered with HTTP 402.",
		When:               []string{"the account has no valid billing setup", "the session-token request returns HTTP 402"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This service is not available right now. Please contact the organiser or support.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.billingRequired",
		Remediation:        []string{"Set up billing for the account in the SpatialReal console; retrying cannot help until then."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "spatialreal@0.2.2 spatialreal/session.py"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "creditsExhausted",
		UpstreamName:       "creditsExhausted",
		Summary:            "The account has run out of credits.",
		Cause:              "The server ended the session with close code 4001; the provider says reconnecting cannot succeed until the account is topped up.",
		When:               []string{"runtime or connect-time credits run out", "the server closes the session with close code 4001"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This service is not available right now. Please contact the organiser or support.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.creditsExhausted",
		Remediation:        []string{"Top up the account's credits; do not reconnect until then (the provider's close-code contract)."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "sessionDurationExceeded",
		UpstreamName:       "sessionDurationExceeded",
		Summary:            "The session reached its maximum allowed duration.",
		Cause:              "The server ended the session with close code 4002 because it hit its duration limit; the provider says reconnecting is allowed and expected.",
		When:               []string{"a session runs past its maximum duration", "the server closes the session with close code 4002"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The session reached its time limit. Please start a new one.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.sessionDurationExceeded",
		Remediation:        []string{"Start a new session; the provider says reconnecting is allowed and expected.", "Split long conversations into sessions shorter than the duration limit if the break is unwelcome."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "concurrencyLimit",
		UpstreamName:       "concurrencyLimit",
		Summary:            "Too many concurrent sessions for the account's plan.",
		Cause:              "The session-token request was answered with HTTP 429, or the server closed the session with close code 4003; a session slot has to free up first.",
		When:               []string{"the plan's concurrent-connection limit is reached", "the session-token request returns HTTP 429", "the server closes the session with close code 4003"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call is full right now. Please try again in a little while.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.concurrencyLimit",
		Remediation:        []string{"Wait for one of the account's sessions to end before starting another; do not reconnect in a loop.", "Close sessions that are no longer needed, or move to a plan with more concurrent sessions."},
		Causes:             []string{"HTTP 429 on the session-token request", "close code 4003"},
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "spatialreal@0.2.2 spatialreal/session.py", "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "unsupportedSampleRate",
		UpstreamName:       "unsupportedSampleRate",
		Summary:            "The handshake rejected the audio sample rate.",
		Cause:              "The sample rate in the session configuration is not one the server accepts.",
		When:               []string{"the session is configured with an unsupported sample_rate"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.unsupportedSampleRate",
		Remediation:        []string{"Set sample_rate in the session configuration to one the server accepts."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "SDK 0.2.2 defines but never emits this code; a rejected handshake leaves no session to continue.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "invalidEgressConfig",
		UpstreamName:       "invalidEgressConfig",
		Summary:            "The egress configuration is invalid.",
		Cause:              "The LiveKit or Agora egress settings sent in the handshake are missing or malformed.",
		When:               []string{"egress URL, room, channel or token settings are wrong"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.invalidEgressConfig",
		Remediation:        []string{"Check the LiveKit or Agora egress settings (URL, room or channel, token) sent with the session."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "SDK 0.2.2 defines but never emits this code; a rejected egress configuration leaves no usable session.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "egressUnavailable",
		UpstreamName:       "egressUnavailable",
		Summary:            "The egress service is unavailable or not configured.",
		Cause:              "The server could not reach or provision the egress service that streams the avatar into a LiveKit room or Agora channel.",
		When:               []string{"egress mode is requested but the egress service is down", "egress is not set up for the deployment"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.egressUnavailable",
		Remediation:        []string{"Check that egress is set up for the deployment; contact SpatialReal if it is and still fails."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "SDK 0.2.2 defines but never emits this code; without egress an egress-mode session cannot proceed.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "idleTimeout",
		UpstreamName:       "idleTimeout",
		Summary:            "The session was closed because no input arrived.",
		Cause:              "The server ended the session after a period with no audio input.",
		When:               []string{"no audio is sent for longer than the idle timeout"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The session closed because it was idle. Please start a new one when you are ready.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.idleTimeout",
		Remediation:        []string{"Start a new session when there is audio to send again.", "Send audio, or close the session yourself, before the idle timeout."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "AvatarSDKError.retryable is false for this code (the seed said retry), so we start a new session only when there is input again; SDK 0.2.2 never emits it.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "upstreamError",
		UpstreamName:       "upstreamError",
		Summary:            "A server-side dependency is briefly unavailable.",
		Cause:              "The server ended the session with close code 4503 because an internal dependency was rolling, unreachable or answering 5xx.",
		When:               []string{"a backend deploy or network blip on the provider side", "the server closes the session with close code 4503"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.upstreamError",
		Remediation:        []string{"Reconnect with backoff; the provider calls this a brief server-side problem.", "Alert if it recurs."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "invalidRequest",
		UpstreamName:       "invalidRequest",
		Summary:            "The request payload or parameters are invalid.",
		Cause:              "The session-token request failed with an unmapped 4xx status, or returned an error list in a 200 response.",
		When:               []string{"the session-token request returns an unmapped 4xx status", "the console API returns errors for the request body"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.invalidRequest",
		Remediation:        []string{"Read server_detail and raw_body on the error to see which parameter was refused, and fix the request."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "spatialreal@0.2.2 spatialreal/session.py"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "connectionFailed",
		UpstreamName:       "connectionFailed",
		Summary:            "The transport connection could not be set up or broke.",
		Cause:              "A network error or timeout on the session-token request, a failed WebSocket connect or send, or an unexpected error in the read loop.",
		When:               []string{"the console API or ingress endpoint is unreachable", "the session-token request times out", "sending on the WebSocket fails"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.connectionFailed",
		Remediation:        []string{"Reconnect with backoff.", "If it persists, check that the console API and the ingress endpoint are reachable from the server (DNS, firewall, proxy)."},
		Causes:             []string{"a network error or timeout on the session-token request", "a failed WebSocket connect or send", "an unexpected error in the read loop"},
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "spatialreal@0.2.2 spatialreal/session.py"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "connectionClosed",
		UpstreamName:       "connectionClosed",
		Summary:            "The WebSocket closed unexpectedly.",
		Cause:              "The connection closed abnormally without a close code, or with a close code the SDK does not map to a specific error.",
		When:               []string{"the connection drops without a close frame", "the server closes with an unmapped close code"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.connectionClosed",
		Remediation:        []string{"Reconnect with backoff unless AvatarSDKError.retryable is false (an unmapped close code in 4000-4499).", "Log close_code and close_reason."},
		Causes:             []string{"the connection dropped without a close frame", "the server closed with a close code the SDK does not map"},
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "spatialreal@0.2.2 spatialreal/session.py"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "AvatarSDKError.retryable is true except when the unmapped close code lies in 4000-4499.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "protocolError",
		UpstreamName:       "protocolError",
		Summary:            "The server sent an invalid or unexpected message.",
		Cause:              "A protobuf payload could not be decoded, the handshake got an unexpected or incomplete reply, or the session-token response could not be parsed.",
		When:               []string{"a non-binary or undecodable message during the handshake", "the handshake confirmation lacks a connection ID", "an undecodable message during the session"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal when AvatarSDKError.phase is session_token, websocket_connect or websocket_handshake (the attempt ends); not terminal in websocket_runtime, when the SDK reports it and keeps reading.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.protocolError",
		Remediation:        []string{"Log the error and the SDK version; during a running session the SDK keeps reading, so no action is needed unless it repeats.", "During connection, upgrade the SDK and report the failure to SpatialReal."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "spatialreal@0.2.2 spatialreal/session.py"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "During a running session the SDK reports it and keeps reading, though during init or the handshake it ends the attempt, so the verdict follows the error's phase.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "serverError",
		UpstreamName:       "serverError",
		Summary:            "The server returned an unclassified error.",
		Cause:              "The session-token request got HTTP 5xx, or the server sent a ServerError message whose code is not a 4000-4999 close code.",
		When:               []string{"the console API answers with HTTP 5xx", "the server relays an upstream failure for a request"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal when AvatarSDKError.phase is session_token, websocket_connect or websocket_handshake (the attempt ends); not terminal in websocket_runtime, when the SDK reports it without closing.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.serverError",
		Remediation:        []string{"Log server_code and server_detail; during a running session the SDK keeps the connection, so no action is needed unless it repeats.", "Alert SpatialReal if HTTP 5xx on the session-token request persists."},
		Causes:             []string{"HTTP 5xx on the session-token request", "a ServerError message whose code is not a 4000-4999 close code"},
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "spatialreal@0.2.2 spatialreal/session.py"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "A ServerError message during a running session is reported without the SDK closing the connection, though during init or the handshake it ends the attempt, so the verdict follows the error's phase.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "avatar_sdk_error_code",
		CatalogName:        "unknown",
		UpstreamName:       "unknown",
		Summary:            "The SDK could not classify the failure.",
		Cause:              "Fallback code for failures that fit no other code.",
		When:               []string{"an unclassified failure"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "spatialreal.avatar_sdk_error_code.unknown",
		Remediation:        []string{"Log the error with its phase and message and report it to SpatialReal."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "SDK 0.2.2 never emits this code; we assume the worst for an unclassified failure.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// CloseCode: WebSocket close code the SpatialReal server sends when it ends a session, also carried in ServerError.code.
//
// Upstream: CloseCode in SpatialReal-ai/python-sdk 0.2.2 (package pypi:spatialreal@0.2.2).
type CloseCode int32

// Every CloseCode, in upstream order.
const (
	// CloseCodeCreditsExhausted: The account is out of credits.
	CloseCodeCreditsExhausted CloseCode = 4001

	// CloseCodeSessionTimeout: The session hit its maximum duration.
	CloseCodeSessionTimeout CloseCode = 4002

	// CloseCodeConcurrencyLimit: Too many concurrent connections for the plan.
	CloseCodeConcurrencyLimit CloseCode = 4003

	// CloseCodeAuthFailed: Authentication of the session failed.
	CloseCodeAuthFailed CloseCode = 4010

	// CloseCodeUpstreamUnavailable: A server-side dependency is briefly unavailable.
	CloseCodeUpstreamUnavailable CloseCode = 4503
)

// CloseCodeFromValue returns the code with this wire value, and whether the catalog knows it.
func CloseCodeFromValue(value int32) (CloseCode, bool) {
	if c := CloseCode(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseCloseCode returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseCloseCode(name string) (CloseCode, bool) {
	switch name {
	case "CREDITS_EXHAUSTED":
		return CloseCodeCreditsExhausted, true
	case "SESSION_TIMEOUT":
		return CloseCodeSessionTimeout, true
	case "CONCURRENCY_LIMIT":
		return CloseCodeConcurrencyLimit, true
	case "AUTH_FAILED":
		return CloseCodeAuthFailed, true
	case "UPSTREAM_UNAVAILABLE":
		return CloseCodeUpstreamUnavailable, true
	}
	return 0, false
}

// AllCloseCodeValues returns every code, in upstream order.
func AllCloseCodeValues() []CloseCode {
	return []CloseCode{
		CloseCodeCreditsExhausted,
		CloseCodeSessionTimeout,
		CloseCodeConcurrencyLimit,
		CloseCodeAuthFailed,
		CloseCodeUpstreamUnavailable,
	}
}

// String returns the name exactly as upstream spells it, or CloseCode(value) for a value the
// catalog does not know.
func (c CloseCode) String() string {
	if i := c.index(); i >= 0 {
		return closeCodeInfo[i].UpstreamName
	}
	return fmt.Sprintf("CloseCode(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c CloseCode) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c CloseCode) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &closeCodeInfo[i]
	}
	return nil
}

// index is the code's row in closeCodeInfo, or -1.
func (c CloseCode) index() int {
	switch c {
	case CloseCodeCreditsExhausted:
		return 0
	case CloseCodeSessionTimeout:
		return 1
	case CloseCodeConcurrencyLimit:
		return 2
	case CloseCodeAuthFailed:
		return 3
	case CloseCodeUpstreamUnavailable:
		return 4
	}
	return -1
}

var closeCodeInfo = [...]errorcatalog.Info{
	{
		Provider:           "spatialreal",
		CodeSet:            "close_code",
		CatalogName:        "CREDITS_EXHAUSTED",
		UpstreamName:       "CREDITS_EXHAUSTED",
		Summary:            "The account is out of credits.",
		Cause:              "The server ended the session because the account's credits ran out; the provider says not to reconnect until it is topped up.",
		When:               []string{"credits run out during or before the session"},
		Category:           errorcatalog.CategoryBillingQuota,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This service is not available right now. Please contact the organiser or support.",
		UserMessageKey:     "spatialreal.close_code.CREDITS_EXHAUSTED",
		Remediation:        []string{"Top up the account's credits; do not reconnect until then."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "spatialreal/avatar_sdk_error_code/creditsExhausted",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "close_code",
		CatalogName:        "SESSION_TIMEOUT",
		UpstreamName:       "SESSION_TIMEOUT",
		Summary:            "The session hit its maximum duration.",
		Cause:              "The server ended the session at its duration limit; the provider says reconnecting is allowed and expected.",
		When:               []string{"a session runs past its maximum duration"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "The session reached its time limit. Please start a new one.",
		UserMessageKey:     "spatialreal.close_code.SESSION_TIMEOUT",
		Remediation:        []string{"Start a new session; the provider says reconnecting is allowed and expected."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "spatialreal/avatar_sdk_error_code/sessionDurationExceeded",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "close_code",
		CatalogName:        "CONCURRENCY_LIMIT",
		UpstreamName:       "CONCURRENCY_LIMIT",
		Summary:            "Too many concurrent connections for the plan.",
		Cause:              "The server refused or ended the session because the plan's concurrent-connection limit is reached; the provider says not to reconnect until a slot frees up.",
		When:               []string{"more simultaneous sessions than the plan allows"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This call is full right now. Please try again in a little while.",
		UserMessageKey:     "spatialreal.close_code.CONCURRENCY_LIMIT",
		Remediation:        []string{"Wait for a session slot to free up before reconnecting; close sessions that are no longer needed."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "spatialreal/avatar_sdk_error_code/concurrencyLimit",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "close_code",
		CatalogName:        "AUTH_FAILED",
		UpstreamName:       "AUTH_FAILED",
		Summary:            "Authentication of the session failed.",
		Cause:              "The session token was bad or expired, or the app ID did not match; the provider says the client needs a fresh token before reconnecting.",
		When:               []string{"the session token is invalid or expired", "the app ID does not match the token"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not confirm your access to this call. Please try joining again.",
		UserMessageKey:     "spatialreal.close_code.AUTH_FAILED",
		Remediation:        []string{"Request a fresh session token (and check the app ID) before reconnecting."},
		Causes:             []string{"a bad session token", "an expired session token", "an app ID that does not match the token"},
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "spatialreal/avatar_sdk_error_code/sessionTokenInvalid",
	},
	{
		Provider:           "spatialreal",
		CodeSet:            "close_code",
		CatalogName:        "UPSTREAM_UNAVAILABLE",
		UpstreamName:       "UPSTREAM_UNAVAILABLE",
		Summary:            "A server-side dependency is briefly unavailable.",
		Cause:              "A dependency such as the control plane was rolling, hit a network blip or answered 5xx; the provider says to reconnect, ideally with backoff.",
		When:               []string{"a provider-side deploy or outage"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "spatialreal.close_code.UPSTREAM_UNAVAILABLE",
		Remediation:        []string{"Reconnect with backoff, as the provider advises.", "Alert if it recurs."},
		Causes:             nil,
		References:         []string{"spatialreal@0.2.2 spatialreal/errors.py", "https://github.com/SpatialReal-ai/python-sdk/blob/0b6a0548388473421266f5342ca856565cac24ea/proto/driveningress/v2/driveningress.proto"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "AvatarSDKError.retryable", Overrides: []string{"retry"}, Values: []errorcatalog.SignalValue{{Value: "True", Means: "Reconnecting can plausibly succeed: reconnect with backoff."}, {Value: "False", Means: "Reconnecting with the same request fails again: fix the cause first (the close codes 4000-4499 other than 4002, and every code but connectionFailed, connectionClosed and upstreamError when no close code is set)."}}, Meaning: ""},
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "spatialreal/avatar_sdk_error_code/upstreamError",
	},
}
