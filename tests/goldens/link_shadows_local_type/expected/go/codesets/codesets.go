// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package codesets lists every code set of every provider, and finds a code in any of them.
package codesets

import (
	"strings"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
	"github.com/rtc-error-catalog/rtc-error-catalog/generated/go/alpha"
	"github.com/rtc-error-catalog/rtc-error-catalog/generated/go/beta"
)

// sets is every code set, in catalog order.
var sets = []CodeSet{
	entry("alpha", "fault", alpha.AllFaultValues(), alpha.FaultFromValue, alpha.ParseFault),
	entry("alpha", "status", alpha.AllStatusValues(), alpha.StatusFromValue, alpha.ParseStatus),
	entry("beta", "fault", beta.AllFaultValues(), beta.FaultFromValue, beta.ParseFault),
}

// CodeSet is one code set, for tools that handle every provider's codes generically.
type CodeSet struct {
	// Provider: The provider's id, e.g. `livekit`.
	Provider string

	// ID: The code set's id, e.g. `disconnect_reason`.
	ID string

	// Codes: every code, in upstream order.
	Codes []errorcatalog.ErrorCode

	fromValue func(value any) (errorcatalog.ErrorCode, bool)
	fromName  func(name string) (errorcatalog.ErrorCode, bool)
}

// FromValue returns the code with this wire value (an int32 or a string, as the set's type
// has it), and whether the set has it.
func (s CodeSet) FromValue(value any) (errorcatalog.ErrorCode, bool) { return s.fromValue(value) }

// FromName returns the code with this upstream name (case-sensitive), and whether the set has it.
func (s CodeSet) FromName(name string) (errorcatalog.ErrorCode, bool) { return s.fromName(name) }

// All returns every code set, in catalog order.
func All() []CodeSet { return append([]CodeSet(nil), sets...) }

// Lookup returns the code with this wire value (an int32 or a string) in provider's code set
// codeSet, and whether there is one.
func Lookup(provider, codeSet string, value any) (errorcatalog.ErrorCode, bool) {
	for _, s := range sets {
		if s.Provider == provider && s.ID == codeSet {
			return s.FromValue(value)
		}
	}
	return nil, false
}

// Resolve returns the code a link names (`provider/code_set/NAME`, NAME as the catalog keys
// it, e.g. Info.ProtocolEquivalent), and whether there is one.
func Resolve(link string) (errorcatalog.ErrorCode, bool) {
	parts := strings.SplitN(link, "/", 3)
	if len(parts) != 3 {
		return nil, false
	}
	for _, s := range sets {
		if s.Provider != parts[0] || s.ID != parts[1] {
			continue
		}
		for _, c := range s.Codes {
			if c.Info().CatalogName == parts[2] {
				return c, true
			}
		}
	}
	return nil, false
}

// entry is one code set's row in sets, from its type's functions.
func entry[T errorcatalog.ErrorCode, V any](provider, id string, codes []T, fromValue func(V) (T, bool), fromName func(string) (T, bool)) CodeSet {
	all := make([]errorcatalog.ErrorCode, len(codes))
	for i, c := range codes {
		all[i] = c
	}
	return CodeSet{
		Provider: provider,
		ID:       id,
		Codes:    all,
		fromValue: func(value any) (errorcatalog.ErrorCode, bool) {
			v, ok := value.(V)
			if !ok {
				return nil, false
			}
			return found(fromValue(v))
		},
		fromName: func(name string) (errorcatalog.ErrorCode, bool) {
			return found(fromName(name))
		},
	}
}

// found turns a typed lookup's answer into the interface's, nil when there is none.
func found[T errorcatalog.ErrorCode](code T, ok bool) (errorcatalog.ErrorCode, bool) {
	if !ok {
		return nil, false
	}
	return code, true
}
