// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package amazonivs has the error codes of Amazon IVS, one type per code set.
package amazonivs

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// StageErrorCode: Code of a StageError that an IVS real-time Stage reports when a join, publish or subscribe operation fails.
//
// Upstream: StageErrorCode in https://aws.amazon.com/ivs/ 1.41.0 (package npm:amazon-ivs-web-broadcast@1.41.0).
type StageErrorCode int32

// Every StageErrorCode, in upstream order.
const (
	// StageErrorCodeTokenMalformed: The stage token is malformed.
	StageErrorCodeTokenMalformed StageErrorCode = 1

	// StageErrorCodeTokenExpired: The stage token has expired.
	StageErrorCodeTokenExpired StageErrorCode = 2

	// StageErrorCodeTimeout: The operation timed out.
	StageErrorCodeTimeout StageErrorCode = 3

	// StageErrorCodeFailed: The operation failed; the error details give the cause.
	StageErrorCodeFailed StageErrorCode = 4

	// StageErrorCodeCanceled: The operation was canceled before it completed.
	StageErrorCodeCanceled StageErrorCode = 5

	// StageErrorCodeStageAtCapacity: The stage is at capacity.
	StageErrorCodeStageAtCapacity StageErrorCode = 6

	// StageErrorCodeCodecMismatch: The stage does not support the codec offered.
	StageErrorCodeCodecMismatch StageErrorCode = 7

	// StageErrorCodeTokenNotAllowed: The token lacks permission for the operation.
	StageErrorCodeTokenNotAllowed StageErrorCode = 8

	// StageErrorCodeStageDeleted: The stage has been deleted.
	StageErrorCodeStageDeleted StageErrorCode = 9

	// StageErrorCodeParticipantDisconnected: The participant has been disconnected from the stage.
	StageErrorCodeParticipantDisconnected StageErrorCode = 10

	// StageErrorCodeTokenExchangeRequestInvalid: The token given to exchangeToken is invalid or incompatible.
	StageErrorCodeTokenExchangeRequestInvalid StageErrorCode = 11

	// StageErrorCodeTokenExchangeFailed: The server rejected or did not answer the token exchange.
	StageErrorCodeTokenExchangeFailed StageErrorCode = 12
)

