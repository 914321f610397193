package org.frontline.robust;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a child JVM on the test class path. Test helper; stateless. */
final class ChildJvm {
    private ChildJvm() {
    }

    /** A started child with its output merged into {@code log}. */
    static Process start(Path log, List<String> jvmOptions, Class<?> main, String... args) throws IOException {
        return new ProcessBuilder(command(jvmOptions, main, args)).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    static List<String> command(List<String> jvmOptions, Class<?> main, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-Djava.awt.headless=true");
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }
}
