package se.bygdeportalen.decisions.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;
import se.bygdeportalen.decisions.internal.AgendaItem;
import se.bygdeportalen.decisions.internal.Assessment;
import se.bygdeportalen.decisions.internal.Category;
import se.bygdeportalen.decisions.internal.Decision;
import se.bygdeportalen.decisions.internal.DecisionRepository;
import se.bygdeportalen.decisions.internal.Meeting;
import se.bygdeportalen.decisions.internal.MeetingDocument;
import se.bygdeportalen.decisions.internal.MeetingRepository;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.api.CappedCount;
import se.bygdeportalen.platform.api.InvalidPageRequestException;
import se.bygdeportalen.platform.api.KeysetPage;
import se.bygdeportalen.platform.api.KeysetRequest;
import se.bygdeportalen.platform.api.PageLimits;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.search.TextSearch;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * The open JSON API for meetings, agenda items and decisions, named after OParl 1.1 (Meeting,
 * AgendaItem, File, Consultation with its Paper): {@code id} is the object's URL, lists are paged
 * with {@code pagination} and {@code links}, bodies are referred to by their slug in
 * {@code organization} (the organisation module publishes them in Popolo form). Decisions are an
 * extension: OParl keeps them inside the agenda item; here they carry their impact assessments.
 * Politicians' names in reservations and approvals are public; no personal identity numbers exist here.
 */
@RestController
@Tag(
        name = "Meetings and decisions",
        description = "Meetings of the municipality's bodies, their agendas and decisions (OParl-style)")
public class DecisionsApi {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final MeetingRepository meetings;
    private final DecisionRepository decisions;
    private final Organisation organisation;
    private final MeetingViews views;
    private final PlatformProperties properties;

    DecisionsApi(
            MeetingRepository meetings,
            DecisionRepository decisions,
            Organisation organisation,
            MeetingViews views,
            PlatformProperties properties) {
        this.meetings = meetings;
        this.decisions = decisions;
        this.organisation = organisation;
        this.views = views;
        this.properties = properties;
    }

    @Schema(description = "OParl-style paging: how many objects there are and which page this is")
    record Pagination(long totalElements, int elementsPerPage, int currentPage, int totalPages) {}

    @Schema(description = "Links to the first, previous, next and last pages (null where there is none)")
    record Links(
            String first,
            @Nullable String prev,
            @Nullable String next,
            @Nullable String last) {}

    @Schema(description = "A PDF document (OParl File)")
    record FileJson(String type, String name, String mimeType, long size, String accessUrl) {}

    @Schema(description = "A meeting (OParl Meeting). Times are local to Europe/Stockholm with their offset.")
    record MeetingJson(
            String id,
            String type,
            String name,
            String meetingState,
            boolean cancelled,
            String start,
            String end,
            Map<String, String> location,
            @Nullable String onlineLink,
            List<String> organization,
            @Nullable LocalDate invitationPublishedOn,
            @Nullable LocalDate minutesApprovedOn,
            List<String> minutesApprovers,
            @Nullable LocalDate minutesApprovalPostedOn,
            @Nullable FileJson resultsProtocol,
            List<FileJson> auxiliaryFile,
            List<String> agendaItem,
            String web,
            String modified) {}

    @Schema(
            description =
                    "The body's consideration of a paper (OParl Consultation); the paper is identified by its case number")
    record ConsultationJson(String type, @Nullable Map<String, String> paper, List<String> organization) {}

    @Schema(description = "An item on a meeting's agenda (OParl AgendaItem)")
    record AgendaItemJson(
            String id,
            String type,
            String meeting,
            int number,
            String name,
            Map<String, String> nameTranslations,
            ConsultationJson consultation,
            List<String> decision,
            List<FileJson> auxiliaryFile,
            @Nullable Long proposal,
            String web) {}

    @Schema(
            description =
                    "One impact assessment: ASSESSED (text is the assessment), NOT_RELEVANT (text is the reason) or MISSING")
    record AssessmentJson(
            String status, @Nullable String text, @Nullable Map<String, @Nullable Boolean> checklist) {}

    @Schema(
            description =
                    "A decision (extension of OParl): paragraph per body and year, vote, reservations, links and impact assessments")
    record DecisionJson(
            String id,
            String type,
            String meeting,
            @Nullable String agendaItem,
            List<String> organization,
            String reference,
            int year,
            int paragraph,
            LocalDate decidedOn,
            @Nullable String caseNumber,
            String name,
            Map<String, String> nameTranslations,
            String text,
            Map<String, String> textTranslations,
            String category,
            @Nullable Map<String, Integer> vote,
            @Nullable String reservations,
            @Nullable Long proposal,
            @Nullable String proposalWeb,
            @Nullable String budgetReference,
            List<String> earlierDecision,
            Map<String, AssessmentJson> assessments,
            String web) {}

