// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package acme has the error codes of Acme RTC, one type per code set.
package acme

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// CloseReason: Why Acme closed the connection.
//
// Upstream: CloseReason in https://acme.example/docs/errors 2.1.0 (package npm:acme-rtc@2.1.0).
type CloseReason string

// Every CloseReason, in upstream order.
const (
	// CloseReasonServerShutdown: The server shut down.
	CloseReasonServerShutdown CloseReason = "server-shutdown"

	// CloseReasonKicked: A host removed the participant.
	CloseReasonKicked CloseReason = "kicked by host"
)

// CloseReasonFromValue returns the code with this wire value, and whether the catalog knows it.
func CloseReasonFromValue(value string) (CloseReason, bool) {
	if c := CloseReason(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseCloseReason returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseCloseReason(name string) (CloseReason, bool) {
	switch name {
	case "ServerShutdown":
		return CloseReasonServerShutdown, true
	case "Kicked":
		return CloseReasonKicked, true
	}
	return "", false
}

// AllCloseReasonValues returns every code, in upstream order.
func AllCloseReasonValues() []CloseReason {
	return []CloseReason{
		CloseReasonServerShutdown,
		CloseReasonKicked,
	}
}

// String returns the name exactly as upstream spells it, or CloseReason(value) for a value the
// catalog does not know.
func (c CloseReason) String() string {
	if i := c.index(); i >= 0 {
		return closeReasonInfo[i].UpstreamName
	}
	return fmt.Sprintf("CloseReason(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c CloseReason) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c CloseReason) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &closeReasonInfo[i]
	}
	return nil
}

// index is the code's row in closeReasonInfo, or -1.
func (c CloseReason) index() int {
	switch c {
	case CloseReasonServerShutdown:
		return 0
	case CloseReasonKicked:
		return 1
	}
	return -1
}

var closeReasonInfo = [...]errorcatalog.Info{
	{
		Provider:           "acme",
		CodeSet:            "close_reason",
		CatalogName:        "ServerShutdown",
		UpstreamName:       "ServerShutdown",
		Summary:            "The server shut down.",
		Cause:              "The Acme server is restarting.",
		When:               []string{"a deploy"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.close_reason.ServerShutdown",
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
		CodeSet:            "close_reason",
		CatalogName:        "Kicked",
		UpstreamName:       "Kicked",
		Summary:            "A host removed the participant.",
		Cause:              "A host used the remove button.",
		When:               []string{"moderation"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisCatalog,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.close_reason.Kicked",
		Remediation:        []string{"Check the app configuration."},
		Causes:             nil,
		References:         nil,
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "Rejoining without the host's consent would be removed again.",
		Deprecation:        "",
		ProtocolEquivalent: "",
	},
}
