package se.bygdeportalen.organisation;

import java.util.List;
import java.util.Map;

import se.bygdeportalen.platform.web.TranslatableInput;

/** Staff forms of the organisation module; every field is text, read into typed values by the use cases (ADR 0002). */
public final class OrganisationForms {

    private OrganisationForms() {
    }

    public record BodyForm(String slug, String kind, Map<String, String> name, String parentId, String sort, String seats) {
        static final List<String> FIELDS = List.of("name[sv]", "name[fi]", "name[fit]", "name[en]", "slug", "kind", "parentId", "seats", "sort");

        static BodyForm empty() {
            return new BodyForm("", "COMMITTEE", null, "", "0", "");
        }

        static BodyForm of(BodyDetails d) {
            return new BodyForm(d.body().slug(), d.body().kind().name(), TranslatableInput.values(d.body().name()),
                    d.body().parentId() == null ? "" : d.body().parentId().toString(), Integer.toString(d.sort()),
                    d.seats() == null ? "" : d.seats().toString());
        }
    }

    public record VillageForm(String slug, Map<String, String> name) {
        static final List<String> FIELDS = List.of("name[sv]", "name[fi]", "name[fit]", "name[en]", "slug");

        static VillageForm empty() {
            return new VillageForm("", null);
        }

        static VillageForm of(Village v) {
            return new VillageForm(v.slug(), TranslatableInput.values(v.name()));
        }
    }

    public record TermForm(String startsOn, String endsOn) {
        static final List<String> FIELDS = List.of("startsOn", "endsOn");

        static TermForm empty() {
            return new TermForm("", "");
        }

        static TermForm of(Term t) {
            return new TermForm(t.startsOn().toString(), t.endsOn().toString());
        }
    }

    public record PersonForm(String name, String party, String sex, String email) {
        static final List<String> FIELDS = List.of("name", "party", "sex", "email");

        static PersonForm empty() {
            return new PersonForm("", "", "", "");
        }

        static PersonForm of(Person p) {
            return new PersonForm(p.name(), p.party(), p.sex().name(), p.email() == null ? "" : p.email());
        }
    }

    public record MembershipForm(String personId, String bodyId, String termId, String role, String from, String to) {
        static final List<String> FIELDS = List.of("personId", "bodyId", "termId", "role", "from", "to");

        static MembershipForm of(Membership m) {
            return new MembershipForm(Long.toString(m.personId()), Long.toString(m.bodyId()), Long.toString(m.termId()),
                    m.role().name(), m.from().toString(), m.to().toString());
        }
    }

    public record ScopeForm(List<String> bodyIds) {
    }
}
