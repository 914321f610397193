package org.frontline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.frontline.geo.MapProjection;
import org.frontline.render.Basemap;
import org.frontline.render.ClaimView;
import org.frontline.render.ViewState;
import org.frontline.testing.GoldenImages;
import org.frontline.workspace.Workspace;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;

class SnapshotsTest {
    private static Basemap basemap;
    /** Donbas around Avdiivka and Bakhmut. */
    private static final LonLatBox DONBAS = new LonLatBox(36.8, 47.6, 39.0, 48.9);

    @TempDir
    Path dir;

    @BeforeAll
    static void loadBasemap() {
        basemap = Basemap.loadDefault();
    }

    @Test
    void snapshotWithLegendDateAndCreditsMatchesGoldenImage() throws Exception {
        Workspace w = ExportFixtures.workspace(dir, basemap);
        SnapshotRequest r = SnapshotRequest.of(ExportFixtures.D2, ClaimView.ALL, DONBAS, 720, 480, 1, ImageFormat.PNG);
        Path png = dir.resolve("donbas.png");
        Snapshots.write(w, r, png);
        BufferedImage written = ImageIO.read(png.toFile());
        assertEquals(720, written.getWidth());
        assertEquals(480, written.getHeight());
        GoldenImages.assertMatches("export-snapshot-donbas", written);
    }

    @Test
    void printScaleDoublesPixelsOfTheViewerViewAndKeepsItsExtent() {
        Workspace w = ExportFixtures.workspace(dir, basemap);
        ViewState screen = ViewState.fitting(DONBAS.projected(), 800, 500, ExportFixtures.D2, ClaimView.RU);
        SnapshotRequest r = SnapshotRequest.ofViewerView(screen, 2, ImageFormat.PNG);
        ViewState print = new Snapshots(w).viewFor(r);
        assertEquals(1600, print.width());
        assertEquals(1000, print.height());
        assertEquals(screen.envelope().getWidth(), print.envelope().getWidth(), 1e-6);
        assertEquals(ClaimView.RU, print.view());
    }

    @Test
    void svgIsAVectorDrawingOfTheSameScene() throws Exception {
        Workspace w = ExportFixtures.workspace(dir, basemap);
        Path svg = dir.resolve("donbas.svg");
        Snapshots.write(w, SnapshotRequest.of(ExportFixtures.D2, ClaimView.ALL, DONBAS, 720, 480, 1, ImageFormat.SVG), svg);
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.contains("<svg"), "an SVG document");
        assertTrue(text.contains("<path"), "basemap drawn as paths");
        assertFalse(text.contains("data:image/png"), "no embedded raster basemap");
        assertTrue(text.contains("Claimed front line"), "legend drawn");
    }

    @Test
    void writingLeavesOnlyTheChosenFile() throws Exception {
        Workspace w = ExportFixtures.workspace(dir, basemap);
        Path out = Files.createDirectory(dir.resolve("out"));
        Snapshots.write(w, SnapshotRequest.of(null, ClaimView.ALL, DONBAS, 100, 80, 1, ImageFormat.PNG), out.resolve("a.png"));
        try (var files = Files.list(out)) {
            assertEquals(java.util.List.of(out.resolve("a.png")), files.toList());
        }
    }

    @Test
    void missingFolderIsReportedNotCreated() {
        Workspace w = ExportFixtures.workspace(dir, basemap);
        Path out = dir.resolve("nope/a.png");
        InvalidExportException e = assertThrows(InvalidExportException.class, () -> Snapshots.write(w,
                SnapshotRequest.of(null, ClaimView.ALL, DONBAS, 100, 80, 1, ImageFormat.PNG), out));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("nope")));
    }

    @Test
    void tooLargeForTheHeapSaysSo() {
        InvalidExportException e = assertThrows(InvalidExportException.class,
                () -> MemoryBudget.require(Runtime.getRuntime().maxMemory() * 2, "an 8000x8000 image"));
        assertTrue(e.getMessage().contains("needs about") && e.getMessage().contains("-Xmx"), e.getMessage());
    }

    @Test
    void sizesAndBoxesOutOfRangeAreRefused() {
        assertThrows(InvalidExportException.class, () -> SnapshotRequest.of(null, null, null, 8001, 100, 1, ImageFormat.PNG));
        assertThrows(InvalidExportException.class, () -> SnapshotRequest.of(null, null, null, 100, 100, 20, ImageFormat.PNG));
        assertThrows(InvalidExportException.class, () -> LonLatBox.parse("39,47,37,49"));
        assertThrows(InvalidExportException.class, () -> LonLatBox.parse("37,47,39"));
        assertThrows(InvalidExportException.class, () -> LonLatBox.parse("37,47,x,49"));
    }

    /** The captured town's own pixel (symbols and dots hidden) turns from not-Russian to the RU colour with the capture. */
    @Test
    void capturedTownLiesInsideTheRussianColour() throws Exception {
        Workspace w = ExportFixtures.workspace(dir, basemap);
        var hidden = w.defaultDisplay().layers().toggled(org.frontline.render.LayerKind.CLAIMS)
                .toggled(org.frontline.render.LayerKind.SETTLEMENTS);
        Snapshots snapshots = new Snapshots(w, new org.frontline.workspace.DisplaySettings(w.catalog(),
                org.frontline.workspace.ClaimFilter.all(), hidden, java.util.Set.of()));
        Coordinate p = MapProjection.lcc().project(ExportFixtures.AVDIIVKA.lon(), ExportFixtures.AVDIIVKA.lat());
        int before = townPixel(snapshots, ExportFixtures.D1.minusDays(30), p);
        int after = townPixel(snapshots, ExportFixtures.D3, p);
        assertTrue(red(after) > blue(after) + 20, "Avdiivka, captured on 17 February, is in the RU colour: "
                + Integer.toHexString(after));
        assertTrue(red(before) <= blue(before) + 5, "and was not before: " + Integer.toHexString(before));
    }

    private static int townPixel(Snapshots snapshots, java.time.LocalDate date, Coordinate p) {
        SnapshotRequest r = SnapshotRequest.of(date, ClaimView.ALL, DONBAS, 720, 480, 1, ImageFormat.PNG);
        ViewState v = snapshots.viewFor(r);
        return GoldenImages.rgb(snapshots.render(r), (int) v.toScreenX(p.x), (int) v.toScreenY(p.y));
    }

    private static int red(int rgb) {
        return (rgb >> 16) & 0xFF;
    }

    private static int blue(int rgb) {
        return rgb & 0xFF;
    }
}
