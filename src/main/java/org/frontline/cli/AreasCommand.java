package org.frontline.cli;

import org.frontline.geo.MapProjection;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.frontline.control.ClaimHistory;
import org.frontline.control.ControlAreas;
import org.frontline.control.ControlGeoJson;
import org.frontline.control.ControlSnapshot;
import org.frontline.control.ControlView;
import org.frontline.control.LandClip;
import org.frontline.model.Claim;
import org.frontline.model.Place;
import org.frontline.store.ClaimRepository;
import org.frontline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code frontline areas --date D [--view V] [--format geojson]}: prints the claimed control areas
 * and front line at a date as GeoJSON (WGS84).
 *
 * <p>Places come from a supplier: the gazetteer once wired in, {@code --places FILE} (a gazetteer
 * TSV) or, by default, {@code gazetteer/places.tsv} on the class path.
 */
@Command(name = "areas", mixinStandardHelpOptions = true,
        description = "Print claimed control areas and the front line at a date as GeoJSON (WGS84).")
public final class AreasCommand implements Callable<Integer> {
    static final String DEFAULT_PLACES = "gazetteer/places.tsv";

    @Mixin
    StoreOption store;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "The date to map.")
    LocalDate date;

    @Option(names = "--view", defaultValue = "all", paramLabel = "VIEW",
            description = "Whose claims: all, ru, ua or independent (default: ${DEFAULT-VALUE}).")
    String view;

    @Option(names = "--format", defaultValue = "geojson", paramLabel = "FORMAT",
            description = "Output format; only geojson for now.")
    String format;

    @Option(names = "--places", paramLabel = "FILE", description = "Settlements as a gazetteer TSV.")
    Path placesFile;

    private final Supplier<Collection<Place>> places;

    /** Places from {@code --places} or the class path's gazetteer table. */
    public AreasCommand() {
        this.places = null;
    }

    /** Places from this supplier (the gazetteer), unless {@code --places} is given. */
    public AreasCommand(Supplier<Collection<Place>> places) {
        this.places = places;
    }

    @Override
    public Integer call() throws IOException {
        if (!"geojson".equalsIgnoreCase(format)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "unknown format: " + format + " (only geojson)");
        }
        ControlView v;
        try {
            v = ControlView.parse(view);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<Claim> claims;
        try (Store s = store.open()) {
            claims = s.read(c -> new ClaimRepository().all(c));
        }
        ClaimHistory history = ClaimHistory.of(loadPlaces(), claims);
        ControlSnapshot snapshot = new ControlAreas(history)
                .setLandClip(LandClip.loadDefault(MapProjection.lcc()))
                .at(date, v);
        PrintWriter out = spec.commandLine().getOut();
        ControlGeoJson.write(snapshot, out);
        out.println();
        out.flush();
        return FrontlineCommand.OK;
    }

    private Collection<Place> loadPlaces() throws IOException {
        if (placesFile != null) {
            try (InputStream in = Files.newInputStream(placesFile)) {
                return PlacesTsv.read(in, placesFile.toString());
            }
        }
        if (places != null) {
            return places.get();
        }
        try (InputStream in = AreasCommand.class.getClassLoader().getResourceAsStream(DEFAULT_PLACES)) {
            if (in == null) {
                throw new IOException("no settlements: give --places FILE (no " + DEFAULT_PLACES + " on the class path)");
            }
            return PlacesTsv.read(in, DEFAULT_PLACES);
        }
    }
}
