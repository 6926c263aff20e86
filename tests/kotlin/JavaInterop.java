// Android teams call the Kotlin binding from Java too: this compiles against the generated
// classes with javac and runs on the JVM. Values come from the providers' SDKs
// (amazon-chime-sdk-js MeetingSessionStatusCode, livekit_models.proto DisconnectReason).

import rtc.errorcatalog.Category;
import rtc.errorcatalog.CodeSets;
import rtc.errorcatalog.ErrorCode;
import rtc.errorcatalog.RetryPolicy;
import rtc.errorcatalog.amazonchime.MeetingSessionStatusCode;
import rtc.errorcatalog.livekit.DisconnectReason;
import rtc.errorcatalog.livekit.FailureReason;

public final class JavaInterop {
    private static int passed = 0;
    private static int failed = 0;

    private static void check(boolean ok, String what) {
        if (ok) {
            passed++;
        } else {
            failed++;
            System.err.println("FAIL " + what);
        }
    }

    public static void main(String[] args) {
        System.exit(runHarness(args));
    }

    /** Runs every check; returns the exit code (tests/kotlin/JvmBatch.java calls it in-process). */
    public static int runHarness(String[] args) {
        MeetingSessionStatusCode left = MeetingSessionStatusCode.fromValue(1);
        check(left == MeetingSessionStatusCode.LEFT, "Chime 1 is Left");
        check(left.getValue() == 1, "getValue");
        check("Left".equals(left.getUpstreamName()), "getUpstreamName");
        check(left.isTerminal(), "Left is terminal (isTerminal)");
        check(!left.isFailure(), "Left is not a failure (isFailure)");
        check(left.getCategory() == Category.ENDED_NORMALLY, "Left ended normally");
        check(MeetingSessionStatusCode.fromValue(-1) == null, "unknown value is null");
        check(MeetingSessionStatusCode.fromName("MeetingEnded") == MeetingSessionStatusCode.MEETING_ENDED, "fromName");

        FailureReason joinIncomplete = FailureReason.fromValue(12);
        check(joinIncomplete == FailureReason.JOIN_INCOMPLETE, "ESP32 12 is JOIN_INCOMPLETE");
        check(joinIncomplete.getProtocolEquivalent() == DisconnectReason.JOIN_FAILURE, "typed link");
        ErrorCode generic = joinIncomplete;
        check(generic.getEquivalent() == DisconnectReason.JOIN_FAILURE, "generic link");
        check(generic.getRetryPolicy() != RetryPolicy.NOT_AN_ERROR, "a failure is an error");
        check(generic.getWhenItOccurs().size() > 0, "when-it-occurs list");

        // The cross-provider registry, called the way Java calls it (@JvmStatic, @JvmField).
        check(CodeSets.lookup("livekit", "disconnect_reason", 2) == DisconnectReason.DUPLICATE_IDENTITY, "CodeSets.lookup");
        check(CodeSets.lookup("livekit", "no_such_set", 2) == null, "CodeSets.lookup of an unknown set is null");
        check(CodeSets.ALL.size() >= 2, "CodeSets.ALL");
        check("NONE".equals(FailureReason.fromName("LIVEKIT_FAILURE_REASON_NONE").getCatalogName()), "fromName takes the upstream name; getCatalogName");

        System.out.println("RESULT " + passed + " passed, " + failed + " failed");
        return failed > 0 ? 1 : 0;
    }
}
