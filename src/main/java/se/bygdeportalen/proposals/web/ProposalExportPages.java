package se.bygdeportalen.proposals.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.opendata.OpenDataResponses;
import se.bygdeportalen.proposals.internal.ProposalExportRepository;
import se.bygdeportalen.proposals.internal.ProposalExportRow;
import se.bygdeportalen.proposals.internal.ProposalListQuery;
import tools.jackson.databind.json.JsonMapper;

/**
 * Public proposals as open data files, with the same filters as the list page:
 * {@code /sv/medborgarforslag.csv} and {@code /sv/medborgarforslag.json}. The columns are the same
 * in every language (stable, English snake_case / camelCase names); only public fields.
 */
@Controller
public class ProposalExportPages {

    private final ProposalExportRepository repository;
    private final JsonMapper json;

    ProposalExportPages(ProposalExportRepository repository, JsonMapper json) {
        this.repository = repository;
        this.json = json;
    }

    @GetMapping("/" + Lang.PATH + "/medborgarforslag.csv")
    public ResponseEntity<byte[]> csv(
            @PathVariable String lang,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String village) {
        List<ProposalExportRow> rows = repository.all(query(q, status, category, year, village));
        return OpenDataResponses.csv(
                "medborgarforslag.csv",
                ProposalExportRow.CSV_HEADER,
                rows.stream().map(ProposalExportRow::csvCells).toList());
    }

    @GetMapping("/" + Lang.PATH + "/medborgarforslag.json")
    public ResponseEntity<byte[]> json(
            @PathVariable String lang,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String village) {
        List<ProposalExportRow> rows = repository.all(query(q, status, category, year, village));
        return OpenDataResponses.download(
                MediaType.APPLICATION_JSON, "medborgarforslag.json", json.writeValueAsBytes(rows));
    }

    public static ProposalListQuery query(
            @Nullable String q,
            @Nullable String status,
            @Nullable String category,
            @Nullable String year,
            @Nullable String village) {
        return ProposalListQuery.parse(status, category, year, village, q, "newest", "1", null, null);
    }
}
