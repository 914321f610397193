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
 * Cold start to the first drawn map, in a child JVM capped at {@value #HEAP} of heap:
 * {@code frontline view --db STORE} with {@code -Dfrontline.reportStartup=true
 * -Dfrontline.exitWhenLoaded=true} and the JVM options of {@code src/main/jvm/viewer.args}, from
 * the runnable jar with its class-data-sharing archive when the benchmark was given them, on a
 * virtual X display ({@code Xvfb :77}, started once and stopped by {@link #close()}) when
 * {@code Xvfb} is on the PATH. The child reports its first map,
 * then stays until every claim is read and the areas are drawn, and reports that moment with the
 * most heap it had in use and what it keeps after a full collection: figures from a run that had
 * no more than {@value #HEAP}. Without Xvfb, the child runs {@link HeadlessFirstFrame} instead, the
 * same work without a window, and the figures are labelled so.
 */
final class ColdStart implements AutoCloseable {
    static final String HEAP = "1g";
    private static final Pattern DRAWN = Pattern.compile("first map drawn (\\d+) ms");
    private static final Pattern LOADED = Pattern.compile(
            "all claims and areas drawn (\\d+) ms .*heap peak (\\d+) MB \\(sampled\\), (\\d+) MB after GC");

    /** What the child reported; NaN for what it did not. */
    record Figures(double firstFrameMs, double loadedMs, double peakHeapMb, double heapAfterGcMb) {
    }
    private static final String DISPLAY = ":77";
    /** The viewer's JVM options (the benchmark runs in the project's folder). */
    private static final Path VIEWER_ARGS = Path.of("src/main/jvm/viewer.args");

    private final String classpath;
    private final Path jar;
    private final Path archive;
    private final Process xvfb;

    /**
     * @param classpath the benchmark's class path
     * @param jar       the runnable jar, with its class-data-sharing archive {@code frontline.jsa} beside
     *                  it (as {@code mvn package} makes them), or null: the child then runs on the class path
     */
    ColdStart(String classpath, Path jar) throws IOException, InterruptedException {
        this.classpath = classpath;
        Path jsa = jar == null ? null : jar.resolveSibling("frontline.jsa");
        boolean packaged = jar != null && Files.isRegularFile(jar) && Files.isRegularFile(jsa);
        this.jar = packaged ? jar : null;
        this.archive = packaged ? jsa : null;
        this.xvfb = onPath("Xvfb") ? startXvfb() : null;
    }

    /** What the figures measure, for the table. */
    String label() {
        return xvfb == null ? "headless substitute" : jar != null ? "viewer, Xvfb, jar + archive" : "viewer, Xvfb";
    }

    /** Whether {@link #run} starts the runnable jar, so that {@link #firstFrameOnClassPath} is another figure. */
    boolean runsJar() {
        return xvfb != null && jar != null;
    }

    /**
     * The child's figures: first drawn map and everything loaded, in ms from its JVM's start, and its
     * heap. The runnable jar with its archive when there is one (how the README starts it quickly),
     * else the class path.
     */
    Figures run(Path store) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx" + HEAP, "-Dfrontline.reportStartup=true",
                "-Dfrontline.exitWhenLoaded=true"));
        if (xvfb != null && jar != null) {
            cmd.add("-XX:SharedArchiveFile=" + archive.toAbsolutePath());
            viewerArgs(cmd);
            cmd.addAll(List.of("-Dprism.order=sw", "-jar", jar.toAbsolutePath().toString(), "view", "--db", store.toString()));
        } else if (xvfb != null) {
            viewerArgs(cmd);
            cmd.addAll(List.of("-cp", classpath, "-Dprism.order=sw", "org.frontline.Main", "view", "--db", store.toString()));
        } else {
            cmd.addAll(List.of("-cp", classpath, "-Djava.awt.headless=true", HeadlessFirstFrame.class.getName(),
                    store.toString()));
        }
        return launch(cmd, true);
    }

    /**
     * The first drawn map of the viewer started on the class path (as {@code mvn javafx:run} starts
     * it, where no class-data-sharing archive applies), in ms from its JVM's start; NaN without Xvfb.
     */
    double firstFrameOnClassPath(Path store) throws IOException, InterruptedException {
        if (xvfb == null) {
            return Double.NaN;
        }
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx" + HEAP, "-Dfrontline.reportStartup=true",
                "-Dfrontline.exitAfterFirstFrame=true"));
        viewerArgs(cmd);
        cmd.addAll(List.of("-cp", classpath, "-Dprism.order=sw", "org.frontline.Main", "view", "--db", store.toString()));
        return launch(cmd, false).firstFrameMs();
    }

    /** The JIT settings the README's start commands use. */
    private static void viewerArgs(List<String> cmd) {
        if (Files.isRegularFile(VIEWER_ARGS)) {
            cmd.add("@" + VIEWER_ARGS.toAbsolutePath());
        }
    }

    /** Runs the child and reads its report; shows its output when a figure it should report is missing. */
    private Figures launch(List<String> cmd, boolean untilLoaded) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("DISPLAY", DISPLAY);
        Process p = pb.start();
        double ms = Double.NaN;
        double[] loaded = {Double.NaN, Double.NaN, Double.NaN};
        StringBuilder output = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                output.append(line).append('\n');
                Matcher m = DRAWN.matcher(line);
                if (m.find()) {
                    ms = Double.parseDouble(m.group(1));
                }
                Matcher l = LOADED.matcher(line);
                if (l.find()) {
                    for (int i = 0; i < loaded.length; i++) {
                        loaded[i] = Double.parseDouble(l.group(i + 1));
                    }
                }
            }
        }
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (Double.isNaN(ms) || untilLoaded && Double.isNaN(loaded[0])) {
            System.err.println("cold start: the child reported no first frame or no full load; its output:\n" + output);
        }
        return new Figures(ms, loaded[0], loaded[1], loaded[2]);
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
