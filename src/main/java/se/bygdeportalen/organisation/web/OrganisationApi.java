package se.bygdeportalen.organisation.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import se.bygdeportalen.organisation.Member;
import se.bygdeportalen.organisation.internal.OrganisationRepository;
import se.bygdeportalen.organisation.internal.Person;
import se.bygdeportalen.organisation.internal.Term;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.api.KeysetRequest;
import se.bygdeportalen.platform.api.ListEnvelope;
import se.bygdeportalen.platform.api.PageLimits;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.opendata.OpenDataResponses;

/**
 * Open data on the political organisation in Popolo's vocabulary (organizations, persons,
 * memberships), as JSON and CSV. Only public facts: no contact details, no identity numbers. The
 * persons list grows with every term, so it is keyset-paged in the {@link ListEnvelope} of every
 * {@code /api/v1/} list and its CSV streams (ADR 0020).
 */
@RestController
@Tag(name = "Organisation", description = "Political bodies, elected people and their seats (Popolo naming)")
class OrganisationApi {

    private static final String PERSONS = "/api/v1/persons";

    private final OrganisationRepository repository;
    private final PlatformProperties properties;

    OrganisationApi(OrganisationRepository repository, PlatformProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    /** A Popolo organization. */
    record Organization(
            long id,
            String slug,
            String name,
            Map<String, String> names,
            String classification,
            @JsonProperty("parent_id") @Nullable Long parentId,
            boolean active,
            @Nullable Integer seats) {}

    /** A Popolo person: name, party and gender only. */
    record PersonEntry(
            long id, String name, String party, @Nullable String gender) {}

    /** A Popolo membership with its term (legislative period). */
    record MembershipEntry(
            long id,
            @JsonProperty("person_id") long personId,
            @JsonProperty("organization_id") long organizationId,
            String role,
            @JsonProperty("start_date") LocalDate startDate,
            @JsonProperty("end_date") LocalDate endDate,
            @JsonProperty("legislative_period_id") long legislativePeriodId,
            @JsonProperty("legislative_period") String legislativePeriod) {}

    @GetMapping("/api/v1/organizations")
    @Operation(
            summary = "Political bodies",
            description =
                    "Council, executive board, committees and working groups, also inactive ones. "
                            + "classification is council, executive-board, committee or working-group; names in sv, fi, fit and en where translated.")
    ResponseEntity<List<Organization>> organizations() {
        return json(organizationList());
    }

    @GetMapping("/api/v1/organizations.csv")
    @Operation(summary = "Political bodies as CSV")
    ResponseEntity<byte[]> organizationsCsv() {
        return OpenDataResponses.csv(
                "organizations.csv",
                List.of(
                        "id",
                        "slug",
                        "name",
                        "name_fi",
                        "name_fit",
                        "name_en",
                        "classification",
                        "parent_id",
                        "active",
                        "seats"),
                organizationList().stream()
                        .map(o -> Arrays.<Object>asList(
                                o.id(),
                                o.slug(),
                                o.name(),
                                o.names().get("fi"),
                                o.names().get("fit"),
                                o.names().get("en"),
                                o.classification(),
                                o.parentId(),
                                o.active(),
                                o.seats()))
                        .toList());
    }

    @GetMapping("/api/v1/persons")
    @Operation(
            summary = "Elected people",
            description = "Name, party and gender (female, male or null when not stated); no contact details. "
                    + "In the order they were added (by id), a page at a time: follow next until it is null. "
                    + "Every person at once: /api/v1/persons.csv.")
    ResponseEntity<ListEnvelope<PersonEntry>> persons(
            @Parameter(description = "Items per page, 1 to 100 (default 20); more gives 100")
                    @RequestParam(required = false)
                    @Nullable
                    String limit,
            @Parameter(description = "Where to continue, as given in next; never built by hand")
                    @RequestParam(required = false)
                    @Nullable
                    String cursor) {
        KeysetRequest request = KeysetRequest.parse(PERSONS, limit, cursor, PageLimits.STANDARD);
        return json(ListEnvelope.of(
                repository.personsById(request).map(OrganisationApi::personEntry), properties.baseUrl()));
    }

    @GetMapping("/api/v1/persons.csv")
    @Operation(summary = "Elected people as CSV", description = "Every person, by id.")
    void personsCsv(HttpServletResponse response) throws IOException {
        OpenDataResponses.csv(
                response,
                "persons.csv",
                List.of("id", "name", "party", "gender"),
                out -> repository.forEachPerson(person -> {
                    PersonEntry p = personEntry(person);
                    out.accept(Arrays.<Object>asList(p.id(), p.name(), p.party(), p.gender()));
                }));
    }

    @GetMapping("/api/v1/memberships")
    @Operation(
            summary = "Seats in bodies",
            description =
                    "role is chair, vice-chair, member or substitute. Filter by body and by a day on which the seat is held.")
    ResponseEntity<List<MembershipEntry>> memberships(
            @Parameter(description = "Only this body (organization id)")
                    @RequestParam(name = "organization_id", required = false)
                    @Nullable
                    String organizationId,
            @Parameter(description = "Only seats held on this day, YYYY-MM-DD")
                    @RequestParam(required = false)
                    @Nullable
                    String on) {
        return json(membershipList(organizationId, on));
    }

    @GetMapping("/api/v1/memberships.csv")
    @Operation(summary = "Seats in bodies as CSV")
    ResponseEntity<byte[]> membershipsCsv(
            @RequestParam(name = "organization_id", required = false) @Nullable String organizationId,
            @RequestParam(required = false) @Nullable String on) {
        return OpenDataResponses.csv(
                "memberships.csv",
                List.of(
                        "id",
                        "person_id",
                        "organization_id",
                        "role",
                        "start_date",
                        "end_date",
                        "legislative_period_id",
                        "legislative_period"),
                membershipList(organizationId, on).stream()
                        .map(m -> Arrays.<Object>asList(
                                m.id(),
                                m.personId(),
                                m.organizationId(),
                                m.role(),
                                m.startDate(),
                                m.endDate(),
                                m.legislativePeriodId(),
                                m.legislativePeriod()))
                        .toList());
    }

    private List<Organization> organizationList() {
        return repository.allBodies().stream()
                .map(d -> {
                    Map<String, String> names = new java.util.LinkedHashMap<>();
                    for (Lang lang : Lang.values()) {
                        if (d.body().name().raw(lang) != null) {
                            names.put(lang.code(), d.body().name().raw(lang));
                        }
                    }
                    return new Organization(
                            d.body().id(),
                            d.body().slug(),
                            d.body().name().swedish(),
                            names,
                            d.body().kind().name().toLowerCase().replace('_', '-'),
                            d.body().parentId(),
                            d.body().active(),
                            d.seats());
                })
                .toList();
    }

    private static PersonEntry personEntry(Person p) {
        return new PersonEntry(
                p.id(),
                p.name(),
                p.party(),
                p.sex() == Member.Sex.UNSPECIFIED ? null : p.sex().name().toLowerCase(Locale.ROOT));
    }

    private List<MembershipEntry> membershipList(@Nullable String organizationId, @Nullable String on) {
        Long bodyId = null;
        LocalDate day = null;
        try {
            if (organizationId != null && !organizationId.isBlank()) {
                bodyId = Long.parseLong(organizationId.strip());
            }
            if (on != null && !on.isBlank()) {
                day = LocalDate.parse(on.strip());
            }
        } catch (RuntimeException e) {
            throw new ResponseStatusException(
                    org.springframework.http.HttpStatus.BAD_REQUEST,
                    "organization_id must be a number and on a date YYYY-MM-DD");
        }
        Map<Long, Term> terms = repository.terms().stream().collect(Collectors.toMap(Term::id, Function.identity()));
        return repository.memberships(bodyId, day).stream()
                .map(m -> new MembershipEntry(
                        m.id(),
                        m.personId(),
                        m.bodyId(),
                        m.role().name().toLowerCase().replace('_', '-'),
                        m.from(),
                        m.to(),
                        m.termId(),
                        Objects.requireNonNull(terms.get(m.termId()), "a foreign key keeps each seat's term")
                                .label()))
                .toList();
    }

    private static <T> ResponseEntity<T> json(T body) {
        return ResponseEntity.ok()
                .cacheControl(
                        CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .body(body);
    }
}
