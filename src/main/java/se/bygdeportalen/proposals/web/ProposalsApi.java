package se.bygdeportalen.proposals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.bygdeportalen.proposals.internal.ProposalExportRepository;
import se.bygdeportalen.proposals.internal.ProposalExportRow;
import se.bygdeportalen.proposals.internal.ProposalListQuery;

/** The public, read-only JSON API for citizen proposals. */
@RestController
@Tag(
        name = "Proposals",
        description = "Citizen proposals (medborgarförslag): published proposals, their handling and answers")
public class ProposalsApi {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final Pattern REFERENCE = Pattern.compile("(\\d{4})-(\\d{1,6})");

    /** A page of proposals. */
    @Schema(name = "ProposalPage")
    public record ProposalApiPage(
            @Schema(description = "Proposals on this page") List<ProposalExportRow> items,
            @Schema(description = "Page number, from 1") int page,
            @Schema(description = "Page size") int size,

            @Schema(description = "Number of proposals matching the filters")
            long total,

            @Schema(description = "Number of pages") long totalPages) {}

    /** An error in plain words. */
    @Schema(name = "ProposalApiError")
    public record ProposalApiError(int status, String message) {}

    private final ProposalExportRepository repository;

    ProposalsApi(ProposalExportRepository repository) {
        this.repository = repository;
    }

    @GetMapping(value = "/api/v1/proposals", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "List published proposals",
            description =
                    "Published, not hidden proposals, newest first. Filters combine; unknown filter values are ignored. "
                            + "Only public fields: the proposer's name, never contact details or personal identity numbers.")
    public ResponseEntity<ProposalApiPage> list(
            @Parameter(description = "Full-text search in Swedish, Finnish and Meänkieli word forms")
                    @RequestParam(required = false)
                    @Nullable
                    String q,
            @Parameter(description = "PUBLISHED, REFERRED or ANSWERED") @RequestParam(required = false) @Nullable
                    String status,
            @Parameter(description = "Category slug") @RequestParam(required = false) @Nullable String category,
            @Parameter(description = "Case year, e.g. 2026") @RequestParam(required = false) @Nullable String year,
            @Parameter(description = "Village slug, e.g. juoksengi") @RequestParam(required = false) @Nullable
                    String village,
            @Parameter(description = "Page number, from 1") @RequestParam(required = false) @Nullable String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @RequestParam(required = false) @Nullable
                    String size) {
        int pageSize = size != null && size.matches("\\d{1,9}")
                ? Math.clamp(Integer.parseInt(size), 1, MAX_SIZE)
                : DEFAULT_SIZE;
        ProposalListQuery query =
                ProposalListQuery.parse(status, category, year, village, q, "newest", page, null, null);
        ProposalExportRepository.Page result = repository.page(query, pageSize);
        return ok(new ProposalApiPage(
                result.rows(), query.page(), pageSize, result.total(), (result.total() + pageSize - 1) / pageSize));
    }

    @GetMapping(value = "/api/v1/proposals/{reference}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "One published proposal",
            description = "By its reference, the year and number of its case, e.g. 2026-17.")
    @ApiResponse(responseCode = "200", description = "The proposal")
    @ApiResponse(responseCode = "404", description = "No published proposal has this reference")
    public ResponseEntity<?> one(
            @Parameter(description = "Year and number, e.g. 2026-17", example = "2026-17") @PathVariable
                    String reference) {
        Matcher m = REFERENCE.matcher(reference);
        if (!m.matches()) {
            return error(HttpStatus.NOT_FOUND, "Write the reference as year-number, e.g. 2026-17.");
        }
        return repository
                .byReference(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
                .<ResponseEntity<?>>map(ProposalsApi::ok)
                .orElseGet(() ->
                        error(HttpStatus.NOT_FOUND, "No published proposal has the reference " + reference + "."));
    }

    private static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(body);
    }

    private static ResponseEntity<ProposalApiError> error(HttpStatus status, String message) {
        return ResponseEntity.status(status)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(new ProposalApiError(status.value(), message));
    }
}
