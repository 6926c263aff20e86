// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package beta has the error codes of Beta, one type per code set.
package beta

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// Fault: BetaFault codes.
//
// Upstream: BetaFault in example/sdk 1.0.0.
type Fault int32

// Every Fault, in upstream order.
const (
	// FaultDeadline: DEADLINE happened.
	FaultDeadline Fault = 7
)

// FaultFromValue returns the code with this wire value, and whether the catalog knows it.
func FaultFromValue(value int32) (Fault, bool) {
	if c := Fault(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseFault returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseFault(name string) (Fault, bool) {
	switch name {
	case "DEADLINE":
		return FaultDeadline, true
	}
	return 0, false
}

// AllFaultValues returns every code, in upstream order.
func AllFaultValues() []Fault {
	return []Fault{
		FaultDeadline,
	}
}

// String returns the name exactly as upstream spells it, or Fault(value) for a value the
// catalog does not know.
func (c Fault) String() string {
	if i := c.index(); i >= 0 {
		return faultInfo[i].UpstreamName
	}
	return fmt.Sprintf("Fault(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c Fault) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c Fault) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &faultInfo[i]
	}
	return nil
}

// index is the code's row in faultInfo, or -1.
func (c Fault) index() int {
	switch c {
	case FaultDeadline:
		return 0
	}
	return -1
}

var faultInfo = [...]errorcatalog.Info{
	{
		Provider:           "beta",
		CodeSet:            "fault",
		CatalogName:        "DEADLINE",
		UpstreamName:       "DEADLINE",
		Summary:            "DEADLINE happened.",
		Cause:              "The server said DEADLINE.",
		When:               []string{"slow network"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "beta.fault.DEADLINE",
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
