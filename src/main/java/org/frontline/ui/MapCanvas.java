package org.frontline.ui;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import org.frontline.render.Frame;
import org.frontline.render.MapRenderer;
import org.frontline.render.MapScene;
import org.frontline.render.RepaintScheduler;
import org.frontline.render.ViewState;
import org.frontline.workspace.DisplaySettings;
import org.locationtech.jts.geom.Coordinate;

/**
 * The map on screen: shows the renderer's image, and turns mouse and keys into new
 * {@link ViewState}s. Every view change asks for a repaint; repaints run in the background and
 * merge, and until the new image arrives the old one is moved and scaled to follow the view, so
 * panning and zooming feel immediate.
 *
 * <p>Thread safety: FX thread only, except the scene source and renderer, which run on the
 * injected background executor.
 */
public final class MapCanvas extends Region {
    private final ImageView imageView = new ImageView();
    private final ObjectProperty<ViewState> view = new SimpleObjectProperty<>(this, "view");
    private final ReadOnlyObjectWrapper<Frame> frame = new ReadOnlyObjectWrapper<>(this, "frame");
    private final ObjectProperty<DisplaySettings> display = new SimpleObjectProperty<>(this, "display",
            DisplaySettings.defaults());
    private final ObjectProperty<Coordinate> pointer = new SimpleObjectProperty<>(this, "pointer");
    private final RepaintScheduler<Request, Shown> scheduler;
    private Request shown;
    private Consumer<MouseEvent> onMapClick = e -> { };
    private Runnable onFitAll = () -> { };
    private double dragX;
    private double dragY;
    private boolean dragged;

    /**
     * @param background executor for scene assembly and rendering
     * @param scenes     builds the scene for a view and display settings (runs on {@code background})
     * @param renderer   the renderer
     * @param onError    shows a failure to the user (runs on the FX thread)
     */
    public MapCanvas(Executor background, BiFunction<ViewState, DisplaySettings, MapScene> scenes, MapRenderer renderer,
                     Consumer<RuntimeException> onError) {
        getStyleClass().add("map-canvas");
        setId("map");
        setFocusTraversable(true);
        setMinSize(100, 100);
        imageView.setManaged(false);
        getChildren().add(imageView);
        scheduler = new RepaintScheduler<>(background, Platform::runLater, q -> {
            long t0 = System.nanoTime();
            MapScene scene = scenes.apply(q.view(), q.display());
            BufferedImage img = renderer.render(scene, q.view());
            return new Shown(q, new Frame(q.view(), scene, img, System.nanoTime() - t0));
        }, this::show, onError);
        view.addListener((obs, old, v) -> {
            if (v != null) {
                followView();
                repaint();
            }
        });
        display.addListener((obs, old, d) -> repaint());
        widthProperty().addListener((o, a, b) -> resizeView());
        heightProperty().addListener((o, a, b) -> resizeView());
        installInput();
    }

    /** Draws the current view again, for example after the data changed. */
    public void repaint() {
        if (view.get() != null && display.get() != null) {
            scheduler.request(new Request(view.get(), display.get()));
        }
    }

    /** What the map shows besides the view: claims, filter, layers, selection. Set on the FX thread. */
    public ObjectProperty<DisplaySettings> displayProperty() {
        return display;
    }

    /** True when the frame on screen was drawn for the current view and display settings. */
    public boolean isSettled() {
        return shown != null && shown.equals(new Request(view.get(), display.get()));
    }

    public ObjectProperty<ViewState> viewProperty() {
        return view;
    }

