// Runs several kotlinc compilations in one JVM, so the stage pays for the compiler's start-up and
// warm-up once instead of once per generated tree. Each argument is a file holding one
// compilation's kotlinc arguments, one a line; a file whose first line is `#js` is a kotlinc-js
// compilation. Prints `KOTLINC <file> <exit code>` for each.

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jetbrains.kotlin.cli.common.ExitCode;
import org.jetbrains.kotlin.cli.js.K2JSCompiler;
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler;

public final class KotlincBatch {
    private KotlincBatch() {}

    public static void main(String[] argFiles) throws Exception {
        int failed = 0;
        for (String file : argFiles) {
            List<String> lines = Files.readAllLines(Path.of(file));
            boolean js = !lines.isEmpty() && lines.get(0).equals("#js");
            String[] args = lines.subList(js ? 1 : 0, lines.size()).toArray(new String[0]);
            ExitCode code =
                    js ? new K2JSCompiler().exec(System.err, args) : new K2JVMCompiler().exec(System.err, args);
            System.out.println("KOTLINC " + file + " " + code);
            if (code != ExitCode.OK) {
                failed++;
            }
        }
        System.exit(failed == 0 ? 0 : 1);
    }
}
