package org.frontline.ingest;

import java.util.List;

/**
 * What an ingest run did. Immutable.
 *
 * @param totals    the final counts
 * @param problems  every problem, in the order met
 * @param cancelled true when the run was cancelled before reading all input
 */
public record IngestReport(IngestProgress totals, List<IngestProblem> problems, boolean cancelled) {
    public IngestReport {
        problems = List.copyOf(problems);
    }

    /** True when no article or file failed. Warnings and notes do not count. */
    public boolean allStored() {
        return problems.stream().noneMatch(p -> p.severity() == IngestProblem.Severity.FAILED);
    }

    public List<IngestProblem> failures() {
        return problems.stream().filter(p -> p.severity() == IngestProblem.Severity.FAILED).toList();
    }
}
