package se.bygdeportalen.proposals.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
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
 * in every language (stable, English snake_case / camelCase names); only public fields. Both are
 * written while the rows stream from the database, so memory stays flat however many there are.
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
    public void csv(
            @PathVariable String lang,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String village,
            HttpServletResponse response)
            throws IOException {
        ProposalListQuery query = query(q, status, category, year, village);
        OpenDataResponses.csv(
                response,
                "medborgarforslag.csv",
                ProposalExportRow.CSV_HEADER,
                out -> repository.forEach(query, row -> out.accept(row.csvCells())));
    }

    @GetMapping("/" + Lang.PATH + "/medborgarforslag.json")
    public void json(
            @PathVariable String lang,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String village,
            HttpServletResponse response)
            throws IOException {
        ProposalListQuery query = query(q, status, category, year, village);
        OpenDataResponses.jsonArray(
                response, "medborgarforslag.json", json, out -> repository.forEach(query, out::accept));
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
