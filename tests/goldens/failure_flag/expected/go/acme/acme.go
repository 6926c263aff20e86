// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package acme has the error codes of Acme RTC, one type per code set.
package acme

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// SessionStatus: The status the session reports.
//
// Upstream: SessionStatus in acme/sdk 1.0.0.
type SessionStatus int32

// Every SessionStatus, in upstream order.
const (
	// SessionStatusLeft: The user left.
	SessionStatusLeft SessionStatus = 0

	// SessionStatusNetworkLost: The network was lost.
	SessionStatusNetworkLost SessionStatus = 1
)

// SessionStatusFromValue returns the code with this wire value, and whether the catalog knows it.
func SessionStatusFromValue(value int32) (SessionStatus, bool) {
	if c := SessionStatus(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseSessionStatus returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseSessionStatus(name string) (SessionStatus, bool) {
	switch name {
	case "Left":
		return SessionStatusLeft, true
	case "NetworkLost":
		return SessionStatusNetworkLost, true
	}
	return 0, false
}

// AllSessionStatusValues returns every code, in upstream order.
func AllSessionStatusValues() []SessionStatus {
	return []SessionStatus{
		SessionStatusLeft,
		SessionStatusNetworkLost,
	}
}

// String returns the name exactly as upstream spells it, or SessionStatus(value) for a value the
// catalog does not know.
func (c SessionStatus) String() string {
	if i := c.index(); i >= 0 {
		return sessionStatusInfo[i].UpstreamName
	}
	return fmt.Sprintf("SessionStatus(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c SessionStatus) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c SessionStatus) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &sessionStatusInfo[i]
	}
	return nil
}

// IsFailure returns the provider SDK's own verdict on whether this status is a failure.
func (c SessionStatus) IsFailure() bool {
	switch c {
	case SessionStatusNetworkLost:
		return true
	}
	return false
}

// index is the code's row in sessionStatusInfo, or -1.
func (c SessionStatus) index() int {
	switch c {
	case SessionStatusLeft:
		return 0
	case SessionStatusNetworkLost:
		return 1
	}
	return -1
}

var sessionStatusInfo = [...]errorcatalog.Info{
	{
		Provider:           "acme",
		CodeSet:            "session_status",
		CatalogName:        "Left",
		UpstreamName:       "Left",
		Summary:            "The user left.",
		Cause:              "The app called leave().",
		When:               []string{"the user presses Leave"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.session_status.Left",
		Remediation:        []string{"Check the app configuration."},
		Causes:             nil,
		References:         nil,
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Leaving is deliberate; nothing to retry.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
	{
		Provider:           "acme",
		CodeSet:            "session_status",
		CatalogName:        "NetworkLost",
		UpstreamName:       "NetworkLost",
		Summary:            "The network was lost.",
		Cause:              "The connection dropped.",
		When:               []string{"Wi-Fi drops"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.session_status.NetworkLost",
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
