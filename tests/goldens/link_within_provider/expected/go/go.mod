// Generated from spec/ by `cargo xtask codegen`. Do not edit: change the spec and regenerate.

module github.com/rtc-error-catalog/rtc-error-catalog/generated/go

go 1.21
