package org.frontline.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import org.frontline.render.Frame;

/**
 * With {@code -Dfrontline.reportStartup=true}, prints how long after the JVM started the first map
 * was on screen (the cold-start figure of the README); with {@code -Dfrontline.exitAfterFirstFrame=true}
 * the viewer then quits, for benchmarks.
 */
final class StartupReport {
    private StartupReport() {
    }

    /** Prints when a start-up phase ended (with {@code -Dfrontline.reportStartup=true}), to see where the time goes. */
    static void mark(String phase) {
        if (Boolean.getBoolean("frontline.reportStartup")) {
            long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.err.println("frontline: " + phase + " at " + ms + " ms, " + cpuMillis() + " ms CPU ("
                    + Thread.currentThread().getName() + ")");
        }
    }

    /** CPU time of the whole process so far: on a loaded machine wall times stretch, this does not. */
    private static long cpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }

    static void install(MapCanvas map) {
        if (!Boolean.getBoolean("frontline.reportStartup")) {
            return;
        }
        map.frameProperty().addListener(new ChangeListener<Frame>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Frame> o, Frame a, Frame f) {
                map.frameProperty().removeListener(this);
                long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                System.err.println("frontline: first map drawn " + ms + " ms after JVM start (" + cpuMillis()
                        + " ms of CPU in all threads)");
                if (Boolean.getBoolean("frontline.exitAfterFirstFrame")) {
                    Platform.runLater(Platform::exit);
                }
            }
        });
    }
}
