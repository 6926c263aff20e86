// Code generated from spec/ by `cargo xtask codegen`. DO NOT EDIT.

// Package acme has the error codes of Acme RTC, one type per code set.
package acme

import (
	"fmt"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
)

// RoomError: Room errors, reported by Acme over a Beta server.
//
// Upstream: RoomError in acme/sdk 1.0.0.
type RoomError int32

// Every RoomError, in upstream order.
const (
	// RoomErrorRoomFull: The room is full.
	RoomErrorRoomFull RoomError = 1
)

// RoomErrorFromValue returns the code with this wire value, and whether the catalog knows it.
func RoomErrorFromValue(value int32) (RoomError, bool) {
	if c := RoomError(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseRoomError returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseRoomError(name string) (RoomError, bool) {
	switch name {
	case "ROOM_FULL":
		return RoomErrorRoomFull, true
	}
	return 0, false
}

// AllRoomErrorValues returns every code, in upstream order.
func AllRoomErrorValues() []RoomError {
	return []RoomError{
		RoomErrorRoomFull,
	}
}

// String returns the name exactly as upstream spells it, or RoomError(value) for a value the
// catalog does not know.
func (c RoomError) String() string {
	if i := c.index(); i >= 0 {
		return roomErrorInfo[i].UpstreamName
	}
	return fmt.Sprintf("RoomError(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c RoomError) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c RoomError) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &roomErrorInfo[i]
	}
	return nil
}

// index is the code's row in roomErrorInfo, or -1.
func (c RoomError) index() int {
	switch c {
	case RoomErrorRoomFull:
		return 0
	}
	return -1
}

var roomErrorInfo = [...]errorcatalog.Info{
	{
		Provider:           "acme",
		CodeSet:            "room_error",
		CatalogName:        "ROOM_FULL",
		UpstreamName:       "ROOM_FULL",
		Summary:            "The room is full.",
		Cause:              "The Beta server refused another participant.",
		When:               []string{"a crowded room"},
		Category:           errorcatalog.CategoryNetwork,
		RetryPolicy:        errorcatalog.RetryPolicyBackoff,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.room_error.ROOM_FULL",
		Remediation:        []string{"Check the app configuration."},
		Causes:             nil,
		References:         nil,
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "beta/reason/FULL",
	},
}

// TrackError: Track errors, reported by Acme over a Gamma media server.
//
// Upstream: TrackError in acme/sdk 1.0.0.
type TrackError int32

// Every TrackError, in upstream order.
const (
	// TrackErrorTrackRejected: The track was rejected.
	TrackErrorTrackRejected TrackError = 1
)

// TrackErrorFromValue returns the code with this wire value, and whether the catalog knows it.
func TrackErrorFromValue(value int32) (TrackError, bool) {
	if c := TrackError(value); c.index() >= 0 {
		return c, true
	}
	return 0, false
}

// ParseTrackError returns the code with this upstream name (case-sensitive), and whether
// there is one.
func ParseTrackError(name string) (TrackError, bool) {
	switch name {
	case "TRACK_REJECTED":
		return TrackErrorTrackRejected, true
	}
	return 0, false
}

// AllTrackErrorValues returns every code, in upstream order.
func AllTrackErrorValues() []TrackError {
	return []TrackError{
		TrackErrorTrackRejected,
	}
}

// String returns the name exactly as upstream spells it, or TrackError(value) for a value the
// catalog does not know.
func (c TrackError) String() string {
	if i := c.index(); i >= 0 {
		return trackErrorInfo[i].UpstreamName
	}
	return fmt.Sprintf("TrackError(%d)", int32(c))
}

// WireValue returns the wire value, an int32.
func (c TrackError) WireValue() any { return int32(c) }

// Info returns everything the catalog says about the code, or nil for a value it does not
// know. The Info is shared: read it, do not change it.
func (c TrackError) Info() *errorcatalog.Info {
	if i := c.index(); i >= 0 {
		return &trackErrorInfo[i]
	}
	return nil
}

// index is the code's row in trackErrorInfo, or -1.
func (c TrackError) index() int {
	switch c {
	case TrackErrorTrackRejected:
		return 0
	}
	return -1
}

var trackErrorInfo = [...]errorcatalog.Info{
	{
		Provider:           "acme",
		CodeSet:            "track_error",
		CatalogName:        "TRACK_REJECTED",
		UpstreamName:       "TRACK_REJECTED",
		Summary:            "The track was rejected.",
		Cause:              "The Gamma media server refused the track.",
		When:               []string{"an unsupported codec"},
		Category:           errorcatalog.CategoryClientError,
		RetryPolicy:        errorcatalog.RetryPolicyNever,
		RetryBasis:         errorcatalog.BasisProvider,
		Terminality:        errorcatalog.TerminalityNotTerminal,
		TerminalCondition:  "",
		TerminalBasis:      errorcatalog.BasisProvider,
		UserMessage:        "Something went wrong. Please try again.",
		UserMessageKey:     "acme.track_error.TRACK_REJECTED",
		Remediation:        []string{"Check the app configuration."},
		Causes:             nil,
		References:         nil,
		Since:              "",
		RetrySchedule:      nil,
		RuntimeSignal:      nil,
		Rationale:          "",
		Deprecation:        "",
		ProtocolEquivalent: "gamma/reason/REJECTED",
	},
}