// StageErrorCodeFromValue returns the code with this wire value, and whether the catalog knows it.
func StageErrorCodeFromValue(value int32) (StageErrorCode, bool) {
	if c := StageErrorCode(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseStageErrorCode returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseStageErrorCode(name string) (StageErrorCode, bool) {
	switch name {
	case "TOKEN_MALFORMED":
		return StageErrorCodeTokenMalformed, true
	case "TOKEN_EXPIRED":
		return StageErrorCodeTokenExpired, true
	case "TIMEOUT":
		return StageErrorCodeTimeout, true
	case "FAILED":
		return StageErrorCodeFailed, true
	case "CANCELED":
		return StageErrorCodeCanceled, true
	case "STAGE_AT_CAPACITY":
		return StageErrorCodeStageAtCapacity, true
	case "CODEC_MISMATCH":
		return StageErrorCodeCodecMismatch, true
	case "TOKEN_NOT_ALLOWED":
		return StageErrorCodeTokenNotAllowed, true
	case "STAGE_DELETED":
		return StageErrorCodeStageDeleted, true
	case "PARTICIPANT_DISCONNECTED":
		return StageErrorCodeParticipantDisconnected, true
	case "TOKEN_EXCHANGE_REQUEST_INVALID":
		return StageErrorCodeTokenExchangeRequestInvalid, true
	case "TOKEN_EXCHANGE_FAILED":
		return StageErrorCodeTokenExchangeFailed, true
	}
	return 0, false
}

// AllStageErrorCodeValues returns every code, in upstream order.
func AllStageErrorCodeValues() []StageErrorCode {
	return []StageErrorCode{
		StageErrorCodeTokenMalformed,
		StageErrorCodeTokenExpired,
		StageErrorCodeTimeout,
		StageErrorCodeFailed,
		StageErrorCodeCanceled,
		StageErrorCodeStageAtCapacity,
		StageErrorCodeCodecMismatch,
		StageErrorCodeTokenNotAllowed,
		StageErrorCodeStageDeleted,
		StageErrorCodeParticipantDisconnected,
		StageErrorCodeTokenExchangeRequestInvalid,
		StageErrorCodeTokenExchangeFailed,
	}
}

// String returns the name exactly as upstream spells it, or StageErrorCode(value) for a value the
// catalog does not know.
func (c StageErrorCode) String() string {
	if i := c.index(); i >= 0 {
		return stageErrorCodeInfo[i].UpstreamName
	}
	return fmt.Sprintf("StageErrorCode(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c StageErrorCode) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c StageErrorCode) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &stageErrorCodeInfo[i]
	}
	return nil
}

// index is the code's row in stageErrorCodeInfo, or -1.
func (c StageErrorCode) index() int {
	switch c {
	case StageErrorCodeTokenMalformed:
		return 0
	case StageErrorCodeTokenExpired:
		return 1
	case StageErrorCodeTimeout:
		return 2
	case StageErrorCodeFailed:
		return 3
	case StageErrorCodeCanceled:
		return 4
	case StageErrorCodeStageAtCapacity:
		return 5
	case StageErrorCodeCodecMismatch:
		return 6
	case StageErrorCodeTokenNotAllowed:
		return 7
	case StageErrorCodeStageDeleted:
		return 8
	case StageErrorCodeParticipantDisconnected:
		return 9
	case StageErrorCodeTokenExchangeRequestInvalid:
		return 10
	case StageErrorCodeTokenExchangeFailed:
		return 11
	}
	return -1
}

var stageErrorCodeInfo = [...]errorcatalog.Info{
	{
		Provider:           "amazon_ivs",
		CodeSet:            "stage_error_code",
		CatalogName:        "TOKEN_MALFORMED",
		UpstreamName:       "TOKEN_MALFORMED",
		Summary:            "The stage token is malformed.",
		Cause:              "The participant token could not be parsed, or the server reported it invalid, wrongly signed or missing. IVS advises checking that the token is not modified (spaces inserted, characters changed) before it reaches the stage.",
		When:               []string{"constructing a Stage with a token that cannot be parsed", "joining when the server rejects the token as invalid or badly signed"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not confirm your access to this call. Please try joining again.",
		UserMessageKey:     "amazon_ivs.stage_error_code.TOKEN_MALFORMED",
		Remediation:        []string{"Check that nothing changes the token on its way from the backend to the Stage (inserted spaces, truncation, changed characters).", "Create a new token with CreateParticipantToken and join with it."},
		Causes:             nil,
		References:         []string{"amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "StageError.category", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "JOIN_ERROR", Means: "The error concerns the connection to the stage: a join that fails this way did not complete."}, {Value: "PUBLISH_ERROR", Means: "Only publishing failed; the participant is still in the stage."}, {Value: "SUBSCRIBE_ERROR", Means: "Only a subscription failed; the participant is still in the stage."}}, Meaning: ""},
		Rationale:          "IVS says to create a valid token and retry joining; the SDK marks the underlying error fatal, so the join does not complete.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_ivs",
		CodeSet:            "stage_error_code",
		CatalogName:        "TOKEN_EXPIRED",
		UpstreamName:       "TOKEN_EXPIRED",
		Summary:            "The stage token has expired.",
		Cause:              "The token's expiration time has passed: the SDK checks it before joining, and the server rejects expired tokens.",
		When:               []string{"calling join() with an expired token", "the server reporting the token expired on a join, publish or subscribe request"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Your access to this session has expired. Please try joining again.",
		UserMessageKey:     "amazon_ivs.stage_error_code.TOKEN_EXPIRED",
		Remediation:        []string{"Create a new participant token with a later expiry and join with it.", "Mint tokens just before joining rather than ahead of time; check the device clock if fresh tokens look expired."},
		Causes:             nil,
		References:         []string{"amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "StageError.category", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "JOIN_ERROR", Means: "The error concerns the connection to the stage: a join that fails this way did not complete."}, {Value: "PUBLISH_ERROR", Means: "Only publishing failed; the participant is still in the stage."}, {Value: "SUBSCRIBE_ERROR", Means: "Only a subscription failed; the participant is still in the stage."}}, Meaning: ""},
		Rationale:          "IVS says to create a non-expired token and retry joining; the SDK marks the underlying error fatal and maps it to a stage disconnect.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_ivs",
		CodeSet:            "stage_error_code",
		CatalogName:        "TIMEOUT",
		UpstreamName:       "TIMEOUT",
		Summary:            "The operation timed out.",
		Cause:              "A join, publish or subscribe did not complete in time. For a join IVS says to check that the stage exists and the token is valid; if both hold, the cause is likely the network.",
		When:               []string{"joining over a slow or broken network", "publishing or subscribing when the media request gets no answer in time"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when StageError.category is JOIN_ERROR; a PUBLISH_ERROR or SUBSCRIBE_ERROR timeout leaves the participant in the stage.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "The connection to the call was interrupted. Check your internet connection and try again.",
		UserMessageKey:     "amazon_ivs.stage_error_code.TIMEOUT",
		Remediation:        []string{"For a JOIN_ERROR, check that the stage exists and that the token is valid.", "If both hold, wait for the device's connectivity to recover, then call refreshStrategy() or leave and join again.", "For a publish or subscribe timeout, refresh the strategy; the participant is still in the stage."},
		Causes:             []string{"the stage does not exist", "the token is invalid", "a slow or broken network"},
		References:         []string{"amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "StageError.category", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "JOIN_ERROR", Means: "The error concerns the connection to the stage: a join that fails this way did not complete."}, {Value: "PUBLISH_ERROR", Means: "Only publishing failed; the participant is still in the stage."}, {Value: "SUBSCRIBE_ERROR", Means: "Only a subscription failed; the participant is still in the stage."}}, Meaning: ""},
		Rationale:          "IVS says to wait for connectivity to recover, then refresh the strategy or leave and rejoin; only join timeouts end the attempt, while publish and subscribe timeouts leave the participant in the stage.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_ivs",
		CodeSet:            "stage_error_code",
		CatalogName:        "FAILED",
		UpstreamName:       "FAILED",
		Summary:            "The operation failed; the error details give the cause.",
		Cause:              "Catch-all for failures the SDK does not classify further, such as network failures, internal server errors, bad requests, WebSocket creation failures, a server-forced leave or revoked connection token, and publish or subscribe failures.",
		When:               []string{"a join, publish or subscribe fails for a reason without a more specific code", "the server removes the stage from a shared real-time connection"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal when the SDK marks the underlying error fatal or the stage is left (StageConnectionState disconnected, StageEvents.STAGE_LEFT); otherwise the SDK reconnects and the participant stays.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "amazon_ivs.stage_error_code.FAILED",
		Remediation:        []string{"Read the error's message and details: this code covers several failures.", "For a join, retry with backoff; for a publish or subscribe, refresh the strategy.", "If the stage was left (StageEvents.STAGE_LEFT), join again only if the StageLeftReason allows it."},
		Causes:             []string{"network failures", "internal server errors", "bad requests", "WebSocket creation failures", "a server-forced leave or revoked connection token", "publish or subscribe failures"},
		References:         []string{"amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "StageError.category", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "JOIN_ERROR", Means: "The error concerns the connection to the stage: a join that fails this way did not complete."}, {Value: "PUBLISH_ERROR", Means: "Only publishing failed; the participant is still in the stage."}, {Value: "SUBSCRIBE_ERROR", Means: "Only a subscription failed; the participant is still in the stage."}}, Meaning: ""},
		Rationale:          "The code groups failures of several kinds, some of which end the session and some of which do not (the SDK reconnects after non-fatal connection errors), so the verdict comes from the stage's connection state; the catalog treats it as an unclassified fault: read the details and retry with backoff.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_ivs",
		CodeSet:            "stage_error_code",
		CatalogName:        "CANCELED",
		UpstreamName:       "CANCELED",
		Summary:            "The operation was canceled before it completed.",
		Cause:              "A join, publish or subscribe was aborted before completion, typically because the app started another join, leave, refreshStrategy or replaceStrategy that superseded it.",
		When:               []string{"join and leave called repeatedly in quick succession", "refreshStrategy or replaceStrategy called while an earlier operation is still running"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong in the app. Please try again later; if it keeps happening, contact support.",
		UserMessageKey:     "amazon_ivs.stage_error_code.CANCELED",
		Remediation:        []string{"Check the app code for join(), leave(), refreshStrategy() or replaceStrategy() called again before the previous call finished.", "Serialise these calls so that each completes before the next starts."},
		Causes:             nil,
		References:         []string{"amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "StageError.category", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "JOIN_ERROR", Means: "The error concerns the connection to the stage: a join that fails this way did not complete."}, {Value: "PUBLISH_ERROR", Means: "Only publishing failed; the participant is still in the stage."}, {Value: "SUBSCRIBE_ERROR", Means: "Only a subscription failed; the participant is still in the stage."}}, Meaning: ""},
		Rationale:          "IVS's guidance is to fix the app code that starts and cancels repeated operations rather than to retry; the SDK marks the underlying abort non-fatal, so the cancellation by itself does not end the session.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_ivs",
		CodeSet:            "stage_error_code",
		CatalogName:        "STAGE_AT_CAPACITY",
		UpstreamName:       "STAGE_AT_CAPACITY",
		Summary:            "The stage is at capacity.",
		Cause:              "The server refused a publish or subscribe request because the stage has no room left for it.",
		When:               []string{"publishing to a stage that is full", "subscribing on a stage that is at its limit"},
		Category:           errorcatalog.CategoryCapacity,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "This call is full right now. Please try again in a little while.",
		UserMessageKey:     "amazon_ivs.stage_error_code.STAGE_AT_CAPACITY",
		Remediation:        []string{"Tell the user the stage is full; try again once it is no longer at capacity.", "Review the stage's participant and publisher limits if this happens often."},
		Causes:             nil,
		References:         []string{"amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "StageError.category", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "JOIN_ERROR", Means: "The error concerns the connection to the stage: a join that fails this way did not complete."}, {Value: "PUBLISH_ERROR", Means: "Only publishing failed; the participant is still in the stage."}, {Value: "SUBSCRIBE_ERROR", Means: "Only a subscription failed; the participant is still in the stage."}}, Meaning: ""},
		Rationale:          "IVS says to try again when the stage is no longer at capacity; the SDK raises it from publish and subscribe requests, after which the participant is still joined.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_ivs",
		CodeSet:            "stage_error_code",
		CatalogName:        "CODEC_MISMATCH",
		UpstreamName:       "CODEC_MISMATCH",
		Summary:            "The stage does not support the codec offered.",
		Cause:              "The server found no codec shared by the browser's offer and the stage.",
		When:               []string{"publishing or subscribing from a browser or platform without a codec the stage supports"},
		Category:           errorcatalog.CategoryMediaNegotiation,
		RetryPolicy:        errorcatalog.RetryPolicyUserAction,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Your browser cannot send or receive video in this session. Please try another browser.",
		UserMessageKey:     "amazon_ivs.stage_error_code.CODEC_MISMATCH",
		Remediation:        []string{"Check which codecs the browser or platform supports; ask the user to switch to a supported browser."},
		Causes:             nil,
		References:         []string{"amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "StageError.category", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "JOIN_ERROR", Means: "The error concerns the connection to the stage: a join that fails this way did not complete."}, {Value: "PUBLISH_ERROR", Means: "Only publishing failed; the participant is still in the stage."}, {Value: "SUBSCRIBE_ERROR", Means: "Only a subscription failed; the participant is still in the stage."}}, Meaning: ""},
		Rationale:          "IVS says to check the browser or platform for codec support, so the same request from the same browser fails again; the failure concerns one publish or subscribe and the participant stays joined.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_ivs",
		CodeSet:            "stage_error_code",
		CatalogName:        "TOKEN_NOT_ALLOWED",
		UpstreamName:       "TOKEN_NOT_ALLOWED",
		Summary:            "The token lacks permission for the operation.",
		Cause:              "The token's capabilities do not allow what was requested, for example publishing with a subscribe-only token, or the server refused the join as not authorized.",
		When:               []string{"publishing with a token without the publish capability", "joining when the server refuses the token as not authorized"},
		Category:           errorcatalog.CategoryPermission,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal for the join when the server refuses the join (StageError.category JOIN_ERROR); a refused publish (PUBLISH_ERROR) leaves the participant in the stage.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "You do not have permission to do that in this call.",
		UserMessageKey:     "amazon_ivs.stage_error_code.TOKEN_NOT_ALLOWED",
		Remediation:        []string{"Create a new token with the capabilities the operation needs (PUBLISH, SUBSCRIBE) and try again.", "If the app should not publish, do not ask the strategy to publish with a subscribe-only token."},
		Causes:             []string{"publishing with a token without the publish capability", "the server refused the join as not authorized"},
		References:         []string{"amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "StageError.category", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "JOIN_ERROR", Means: "The error concerns the connection to the stage: a join that fails this way did not complete."}, {Value: "PUBLISH_ERROR", Means: "Only publishing failed; the participant is still in the stage."}, {Value: "SUBSCRIBE_ERROR", Means: "Only a subscription failed; the participant is still in the stage."}}, Meaning: ""},
		Rationale:          "IVS says to recreate the token with the correct permissions and try again; a refused join ends the attempt, but a refused publish leaves the participant in the stage.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_ivs",
		CodeSet:            "stage_error_code",
		CatalogName:        "STAGE_DELETED",
		UpstreamName:       "STAGE_DELETED",
		Summary:            "The stage has been deleted.",
		Cause:              "The stage no longer exists. IVS disconnects participants who are in the session gracefully and fails later joins during join establishment.",
		When:               []string{"the stage is deleted while the participant is in it", "joining a stage that has been deleted"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "This session has ended.",
		UserMessageKey:     "amazon_ivs.stage_error_code.STAGE_DELETED",
		Remediation:        []string{"Do not rejoin: the stage was deleted and its tokens can no longer be used.", "Create a new stage and tokens from the backend if the session should go on."},
		Causes:             nil,
		References:         []string{"amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "StageError.category", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "JOIN_ERROR", Means: "The error concerns the connection to the stage: a join that fails this way did not complete."}, {Value: "PUBLISH_ERROR", Means: "Only publishing failed; the participant is still in the stage."}, {Value: "SUBSCRIBE_ERROR", Means: "Only a subscription failed; the participant is still in the stage."}}, Meaning: ""},
		Rationale:          "A deleted stage cannot be joined again (StageLeftReason says its token can no longer be used); the app needs a new stage and token.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_ivs",
		CodeSet:            "stage_error_code",
		CatalogName:        "PARTICIPANT_DISCONNECTED",
		UpstreamName:       "PARTICIPANT_DISCONNECTED",
		Summary:            "The participant has been disconnected from the stage.",
		Cause:              "The server disconnected the participant; IVS's StageLeftReason ties this to the DisconnectParticipant API and says the token can no longer be used.",
		When:               []string{"the participant is disconnected while in the session", "joining again with the token of a disconnected participant"},
		Category:           errorcatalog.CategoryEndedByService,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "You were removed from the session.",
		UserMessageKey:     "amazon_ivs.stage_error_code.PARTICIPANT_DISCONNECTED",
		Remediation:        []string{"Do not rejoin with the same token: it can no longer be used after DisconnectParticipant.", "If the disconnect was not intended, check which service called DisconnectParticipant."},
		Causes:             nil,
		References:         []string{"amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "StageError.category", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "JOIN_ERROR", Means: "The error concerns the connection to the stage: a join that fails this way did not complete."}, {Value: "PUBLISH_ERROR", Means: "Only publishing failed; the participant is still in the stage."}, {Value: "SUBSCRIBE_ERROR", Means: "Only a subscription failed; the participant is still in the stage."}}, Meaning: ""},
		Rationale:          "The disconnect was requested on the server side and the token is no longer usable, so rejoining needs a decision and a new token from the app's backend.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_ivs",
		CodeSet:            "stage_error_code",
		CatalogName:        "TOKEN_EXCHANGE_REQUEST_INVALID",
		UpstreamName:       "TOKEN_EXCHANGE_REQUEST_INVALID",
		Summary:            "The token given to exchangeToken is invalid or incompatible.",
		Cause:              "The new token could not be parsed, or it changes a property that must stay the same during an exchange (stageARN, participantID, eventsURL, whipURL, topic).",
		When:               []string{"calling Stage.exchangeToken with a malformed token", "calling Stage.exchangeToken with a token for another stage or participant"},
		Category:           errorcatalog.CategoryCredentials,
		RetryPolicy:        errorcatalog.RetryPolicyRefreshCredentials,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "We could not confirm your access to this call. Please try joining again.",
		UserMessageKey:     "amazon_ivs.stage_error_code.TOKEN_EXCHANGE_REQUEST_INVALID",
		Remediation:        []string{"Create a token whose immutable properties (stageARN, participantID, eventsURL, whipURL, topic) match the current one.", "Call exchangeToken() again with it; the stage keeps running on the current token meanwhile."},
		Causes:             nil,
		References:         []string{"amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 100, MultiplierThousandths: 2000, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 2},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "StageError.category", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "JOIN_ERROR", Means: "The error concerns the connection to the stage: a join that fails this way did not complete."}, {Value: "PUBLISH_ERROR", Means: "Only publishing failed; the participant is still in the stage."}, {Value: "SUBSCRIBE_ERROR", Means: "Only a subscription failed; the participant is still in the stage."}}, Meaning: ""},
		Rationale:          "IVS says to create a valid token with matching immutable properties and retry; the SDK rejects the token before contacting the server and stays in the stage with the current token.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_ivs",
		CodeSet:            "stage_error_code",
		CatalogName:        "TOKEN_EXCHANGE_FAILED",
		UpstreamName:       "TOKEN_EXCHANGE_FAILED",
		Summary:            "The server rejected or did not answer the token exchange.",
		Cause:              "The token exchange request failed on the server side: an error, a rejection, an invalid response or no response in time.",
		When:               []string{"calling Stage.exchangeToken when the server returns an error or an invalid response", "a token exchange that times out"},
		Category:           errorcatalog.CategoryServiceFault,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong on our side. Please try again in a moment.",
		UserMessageKey:     "amazon_ivs.stage_error_code.TOKEN_EXCHANGE_FAILED",
		Remediation:        []string{"Join again after a delay with a new token; the stage was left (StageLeftReason failed-exchange).", "Alert if it recurs: the server rejected or did not answer the exchange."},
		Causes:             nil,
		References:         []string{"amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"},
		Since:              "",
		RetrySchedule:      &errorcatalog.RetrySchedule{InitialDelayMs: 1000, MultiplierThousandths: 1600, MaxDelayMs: 20000, Jitter: errorcatalog.JitterFull, MaxAttempts: 5},
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "StageError.category", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "JOIN_ERROR", Means: "The error concerns the connection to the stage: a join that fails this way did not complete."}, {Value: "PUBLISH_ERROR", Means: "Only publishing failed; the participant is still in the stage."}, {Value: "SUBSCRIBE_ERROR", Means: "Only a subscription failed; the participant is still in the stage."}}, Meaning: ""},
		Rationale:          "IVS documents that the stage is left when the server rejects an exchange (StageLeftReason failed-exchange); since the failure lies with the server or the network, the catalog suggests rejoining after a delay.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}

// StageErrorCategory: Which part of a stage session a StageError concerns: the connection to the stage, publishing or subscribing.
//
// Upstream: StageErrorCategory in https://aws.amazon.com/ivs/ 1.41.0 (package npm:amazon-ivs-web-broadcast@1.41.0).
type StageErrorCategory string

// Every StageErrorCategory, in upstream order.
const (
	// StageErrorCategoryJoinError: The error concerns the connection to the stage.
	StageErrorCategoryJoinError StageErrorCategory = "JOIN_ERROR"

	// StageErrorCategoryPublishError: The error concerns publishing local media to the stage.
	StageErrorCategoryPublishError StageErrorCategory = "PUBLISH_ERROR"

	// StageErrorCategorySubscribeError: The error concerns subscribing to a remote participant's media.
	StageErrorCategorySubscribeError StageErrorCategory = "SUBSCRIBE_ERROR"
)

// StageErrorCategoryFromValue returns the code with this wire value, and whether the catalog knows it.
func StageErrorCategoryFromValue(value string) (StageErrorCategory, bool) {
	if c := StageErrorCategory(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseStageErrorCategory returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseStageErrorCategory(name string) (StageErrorCategory, bool) {
	switch name {
	case "JOIN_ERROR":
		return StageErrorCategoryJoinError, true
	case "PUBLISH_ERROR":
		return StageErrorCategoryPublishError, true
	case "SUBSCRIBE_ERROR":
		return StageErrorCategorySubscribeError, true
	}
	return "", false
}

// AllStageErrorCategoryValues returns every code, in upstream order.
func AllStageErrorCategoryValues() []StageErrorCategory {
	return []StageErrorCategory{
		StageErrorCategoryJoinError,
		StageErrorCategoryPublishError,
		StageErrorCategorySubscribeError,
	}
}

// String returns the name exactly as upstream spells it, or StageErrorCategory(value) for a value the
// catalog does not know.
func (c StageErrorCategory) String() string {
	if i := c.index(); i >= 0 {
		return stageErrorCategoryInfo[i].UpstreamName
	}
	return fmt.Sprintf("StageErrorCategory(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c StageErrorCategory) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c StageErrorCategory) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &stageErrorCategoryInfo[i]
	}
	return nil
}

// index is the code's row in stageErrorCategoryInfo, or -1.
func (c StageErrorCategory) index() int {
	switch c {
	case StageErrorCategoryJoinError:
		return 0
	case StageErrorCategoryPublishError:
		return 1
	case StageErrorCategorySubscribeError:
		return 2
	}
	return -1
}

var stageErrorCategoryInfo = [...]errorcatalog.Info{
	{
		Provider:           "amazon_ivs",
		CodeSet:            "stage_error_category",
		CatalogName:        "JOIN_ERROR",
		UpstreamName:       "JOIN_ERROR",
		Summary:            "The error concerns the connection to the stage.",
		Cause:              "Reported for failures in joining or staying connected to the stage, including token checks and token exchange.",
		When:               []string{"constructing a Stage or calling join()", "connection failures during a session", "calling Stage.exchangeToken"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyDepends,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityDepends,
		TerminalCondition:  "Terminal when the stage connection ends (StageConnectionState disconnected or errored, or StageEvents.STAGE_LEFT); not terminal when the SDK reconnects by itself.",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "amazon_ivs.stage_error_category.JOIN_ERROR",
		Remediation:        []string{"Decide from the StageErrorCode that comes with it.", "Watch StageConnectionState: errored or disconnected means the app must join again."},
		Causes:             nil,
		References:         []string{"amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "StageConnectionState (StageEvents.STAGE_CONNECTION_STATE_CHANGED)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "connected", Means: "The stage connection survived the error."}, {Value: "connecting", Means: "The SDK is establishing the connection again; wait."}, {Value: "errored", Means: "The SDK errored in the middle of a session (d.ts: \"SDK errored in the middle of a session\"); the app must act."}, {Value: "disconnected", Means: "Not connected to the stage: the session is over until the app joins again."}}, Meaning: ""},
		Rationale:          "A category only groups StageErrorCode values: fatal join errors end the session while others are retried by the SDK, so decide retry and terminality from the accompanying code and the connection state.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_ivs",
		CodeSet:            "stage_error_category",
		CatalogName:        "PUBLISH_ERROR",
		UpstreamName:       "PUBLISH_ERROR",
		Summary:            "The error concerns publishing local media to the stage.",
		Cause:              "Reported for failures while sending the local participant's media streams to the stage.",
		When:               []string{"publishing the streams chosen by the stage strategy"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyDepends,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Your audio or video could not be shared.",
		UserMessageKey:     "amazon_ivs.stage_error_category.PUBLISH_ERROR",
		Remediation:        []string{"Decide from the StageErrorCode that comes with it; the participant stays in the stage.", "Refresh the strategy to publish again once the cause is fixed."},
		Causes:             nil,
		References:         []string{"amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "StageConnectionState (StageEvents.STAGE_CONNECTION_STATE_CHANGED)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "connected", Means: "The stage connection survived the error."}, {Value: "connecting", Means: "The SDK is establishing the connection again; wait."}, {Value: "errored", Means: "The SDK errored in the middle of a session (d.ts: \"SDK errored in the middle of a session\"); the app must act."}, {Value: "disconnected", Means: "Not connected to the stage: the session is over until the app joins again."}}, Meaning: ""},
		Rationale:          "A category only groups StageErrorCode values (capacity, codec, permission, timeout and other failures); decide from the accompanying code. A failed publish does not by itself end the stage session.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "amazon_ivs",
		CodeSet:            "stage_error_category",
		CatalogName:        "SUBSCRIBE_ERROR",
		UpstreamName:       "SUBSCRIBE_ERROR",
		Summary:            "The error concerns subscribing to a remote participant's media.",
		Cause:              "Reported for failures while receiving a remote participant's media streams from the stage.",
		When:               []string{"subscribing to remote streams chosen by the stage strategy"},
		Category:           errorcatalog.CategoryUnknown,
		RetryPolicy:        errorcatalog.RetryPolicyDepends,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Someone's audio or video could not be loaded.",
		UserMessageKey:     "amazon_ivs.stage_error_category.SUBSCRIBE_ERROR",
		Remediation:        []string{"Decide from the StageErrorCode that comes with it; the participant stays in the stage.", "Refresh the strategy to subscribe again once the cause is fixed."},
		Causes:             nil,
		References:         []string{"amazon-ivs-web-broadcast@1.41.0 dist/amazon-ivs-web-broadcast.d.ts"},
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      &errorcatalog.RuntimeSignal{Name: "StageConnectionState (StageEvents.STAGE_CONNECTION_STATE_CHANGED)", Overrides: []string{"terminal"}, Values: []errorcatalog.SignalValue{{Value: "connected", Means: "The stage connection survived the error."}, {Value: "connecting", Means: "The SDK is establishing the connection again; wait."}, {Value: "errored", Means: "The SDK errored in the middle of a session (d.ts: \"SDK errored in the middle of a session\"); the app must act."}, {Value: "disconnected", Means: "Not connected to the stage: the session is over until the app joins again."}}, Meaning: ""},
		Rationale:          "A category only groups StageErrorCode values (capacity, codec, timeout and other failures); decide from the accompanying code. A failed subscription does not by itself end the stage session.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}
