package se.bygdeportalen.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Member;
import se.bygdeportalen.organisation.Village;
import se.bygdeportalen.organisation.internal.BodyDetails;
import se.bygdeportalen.organisation.internal.Membership;
import se.bygdeportalen.organisation.internal.Person;
import se.bygdeportalen.organisation.internal.SaveBody;
import se.bygdeportalen.organisation.internal.Term;
import se.bygdeportalen.platform.validation.IsoDate;
import se.bygdeportalen.platform.validation.OneOf;
import se.bygdeportalen.platform.validation.SingleLine;
import se.bygdeportalen.platform.validation.WholeNumber;
import se.bygdeportalen.platform.web.TranslatableInput;

/**
 * Staff forms of the organisation module. Every field is bound as text, so nothing typed is lost,
 * and checked with Bean Validation; the controller turns a form into its use case's command (ADR 0012).
 */
public final class OrganisationForms {

    private OrganisationForms() {}

    public record BodyForm(
            @NotBlank @SingleLine @Pattern(regexp = SaveBody.SLUG) @Nullable
            String slug,

            @NotBlank @OneOf(Body.Kind.class) @Nullable String kind,
            @Nullable Map<String, String> name,
            @WholeNumber(min = 1) @Nullable String parentId,

            @WholeNumber(min = -10_000, max = 10_000) @Nullable
            String sort,

            @WholeNumber(min = 1, max = 101) @Nullable String seats) {
        static final List<String> FIELDS =
                List.of("name[sv]", "name[fi]", "name[fit]", "name[en]", "slug", "kind", "parentId", "seats", "sort");

        static BodyForm empty() {
            return new BodyForm("", "COMMITTEE", null, "", "0", "");
        }

        static BodyForm of(BodyDetails d) {
            return new BodyForm(
                    d.body().slug(),
                    d.body().kind().name(),
                    TranslatableInput.values(d.body().name()),
                    d.body().parentId() == null ? "" : d.body().parentId().toString(),
                    Integer.toString(d.sort()),
                    d.seats() == null ? "" : d.seats().toString());
        }
    }

    public record VillageForm(
            @NotBlank @SingleLine @Pattern(regexp = SaveBody.SLUG) @Nullable
            String slug,

            @Nullable Map<String, String> name) {
        static final List<String> FIELDS = List.of("name[sv]", "name[fi]", "name[fit]", "name[en]", "slug");

        static VillageForm empty() {
            return new VillageForm("", null);
        }

        static VillageForm of(Village v) {
            return new VillageForm(v.slug(), TranslatableInput.values(v.name()));
        }
    }

    public record TermForm(
            @NotBlank @IsoDate @Nullable String startsOn,
            @NotBlank @IsoDate @Nullable String endsOn) {
        static final List<String> FIELDS = List.of("startsOn", "endsOn");

        static TermForm empty() {
            return new TermForm("", "");
        }

        static TermForm of(Term t) {
            return new TermForm(t.startsOn().toString(), t.endsOn().toString());
        }
    }

    public record PersonForm(
            @NotBlank @Size(min = 2, max = 120) @SingleLine @Nullable
            String name,

            @NotBlank @Size(max = 40) @SingleLine @Nullable String party,
            @NotBlank @OneOf(Member.Sex.class) @Nullable String sex,
            @Size(max = 200) @SingleLine @Nullable String email) {
        static final List<String> FIELDS = List.of("name", "party", "sex", "email");

        static PersonForm empty() {
            return new PersonForm("", "", "", "");
        }

        static PersonForm of(Person p) {
            return new PersonForm(p.name(), p.party(), p.sex().name(), p.email() == null ? "" : p.email());
        }
    }

    /** A seat: {@code personId} and {@code bodyId} only when adding one (the use case requires them then). */
    public record MembershipForm(
            @WholeNumber(min = 1) @Nullable String personId,
            @WholeNumber(min = 1) @Nullable String bodyId,
            @NotBlank @WholeNumber(min = 1) @Nullable String termId,
            @NotBlank @OneOf(Member.Role.class) @Nullable String role,
            @NotBlank @IsoDate @Nullable String from,
            @NotBlank @IsoDate @Nullable String to) {
        static final List<String> FIELDS = List.of("personId", "bodyId", "termId", "role", "from", "to");

        static MembershipForm of(Membership m) {
            return new MembershipForm(
                    Long.toString(m.personId()),
                    Long.toString(m.bodyId()),
                    Long.toString(m.termId()),
                    m.role().name(),
                    m.from().toString(),
                    m.to().toString());
        }
    }

    /** The bodies a registrar is limited to: ids of bodies in the list, checked by the controller. */
    public record ScopeForm(@Nullable List<@Nullable String> bodyIds) {}
}
