package org.frontline.render;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs repaint requests in the background and hands each result to the display thread, merging
 * requests that arrive while a repaint is under way: only the latest waiting request is drawn,
 * none is rejected, nothing polls (after SIS {@code MapCanvas.requestRepaint}).
 *
 * <p>Thread safety: {@link #request} may be called from any thread. {@code work} runs on the
 * background executor, one request at a time; {@code show} runs on the display executor, in
 * request order. Tests inject direct executors to make it synchronous.
 *
 * @param <Q> a request (an immutable copy of the state to draw)
 * @param <F> a finished frame
 */
public final class RepaintScheduler<Q, F> {
    private final Executor background;
    private final Executor display;
    private final Function<Q, F> work;
    private final Consumer<F> show;
    private final Consumer<RuntimeException> failure;
    private final AtomicReference<Q> pending = new AtomicReference<>();
    private final AtomicBoolean running = new AtomicBoolean();

    public RepaintScheduler(Executor background, Executor display, Function<Q, F> work, Consumer<F> show,
                            Consumer<RuntimeException> failure) {
        this.background = Objects.requireNonNull(background);
        this.display = Objects.requireNonNull(display);
        this.work = Objects.requireNonNull(work);
        this.show = Objects.requireNonNull(show);
        this.failure = Objects.requireNonNull(failure);
    }

    /**
     * Asks for {@code request} to be drawn; replaces any request still waiting. Once the background
     * executor is shut down (the window is closing) requests are dropped.
     */
    public void request(Q request) {
        pending.set(Objects.requireNonNull(request));
        if (running.compareAndSet(false, true)) {
            try {
                background.execute(this::drain);
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                pending.set(null);
                running.set(false);
            }
        }
    }

    private void drain() {
        while (true) {
            Q next = pending.getAndSet(null);
            if (next == null) {
                running.set(false);
                // A request may have slipped in between the read and the flag; take it if nobody else did.
                if (pending.get() == null || !running.compareAndSet(false, true)) {
                    return;
                }
                continue;
            }
            try {
                F frame = work.apply(next);
                display.execute(() -> show.accept(frame));
            } catch (RuntimeException e) {
                display.execute(() -> failure.accept(e));
            }
        }
    }
}
