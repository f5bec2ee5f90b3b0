package se.bygdeportalen.organisation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Member;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.demo.DemoContext;
import se.bygdeportalen.platform.demo.DemoData;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;

/**
 * The 2023–2026 term with invented people in every body. The names are made up from common first
 * names and Tornedalen surnames and belong to no real politician; parties are those active in
 * Övertorneå plus an invented local list. Loaded through the same use cases staff use.
 */
@Component
class PeopleDemoData implements DemoData {

    static final String LOCAL_PARTY = "BLÖ";
    private static final Actor DEMO = Actor.system("demo data");

    private static final String[] WOMEN = {
        "Anna",
        "Maria",
        "Kristina",
        "Aino",
        "Helena",
        "Sara",
        "Liisa",
        "Karin",
        "Elin",
        "Johanna",
        "Marja",
        "Ingrid",
        "Britt",
        "Emma",
        "Hanna",
        "Tuula",
        "Agneta",
        "Ulla",
        "Malin",
        "Ida",
        "Sofia",
        "Lena",
        "Eeva",
        "Kerstin"
    };
    private static final String[] MEN = {
        "Erik", "Lars", "Pentti", "Per", "Mikael", "Anders", "Johan", "Tomas", "Esko", "Hans", "Olof", "Matti",
        "Niklas", "Fredrik", "Jonas", "Kalle", "Stefan", "Rolf", "Bengt", "Henrik", "Viktor", "Gunnar", "Jouni", "Arvo"
    };
    private static final String[] SURNAMES = {
        "Alatalo",
        "Kangas",
        "Niemi",
        "Keinänen",
        "Rova",
        "Lahti",
        "Hietala",
        "Mäkinen",
        "Vaara",
        "Palo",
        "Kyrö",
        "Sirkka",
        "Lantto",
        "Wiik",
        "Pekkari",
        "Huru",
        "Kvist",
        "Ylitalo",
        "Moberg",
        "Ojala",
        "Koivisto",
        "Aho",
        "Perttu",
        "Isaksson",
        "Kauppi",
        "Mattila",
        "Heikka",
        "Sundqvist",
        "Öhman",
        "Kurkkio",
        "Björk",
        "Lundberg",
        "Tervo",
        "Juuso"
    };

    /** Seats per party: council 31, executive board 11, committees 5–7, working groups 3–5. */
    private static final Map<String, String[]> SEATS = new LinkedHashMap<>();

    static {
        SEATS.put(
                "kommunfullmaktige",
                seats("S", 11, "C", 4, "SD", 4, "V", 3, "M", 3, "KD", 2, LOCAL_PARTY, 2, "L", 1, "MP", 1));
        SEATS.put("kommunstyrelsen", seats("S", 4, "C", 2, "SD", 2, "V", 1, "M", 1, "KD", 1));
        SEATS.put("barn-och-utbildningsnamnden", seats("S", 3, "C", 1, "SD", 1, "V", 1, "M", 1));
        SEATS.put("socialnamnden", seats("S", 3, "C", 1, "SD", 1, "KD", 1, LOCAL_PARTY, 1));
        SEATS.put("miljo-och-byggnadsnamnden", seats("S", 2, "C", 1, "SD", 1, "M", 1));
        SEATS.put("valnamnden", seats("S", 2, "C", 1, "SD", 1, "V", 1));
        SEATS.put("kommunstyrelsens-arbetsutskott", seats("S", 2, "C", 1, "SD", 1, "V", 1));
        SEATS.put("kommunfullmaktiges-valberedning", seats("S", 1, "C", 1, "SD", 1, "M", 1));
    }

    private final SaveBody saveBody;
    private final OrganisationRepository repository;
    private final SaveTerm saveTerm;
    private final SavePerson savePerson;
    private final SaveMembership saveMembership;
    private final Organisation organisation;

    private final Map<String, List<Long>> byParty = new HashMap<>();
    private final Set<String> usedNames = new HashSet<>();
    private int created;

    PeopleDemoData(
            SaveBody saveBody,
            OrganisationRepository repository,
            SaveTerm saveTerm,
            SavePerson savePerson,
            SaveMembership saveMembership,
            Organisation organisation) {
        this.saveBody = saveBody;
        this.repository = repository;
        this.saveTerm = saveTerm;
        this.savePerson = savePerson;
        this.saveMembership = saveMembership;
        this.organisation = organisation;
    }

