package org.frontline.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.frontline.store.ClaimRepository;
import org.frontline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is fetched from the network at any time: the whole pipeline with the real extractor
 * runs in a child JVM whose sockets, channels and remote URLs fail and are counted, and again
 * inside a network namespace with no interfaces at all ({@code unshare -n}) when this machine
 * allows it.
 */
class OfflineTest {
    private static final List<String> GUARDS = List.of("--add-exports", "java.base/sun.nio.ch=ALL-UNNAMED",
            "-Djava.nio.channels.spi.SelectorProvider=" + GuardedSelectorProvider.class.getName());

    @TempDir
    Path dir;

    private Path articles() throws Exception {
        Path in = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(in.resolve("a.txt"), "KYIV, July 20, 2024 (Made-up Wire) - Russian forces captured the town"
                + " of Toretsk on Friday, the Russian defence ministry said.\n\nUkraine's general staff denied that"
                + " Toretsk had fallen and said fighting continued near Niu-York.");
        Files.writeString(in.resolve("b.html"), "<html><head><script src=\"https://example.invalid/x.js\"></script>"
                + "<link rel=\"stylesheet\" href=\"https://example.invalid/s.css\"><img src=\"https://example.invalid/p.png\">"
                + "</head><body><article><p>Ukrainian troops retook the village of Robotyne, the general staff said"
                + " on July 19, 2024.</p><iframe src=\"https://example.invalid/\"></iframe></article></body></html>");
        return in;
    }

    private String run(List<String> prefix, String name, String... more) throws Exception {
        Path db = dir.resolve(name + ".db");
        Path out = Files.createDirectories(dir.resolve(name + "-out"));
        List<String> cmd = new ArrayList<>(prefix);
        List<String> args = new ArrayList<>(List.of(db.toString(), articles().toString(), out.toString()));
        args.addAll(List.of(more));
        cmd.addAll(ChildJvm.command(GUARDS, OfflinePipeline.class, args.toArray(String[]::new)));
        Path log = dir.resolve(name + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the pipeline hung");
        String text = Files.readString(log);
        assertEquals(0, p.exitValue(), text);
        assertTrue(text.contains("network attempts=0"), text);
        for (String step : more.length > 0 ? List.of("ingest", "snapshot", "export")
                : List.of("ingest", "areas", "snapshot", "export")) {
            assertTrue(text.contains("step " + step + " exit=0 "), step + " failed:\n" + text);
        }
        assertTrue(Files.size(out.resolve("map.png")) > 0 && Files.size(out.resolve("claims.gpkg")) > 0, text);
        try (Store store = Store.open(db)) {
            assertTrue(store.read(new ClaimRepository()::count) > 0, "the real extractor found no claim:\n" + text);
        }
        return text;
    }

    @Test
    void theGuardSeesAndRefusesAttempts() throws Exception {
        Path log = dir.resolve("probe.log");
        Process p = ChildJvm.start(log, GUARDS, OfflinePipeline.class, "--probe");
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String text = Files.readString(log);
        assertTrue(text.contains("network attempts=3") && !text.contains("?!"), text);
    }

    @Test
    void theWholePipelineMakesNoNetworkAttempt() throws Exception {
        System.out.println(run(List.of(), "guarded"));
    }

    @Test
    void theWholePipelineRunsInANamespaceWithoutNetwork() throws Exception {
        boolean unshare;
        try {
            Process probe = new ProcessBuilder("unshare", "-n", "true").redirectErrorStream(true).start();
            unshare = probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (java.io.IOException e) {
            unshare = false;
        }
        assumeTrue(unshare, "unshare -n is not available here");
        run(List.of("unshare", "-n"), "namespace", "--no-areas");
    }
}
