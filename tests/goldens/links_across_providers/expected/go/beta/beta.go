// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package beta has the error codes of Beta Server, one type per code set.
package beta

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// Reason: Why the Beta server refused a join.
//
// Upstream: Reason in beta/server 3.0.0.
type Reason int32

// Every Reason, in upstream order.
const (
	// ReasonFull: The room is full.
	ReasonFull Reason = 7
)

// ReasonFromValue returns the code with this wire value, and whether the catalog knows it.
func ReasonFromValue(value int32) (Reason, bool) {
	if c := Reason(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseReason returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseReason(name string) (Reason, bool) {
	switch name {
	case "FULL":
		return ReasonFull, true
	}
	return 0, false
}

// AllReasonValues returns every code, in upstream order.
func AllReasonValues() []Reason {
	return []Reason{
		ReasonFull,
	}
}

// String returns the name exactly as upstream spells it, or Reason(value) for a value the
// catalog does not know.
func (c Reason) String() string {
	if i := c.index(); i >= 0 {
		return reasonInfo[i].UpstreamName
	}
	return fmt.Sprintf("Reason(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c Reason) WireValue() any { return int32(c) }

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
	case ReasonFull:
		return 0
	}
	return -1
}

var reasonInfo = [...]errorcatalog.Info{
	{
		Provider:           "beta",
		CodeSet:            "reason",
		CatalogName:        "FULL",
		UpstreamName:       "FULL",
		Summary:            "The room is full.",
		Cause:              "The room reached its participant limit.",
		When:               []string{"a crowded room"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "beta.reason.FULL",
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
