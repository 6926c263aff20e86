// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package alpha has the error codes of Alpha, one type per code set.
package alpha

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// Fault: AlphaFault codes.
//
// Upstream: AlphaFault in example/sdk 1.0.0.
type Fault int32

// Every Fault, in upstream order.
const (
	// FaultTimeout: TIMEOUT happened.
	FaultTimeout Fault = 1
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
	case "TIMEOUT":
		return FaultTimeout, true
	}
	return 0, false
}

// AllFaultValues returns every code, in upstream order.
func AllFaultValues() []Fault {
	return []Fault{
		FaultTimeout,
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
	case FaultTimeout:
		return 0
	}
	return -1
}

var faultInfo = [...]errorcatalog.Info{
	{
		Provider:           "alpha",
		CodeSet:            "fault",
		CatalogName:        "TIMEOUT",
		UpstreamName:       "TIMEOUT",
		Summary:            "TIMEOUT happened.",
		Cause:              "The server said TIMEOUT.",
		When:               []string{"slow network"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "alpha.fault.TIMEOUT",
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

// Status: AlphaStatus codes.
//
// Upstream: AlphaStatus in example/sdk 1.0.0.
type Status int32

// Every Status, in upstream order.
const (
	// StatusLost: LOST happened.
	StatusLost Status = 1

	// StatusGone: GONE happened.
	StatusGone Status = 2
)

// StatusFromValue returns the code with this wire value, and whether the catalog knows it.
func StatusFromValue(value int32) (Status, bool) {
	if c := Status(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseStatus returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseStatus(name string) (Status, bool) {
	switch name {
	case "LOST":
		return StatusLost, true
	case "GONE":
		return StatusGone, true
	}
	return 0, false
}

// AllStatusValues returns every code, in upstream order.
func AllStatusValues() []Status {
	return []Status{
		StatusLost,
		StatusGone,
	}
}

// String returns the name exactly as upstream spells it, or Status(value) for a value the
// catalog does not know.
func (c Status) String() string {
	if i := c.index(); i >= 0 {
		return statusInfo[i].UpstreamName
	}
	return fmt.Sprintf("Status(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c Status) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c Status) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &statusInfo[i]
	}
	return nil
}

// index is the code's row in statusInfo, or -1.
func (c Status) index() int {
	switch c {
	case StatusLost:
		return 0
	case StatusGone:
		return 1
	}
	return -1
}

var statusInfo = [...]errorcatalog.Info{
	{
		Provider:           "alpha",
		CodeSet:            "status",
		CatalogName:        "LOST",
		UpstreamName:       "LOST",
		Summary:            "LOST happened.",
		Cause:              "The server said LOST.",
		When:               []string{"slow network"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "alpha.status.LOST",
		Remediation:        []string{"Check the app configuration."},
		Causes:             nil,
		References:         nil,
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "beta/fault/DEADLINE",
	},
	{
		Provider:           "alpha",
		CodeSet:            "status",
		CatalogName:        "GONE",
		UpstreamName:       "GONE",
		Summary:            "GONE happened.",
		Cause:              "The server said GONE.",
		When:               []string{"slow network"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "alpha.status.GONE",
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
