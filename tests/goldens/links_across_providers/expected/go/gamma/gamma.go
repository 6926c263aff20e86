// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package gamma has the error codes of Gamma Media, one type per code set.
package gamma

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// Reason: Why the Gamma media server refused a track.
//
// Upstream: Reason in gamma/media 0.9.0.
type Reason string

// Every Reason, in upstream order.
const (
	// ReasonRejected: The track was rejected.
	ReasonRejected Reason = "rejected"
)

// ReasonFromValue returns the code with this wire value, and whether the catalog knows it.
func ReasonFromValue(value string) (Reason, bool) {
	if c := Reason(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseReason returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseReason(name string) (Reason, bool) {
	switch name {
	case "REJECTED":
		return ReasonRejected, true
	}
	return "", false
}

// AllReasonValues returns every code, in upstream order.
func AllReasonValues() []Reason {
	return []Reason{
		ReasonRejected,
	}
}

// String returns the name exactly as upstream spells it, or Reason(value) for a value the
// catalog does not know.
func (c Reason) String() string {
	if i := c.index(); i >= 0 {
		return reasonInfo[i].UpstreamName
	}
	return fmt.Sprintf("Reason(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c Reason) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c Reason) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &reasonInfo[i]
	}
	return nil
}

// index is the code's row in reasonInfo, or -1.
func (c Reason) index() int {
	switch c {
	case ReasonRejected:
		return 0
	}
	return -1
}

var reasonInfo = [...]errorcatalog.Info{
	{
		Provider:           "gamma",
		CodeSet:            "reason",
		CatalogName:        "REJECTED",
		UpstreamName:       "REJECTED",
		Summary:            "The track was rejected.",
		Cause:              "The server does not accept the track's codec.",
		When:               []string{"an unsupported codec"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "gamma.reason.REJECTED",
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
