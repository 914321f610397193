package org.frontline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.frontline.gazetteer.Gazetteer;

/** Corpus files of the benchmark: made once per size (seed 42) and reused while they exist. */
final class SyntheticCorpusFiles {
    static final long SEED = 42;

    private SyntheticCorpusFiles() {
    }

    static Path of(Gazetteer gazetteer, Path dir, int articles) throws IOException {
        Path file = dir.resolve("corpus-" + articles + ".jsonl");
        if (!Files.exists(file)) {
            Path tmp = dir.resolve("corpus-" + articles + ".jsonl.part");
            new SyntheticCorpus(gazetteer, SEED).write(tmp, articles);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
