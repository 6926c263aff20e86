// A Kotlin application built with Maven against the installed artifact: its POM names the
// catalog only (kotlin-stdlib comes with it). Prints what it checked.

import rtc.errorcatalog.CodeSets
import rtc.errorcatalog.livekit.DisconnectReason
import rtc.errorcatalog.livekit.FailureReason
import kotlin.system.exitProcess

fun main() {
    var passed = 0
    var failed = 0
    fun check(ok: Boolean, what: String) {
        if (ok) {
            passed++
            println("checked: $what")
        } else {
            failed++
            System.err.println("FAIL $what")
        }
    }
    check(CodeSets.lookup("livekit", "disconnect_reason", 2) == DisconnectReason.DUPLICATE_IDENTITY, "CodeSets.lookup(\"livekit\", \"disconnect_reason\", 2) is DUPLICATE_IDENTITY")
    check(CodeSets.lookup("livekit", "no_such_set", 2) == null, "CodeSets.lookup of an unknown code set is null")
    check(FailureReason.fromName("LIVEKIT_FAILURE_REASON_NONE")?.catalogName == "NONE", "fromName takes the upstream name; catalogName is the catalog's key")
    check(CodeSets.ALL.all { it.codes.isNotEmpty() }, "CodeSets.ALL: ${CodeSets.ALL.size} code sets, ${CodeSets.ALL.sumOf { it.codes.size }} codes")
    println("RESULT $passed passed, $failed failed")
    if (failed > 0) exitProcess(1)
}
