// Runs several kotlinc compilations in one JVM, so the stage pays for the compiler's start-up and
// warm-up once instead of once per generated tree. Each argument is a file holding one
// compilation's kotlinc arguments, one a line. Prints `KOTLINC <file> <exit code>` for each.

import java.nio.file.Files;
import java.nio.file.Path;
import org.jetbrains.kotlin.cli.common.ExitCode;
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler;

public final class KotlincBatch {
    private KotlincBatch() {}

    public static void main(String[] argFiles) throws Exception {
        int failed = 0;
        for (String file : argFiles) {
            String[] args = Files.readAllLines(Path.of(file)).toArray(new String[0]);
            ExitCode code = new K2JVMCompiler().exec(System.err, args);
            System.out.println("KOTLINC " + file + " " + code);
            if (code != ExitCode.OK) {
                failed++;
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
