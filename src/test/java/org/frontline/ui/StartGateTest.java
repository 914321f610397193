package org.frontline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** The gate that holds the area build until the first frame. */
class StartGateTest {
    @Test
    void holdsTasksUntilOpenedThenRunsThemInOrderAndLaterOnesAtOnce() {
        List<String> ran = new ArrayList<>();
        StartGate gate = new StartGate(Runnable::run);
        gate.execute(() -> ran.add("a"));
        gate.execute(() -> ran.add("b"));
        assertEquals(List.of(), ran, "held while closed");
        gate.open();
        assertEquals(List.of("a", "b"), ran);
        gate.execute(() -> ran.add("c"));
        gate.open();
        assertEquals(List.of("a", "b", "c"), ran, "straight through once open; opening twice runs nothing again");
    }

    @Test
    void openingAfterTheTargetShutDownDropsTheHeldTasksQuietly() {
        ExecutorService target = Executors.newSingleThreadExecutor();
        StartGate gate = new StartGate(target);
        gate.execute(() -> { });
        target.shutdownNow();
        gate.open(); // the window closed before its first frame: no exception
    }
}
