// Runs every JVM job of the kotlin stage in one JVM, so the stage pays for the JVM's start-up and
// the compilers' warm-up once: kotlinc and kotlinc-js compilations (K2JVMCompiler, K2JSCompiler),
// javac (javax.tools) and the harnesses. A harness runs in a class loader of its own over its
// classpath alone, whose parent is the platform loader: the compiler's own Kotlin classes stay
// out of sight, as in a `java -cp <classpath>` of its own.
//
// Each argument is a job file: line 1 its kind (kotlinc, kotlinc-js, javac, run), line 2 the job
// file that must have succeeded first, or `-`, then its arguments one a line. A run job's
// arguments are the classpath, the class, then the harness's own; the class's static
// `int runHarness(String[])` is called. Each job's output is printed between `JOB BEGIN <file>`
// and `JOB END <file> <exit code>`, or `JOB END <file> SKIPPED` when the job it needs failed.
// Exits 0 once every job has ended, failed or not: the caller reads each job's result.

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.jetbrains.kotlin.cli.js.K2JSCompiler;
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler;

public final class JvmBatch {
    private JvmBatch() {}

    public static void main(String[] jobFiles) throws Exception {
        PrintStream out = System.out;
        Map<String, Integer> codes = new HashMap<>();
        for (String file : jobFiles) {
            List<String> lines = Files.readAllLines(Path.of(file));
            String needs = lines.get(1);
            out.println("JOB BEGIN " + file);
            if (!needs.equals("-") && codes.getOrDefault(needs, 1) != 0) {
                out.println("JOB END " + file + " SKIPPED");
                continue;
            }
            String[] args = lines.subList(2, lines.size()).toArray(new String[0]);
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            int code = captureRun(lines.get(0), args, new PrintStream(captured, true, StandardCharsets.UTF_8));
            out.print(captured.toString(StandardCharsets.UTF_8));
            out.println("JOB END " + file + " " + code);
            codes.put(file, code);
        }
        out.flush();
        System.exit(0);
    }

    /** Runs one job with everything it prints going to `sink`; an exception is a failed job. */
    private static int captureRun(String kind, String[] args, PrintStream sink) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(sink);
        System.setErr(sink);
        try {
            return run(kind, args, sink);
        } catch (Throwable t) {
            t.printStackTrace(sink);
            return 1;
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static int run(String kind, String[] args, PrintStream sink) throws Exception {
        switch (kind) {
            case "kotlinc":
                return new K2JVMCompiler().exec(sink, args).getCode();
            case "kotlinc-js":
                return new K2JSCompiler().exec(sink, args).getCode();
            case "javac":
                return ToolProvider.getSystemJavaCompiler().run(null, sink, sink, args);
            case "run":
                return runHarness(args);
            default:
                throw new IllegalArgumentException("unknown job kind " + kind);
        }
    }

    /** Calls `runHarness` of class args[1] loaded from classpath args[0] alone. */
    private static int runHarness(String[] args) throws Exception {
        String[] entries = args[0].split(File.pathSeparator);
        URL[] urls = new URL[entries.length];
        for (int i = 0; i < entries.length; i++) {
            urls[i] = new File(entries[i]).toURI().toURL();
        }
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(loader);
            Method harness = Class.forName(args[1], true, loader).getMethod("runHarness", String[].class);
            return (int) harness.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
