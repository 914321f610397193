package org.frontline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.frontline.gazetteer.Candidate;
import org.frontline.gazetteer.GeocodeContext;
import org.frontline.gazetteer.GeocodeResult;
import org.frontline.gazetteer.Geocoder;
import org.frontline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code frontline geocode NAME}: ranked candidates for a place name, one a line (or JSON). Exit 1 when unresolved. */
@Command(name = "geocode", description = "Show the places a name may refer to, best first.")
public final class GeocodeCommand implements Callable<Integer> {
    enum Format { text, json }

    @Mixin
    StoreOption store;
    @Parameters(paramLabel = "NAME")
    String name;
    @Option(names = "--context", paramLabel = "TEXT", description = "Surrounding text (oblast names help).")
    String context = "";
    @Option(names = "--format", description = "text or json (default: ${DEFAULT-VALUE}).", defaultValue = "text")
    Format format;
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        GeocodeResult r;
        try (Store s = store.open()) {
            r = new Geocoder(GazetteerCommand.withStorePlaces(s)).geocode(name, new GeocodeContext("", context, List.of()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            ObjectMapper m = new ObjectMapper();
            ObjectNode root = m.createObjectNode().put("query", r.query());
            ArrayNode a = root.putArray("candidates");
            for (Candidate c : r.candidates()) {
                a.addObject().put("id", c.place().id()).put("name", c.place().name()).put("lat", c.place().lat())
                        .put("lon", c.place().lon()).put("country", c.place().country()).put("admin1", c.place().admin1())
                        .put("score", c.score()).put("kind", c.kind().name()).put("precision_m", c.place().precisionM())
                        .put("reason", c.reason());
            }
            out.println(m.writeValueAsString(root));
        } else {
            for (Candidate c : r.candidates()) {
                out.println(String.format(Locale.ROOT, "%.3f\t%s\t%d\t%s\t%.5f\t%.5f\t%s-%s\t%s", c.score(),
                        c.kind(), c.place().id(), c.place().name(), c.place().lat(), c.place().lon(),
                        c.place().country(), c.place().admin1(), c.reason()));
            }
            if (!r.resolved()) {
                spec.commandLine().getErr().println("frontline: no place matches '" + name + "'");
            }
        }
        out.flush();
        return r.resolved() ? FrontlineCommand.OK : FrontlineCommand.SOME_FAILED;
    }
}
