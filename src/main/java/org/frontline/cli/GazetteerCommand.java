package org.frontline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.frontline.gazetteer.Alias;
import org.frontline.gazetteer.Gazetteer;
import org.frontline.gazetteer.PlaceImport;
import org.frontline.model.Place;
import org.frontline.store.PlaceRepository;
import org.frontline.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code frontline gazetteer import FILE}: adds places from a GeoNames dump or a CSV to the store. */
@Command(name = "gazetteer", description = "Manage the places the user imported.",
        subcommands = {GazetteerCommand.Import.class})
public final class GazetteerCommand implements Runnable {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing command: import");
    }

    /** The shipped gazetteer plus the store's places and aliases (aliases of unknown places are left out). */
    static Gazetteer withStorePlaces(Store store) {
        PlaceRepository repo = new PlaceRepository(store);
        Gazetteer shipped = Gazetteer.loadDefault();
        List<Place> places = repo.loadAll();
        java.util.Set<Long> ids = new java.util.HashSet<>();
        places.forEach(p -> ids.add(p.id()));
        List<Alias> aliases = new ArrayList<>();
        for (PlaceRepository.StoredAlias a : repo.aliases()) {
            if (ids.contains(a.placeId()) || shipped.byId(a.placeId()).isPresent()) {
                aliases.add(new Alias(a.placeId(), a.name(), a.lang(), a.source()));
            }
        }
        return shipped.withPlaces(places, aliases);
    }

    @Command(name = "import", description = "Import a GeoNames country dump (UA.txt, with alternateNamesV2.txt beside it)"
            + " or a CSV name,lat,lon[,alt_names,admin1]. Exit 1 when some rows were rejected.")
    static final class Import implements Callable<Integer> {
        @Mixin
        StoreOption store;
        @Parameters(paramLabel = "FILE")
        Path file;
        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(file)) {
                err.println("frontline: " + file + ": no such file");
                return FrontlineCommand.USAGE;
            }
            PlaceImport.Result r = PlaceImport.read(file, err);
            List<PlaceRepository.StoredAlias> aliases = new ArrayList<>();
            for (Alias a : r.aliases()) {
                aliases.add(new PlaceRepository.StoredAlias(a.placeId(), a.name(), a.kind(), a.source()));
            }
            try (Store s = store.open()) {
                new PlaceRepository(s).saveAll(r.places(), aliases);
            }
            r.errors().forEach(e -> err.println("rejected " + e));
            err.println(file.getFileName() + ": " + r.places().size() + " places, " + r.aliases().size()
                    + " names imported; " + r.errors().size() + " rows rejected");
            err.flush();
            return r.errors().isEmpty() ? FrontlineCommand.OK : FrontlineCommand.SOME_FAILED;
        }
    }
}
