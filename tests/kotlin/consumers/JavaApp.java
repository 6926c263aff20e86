// A Java application built with Maven against the installed artifact: its POM names the catalog
// only, so kotlin-stdlib must come with it (else NoClassDefFoundError: kotlin/...). Prints what
// it checked.

import rtc.errorcatalog.CodeSet;
import rtc.errorcatalog.CodeSets;
import rtc.errorcatalog.ErrorCode;
import rtc.errorcatalog.livekit.DisconnectReason;
import rtc.errorcatalog.livekit.FailureReason;

public final class JavaApp {
    private static int passed = 0;
    private static int failed = 0;

    private static void check(boolean ok, String what) {
        if (ok) {
            passed++;
            System.out.println("checked: " + what);
        } else {
            failed++;
            System.err.println("FAIL " + what);
        }
    }

    public static void main(String[] args) {
        ErrorCode code = CodeSets.lookup("livekit", "disconnect_reason", 2);
        check(code == DisconnectReason.DUPLICATE_IDENTITY, "CodeSets.lookup(\"livekit\", \"disconnect_reason\", 2) is DUPLICATE_IDENTITY (@JvmStatic)");
        check(CodeSets.lookup("livekit", "no_such_set", 2) == null, "CodeSets.lookup of an unknown code set is null");
        FailureReason none = FailureReason.fromName("LIVEKIT_FAILURE_REASON_NONE");
        check(none != null && "NONE".equals(none.getCatalogName()), "fromName takes the upstream name; getCatalogName() is the catalog's key");
        check(code != null && !code.getWhenItOccurs().isEmpty(), "getWhenItOccurs() is a java.util.List");
        int codes = 0;
        for (CodeSet set : CodeSets.ALL) {
            codes += set.getCodes().size();
        }
        check(codes > 0, "CodeSets.ALL (@JvmField): " + CodeSets.ALL.size() + " code sets, " + codes + " codes");
        System.out.println("RESULT " + passed + " passed, " + failed + " failed");
        if (failed > 0) {
            System.exit(1);
        }
    }
}
