// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package acme has the error codes of Acme RTC, one type per code set.
package acme

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// Error: Why an Acme call failed.
//
// Upstream: AcmeError in acme/sdk 1.0.0.
type Error int32

// Every Error, in upstream order.
const (
	// ErrorOk: Nothing failed.
	ErrorOk Error = 0

	// ErrorTimeout: Timed out.
	ErrorTimeout Error = -1

	// ErrorBadRequest: The request was malformed.
	ErrorBadRequest Error = 2147483647
)

// ErrorFromValue returns the code with this wire value, and whether the catalog knows it.
func ErrorFromValue(value int32) (Error, bool) {
	if c := Error(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseError returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseError(name string) (Error, bool) {
	switch name {
	case "OK":
		return ErrorOk, true
	case "TIMEOUT":
		return ErrorTimeout, true
	case "BAD_REQUEST":
		return ErrorBadRequest, true
	}
	return 0, false
}

// AllErrorValues returns every code, in upstream order.
func AllErrorValues() []Error {
	return []Error{
		ErrorOk,
		ErrorTimeout,
		ErrorBadRequest,
	}
}

// String returns the name exactly as upstream spells it, or Error(value) for a value the
// catalog does not know.
func (c Error) String() string {
	if i := c.index(); i >= 0 {
		return errorInfo[i].UpstreamName
	}
	return fmt.Sprintf("Error(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c Error) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c Error) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &errorInfo[i]
	}
	return nil
}

// index is the code's row in errorInfo, or -1.
func (c Error) index() int {
	switch c {
	case ErrorOk:
		return 0
	case ErrorTimeout:
		return 1
	case ErrorBadRequest:
		return 2
	}
	return -1
}

var errorInfo = [...]errorcatalog.Info{
	{
		Provider:           "acme",
		CodeSet:            "error",
		CatalogName:        "OK",
		UpstreamName:       "OK",
		Summary:            "Nothing failed.",
		Cause:              "The call succeeded.",
		When:               []string{"every successful call"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisCatalog,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.error.OK",
		Remediation:        []string{"Check the app configuration."},
		Causes:             nil,
		References:         nil,
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Success needs no retry.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "acme",
		CodeSet:            "error",
		CatalogName:        "TIMEOUT",
		UpstreamName:       "TIMEOUT",
		Summary:            "Timed out.",
		Cause:              "The server did not answer in time.",
		When:               []string{"slow network"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.error.TIMEOUT",
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
		CodeSet:            "error",
		CatalogName:        "BAD_REQUEST",
		UpstreamName:       "BAD_REQUEST",
		Summary:            "The request was malformed.",
		Cause:              "The app sent a request the server cannot read.",
		When:               []string{"a field is missing"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.error.BAD_REQUEST",
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
