package se.bygdeportalen.proposals.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.util.UriComponentsBuilder;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.api.InvalidPageRequestException;
import se.bygdeportalen.platform.api.KeysetRequest;
import se.bygdeportalen.platform.api.PageLimits;
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

            @Schema(description = "Page number, from 1 (1 when the page was reached through a cursor)")
            int page,

            @Schema(description = "Page size") int size,

            @Schema(description = "Number of proposals matching the filters, counted up to 1000 (see totalCapped)")
            long total,

            @Schema(description = "Number of pages of total")
            long totalPages,

            @Schema(description = "True when more than 1000 proposals match: total is then 1000")
            boolean totalCapped,

            @Schema(
                    description =
                            "Absolute URL of the next page; null on the last page. Follow it to read the whole list.",
                    nullable = true)
            @Nullable
            String next) {}

    /** An error in plain words. */
    @Schema(name = "ProposalApiError")
    public record ProposalApiError(int status, String message) {}

    private static final String PATH = "/api/v1/proposals";
    private static final PageLimits LIMITS = new PageLimits(DEFAULT_SIZE, MAX_SIZE);

    private final ProposalExportRepository repository;
    private final String baseUrl;

    ProposalsApi(ProposalExportRepository repository, PlatformProperties properties) {
        this.repository = repository;
        this.baseUrl = properties.baseUrl();
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
            @Parameter(description = "PUBLISHED, REFERRED or ANSWERED") @RequestParam(required = false) String status,
            @Parameter(description = "Category slug") @RequestParam(required = false) String category,
            @Parameter(description = "Case year, e.g. 2026") @RequestParam(required = false) String year,
            @Parameter(description = "Village slug, e.g. juoksengi") @RequestParam(required = false) String village,
            @Parameter(
                            description =
                                    "Page number, from 1; pages within the first 1000 proposals only (follow next beyond)")
                    @RequestParam(required = false)
                    String page,
            @Parameter(description = "Page size, 1 to 100 (default 20)") @RequestParam(required = false) String size,
            @Parameter(description = "The position to continue from, as given in next; never built by hand")
                    @RequestParam(required = false)
                    String cursor) {
        int pageSize = size != null && size.matches("\\d{1,9}")
                ? Math.clamp(Integer.parseInt(size), 1, MAX_SIZE)
                : DEFAULT_SIZE;
        ProposalListQuery query =
                ProposalListQuery.parse(status, category, year, village, q, "newest", page, null, null);
        KeysetRequest parsed = KeysetRequest.parse(
                PATH,
                Integer.toString(pageSize),
                cursor,
                LIMITS,
                "q",
                query.q(),
                "status",
                query.status(),
                "category",
                query.category(),
                "year",
                query.year() == null ? null : query.year().toString(),
                "village",
                query.village());
        long skipped = (long) (query.page() - 1) * pageSize;
        if (parsed.firstPage() && skipped > KeysetRequest.MAX_SKIP) {
            throw new InvalidPageRequestException(
                    "page",
                    "Page numbers reach the first " + KeysetRequest.MAX_SKIP
                            + " proposals; follow next to read further.");
        }
        KeysetRequest request = parsed.firstPage()
                ? new KeysetRequest(PATH, parsed.filters(), pageSize, null, false, (int) skipped)
                : parsed;
        ProposalExportRepository.Page result = repository.page(query, request);
        long total = result.total().value();
        return ok(new ProposalApiPage(
                result.rows().items(),
                parsed.firstPage() ? query.page() : 1,
                pageSize,
                total,
                (total + pageSize - 1) / pageSize,
                result.total().capped(),
                result.rows().last() ? null : next(request, result.rows().nextCursor())));
    }

    /** The next page's link on the site's public address, with the filters, the size and the cursor. */
    private String next(KeysetRequest request, @Nullable String cursor) {
        UriComponentsBuilder link = UriComponentsBuilder.fromUriString(baseUrl).path(PATH);
        Map<String, Object> values = new HashMap<>();
        request.filters().forEach((name, value) -> {
            link.queryParam(name, "{f" + values.size() + "}");
            values.put("f" + values.size(), value);
        });
        values.put("size", request.limit());
        values.put("cursor", cursor);
        return link.queryParam("size", "{size}")
                .queryParam("cursor", "{cursor}")
                .encode()
                .buildAndExpand(values)
                .toUriString();
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
