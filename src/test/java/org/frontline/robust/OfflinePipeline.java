package org.frontline.robust;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.frontline.app.Wiring;
import org.frontline.cli.FrontlineCommand;

/**
 * The body of a child JVM that runs the whole pipeline through the command line with the real
 * extractor and gazetteer, behind {@link NetworkGuard}: ingest, areas, a PNG snapshot and a
 * GeoPackage export. Arguments: store, articles folder, output folder, and {@code --no-areas} to
 * leave out the areas step; or {@code --probe} alone to check that the guard sees three attempts.
 * Prints each step's exit code and {@code network attempts=N}.
 */
public final class OfflinePipeline {
    private OfflinePipeline() {
    }

    public static void main(String[] args) throws Exception {
        NetworkGuard.install();
        if (args[0].equals("--probe")) {
            probe();
            return;
        }
        String db = "--db=" + args[0];
        String out = args[2];
        Wiring wiring = new Wiring();
        PrintWriter stderr = new PrintWriter(System.err, true);
        String[][] steps = {
            {"ingest", db, "--published", "2024-07-20", args[1]},
            {"areas", db, "--date", "2024-07-20", "--format", "geojson"},
            {"snapshot", db, "--date", "2024-07-20", "--width", "400", "--height", "300", "--out", out + "/map.png"},
            {"export", db, "--date", "2024-07-20", "--out", out + "/claims.gpkg"},
        };
        boolean withAreas = args.length < 4 || !args[3].equals("--no-areas");
        for (String[] step : steps) {
            if (step[0].equals("areas") && !withAreas) {
                continue; // snapshot and export compute the same areas
            }
            long start = System.nanoTime();
            StringWriter stdout = new StringWriter();
            int code = FrontlineCommand.execute(wiring.services(), new PrintWriter(stdout), stderr, step);
            System.out.println("step " + step[0] + " exit=" + code + " output=" + stdout.getBuffer().length() + " chars in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        System.out.println("network attempts=" + NetworkGuard.ATTEMPTS.get());
        System.out.flush();
        System.exit(0);
    }

    /** Three attempts the guard must see: a URL, a socket and a socket channel. */
    private static void probe() {
        try (var in = new java.net.URL("http://example.invalid/").openStream()) {
            System.out.println("URL opened?!");
        } catch (Exception expected) {
            // refused and counted
        }
        try (var socket = new java.net.Socket()) {
            System.out.println("socket made?!");
        } catch (Exception expected) {
            // refused and counted
        }
        try (var channel = java.nio.channels.SocketChannel.open()) {
            System.out.println("channel opened?!");
        } catch (Exception expected) {
            // refused and counted
        }
        System.out.println("network attempts=" + NetworkGuard.ATTEMPTS.get());
    }
}
