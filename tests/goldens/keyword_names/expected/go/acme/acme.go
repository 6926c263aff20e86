// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package acme has the error codes of Acme RTC, one type per code set.
package acme

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// Type: Codes named like keywords.
//
// Upstream: Type in acme/sdk 1.0.0.
type Type int32

// Every Type, in upstream order.
const (
	// TypeType: Named type.
	TypeType Type = 1

	// TypeFun: Named fun.
	TypeFun Type = 2

	// TypeWhen: Named when.
	TypeWhen Type = 3

	// TypeObject: Named object.
	TypeObject Type = 4

	// TypeVal: Named val.
	TypeVal Type = 5
)

// TypeFromValue returns the code with this wire value, and whether the catalog knows it.
func TypeFromValue(value int32) (Type, bool) {
	if c := Type(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseType returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseType(name string) (Type, bool) {
	switch name {
	case "type":
		return TypeType, true
	case "fun":
		return TypeFun, true
	case "when":
		return TypeWhen, true
	case "object":
		return TypeObject, true
	case "val":
		return TypeVal, true
	}
	return 0, false
}

// AllTypeValues returns every code, in upstream order.
func AllTypeValues() []Type {
	return []Type{
		TypeType,
		TypeFun,
		TypeWhen,
		TypeObject,
		TypeVal,
	}
}

// String returns the name exactly as upstream spells it, or Type(value) for a value the
// catalog does not know.
func (c Type) String() string {
	if i := c.index(); i >= 0 {
		return typeInfo[i].UpstreamName
	}
	return fmt.Sprintf("Type(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c Type) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c Type) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &typeInfo[i]
	}
	return nil
}

// index is the code's row in typeInfo, or -1.
func (c Type) index() int {
	switch c {
	case TypeType:
		return 0
	case TypeFun:
		return 1
	case TypeWhen:
		return 2
	case TypeObject:
		return 3
	case TypeVal:
		return 4
	}
	return -1
}

var typeInfo = [...]errorcatalog.Info{
	{
		Provider:           "acme",
		CodeSet:            "type",
		CatalogName:        "type",
		UpstreamName:       "type",
		Summary:            "Named type.",
		Cause:              "A keyword in Rust, a contextual keyword in TypeScript.",
		When:               []string{"always"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.type.type",
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
		CodeSet:            "type",
		CatalogName:        "fun",
		UpstreamName:       "fun",
		Summary:            "Named fun.",
		Cause:              "A keyword in Kotlin.",
		When:               []string{"always"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.type.fun",
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
		CodeSet:            "type",
		CatalogName:        "when",
		UpstreamName:       "when",
		Summary:            "Named when.",
		Cause:              "A keyword in Kotlin.",
		When:               []string{"always"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.type.when",
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
		CodeSet:            "type",
		CatalogName:        "object",
		UpstreamName:       "object",
		Summary:            "Named object.",
		Cause:              "A keyword in Kotlin.",
		When:               []string{"always"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.type.object",
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
		CodeSet:            "type",
		CatalogName:        "val",
		UpstreamName:       "val",
		Summary:            "Named val.",
		Cause:              "A keyword in Kotlin.",
		When:               []string{"always"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.type.val",
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

// In: More codes named like keywords.
//
// Upstream: In in acme/sdk 1.0.0.
type In string

// Every In, in upstream order.
const (
	// InSelf: Named Self.
	InSelf In = "Self"

	// InIn: Named in.
	InIn In = "in"

	// InIs: Named is.
	InIs In = "is"

	// InMatch: Named match.
	InMatch In = "match"

	// InNull: Named null.
	InNull In = "null"
)

// InFromValue returns the code with this wire value, and whether the catalog knows it.
func InFromValue(value string) (In, bool) {
	if c := In(value); c.index() >= 0 {
		return c, true
	}
	return "", false
}

// ParseIn returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseIn(name string) (In, bool) {
	switch name {
	case "Self":
		return InSelf, true
	case "in":
		return InIn, true
	case "is":
		return InIs, true
	case "match":
		return InMatch, true
	case "null":
		return InNull, true
	}
	return "", false
}

// AllInValues returns every code, in upstream order.
func AllInValues() []In {
	return []In{
		InSelf,
		InIn,
		InIs,
		InMatch,
		InNull,
	}
}

// String returns the name exactly as upstream spells it, or In(value) for a value the
// catalog does not know.
func (c In) String() string {
	if i := c.index(); i >= 0 {
		return inInfo[i].UpstreamName
	}
	return fmt.Sprintf("In(%q)", string(c))
}

// WireValue returns the wire value, an string.
func (c In) WireValue() any { return string(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c In) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &inInfo[i]
	}
	return nil
}

// index is the code's row in inInfo, or -1.
func (c In) index() int {
	switch c {
	case InSelf:
		return 0
	case InIn:
		return 1
	case InIs:
		return 2
	case InMatch:
		return 3
	case InNull:
		return 4
	}
	return -1
}

var inInfo = [...]errorcatalog.Info{
	{
		Provider:           "acme",
		CodeSet:            "in",
		CatalogName:        "Self",
		UpstreamName:       "Self",
		Summary:            "Named Self.",
		Cause:              "A keyword in Rust that cannot be a raw identifier.",
		When:               []string{"always"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.in.Self",
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
		CodeSet:            "in",
		CatalogName:        "in",
		UpstreamName:       "in",
		Summary:            "Named in.",
		Cause:              "A keyword in Rust, TypeScript and Kotlin.",
		When:               []string{"always"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.in.in",
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
		CodeSet:            "in",
		CatalogName:        "is",
		UpstreamName:       "is",
		Summary:            "Named is.",
		Cause:              "A keyword in Kotlin.",
		When:               []string{"always"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.in.is",
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
		CodeSet:            "in",
		CatalogName:        "match",
		UpstreamName:       "match",
		Summary:            "Named match.",
		Cause:              "A keyword in Rust.",
		When:               []string{"always"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.in.match",
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
		CodeSet:            "in",
		CatalogName:        "null",
		UpstreamName:       "null",
		Summary:            "Named null.",
		Cause:              "A literal in TypeScript and Kotlin.",
		When:               []string{"always"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.in.null",
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
