package org.frontline.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.frontline.store.Store;
import picocli.CommandLine.Option;

/**
 * The {@code --db FILE} option every command shares (a picocli mixin), and where the default
 * store lives: the user's data directory, created on first use.
 */
public final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE",
            description = "Store file (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:frontline.db:-" + "${env:FRONTLINE_DB:-}}")
    private Path db;

    /** The store file this command works on. */
    public Path file() {
        return db == null || db.toString().isBlank() ? defaultFile() : db;
    }

    public boolean isDefault() {
        return db == null || db.toString().isBlank();
    }

    public Store open() {
        return Store.open(file());
    }

    /** {@code $XDG_DATA_HOME/frontline/frontline.db} on Linux, the platform's usual place elsewhere. */
    public static Path defaultFile() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        Path dir;
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            dir = Path.of(appData != null ? appData : home, "Frontline");
        } else if (os.contains("mac")) {
            dir = Path.of(home, "Library", "Application Support", "Frontline");
        } else {
            String xdg = System.getenv("XDG_DATA_HOME");
            dir = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share")).resolve("frontline");
        }
        return dir.resolve("frontline.db");
    }
}
