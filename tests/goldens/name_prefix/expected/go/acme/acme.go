// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package acme has the error codes of Acme RTC, one type per code set.
package acme

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// FailureReason: Why joining failed.
//
// Upstream: acme_err_t in acme/sdk-c v0.3.0.
type FailureReason int32

// Every FailureReason, in upstream order.
const (
	// FailureReasonTimeout: Timed out.
	FailureReasonTimeout FailureReason = 1

	// FailureReasonBadToken: The token was refused.
	FailureReasonBadToken FailureReason = 2
)

// FailureReasonFromValue returns the code with this wire value, and whether the catalog knows it.
func FailureReasonFromValue(value int32) (FailureReason, bool) {
	if c := FailureReason(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseFailureReason returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseFailureReason(name string) (FailureReason, bool) {
	switch name {
	case "ACME_ERR_TIMEOUT":
		return FailureReasonTimeout, true
	case "ACME_ERR_BAD_TOKEN":
		return FailureReasonBadToken, true
	}
	return 0, false
}

// AllFailureReasonValues returns every code, in upstream order.
func AllFailureReasonValues() []FailureReason {
	return []FailureReason{
		FailureReasonTimeout,
		FailureReasonBadToken,
	}
}

// String returns the name exactly as upstream spells it, or FailureReason(value) for a value the
// catalog does not know.
func (c FailureReason) String() string {
	if i := c.index(); i >= 0 {
		return failureReasonInfo[i].UpstreamName
	}
	return fmt.Sprintf("FailureReason(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c FailureReason) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c FailureReason) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &failureReasonInfo[i]
	}
	return nil
}

// index is the code's row in failureReasonInfo, or -1.
func (c FailureReason) index() int {
	switch c {
	case FailureReasonTimeout:
		return 0
	case FailureReasonBadToken:
		return 1
	}
	return -1
}

var failureReasonInfo = [...]errorcatalog.Info{
	{
		Provider:           "acme",
		CodeSet:            "failure_reason",
		CatalogName:        "TIMEOUT",
		UpstreamName:       "ACME_ERR_TIMEOUT",
		Summary:            "Timed out.",
		Cause:              "The server did not answer in time.",
		When:               []string{"slow network"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.failure_reason.TIMEOUT",
		Remediation:        []string{"Check the app configuration."},
		Causes:             nil,
		References:         nil,
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "acme",
		CodeSet:            "failure_reason",
		CatalogName:        "BAD_TOKEN",
		UpstreamName:       "ACME_ERR_BAD_TOKEN",
		Summary:            "The token was refused.",
		Cause:              "The token is malformed.",
		When:               []string{"a token from another project"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.failure_reason.BAD_TOKEN",
		Remediation:        []string{"Check the app configuration."},
		Causes:             nil,
		References:         nil,
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}