    record MeetingList(List<MeetingJson> data, Pagination pagination, Links links) {}

    record AgendaItemList(List<AgendaItemJson> data, Pagination pagination, Links links) {}

    record DecisionList(List<DecisionJson> data, Pagination pagination, Links links) {}

    @GetMapping("/api/v1/meetings")
    @Operation(
            summary = "Meetings, newest first",
            description = "Paged list of meetings, cancelled ones included (cancelled: true).")
    ResponseEntity<MeetingList> meetings(
            @Parameter(description = "Body slug, e.g. kommunfullmaktige") @RequestParam(required = false) @Nullable
                    String organization,
            @Parameter(description = "Calendar year of the meeting") @RequestParam(required = false) String year,
            @Parameter(description = PAGE) @RequestParam(defaultValue = "1") String page,
            @Parameter(description = "Objects per page, at most 100") @RequestParam(defaultValue = "20") String limit,
            @Parameter(description = CURSOR) @RequestParam(required = false) String cursor) {
        Long bodyId = bodyId(organization);
        Integer y = DecisionPages.intOrNull(year);
        Map<String, @Nullable String> query = query("organization", organization, "year", year);
        Paged paged = paged("/api/v1/meetings", page, limit, cursor, query);
        CappedCount total = bodyId != null && bodyId < 0 ? CappedCount.ZERO : meetings.countAll(bodyId, y);
        KeysetRequest request = paged.clamped(total);
        KeysetPage<Meeting> found = total.isZero() ? request.pageOf(List.of()) : meetings.all(bodyId, y, request);
        return ok(
                new MeetingList(meetingJson(found.items()), paged.pagination(total), paged.links(total, found, query)));
    }

    @GetMapping("/api/v1/meetings/{id}")
    @Operation(summary = "One meeting")
    ResponseEntity<MeetingJson> meeting(@PathVariable long id) {
        return ok(meetingJson(List.of(meetings.find(id).orElseThrow(Problem::notFound)))
                .getFirst());
    }

    @GetMapping("/api/v1/agenda-items")
    @Operation(
            summary = "Agenda items, newest meeting first",
            description = "Paged list of agenda items with their decisions and documents.")
    ResponseEntity<AgendaItemList> agendaItems(
            @Parameter(description = "Body slug") @RequestParam(required = false) String organization,
            @Parameter(description = PAGE) @RequestParam(defaultValue = "1") String page,
            @Parameter(description = "Objects per page, at most 100") @RequestParam(defaultValue = "20") String limit,
            @Parameter(description = CURSOR) @RequestParam(required = false) String cursor) {
        Long bodyId = bodyId(organization);
        Map<String, @Nullable String> query = query("organization", organization);
        Paged paged = paged("/api/v1/agenda-items", page, limit, cursor, query);
        CappedCount total = bodyId != null && bodyId < 0 ? CappedCount.ZERO : meetings.countAgendaCapped(bodyId);
        KeysetRequest request = paged.clamped(total);
        KeysetPage<AgendaItem> found = total.isZero() ? request.pageOf(List.of()) : meetings.agenda(bodyId, request);
        List<AgendaItem> items = found.items();
        Set<Long> meetingIds = items.stream().map(AgendaItem::meetingId).collect(Collectors.toSet());
        Map<Long, Meeting> byId =
                meetings.byIds(meetingIds).stream().collect(Collectors.toMap(Meeting::id, Function.identity()));
        List<Decision> taken = decisions.byMeetings(meetingIds);
        List<MeetingDocument> documents = meetings.documentsOf(meetingIds);
        List<AgendaItemJson> data = new ArrayList<>();
        for (AgendaItem item : items) {
            Meeting m = Objects.requireNonNull(byId.get(item.meetingId()), "each item's meeting was read above");
            data.add(new AgendaItemJson(
                    api("/agenda-items?meeting=" + item.meetingId() + "#" + item.number()),
                    "https://schema.oparl.org/1.1/AgendaItem",
                    api("/meetings/" + item.meetingId()),
                    item.number(),
                    item.title().swedish(),
                    translations(item.title()),
                    new ConsultationJson(
                            "https://schema.oparl.org/1.1/Consultation",
                            item.caseNumber() == null ? null : Map.of("reference", item.caseNumber()),
                            List.of(m.bodySlug())),
                    taken.stream()
                            .filter(d -> Long.valueOf(item.id()).equals(d.agendaItemId()))
                            .map(d -> api("/decisions/" + d.id()))
                            .toList(),
                    documents.stream()
                            .filter(d -> Long.valueOf(item.id()).equals(d.agendaItemId()))
                            .map(d -> file(d, m))
                            .toList(),
                    item.proposalId(),
                    web("/sammantraden/" + item.meetingId() + "#arende-" + item.number())));
        }
        return ok(new AgendaItemList(data, paged.pagination(total), paged.links(total, found, query)));
    }

