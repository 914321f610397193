package org.frontline.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.frontline.export.DataContent;
import org.frontline.export.DataExport;
import org.frontline.export.DataFormat;
import org.frontline.export.DataRequest;
import org.frontline.export.ExportData;
import org.frontline.export.InvalidExportException;
import org.frontline.render.ClaimView;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code export}: writes claims and control areas as GeoJSON, CSV or a GeoPackage for GIS tools.
 * {@code --date D} exports the claims dated D and the areas at D; {@code --from D1 --to D2} the
 * claims dated in the range and the areas at D2 (or at {@code --date} when given too).
 */
@Command(name = "export", description = {"Write claims and claimed control areas as GeoJSON, CSV or GeoPackage.",
    "  frontline export --from 2024-01-01 --to 2024-03-31 --out q1.gpkg",
    "  frontline export --date 2024-02-17 --what claims --out claims.csv"})
public final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Claims of this day and areas at it; with a range, the areas' date.")
    LocalDate date;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First claim date of a range.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last claim date of a range (the areas' date unless --date).")
    LocalDate to;

    @Option(names = "--format", paramLabel = "geojson|csv|gpkg", description = "Format (default: from the file name).")
    String format;

    @Option(names = "--what", paramLabel = "claims|areas|all", description = "What to write (default: all; claims for CSV).")
    String what;

    @Option(names = "--view", defaultValue = "all", description = "Whose claims the areas follow: all, ru, ua, independent (default: ${DEFAULT-VALUE}).")
    String view;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write; its folder must exist.")
    Path out;

    @Override
    public Integer call() {
        try {
            DataFormat dataFormat = dataFormat();
            DataContent content = what != null ? DataContent.parse(what)
                    : dataFormat == DataFormat.CSV ? DataContent.CLAIMS : DataContent.ALL;
            DataRequest request = request(dataFormat, content);
            ExportData data = DataExport.write(ExportWorkspaces.open(store), request, out);
            spec.commandLine().getErr().printf("wrote %s: %d claims, %d unresolved mentions, %d areas%n", out,
                    data.claims().size(), data.unresolved().size(), data.areas() == null ? 0 : data.areas().areas().size());
            return FrontlineCommand.OK;
        } catch (InvalidExportException e) {
            spec.commandLine().getErr().println("frontline export: " + e.getMessage());
            return FrontlineCommand.USAGE;
        }
    }

    private DataRequest request(DataFormat dataFormat, DataContent content) {
        ClaimView claimView;
        try {
            claimView = ClaimView.parse(view);
        } catch (IllegalArgumentException e) {
            throw new InvalidExportException("--view '" + view + "' is not one of all, ru, ua, independent");
        }
        if (from == null && to == null) {
            if (date == null) {
                throw new InvalidExportException("give --date D, or --from D1 --to D2");
            }
            return DataRequest.at(date, claimView, content, dataFormat);
        }
        if (from == null || to == null) {
            throw new InvalidExportException("a range needs both --from and --to");
        }
        return new DataRequest(from, to, date, claimView, content, dataFormat);
    }

    private DataFormat dataFormat() {
        if (format != null) {
            return DataFormat.parse(format);
        }
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            throw new InvalidExportException(out + ": give --format geojson, csv or gpkg (the file name has no extension)");
        }
        return DataFormat.parse(name.substring(dot + 1));
    }
}
