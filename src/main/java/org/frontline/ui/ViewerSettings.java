package org.frontline.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.frontline.model.ClaimStatus;
import org.frontline.model.ClaimType;
import org.frontline.model.Side;
import org.frontline.render.ClaimView;
import org.frontline.render.LayerKind;
import org.frontline.render.LayerStack;
import org.frontline.workspace.ClaimFilter;

/**
 * What the viewer remembers between runs, in a small JSON file beside the store
 * ({@code <store>.viewer.json}): window bounds, the view, the date, the layer stack, the filter
 * and the play speed. Immutable. A missing or unreadable file gives the defaults (the reason is
 * logged by the caller); writing goes through a temporary file so a crash never leaves half a file.
 *
 * @param window  x, y, width, height of the window, or null
 * @param centre  map centre x, y and metres per pixel, or null
 * @param view    claimant view
 * @param date    the selected date, or null
 * @param layers  the layer stack
 * @param filter  the claim filter (with the time window)
 * @param speed   play speed, days per second
 */
record ViewerSettings(double[] window, double[] centre, ClaimView view, LocalDate date, LayerStack layers,
                      ClaimFilter filter, int speed) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static ViewerSettings defaults() {
        return new ViewerSettings(null, null, ClaimView.ALL, null, LayerStack.defaults(), ClaimFilter.all(), 7);
    }

    /** The settings file of a store. */
    static Path fileFor(Path storeFile) {
        return storeFile.resolveSibling(storeFile.getFileName() + ".viewer.json");
    }

    static ViewerSettings read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return defaults();
        }
        JsonNode n = JSON.readTree(file.toFile());
        List<LayerKind> order = enums(n.path("layerOrder"), LayerKind::valueOf);
        Set<LayerKind> hidden = new HashSet<>(enums(n.path("hiddenLayers"), LayerKind::valueOf));
        LayerStack layers = order.size() == LayerKind.values().length && EnumSet.copyOf(order).size() == order.size()
                ? new LayerStack(order, hidden) : LayerStack.defaults();
        JsonNode f = n.path("filter");
        ClaimFilter filter = new ClaimFilter(strings(f.path("claimants")),
                new HashSet<>(enums(f.path("sides"), Side::valueOf)), new HashSet<>(enums(f.path("types"), ClaimType::valueOf)),
                new HashSet<>(enums(f.path("statuses"), ClaimStatus::valueOf)), strings(f.path("languages")),
                strings(f.path("outlets")), f.path("minConfidence").asDouble(0), date(f.path("from")), date(f.path("to")),
                f.path("windowDays").asInt(ClaimFilter.DEFAULT_WINDOW_DAYS));
        return new ViewerSettings(doubles(n.path("window"), 4), doubles(n.path("centre"), 3),
                n.hasNonNull("view") ? ClaimView.valueOf(n.get("view").asText()) : ClaimView.ALL, date(n.path("date")),
                layers, filter, n.path("speed").asInt(7));
    }

    void write(Path file) throws IOException {
        ObjectNode n = JSON.createObjectNode();
        putDoubles(n, "window", window);
        putDoubles(n, "centre", centre);
        n.put("view", view.name());
        n.put("date", date == null ? null : date.toString());
        ArrayNode order = n.putArray("layerOrder");
        layers.order().forEach(k -> order.add(k.name()));
        ArrayNode hidden = n.putArray("hiddenLayers");
        layers.hidden().forEach(k -> hidden.add(k.name()));
        ObjectNode f = n.putObject("filter");
        filter.claimants().forEach(f.withArray("claimants")::add);
        filter.sides().forEach(s -> f.withArray("sides").add(s.name()));
        filter.types().forEach(s -> f.withArray("types").add(s.name()));
        filter.statuses().forEach(s -> f.withArray("statuses").add(s.name()));
        filter.languages().forEach(f.withArray("languages")::add);
        filter.outlets().forEach(f.withArray("outlets")::add);
        f.put("minConfidence", filter.minConfidence());
        f.put("from", filter.from() == null ? null : filter.from().toString());
        f.put("to", filter.to() == null ? null : filter.to().toString());
        f.put("windowDays", filter.windowDays());
        n.put("speed", speed);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), n);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void putDoubles(ObjectNode n, String name, double[] values) {
        if (values != null) {
            ArrayNode a = n.putArray(name);
            for (double v : values) {
                a.add(v);
            }
        }
    }

    private static double[] doubles(JsonNode a, int size) {
        if (!a.isArray() || a.size() != size) {
            return null;
        }
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = a.get(i).asDouble();
        }
        return out;
    }

    private static LocalDate date(JsonNode n) {
        return n.isTextual() ? LocalDate.parse(n.asText()) : null;
    }

    private static Set<String> strings(JsonNode a) {
        Set<String> out = new HashSet<>();
        a.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static <E> List<E> enums(JsonNode a, Function<String, E> parse) {
        List<E> out = new ArrayList<>();
        for (JsonNode v : a) {
            try {
                out.add(parse.apply(v.asText()));
            } catch (IllegalArgumentException e) {
                // A value this version does not know (written by another version): leave it out.
                continue;
            }
        }
        return out;
    }
}
