package org.frontline.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.frontline.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 200 MB article with the size limit raised above it, ingested by a child JVM with a small heap
 * (256 MB): the run must end normally, either storing the article or refusing it with a message
 * naming the file, and never die of an {@link OutOfMemoryError} that loses the report.
 */
class HugeInputTest {
    @TempDir
    Path dir;

    @Test
    void aRaisedLimitDoesNotBringDownTheRunOnASmallHeap() throws Exception {
        Path huge = dir.resolve("huge.txt");
        byte[] block = "Made-up filler line about nothing in particular, repeated to fill space.\n"
                .repeat(14_000).getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(huge), 1 << 20)) {
            for (long written = 0; written < 200L << 20; written += block.length) {
                out.write(block);
            }
        }
        Path db = dir.resolve("huge.db");
        Path log = dir.resolve("child.log");
        Process child = ChildJvm.start(log, List.of(), IngestChild.class, db.toString(), huge.toString(),
                String.valueOf(300L << 20));
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child hung");
        String out = Files.readString(log);
        assertEquals(0, child.exitValue(), out);
        assertTrue(out.contains("done added=1 failed=0") || out.contains("failure: " + huge), out);
        assertTrue(!out.contains("OutOfMemoryError") || out.contains("failure: " + huge), out);
        try (Store store = Store.open(db)) {
            assertEquals("ok", store.read(CountedCorpus::check).integrity());
        }
        System.out.println("huge input with a raised limit: " + out.lines().filter(l -> l.startsWith("failure")
                || l.startsWith("done")).toList());
    }
}