    @Override
    public String module() {
        // Its own key: the loader remembers each key once, and "organisation" is the bodies' and villages' data.
        return "organisation.people";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void load(DemoContext context) {
        LocalDate start = LocalDate.of(2023, 1, 1);
        LocalDate end = LocalDate.of(2026, 12, 31);
        long term = term(start, end);
        term(LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31));
        int bodyNumber = 0;
        for (Map.Entry<String, String[]> entry : SEATS.entrySet()) {
            Body body = organisation.body(entry.getKey()).orElseThrow();
            String[] parties = entry.getValue();
            setSeats(body.id(), parties.length);
            Map<String, Integer> next = new HashMap<>();
            List<String> substitutes = new ArrayList<>();
            boolean viceChairChosen = false;
            for (int seat = 0; seat < parties.length; seat++) {
                String party = parties[seat];
                Member.Role role = Member.Role.MEMBER;
                if (seat == 0) {
                    role = Member.Role.CHAIR;
                } else if (!viceChairChosen && !party.equals(parties[0])) {
                    role = Member.Role.VICE_CHAIR; // the first seat of the largest other party
                    viceChairChosen = true;
                }
                long person = person(party, bodyNumber + next.merge(party, 1, Integer::sum) - 1);
                seat(person, body.id(), term, role, start, end);
                if (seat % 2 == 0 && body.kind() != Body.Kind.WORKING_GROUP) {
                    substitutes.add(party);
                }
            }
            for (String party : substitutes) {
                long person = person(party, bodyNumber + 20 + next.merge(party, 1, Integer::sum));
                seat(person, body.id(), term, Member.Role.SUBSTITUTE, start, end);
            }
            bodyNumber += 3;
        }
        // A member of the social services committee left in mid-term and was replaced.
        Body social = organisation.body("socialnamnden").orElseThrow();
        seat(person("S", 37), social.id(), term, Member.Role.SUBSTITUTE, start, LocalDate.of(2024, 6, 30));
        seat(person("S", 38), social.id(), term, Member.Role.SUBSTITUTE, LocalDate.of(2024, 7, 1), end);
    }

    /** Records the number of seats on the body through the same use case administrators use. */
    private void setSeats(long bodyId, int seats) {
        BodyDetails d = repository.bodyDetails(bodyId).orElseThrow();
        check(saveBody.saveBody(
                new SaveBody.Command(
                        bodyId,
                        d.body().slug(),
                        d.body().kind(),
                        d.body().name(),
                        d.body().parentId(),
                        d.sort(),
                        seats),
                DEMO));
    }

    /** The n-th person of a party, created on first use. */
    private long person(String party, int n) {
        List<Long> people = byParty.computeIfAbsent(party, p -> new ArrayList<>());
        int index = Math.floorMod(n, 40);
        while (people.size() <= index) {
            people.add(create(party));
        }
        return people.get(index);
    }

    private long create(String party) {
        int i = created++;
        boolean woman = i % 5 == 1 || i % 5 == 3; // about two in five, as in many northern councils
        String name;
        int attempt = 0;
        do {
            String first = woman ? WOMEN[(i * 7 + attempt) % WOMEN.length] : MEN[(i * 5 + attempt) % MEN.length];
            name = first + " " + SURNAMES[(i * 11 + attempt * 3) % SURNAMES.length];
            attempt++;
        } while (!usedNames.add(name));
        return check(savePerson.savePerson(
                new SavePerson.Command(null, name, party, woman ? Member.Sex.FEMALE : Member.Sex.MALE, null), DEMO));
    }

    private long term(LocalDate start, LocalDate end) {
        return check(saveTerm.saveTerm(new SaveTerm.Command(null, start, end), DEMO));
    }

    private void seat(long person, long body, long term, Member.Role role, LocalDate from, LocalDate to) {
        if (repository.overlaps(person, body, from, to, null)) {
            // The same person drawn twice for one body: keep the first seat. Asked first, because an
            // invalid result would roll back the whole load, which runs in one transaction.
            return;
        }
        check(saveMembership.saveMembership(
                new SaveMembership.Command(null, person, body, term, role, from, to), DEMO));
    }

    private static String[] seats(Object... partyAndCount) {
        List<String> seats = new ArrayList<>();
        for (int i = 0; i < partyAndCount.length; i += 2) {
            for (int n = 0; n < (Integer) partyAndCount[i + 1]; n++) {
                seats.add((String) partyAndCount[i]);
            }
        }
        return seats.toArray(String[]::new);
    }

    private static long check(Result result) {
        if (!(result instanceof Result.Saved saved)) {
            throw new IllegalStateException("Demo data breaks a rule: " + result);
        }
        return saved.id();
    }
}