    @GetMapping("/api/v1/decisions")
    @Operation(
            summary = "Decisions, newest first",
            description = "Paged, filterable list of decisions with their impact assessments. "
                    + "q searches Swedish and Finnish word forms.")
    ResponseEntity<DecisionList> decisionList(
            @Parameter(description = "Words to search for") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "Body slug") @RequestParam(required = false) @Nullable String organization,
            @Parameter(description = "Year of the decision") @RequestParam(required = false) @Nullable String year,
            @Parameter(description = "Category, e.g. ECONOMY") @RequestParam(required = false) @Nullable
                    String category,
            @Parameter(description = "Which assessment the status filter applies to: GENDER, HEALTH or CHILD")
                    @RequestParam(required = false)
                    @Nullable
                    String assessment,
            @Parameter(description = "Assessment status: ASSESSED, NOT_RELEVANT or MISSING")
                    @RequestParam(required = false)
                    @Nullable
                    String status,
            @Parameter(description = PAGE) @RequestParam(defaultValue = "1") String page,
            @Parameter(description = "Objects per page, at most 100") @RequestParam(defaultValue = "20") String limit,
            @Parameter(description = CURSOR) @RequestParam(required = false) String cursor) {
        Long bodyId = bodyId(organization);
        DecisionRepository.Filter filter = new DecisionRepository.Filter(
                TextSearch.normalize(q).orElse(null),
                bodyId,
                DecisionPages.intOrNull(year),
                DecisionPages.enumOrNull(Category.class, category),
                DecisionPages.enumOrNull(Assessment.Kind.class, assessment),
                DecisionPages.enumOrNull(Assessment.Status.class, status),
                null);
        Map<String, @Nullable String> query = new HashMap<>();
        query.put("q", q);
        query.put("organization", organization);
        query.put("year", year);
        query.put("category", category);
        query.put("assessment", assessment);
        query.put("status", status);
        Paged paged = paged("/api/v1/decisions", page, limit, cursor, query);
        DecisionRepository.SeekPage result;
        if (bodyId != null && bodyId < 0) {
            result = new DecisionRepository.SeekPage(paged.request().pageOf(List.of()), CappedCount.ZERO);
        } else {
            result = decisions.seekPage(filter, paged.request());
            KeysetRequest clamped = paged.clamped(result.total());
            if (clamped != paged.request()) {
                result = decisions.seekPage(filter, clamped); // asked beyond the last page: the last one
            }
        }
        KeysetPage<Decision> found = result.page();
        return ok(new DecisionList(
                found.items().stream().map(d -> decisionJson(d, List.of())).toList(),
                paged.pagination(result.total()),
                paged.links(result.total(), found, query)));
    }

    @GetMapping("/api/v1/decisions/{id}")
    @Operation(summary = "One decision, with the earlier decisions it builds on")
    ResponseEntity<DecisionJson> decision(@PathVariable long id) {
        Decision d = decisions.find(id).orElseThrow(Problem::notFound);
        return ok(decisionJson(
                d,
                decisions.earlier(id).stream()
                        .map(e -> api("/decisions/" + e.id()))
                        .toList()));
    }

    private List<MeetingJson> meetingJson(List<Meeting> list) {
        Map<String, TranslatableText> names = views.bodyNames();
        LocalDate today = views.today();
        List<MeetingJson> data = new ArrayList<>();
        List<Long> ids = list.stream().map(Meeting::id).toList();
        List<AgendaItem> allItems = meetings.agendaOf(ids);
        List<MeetingDocument> allDocuments = meetings.documentsOf(ids);
        for (Meeting m : list) {
            List<AgendaItem> agenda =
                    allItems.stream().filter(i -> i.meetingId() == m.id()).toList();
            List<FileJson> files = allDocuments.stream()
                    .filter(d -> d.meetingId() == m.id())
                    .map(d -> file(d, m))
                    .toList();
            FileJson minutes = m.minutesFileId() == null
                    ? null
                    : new FileJson(
                            "https://schema.oparl.org/1.1/File",
                            "Protokoll",
                            "application/pdf",
                            0,
                            web("/sammantraden/" + m.id() + "/protokoll"));
            data.add(new MeetingJson(
                    api("/meetings/" + m.id()),
                    "https://schema.oparl.org/1.1/Meeting",
                    MeetingViews.name(names, m.bodySlug()).raw(Lang.SV) + " " + m.date(),
                    m.status(today).name().toLowerCase(),
                    m.cancelled(),
                    m.start().toOffsetDateTime().toString(),
                    m.end().toOffsetDateTime().toString(),
                    Map.of("description", m.place()),
                    m.onlineLink(),
                    List.of(m.bodySlug()),
                    m.noticePostedOn(),
                    m.approvedOn(),
                    m.approvers(),
                    m.approvalPostedOn(),
                    minutes,
                    files,
                    agenda.stream()
                            .map(i -> api("/agenda-items?meeting=" + m.id() + "#" + i.number()))
                            .toList(),
                    web("/sammantraden/" + m.id()),
                    m.updatedAt().toString()));
        }
        return data;
    }

    private DecisionJson decisionJson(Decision d, List<String> earlier) {
        Map<String, Integer> vote = null;
        if (d.voted()) {
            vote = new HashMap<>();
            vote.put("yes", d.votesYes());
            vote.put("no", d.votesNo());
            vote.put("abstain", d.votesAbstain() == null ? 0 : d.votesAbstain());
        }
        Map<String, AssessmentJson> assessments = new java.util.LinkedHashMap<>();
        assessments.put("genderEquality", assessment(d.gender()));
        assessments.put("publicHealth", assessment(d.health()));
        assessments.put("childsBestInterest", assessment(d.child()));
        return new DecisionJson(
                api("/decisions/" + d.id()),
                "https://bygdeportalen.se/schema/1.0/Decision",
                api("/meetings/" + d.meetingId()),
                d.agendaItemId() == null ? null : api("/agenda-items?meeting=" + d.meetingId()),
                List.of(d.bodySlug()),
                d.reference(),
                d.year(),
                d.paragraph(),
                d.decidedOn(),
                d.caseNumber(),
                d.title().swedish(),
                translations(d.title()),
                d.body().swedish(),
                translations(d.body()),
                d.category().name(),
                vote,
                d.reservations(),
                d.proposalId(),
                d.proposalPath() == null ? null : web(d.proposalPath()),
                d.budgetReference(),
                earlier,
                assessments,
                web(d.path()));
    }

    private static AssessmentJson assessment(Assessment a) {
        Map<String, @Nullable Boolean> checklist = null;
        if (a.checklist() != null) {
            checklist = new java.util.LinkedHashMap<>();
            checklist.put("affectsWomenMenGirlsBoys", a.checklist().affects());
            checklist.put("sexDisaggregatedStatistics", a.checklist().statistics());
            checklist.put("consequencesDescribed", a.checklist().consequences());
            checklist.put("measuresForUnjustifiedDifferences", a.checklist().measures());
        }
        return new AssessmentJson(a.status().name(), a.text(), checklist);
    }

    private FileJson file(MeetingDocument d, Meeting m) {
        return new FileJson(
                "https://schema.oparl.org/1.1/File",
                d.title(),
                "application/pdf",
                d.sizeBytes(),
                web("/sammantraden/" + m.id() + "/dokument/" + d.fileId()));
    }

    private static Map<String, String> translations(TranslatableText text) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        text.values().forEach((lang, value) -> map.put(lang.code(), value));
        return map;
    }

    /** The body's id; -1 for an unknown slug (an empty list), null for none. */
    private @Nullable Long bodyId(@Nullable String slug) {
        if (slug == null || slug.isBlank()) {
            return null;
        }
        return organisation.body(slug.strip()).map(Body::id).orElse(-1L);
    }

    private static int limit(String raw) {
        return Math.max(1, Math.min(MAX_LIMIT, DecisionPages.intOr(raw, DEFAULT_LIMIT)));
    }

    static final String PAGE = "Page, from 1; page numbers reach the first 1000 objects, follow links.next beyond";
    static final String CURSOR = "Where to continue, as given in links.next; never built by hand";
    private static final PageLimits LIMITS = new PageLimits(DEFAULT_LIMIT, MAX_LIMIT);

    /**
     * A list request: by page number (the OParl way, within the first {@link KeysetRequest#MAX_SKIP}
     * objects) or by the cursor of a {@code links.next}, which reaches every object at the same cost.
     * Counts stop at {@link CappedCount#CAP}: beyond it {@code totalElements} is the cap and
     * {@code links.last} is null.
     */
    private record Paged(String path, KeysetRequest request, int page, boolean byCursor, DecisionsApi api) {

        /** The request for the last page when a page number lies beyond the (uncapped) count. */
        KeysetRequest clamped(CappedCount total) {
            if (byCursor || total.capped()) {
                return request;
            }
            int last = lastPage(total);
            if (page <= last) {
                return request;
            }
            return new KeysetRequest(
                    path, request.filters(), request.limit(), null, false, (last - 1) * request.limit());
        }

        int shownPage(CappedCount total) {
            return byCursor || total.capped() ? page : Math.min(page, lastPage(total));
        }

        private int lastPage(CappedCount total) {
            return (int) Math.max(1, (total.value() + request.limit() - 1) / request.limit());
        }

        Pagination pagination(CappedCount total) {
            return new Pagination(total.value(), request.limit(), shownPage(total), lastPage(total));
        }

        Links links(CappedCount total, KeysetPage<?> found, Map<String, @Nullable String> query) {
            int shown = shownPage(total);
            return new Links(
                    api.pageUrl(path, 1, request.limit(), query),
                    !byCursor && shown > 1 ? api.pageUrl(path, shown - 1, request.limit(), query) : null,
                    found.nextCursor() == null ? null : api.cursorUrl(path, found.nextCursor(), request.limit(), query),
                    total.capped() ? null : api.pageUrl(path, lastPage(total), request.limit(), query));
        }
    }

    private Paged paged(String path, String page, String limit, String cursor, Map<String, @Nullable String> query) {
        int size = limit(limit);
        String[] filters = new String[query.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(query).entrySet()) {
            filters[i++] = e.getKey();
            filters[i++] = e.getValue();
        }
        if (cursor != null && !cursor.isBlank()) {
            return new Paged(
                    path, KeysetRequest.parse(path, Integer.toString(size), cursor, LIMITS, filters), 1, true, this);
        }
        int p = Math.max(1, DecisionPages.intOr(page, 1));
        long skip = (long) (p - 1) * size;
        if (skip > KeysetRequest.MAX_SKIP) {
            throw new InvalidPageRequestException(
                    "page", "Page numbers reach the first " + KeysetRequest.MAX_SKIP + " objects; follow links.next.");
        }
        KeysetRequest base = KeysetRequest.parse(path, Integer.toString(size), null, LIMITS, filters);
        return new Paged(path, new KeysetRequest(path, base.filters(), size, null, false, (int) skip), p, false, this);
    }

    private String cursorUrl(String path, String cursor, int size, Map<String, @Nullable String> query) {
        UriComponentsBuilder b = UriComponentsBuilder.fromUriString(properties.baseUrl() + path);
        Map<String, Object> values = new HashMap<>();
        new java.util.TreeMap<>(query).forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                b.queryParam(k, "{v" + values.size() + "}");
                values.put("v" + values.size(), v.strip());
            }
        });
        values.put("limit", size);
        values.put("cursor", cursor);
        return b.queryParam("limit", "{limit}")
                .queryParam("cursor", "{cursor}")
                .encode()
                .buildAndExpand(values)
                .toUriString();
    }

    private String pageUrl(String path, int page, int size, Map<String, @Nullable String> query) {
        UriComponentsBuilder b = UriComponentsBuilder.fromUriString(properties.baseUrl() + path);
        query.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                b.queryParam(k, v.strip());
            }
        });
        return b.queryParam("page", page)
                .queryParam("limit", size)
                .encode()
                .build()
                .toUriString();
    }

    /** Query parameters for the paging links; absent ones are left out. */
    private static Map<String, @Nullable String> query(@Nullable String... keyValues) {
        Map<String, @Nullable String> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private String api(String path) {
        return properties.baseUrl() + "/api/v1" + path;
    }

    private String web(String path) {
        return properties.baseUrl() + "/sv" + path;
    }

    private static <T> ResponseEntity<T> ok(T body) {
        return ResponseEntity.ok()
                .cacheControl(
                        CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(body);
    }
}