    /** The last image shown, with the view and scene it was drawn for. */
    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** Runs {@code action} once, on the FX thread, when the next frame is shown. */
    public void onNextFrame(Runnable action) {
        frameProperty().addListener(new javafx.beans.value.ChangeListener<Frame>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Frame> o, Frame a, Frame f) {
                o.removeListener(this);
                action.run();
            }
        });
    }

    /** Map coordinates (metres) under the mouse, or null when it is outside. */
    public ObjectProperty<Coordinate> pointerProperty() {
        return pointer;
    }

    public void setOnMapClick(Consumer<MouseEvent> handler) {
        onMapClick = handler;
    }

    public void setOnFitAll(Runnable handler) {
        onFitAll = handler;
    }

    private void resizeView() {
        int w = (int) Math.max(1, Math.round(getWidth()));
        int h = (int) Math.max(1, Math.round(getHeight()));
        ViewState v = view.get();
        if (v != null && (v.width() != w || v.height() != h)) {
            view.set(v.resized(w, h));
        }
    }

    private void show(Shown s) {
        assert Platform.isFxApplicationThread();
        shown = s.request();
        Frame f = s.frame();
        BufferedImage img = f.image();
        int[] pixels = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(img.getWidth(), img.getHeight(), IntBuffer.wrap(pixels),
                PixelFormat.getIntArgbPreInstance());
        imageView.setImage(new WritableImage(buffer));
        frame.set(f);
        followView();
    }

    /** Places the last image where its view lies within the current view. */
    private void followView() {
        Frame f = frame.get();
        ViewState v = view.get();
        if (f == null || v == null) {
            return;
        }
        ViewState fv = f.view();
        double k = fv.metresPerPixel() / v.metresPerPixel();
        imageView.setFitWidth(fv.width() * k);
        imageView.setFitHeight(fv.height() * k);
        Coordinate topLeft = fv.toModel(0, 0);
        imageView.relocate(v.toScreenX(topLeft.x), v.toScreenY(topLeft.y));
    }

    private void installInput() {
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            requestFocus();
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && view.get() != null) {
                view.set(view.get().movedByPixels(e.getX() - dragX, e.getY() - dragY));
                dragged |= Math.abs(e.getX() - dragX) + Math.abs(e.getY() - dragY) > 0;
                dragX = e.getX();
                dragY = e.getY();
            }
            updatePointer(e.getX(), e.getY());
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (!dragged && e.getButton() == MouseButton.PRIMARY) {
                onMapClick.accept(e);
            }
        });
        addEventHandler(MouseEvent.MOUSE_MOVED, e -> updatePointer(e.getX(), e.getY()));
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> pointer.set(null));
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (view.get() != null && e.getDeltaY() != 0) {
                // One wheel notch zooms by 1.25 whatever the platform's pixels per notch (40 on X11, 1 on Monocle).
                double notches = e.getDeltaY() / (e.getMultiplierY() > 0 ? e.getMultiplierY() : 40);
                view.set(view.get().zoomedAt(Math.pow(1.25, notches), e.getX(), e.getY()));
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void updatePointer(double x, double y) {
        ViewState v = view.get();
        pointer.set(v == null ? null : v.toModel(x, y));
    }

    private void onKey(KeyEvent e) {
        ViewState v = view.get();
        if (v == null || e.isAltDown() || e.isShortcutDown()) {
            return; // left to the menus: Alt/Ctrl+arrows move in time
        }
        double step = Math.min(v.width(), v.height()) / 6.0;
        ViewState next = switch (e.getCode()) {
            case LEFT -> v.movedByPixels(step, 0);
            case RIGHT -> v.movedByPixels(-step, 0);
            case UP -> v.movedByPixels(0, step);
            case DOWN -> v.movedByPixels(0, -step);
            case PLUS, ADD, EQUALS -> v.zoomed(1.5);
            case MINUS, SUBTRACT -> v.zoomed(1 / 1.5);
            default -> null;
        };
        if (next != null) {
            view.set(next);
            e.consume();
        } else if (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0 || e.getCode() == KeyCode.HOME) {
            onFitAll.run();
            e.consume();
        }
    }

    /** One repaint request: an immutable copy of everything the frame depends on. */
    private record Request(ViewState view, DisplaySettings display) {
    }

    private record Shown(Request request, Frame frame) {
    }

    @Override
    protected void layoutChildren() {
        resizeView();
        followView();
    }
}
