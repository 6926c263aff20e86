// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package acme has the error codes of Acme RTC, one type per code set.
package acme

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// DisconnectReason: Why the server disconnected the client.
//
// Upstream: DisconnectReason in acme/protocol 2.0.0.
type DisconnectReason int32

// Every DisconnectReason, in upstream order.
const (
	// DisconnectReasonServerShutdown: The server shut down.
	DisconnectReasonServerShutdown DisconnectReason = 1

	// DisconnectReasonKicked: A host removed the participant.
	DisconnectReasonKicked DisconnectReason = 3
)

// DisconnectReasonFromValue returns the code with this wire value, and whether the catalog knows it.
func DisconnectReasonFromValue(value int32) (DisconnectReason, bool) {
	if c := DisconnectReason(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseDisconnectReason returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseDisconnectReason(name string) (DisconnectReason, bool) {
	switch name {
	case "SERVER_SHUTDOWN":
		return DisconnectReasonServerShutdown, true
	case "KICKED":
		return DisconnectReasonKicked, true
	}
	return 0, false
}

// AllDisconnectReasonValues returns every code, in upstream order.
func AllDisconnectReasonValues() []DisconnectReason {
	return []DisconnectReason{
		DisconnectReasonServerShutdown,
		DisconnectReasonKicked,
	}
}

// String returns the name exactly as upstream spells it, or DisconnectReason(value) for a value the
// catalog does not know.
func (c DisconnectReason) String() string {
	if i := c.index(); i >= 0 {
		return disconnectReasonInfo[i].UpstreamName
	}
	return fmt.Sprintf("DisconnectReason(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c DisconnectReason) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c DisconnectReason) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &disconnectReasonInfo[i]
	}
	return nil
}

// index is the code's row in disconnectReasonInfo, or -1.
func (c DisconnectReason) index() int {
	switch c {
	case DisconnectReasonServerShutdown:
		return 0
	case DisconnectReasonKicked:
		return 1
	}
	return -1
}

var disconnectReasonInfo = [...]errorcatalog.Info{
	{
		Provider:           "acme",
		CodeSet:            "disconnect_reason",
		CatalogName:        "SERVER_SHUTDOWN",
		UpstreamName:       "SERVER_SHUTDOWN",
		Summary:            "The server shut down.",
		Cause:              "The server is restarting.",
		When:               []string{"a deploy"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.disconnect_reason.SERVER_SHUTDOWN",
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
		CodeSet:            "disconnect_reason",
		CatalogName:        "KICKED",
		UpstreamName:       "KICKED",
		Summary:            "A host removed the participant.",
		Cause:              "A host used the remove button.",
		When:               []string{"moderation"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.disconnect_reason.KICKED",
		Remediation:        []string{"Check the app configuration."},
		Causes:             nil,
		References:         nil,
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "Upstream now reports removal as 4 in 3.0; kept for older servers.",
		ProtocolEquivalent: "",
	},
}
