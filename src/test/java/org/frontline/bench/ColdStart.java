package org.frontline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cold start to the first drawn map, in a child JVM: {@code frontline view --db STORE} with
 * {@code -Dfrontline.reportStartup=true -Dfrontline.exitAfterFirstFrame=true}, on a virtual X
 * display ({@code Xvfb :77}, started once and stopped by {@link #close()}) when {@code Xvfb} is on
 * the PATH. Without it, the child runs {@link HeadlessFirstFrame} instead, the same work without a
 * window (open the workspace, build a scene, render it), and the figure is labelled so.
 */
final class ColdStart implements AutoCloseable {
    private static final Pattern DRAWN = Pattern.compile("first map drawn (\\d+) ms");
    private static final String DISPLAY = ":77";

    private final String classpath;
    private final Process xvfb;

    ColdStart(String classpath) throws IOException, InterruptedException {
        this.classpath = classpath;
        this.xvfb = onPath("Xvfb") ? startXvfb() : null;
    }

    /** What the figure measures, for the table. */
    String label() {
        return xvfb != null ? "cold start to first map (viewer, Xvfb)" : "cold start to first render (headless substitute)";
    }

    /** Milliseconds from the child JVM's start to its first drawn map, as the child reports it. */
    double firstFrameMs(Path store) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx1g", "-Dfrontline.reportStartup=true",
                "-Dfrontline.exitAfterFirstFrame=true", "-cp", classpath));
        if (xvfb != null) {
            cmd.addAll(List.of("-Dprism.order=sw", "org.frontline.Main", "view", "--db", store.toString()));
        } else {
            cmd.addAll(List.of("-Djava.awt.headless=true", HeadlessFirstFrame.class.getName(), store.toString()));
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DISPLAY", DISPLAY);
        Process p = pb.start();
        double ms = Double.NaN;
        StringBuilder output = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                output.append(line).append('\n');
                Matcher m = DRAWN.matcher(line);
                if (m.find()) {
                    ms = Double.parseDouble(m.group(1));
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (Double.isNaN(ms)) {
            System.err.println("cold start: the child reported no first frame; its output:\n" + output);
        }
        return ms;
    }

    @Override
    public void close() {
        if (xvfb != null) {
            xvfb.destroy();
        }
    }

    private static Process startXvfb() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("Xvfb", DISPLAY, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        Thread.sleep(1000);
        if (!p.isAlive()) {
            return null; // display :77 taken or Xvfb unusable: fall back to the headless substitute
        }
        // A benchmark stopped by a signal skips close(): do not leave the display behind.
        Runtime.getRuntime().addShutdownHook(new Thread(p::destroy, "bench-xvfb-stop"));
        return p;
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
