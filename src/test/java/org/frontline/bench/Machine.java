package org.frontline.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The facts of the machine a benchmark ran on, for the table's header. */
final class Machine {
    private Machine() {
    }

    static List<String> facts() {
        Runtime rt = Runtime.getRuntime();
        return List.of(
                "Frontline benchmark, " + java.time.LocalDateTime.now().withNano(0),
                String.format(Locale.ROOT, "cores: %d (nproc); CPU: %s; memory: %s; load average at start: %.2f",
                        rt.availableProcessors(), cpuModel(), memTotal(),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()),
                String.format(Locale.ROOT, "java: %s %s (%s); max heap %d MB; GC: %s", System.getProperty("java.vm.name"),
                        System.getProperty("java.runtime.version"), System.getProperty("os.arch"), rt.maxMemory() >> 20,
                        String.join("+", ManagementFactory.getGarbageCollectorMXBeans().stream().map(g -> g.getName()).toList())));
    }

    private static String cpuModel() {
        return procLine("/proc/cpuinfo", "model name");
    }

    private static String memTotal() {
        return procLine("/proc/meminfo", "MemTotal");
    }

    private static String procLine(String file, String key) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown");
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
