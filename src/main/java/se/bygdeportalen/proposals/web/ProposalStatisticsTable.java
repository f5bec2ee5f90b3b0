package se.bygdeportalen.proposals.web;

import java.util.List;
import se.bygdeportalen.platform.web.Cell;

/** A table of the statistics page, for the {@code components/table} template. */
public record ProposalStatisticsTable(
        String id, String caption, List<String> headers, List<List<Cell>> rows, List<Boolean> numeric) {}
