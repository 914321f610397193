package org.frontline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes one export file safely: the content goes to a temporary file beside the target and is
 * moved over it in one step once complete, so that a failed or cancelled export never leaves a
 * half-written file and never writes anywhere but the chosen path and its folder. The folder must
 * already exist: exports do not create folders the user did not ask for.
 *
 * <p>Thread safety: stateless; concurrent exports to different targets are independent.
 */
public final class OutputFile {
    /** Writes the content of a file to a stream it must not close. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the content of a file given by path (for libraries that open the file themselves). */
    @FunctionalInterface
    public interface FileContent {
        void writeTo(Path file) throws IOException;
    }

    private OutputFile() {
    }

    /** Checks that {@code target} can be written: its folder exists and is writable, and it is no folder. */
    public static Path checkWritable(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new InvalidExportException(target + ": the folder " + parent + " does not exist; create it first");
        }
        if (Files.isDirectory(abs)) {
            throw new InvalidExportException(target + ": is a folder; give a file name");
        }
        if (!Files.isWritable(parent) || Files.exists(abs) && !Files.isWritable(abs)) {
            throw new InvalidExportException(target + ": cannot be written here (permission denied)");
        }
        return abs;
    }

    /** Writes {@code content} to {@code target} through a temporary file and an atomic move. */
    public static void write(Path target, Content content) {
        writeFile(target, tmp -> {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
        });
    }

    /** Like {@link #write}, for content that a library writes to a path of its own. */
    public static void writeFile(Path target, FileContent content) {
        Path abs = checkWritable(target);
        Path tmp = null;
        try {
            String name = abs.getFileName().toString();
            int dot = name.lastIndexOf('.');
            // keep the extension last: some writers (GeoPackage) check it
            tmp = Files.createTempFile(abs.getParent(), "." + name + ".", dot > 0 ? name.substring(dot) : ".part");
            Files.delete(tmp); // some writers (GeoPackage) insist on creating the file themselves
            content.writeTo(tmp);
            move(tmp, abs);
        } catch (AccessDeniedException e) {
            throw new InvalidExportException(target + ": cannot be written here (permission denied)");
        } catch (IOException e) {
            throw new ExportException(target + ": cannot write it: " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Removes a leftover temporary file; a failure here must not hide the export's own error. */
    static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            java.util.logging.Logger.getLogger(OutputFile.class.getName())
                    .log(java.util.logging.Level.WARNING, "cannot remove temporary file " + tmp, e);
        }
    }
}
