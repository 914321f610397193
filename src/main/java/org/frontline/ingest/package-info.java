/**
 * Files in, articles and claims stored: the first room of the flow.
 *
 * <p>{@link org.frontline.ingest.Ingester} walks the inputs ({@link org.frontline.ingest.InputWalker}),
 * reads each file with the {@link org.frontline.ingest.DocumentReader} for its kind (plain text,
 * Markdown, HTML, JSON Lines and CSV corpora, decoded by {@link org.frontline.ingest.TextDecoder}),
 * makes the text canonical and hashes it ({@link org.frontline.ingest.CanonicalText}), skips what is
 * already stored with the current analysis, settles the publication date
 * ({@link org.frontline.ingest.DateResolver}: flag, manifest, corpus or HTML metadata, dateline,
 * else unknown), analyses articles in parallel through the {@link org.frontline.ingest.ArticleAnalyser}
 * port, and stores them from a single writer, several articles per transaction, each whole.
 *
 * <p>Problems never stop a run: each becomes an {@link org.frontline.ingest.IngestProblem} naming the
 * file, the line when there is one, and the reason. Progress and problems reach an
 * {@link org.frontline.ingest.IngestListener}; a {@link org.frontline.ingest.Cancellation} stops a run
 * early. Nothing here knows of JavaFX or of the command line.
 */
package org.frontline.ingest;
