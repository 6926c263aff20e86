// A Go service using the binding the way its users do: a module that requires it and points a
// `replace` directive at the committed generated/go. It handles a LiveKit disconnect reason and a
// Daily fatal error through one policy written against errorcatalog.ErrorCode, and finds codes
// through the registry. Run by `cargo xtask test consumers`: go run .
package main

import (
	"fmt"
	"os"

	errorcatalog "github.com/rtc-error-catalog/rtc-error-catalog/generated/go"
	"github.com/rtc-error-catalog/rtc-error-catalog/generated/go/codesets"
	"github.com/rtc-error-catalog/rtc-error-catalog/generated/go/daily"
	"github.com/rtc-error-catalog/rtc-error-catalog/generated/go/livekit"
)

var passed, failed int

func check(ok bool, what string) {
	if ok {
		passed++
		fmt.Println("  ok     " + what)
		return
	}
	failed++
	fmt.Println("  FAILED " + what)
}

// handle is the app's one policy for codes of any provider.
func handle(code errorcatalog.ErrorCode, attempt int) string {
	info := code.Info()
	if info == nil {
		return "unknown code " + code.String()
	}
	if delay, ok := errorcatalog.RetryDelay(code, attempt, 0.5); ok {
		return fmt.Sprintf("retry in %d ms", delay)
	}
	if info.IsTerminal() {
		return "end the call: " + info.UserMessage
	}
	return "carry on"
}

func main() {
	reason, ok := livekit.DisconnectReasonFromValue(2)
	check(ok && reason == livekit.DisconnectReasonDuplicateIdentity, "livekit.DisconnectReasonFromValue(2) is DUPLICATE_IDENTITY")
	check(reason.String() == "DUPLICATE_IDENTITY", "String() is the upstream name")
	check(reason.Info().Category == errorcatalog.CategoryEndedByService, "its category is ended_by_service")
	check(handle(reason, 1) == "end the call: "+reason.Info().UserMessage, "the policy ends the call with the user message")
	_, ok = livekit.DisconnectReasonFromValue(-12345)
	check(!ok, "an unknown value gives ok == false")
	check(livekit.DisconnectReason(-12345).Info() == nil, "an unknown value has no Info")

	fatal, ok := daily.FatalErrorTypeFromValue("connection-error")
	check(ok, "daily.FatalErrorTypeFromValue finds connection-error")
	check(handle(fatal, 1) != "carry on", "the same policy handles a Daily code: "+handle(fatal, 1))

	found, ok := codesets.Lookup("livekit", "disconnect_reason", int32(2))
	check(ok && found == errorcatalog.ErrorCode(reason), "codesets.Lookup finds the same code")
	check(len(codesets.All()) > 1, fmt.Sprintf("codesets.All lists %d code sets", len(codesets.All())))

	fmt.Printf("RESULT %d passed, %d failed\n", passed, failed)
	if failed > 0 {
		os.Exit(1)
	}
}
