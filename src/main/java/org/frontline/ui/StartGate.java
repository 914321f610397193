package org.frontline.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * An executor that holds its tasks until {@link #open()}, then hands them (and every later one) to
 * its target. The viewer builds its control areas and reads the complete catalog through them,
 * opened when the first map is on screen: on a two-core machine that work would otherwise share the
 * cores with the start-up (JavaFX, the basemap, the first frame) and delay the first picture; the
 * areas and the other claims appear a moment later instead.
 *
 * <p>Thread safety: thread-safe.
 */
final class StartGate implements Executor {
    private final Executor target;
    private final List<Runnable> held = new ArrayList<>();
    private boolean open;

    StartGate(Executor target) {
        this.target = target;
    }

    @Override
    public synchronized void execute(Runnable task) {
        if (open) {
            target.execute(task);
        } else {
            held.add(task);
        }
    }

    /**
     * Releases the held tasks in their order; later tasks go straight to the target. Idempotent.
     * When the target was shut down meanwhile (the window closed before its first frame), the held
     * tasks are dropped: nobody is left to see what they would build.
     */
    synchronized void open() {
        if (!open) {
            open = true;
            try {
                held.forEach(target::execute);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // the viewer is closing
            }
            held.clear();
        }
    }
}
