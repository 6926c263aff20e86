// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package acme has the error codes of Acme RTC, one type per code set.
package acme

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// DisconnectReason: Why the server disconnected the client (protocol level).
//
// Upstream: DisconnectReason in acme/protocol 1.0.0.
type DisconnectReason int32

// Every DisconnectReason, in upstream order.
const (
	// DisconnectReasonServerShutdown: The server shut down.
	DisconnectReasonServerShutdown DisconnectReason = 1

	// DisconnectReasonDuplicateIdentity: Another client joined with the same identity.
	DisconnectReasonDuplicateIdentity DisconnectReason = 2
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
	case "DUPLICATE_IDENTITY":
		return DisconnectReasonDuplicateIdentity, true
	}
	return 0, false
}

// AllDisconnectReasonValues returns every code, in upstream order.
func AllDisconnectReasonValues() []DisconnectReason {
	return []DisconnectReason{
		DisconnectReasonServerShutdown,
		DisconnectReasonDuplicateIdentity,
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
	case DisconnectReasonDuplicateIdentity:
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
		CatalogName:        "DUPLICATE_IDENTITY",
		UpstreamName:       "DUPLICATE_IDENTITY",
		Summary:            "Another client joined with the same identity.",
		Cause:              "The same identity joined elsewhere.",
		When:               []string{"a second tab"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.disconnect_reason.DUPLICATE_IDENTITY",
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

// ConnectionError: What the client SDK reports.
//
// Upstream: ConnectionError in acme/client-sdk 2.0.0.
type ConnectionError string

// Every ConnectionError, in upstream order.
const (
	// ConnectionErrorServerGone: The server went away.
	ConnectionErrorServerGone ConnectionError = "server_gone"

	// ConnectionErrorReplaced: This session was replaced by another.
	ConnectionErrorReplaced ConnectionError = "replaced"

	// ConnectionErrorUnlinked: A client-only failure with no protocol equivalent.
	ConnectionErrorUnlinked ConnectionError = "unlinked"
)

// ConnectionErrorFromValue returns the code with this wire value, and whether the catalog knows it.
func ConnectionErrorFromValue(value string) (ConnectionError, bool) {
	if c := ConnectionError(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseConnectionError returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseConnectionError(name string) (ConnectionError, bool) {
	switch name {
	case "ServerGone":
		return ConnectionErrorServerGone, true
	case "Replaced":
		return ConnectionErrorReplaced, true
	case "Unlinked":
		return ConnectionErrorUnlinked, true
	}
	return "", false
}

// AllConnectionErrorValues returns every code, in upstream order.
func AllConnectionErrorValues() []ConnectionError {
	return []ConnectionError{
		ConnectionErrorServerGone,
		ConnectionErrorReplaced,
		ConnectionErrorUnlinked,
	}
}

// String returns the name exactly as upstream spells it, or ConnectionError(value) for a value the
// catalog does not know.
func (c ConnectionError) String() string {
	if i := c.index(); i >= 0 {
		return connectionErrorInfo[i].UpstreamName
	}
	return fmt.Sprintf("ConnectionError(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c ConnectionError) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c ConnectionError) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &connectionErrorInfo[i]
	}
	return nil
}

// index is the code's row in connectionErrorInfo, or -1.
func (c ConnectionError) index() int {
	switch c {
	case ConnectionErrorServerGone:
		return 0
	case ConnectionErrorReplaced:
		return 1
	case ConnectionErrorUnlinked:
		return 2
	}
	return -1
}

var connectionErrorInfo = [...]errorcatalog.Info{
	{
		Provider:           "acme",
		CodeSet:            "connection_error",
		CatalogName:        "ServerGone",
		UpstreamName:       "ServerGone",
		Summary:            "The server went away.",
		Cause:              "The server closed the connection while shutting down.",
		When:               []string{"a deploy"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.connection_error.ServerGone",
		Remediation:        []string{"Check the app configuration."},
		Causes:             nil,
		References:         nil,
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "acme/disconnect_reason/SERVER_SHUTDOWN",
	},
	{
		Provider:           "acme",
		CodeSet:            "connection_error",
		CatalogName:        "Replaced",
		UpstreamName:       "Replaced",
		Summary:            "This session was replaced by another.",
		Cause:              "The same identity joined elsewhere.",
		When:               []string{"a second tab"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.connection_error.Replaced",
		Remediation:        []string{"Check the app configuration."},
		Causes:             nil,
		References:         nil,
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "acme/disconnect_reason/DUPLICATE_IDENTITY",
	},
	{
		Provider:           "acme",
		CodeSet:            "connection_error",
		CatalogName:        "Unlinked",
		UpstreamName:       "Unlinked",
		Summary:            "A client-only failure with no protocol equivalent.",
		Cause:              "The SDK failed before talking to the server.",
		When:               []string{"bad configuration"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.connection_error.Unlinked",
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
