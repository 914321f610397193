package org.frontline.ui;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.util.Duration;
import org.frontline.store.Store;

/**
 * Notices when another process (a command-line ingest, another viewer) has written to the store
 * and tells the viewer to reload its claims. SQLite's {@code PRAGMA data_version} changes when any
 * other connection commits; it is read every few seconds on the work executor, on a connection of
 * the watcher's own, so the FX thread never touches the database.
 *
 * <p>Thread safety: {@link #start} and {@link #stop} on the FX thread; the connection is used only
 * on the work executor, one check at a time.
 */
final class StoreWatcher {
    private static final Logger LOG = Logger.getLogger(StoreWatcher.class.getName());

    private final Path storeFile;
    private final Executor work;
    private final Runnable onChange;
    private final Timeline timer;
    private Store store;
    private long lastVersion = -1;
    /** Set by {@link #stop}: a change found by a check already running is then not reported. */
    private volatile boolean stopped;

    StoreWatcher(Path storeFile, Executor work, Duration every, Runnable onChange) {
        this.storeFile = storeFile;
        this.work = work;
        this.onChange = onChange;
        this.timer = new Timeline(new KeyFrame(every, e -> work.execute(this::check)));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    /** Takes the store's version now (in order with the catalog loads on the same executor), then checks every period. */
    void start() {
        work.execute(this::check);
        timer.play();
    }

    void stop() {
        stopped = true;
        timer.stop();
        work.execute(() -> {
            if (store != null) {
                store.close();
                store = null;
            }
        });
    }

    private void check() {
        try {
            if (store == null) {
                store = Store.open(storeFile);
            }
            long version = store.read(c -> {
                try (var rs = c.createStatement().executeQuery("PRAGMA data_version")) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            });
            if (lastVersion >= 0 && version != lastVersion) {
                // not after stop(): the viewer's executors are shut down by then, a reload would be refused
                Platform.runLater(() -> {
                    if (!stopped) {
                        onChange.run();
                    }
                });
            }
            lastVersion = version;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "cannot check " + storeFile + " for changes", e);
        }
    }
}
