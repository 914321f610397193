package org.frontline.export;

import java.time.LocalDate;
import java.util.Objects;
import org.frontline.render.ClaimView;

/**
 * A data export: the claims dated in {@code [from, to]} and/or the control areas at
 * {@code areaDate}, in one format. Immutable.
 *
 * @param from     first claim date
 * @param to       last claim date (inclusive)
 * @param areaDate the date of the control areas (the last day of the range unless chosen)
 * @param view     whose claims the areas follow
 * @param content  claims, areas or both
 * @param format   GeoJSON, CSV or GeoPackage
 */
public record DataRequest(LocalDate from, LocalDate to, LocalDate areaDate, ClaimView view, DataContent content,
                          DataFormat format) {
    public DataRequest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
        view = view == null ? ClaimView.ALL : view;
        areaDate = areaDate == null ? to : areaDate;
        if (from.isAfter(to)) {
            throw new InvalidExportException("the range starts (" + from + ") after it ends (" + to + ")");
        }
        if (format == DataFormat.CSV && content == DataContent.ALL) {
            throw new InvalidExportException("a CSV file holds one table; choose --what claims or --what areas");
        }
    }

    /** Claims and areas of one day. */
    public static DataRequest at(LocalDate date, ClaimView view, DataContent content, DataFormat format) {
        return new DataRequest(date, date, date, view, content, format);
    }
}
