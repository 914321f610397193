package org.frontline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.util.Duration;
import org.frontline.store.Store;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The store watcher on a real SQLite file, its checks run by hand on a queue standing for the
 * viewer's work thread: a write by another connection is reported; a change found by a check that
 * ran before {@code stop()} is not reported after it (the viewer has shut its executors by then, and
 * a reload would be refused: the race a viewer test met while the machine was busy).
 */
class StoreWatcherTest {
    @TempDir
    Path dir;

    /** The work executor as a queue: tasks run only when the test says. */
    private static final class Queue implements Executor {
        private final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public synchronized void execute(Runnable task) {
            tasks.add(task);
        }

        synchronized Runnable next() {
            return tasks.poll();
        }

        void runAll() {
            for (Runnable r = next(); r != null; r = next()) {
                r.run();
            }
        }
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static void writeFromAnotherConnection(Path file) {
        try (Store other = Store.open(file)) {
            other.inTransaction(c -> {
                c.createStatement().execute("CREATE TABLE IF NOT EXISTS watcher_probe(x)");
                c.createStatement().execute("INSERT INTO watcher_probe VALUES (1)");
                return null;
            });
        }
    }

    /** Waits until the watcher's timer has queued a check. */
    private static void nextTick(Queue work) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            synchronized (work) {
                return !work.tasks.isEmpty();
            }
        });
    }

    @Test
    void aWriteByAnotherConnectionIsReportedButNotOnceStopped() throws Exception {
        Path file = dir.resolve("watched.db");
        Store.open(file).close();
        Queue work = new Queue();
        AtomicInteger reported = new AtomicInteger();
        StoreWatcher watcher = new StoreWatcher(file, work, Duration.millis(50), reported::incrementAndGet);
        Platform.runLater(watcher::start);
        WaitForAsyncUtils.waitForFxEvents();
        work.runAll(); // the first check takes the version

        writeFromAnotherConnection(file);
        nextTick(work);
        work.runAll();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, reported.get(), "a write by another connection is reported");

        writeFromAnotherConnection(file);
        nextTick(work);
        Runnable pendingCheck = work.next(); // a check already queued when the viewer stops
        Platform.runLater(watcher::stop);
        WaitForAsyncUtils.waitForFxEvents();
        pendingCheck.run();
        work.runAll();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, reported.get(), "a change found while stopping is not reported after stop()");
        assertNull(work.next(), "nothing left on the work queue");
    }
}
