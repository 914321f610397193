package org.frontline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.frontline.gazetteer.Gazetteer;

/**
 * Corpus files of the benchmark: made once per size (seed 42) and reused while they exist. The
 * file name carries {@link #GENERATION}, so that a build folder never reuses a corpus written by an
 * older generator.
 */
final class SyntheticCorpusFiles {
    static final long SEED = 42;
    /** Raised whenever {@link SyntheticCorpus} or its templates change what they write. */
    static final int GENERATION = 2;

    private SyntheticCorpusFiles() {
    }

    static Path of(Gazetteer gazetteer, Path dir, int articles) throws IOException {
        String name = "corpus-g" + GENERATION + "-" + articles + ".jsonl";
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            Path tmp = dir.resolve(name + ".part");
            new SyntheticCorpus(gazetteer, SEED).write(tmp, articles);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
