package se.bygdeportalen.decisions.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Member;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.platform.demo.DemoContext;
import se.bygdeportalen.platform.demo.DemoData;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.proposals.ProposalReference;

/**
 * A year of Övertorneå's meetings, relative to today so the demo never goes stale: the council
 * about every other month, the executive board monthly, the committees a few times, each with an
 * agenda, decisions of every assessment status, approved minutes posted on the notice board, and
 * the council's next meeting a week ahead with its notice on the board. Everything goes through the
 * module's own use cases as the system actor, so the demo obeys the same rules as a registrar. The
 * answers to citizen proposals answer those the module learnt of from the proposals module's events.
 * The names are invented.
 */
@Component
class DecisionsDemoData implements DemoData {

    private static final Actor DEMO = Actor.system("demo data");
    /** How long at most to wait for the proposals module's events to reach this module's list before answering proposals. */
    private static final Duration EVENTS_WAIT = Duration.ofSeconds(5);

    private final Organisation organisation;
    private final AwaitingProposals awaitingProposals;
    private final PlanMeeting plan;
    private final PublishNotice publish;
    private final AddAgendaItem addItem;
    private final RecordDecision record;
    private final ApproveMinutes approve;

    DecisionsDemoData(
            Organisation organisation,
            AwaitingProposals awaitingProposals,
            PlanMeeting plan,
            PublishNotice publish,
            AddAgendaItem addItem,
            RecordDecision record,
            ApproveMinutes approve) {
        this.organisation = organisation;
        this.awaitingProposals = awaitingProposals;
        this.plan = plan;
        this.publish = publish;
        this.addItem = addItem;
        this.record = record;
        this.approve = approve;
    }

    @Override
    public String module() {
        return "decisions";
    }

    @Override
    public int order() {
        return 400;
    }

    /** One agenda item with its decision: title (sv, fi, fit, en), case number, category, decision text, assessments. */
    private record Item(
            String sv,
            String fi,
            String fit,
            String en,
            String caseNumber,
            Category category,
            String decision,
            @Nullable String gender,
            @Nullable String health,
            @Nullable String child,
            int @Nullable [] votes,
            @Nullable String reservations) {}

    private static final String NR = "NOT_RELEVANT:";

    @Override
    public void load(DemoContext context) {
        LocalDate today = LocalDate.now(context.clock().withZone(DateFormats.ZONE));
        Map<String, Body> bodies = new HashMap<>();
        organisation.bodies().forEach(b -> bodies.put(b.slug(), b));
        List<ProposalReference> awaiting = new ArrayList<>(awaitingProposals());

        // The council: every other month, Monday evenings, in the council chamber, with a livestream.
        Body council = bodies.get("kommunfullmaktige");
        if (council != null) {
            int n = 0;
            for (int monthsAgo : new int[] {10, 8, 6, 4, 2}) {
                LocalDate date = weekday(today.minusMonths(monthsAgo), DayOfWeek.MONDAY);
                List<Item> items = councilItems(n++, awaiting);
                heldMeeting(
                        council,
                        date,
                        "18:00",
                        "21:00",
                        "Kommunfullmäktigesalen, Kommunhuset, Övertorneå",
                        "https://play.overtornea.se/kf",
                        items,
                        awaiting,
                        today);
            }
            // The next council meeting: a week ahead, its notice on the board today.
            LocalDate next = today.plusDays(7);
            long id = planned(
                    council,
                    next,
                    "18:00",
                    "21:00",
                    "Kommunfullmäktigesalen, Kommunhuset, Övertorneå",
                    "https://play.overtornea.se/kf",
                    today);
            item(
                    id,
                    "Budget 2027 och flerårsplan 2028–2029",
                    "Talousarvio 2027 ja taloussuunnitelma 2028–2029",
                    "Pytjetti 2027 ja monen vuen plaani 2028–2029",
                    "Budget 2027 and financial plan 2028–2029",
                    "KS 2026/212");
            item(
                    id,
                    "Skattesats för 2027",
                    "Veroprosentti vuodelle 2027",
                    "Veroprosentti vuotheen 2027",
                    "Tax rate for 2027",
                    "KS 2026/213");
            item(
                    id,
                    "Detaljplan för Hedenäset 2:14, antagande",
                    "Hedenäsetin asemakaava 2:14, hyväksyminen",
                    "Hedenäsetin asemakaava 2:14, hyväksyminen kunnanvaltuustossa",
                    "Local plan for Hedenäset 2:14, adoption",
                    "MBN 2026/44");
            notice(id, today);
        }

        Body board = bodies.get("kommunstyrelsen");
        if (board != null) {
            int n = 0;
            for (int monthsAgo = 10; monthsAgo >= 1; monthsAgo--) {
                // The last one about ten days ago: its approval is on the notice board now, the time to appeal running.
                LocalDate date = monthsAgo == 1
                        ? weekday(today.minusDays(15), DayOfWeek.TUESDAY)
                        : weekday(today.minusMonths(monthsAgo).minusDays(14), DayOfWeek.TUESDAY);
                heldMeeting(
                        board,
                        date,
                        "09:00",
                        "15:00",
                        "Sammanträdesrummet Aavasaksa, Kommunhuset",
                        null,
                        boardItems(n++),
                        List.of(),
                        today);
            }
            planned(
                    board,
                    weekday(today.plusDays(12), DayOfWeek.TUESDAY),
                    "09:00",
                    "15:00",
                    "Sammanträdesrummet Aavasaksa, Kommunhuset",
                    null,
                    today);
        }

        Body education = bodies.get("barn-och-utbildningsnamnden");
        if (education != null) {
            int n = 0;
            for (int monthsAgo : new int[] {9, 6, 3, 1}) {
                heldMeeting(
                        education,
                        weekday(today.minusMonths(monthsAgo), DayOfWeek.WEDNESDAY),
                        "13:00",
                        "16:00",
                        "Kulturskolans lokal, Övertorneå",
                        null,
                        withStandingItems(educationItems(n), "BUN", n++),
                        List.of(),
                        today);
            }
        }

        Body building = bodies.get("miljo-och-byggnadsnamnden");
        if (building != null) {
            int n = 0;
            for (int monthsAgo : new int[] {8, 5, 2}) {
                heldMeeting(
                        building,
                        weekday(today.minusMonths(monthsAgo), DayOfWeek.THURSDAY),
                        "09:00",
                        "12:00",
                        "Sammanträdesrummet Aavasaksa, Kommunhuset",
                        "https://teams.microsoft.com/l/meetup-join/demo-mbn",
                        withStandingItems(buildingItems(n), "MBN", n++),
                        List.of(),
                        today);
            }
        }

        Body social = bodies.get("socialnamnden");
        if (social != null) {
            int n = 0;
            for (int monthsAgo : new int[] {7, 3}) {
                heldMeeting(
                        social,
                        weekday(today.minusMonths(monthsAgo), DayOfWeek.WEDNESDAY),
                        "09:00",
                        "12:00",
                        "Sammanträdesrummet Pello, Kommunhuset",
                        null,
                        withStandingItems(socialItems(n), "SN", n++),
                        List.of(),
                        today);
            }
        }
    }

    /** What every committee meeting deals with besides its own items. */
    private static List<Item> withStandingItems(List<Item> items, String prefix, int n) {
        List<Item> all = new ArrayList<>(items);
        all.add(new Item(
                "Anmälan av delegationsbeslut",
                "Delegointipäätösten ilmoittaminen",
                "Delegeerattujen päätösten ilmotus",
                "Report of delegated decisions",
                prefix + " 2026/" + (90 + n),
                Category.DEMOCRACY_AND_ADMINISTRATION,
                "Nämnden lägger anmälan av delegationsbesluten till handlingarna.",
                NR + "Anmälan är en redovisning; besluten har redan fattats.",
                NR + "Anmälan är en redovisning.",
                NR + "Anmälan är en redovisning.",
                null,
                null));
        all.add(new Item(
                "Ekonomisk uppföljning",
                "Talouden seuranta",
                "Ekonomiin seuranta",
                "Financial follow-up",
                prefix + " 2026/" + (95 + n),
                Category.ECONOMY,
                "Nämnden godkänner den ekonomiska uppföljningen och uppdrar åt förvaltningen att redovisa åtgärder vid underskott.",
                n % 2 == 0
                        ? "Uppföljningen redovisar kostnader för verksamheter som främst används av kvinnor respektive män."
                        : null,
                null,
                n % 2 == 0 ? NR + "Uppföljningen ändrar inga verksamheter för barn." : null,
                null,
                null));
        return all;
    }

    private long planned(
            Body body,
            LocalDate date,
            String start,
            String end,
            String place,
            @Nullable String link,
            LocalDate plannedOn) {
        Result result = plan.planMeeting(
                new PlanMeeting.Command(
                        body.slug(),
                        new MeetingDetails(date, LocalTime.parse(start), LocalTime.parse(end), place, link),
                        WarningOverride.NONE,
                        plannedOn),
                DEMO);
        return saved(result, "meeting " + body.slug() + " " + date);
    }

    private void heldMeeting(
            Body body,
            LocalDate date,
            String start,
            String end,
            String place,
            @Nullable String link,
            List<Item> items,
            List<ProposalReference> awaiting,
            LocalDate today) {
        long id = planned(body, date, start, end, place, link, date.minusDays(30));
        notice(id, date.minusDays(body.kind() == Body.Kind.COUNCIL ? 10 : 6));
        List<Long> itemIds = new ArrayList<>();
        List<@Nullable ProposalReference> answered = new ArrayList<>();
        List<Item> titled = new ArrayList<>();
        for (Item i : items) {
            ProposalReference p =
                    i.category() == Category.CITIZEN_PROPOSAL && !awaiting.isEmpty() ? awaiting.removeFirst() : null;
            answered.add(p);
            Item t = p == null
                    ? i
                    : new Item(
                            i.sv() + ": " + p.title(),
                            i.fi() + ": " + p.title(),
                            i.fit() + ": " + p.title(),
                            i.en() + ": " + p.title(),
                            p.caseNumber() != null
                                            && AddAgendaItem.CASE_NUMBER
                                                    .matcher(p.caseNumber())
                                                    .matches()
                                    ? p.caseNumber()
                                    : i.caseNumber(),
                            i.category(),
                            i.decision(),
                            i.gender(),
                            i.health(),
                            i.child(),
                            i.votes(),
                            i.reservations());
            titled.add(t);
            itemIds.add(item(id, t.sv(), t.fi(), t.fit(), t.en(), t.caseNumber(), p));
        }
        for (int k = 0; k < titled.size(); k++) {
            Item i = titled.get(k);
            Long proposalId = answered.get(k) == null ? null : answered.get(k).id();
            Assessment gender = assessment(i.gender());
            Assessment genderWithChecklist = gender.status() != Assessment.Status.ASSESSED
                    ? gender
                    : new Assessment(
                            gender.status(),
                            gender.text(),
                            new Assessment.Checklist(
                                    true,
                                    i.category() != Category.PLANNING_AND_BUILDING,
                                    true,
                                    i.category() == Category.EQUALITY_AND_HEALTH));
            DecisionContent content = new DecisionContent(
                    TranslatableText.of(i.sv(), i.fi(), i.fit(), i.en()),
                    TranslatableText.swedish(i.decision()),
                    i.category(),
                    i.votes() == null ? null : i.votes()[0],
                    i.votes() == null ? null : i.votes()[1],
                    i.votes() == null ? null : i.votes()[2],
                    i.reservations(),
                    null,
                    null,
                    genderWithChecklist,
                    assessment(i.health()),
                    assessment(i.child()));
            saved(
                    record.recordDecision(
                            new RecordDecision.Command(id, itemIds.get(k), proposalId, content, date), DEMO),
                    "decision " + i.sv());
        }
        // Minutes approved within a week and posted the same day, as the law wants.
        LocalDate approvedOn = date.plusDays(body.kind() == Body.Kind.COUNCIL ? 7 : 5);
        List<Long> memberIds = new ArrayList<>();
        for (Member m : organisation.members(body.id(), date)) {
            if ((m.role() == Member.Role.CHAIR || m.role() == Member.Role.MEMBER) && memberIds.size() < 2) {
                memberIds.add(m.personId());
            }
        }
        List<String> typed = memberIds.isEmpty() ? List.of("Ordföranden", "Justerare enligt protokollet") : List.of();
        if (!approvedOn.isAfter(today)) {
            saved(
                    approve.approveMinutes(
                            new ApproveMinutes.Command(
                                    id, approvedOn, memberIds, typed, WarningOverride.NONE, approvedOn),
                            DEMO),
                    "approval of meeting " + id);
        }
    }

    private long item(long meetingId, String sv, String fi, String fit, String en, String caseNumber) {
        return item(meetingId, sv, fi, fit, en, caseNumber, null);
    }

    private long item(
            long meetingId,
            String sv,
            String fi,
            String fit,
            String en,
            String caseNumber,
            @Nullable ProposalReference proposal) {
        return saved(
                addItem.addAgendaItem(
                        new AddAgendaItem.Command(
                                meetingId,
                                caseNumber,
                                TranslatableText.of(sv, fi, fit, en),
                                proposal == null ? null : proposal.id()),
                        DEMO),
                "agenda item " + sv);
    }

    private static Assessment assessment(@Nullable String spec) {
        if (spec == null) {
            return Assessment.missing();
        }
        if (spec.startsWith(NR)) {
            return new Assessment(
                    Assessment.Status.NOT_RELEVANT, spec.substring(NR.length()).strip(), null);
        }
        return new Assessment(Assessment.Status.ASSESSED, spec, null);
    }

    private void notice(long meetingId, LocalDate postedOn) {
        saved(
                publish.publishNotice(new PublishNotice.Command(meetingId, WarningOverride.NONE, postedOn), DEMO),
                "notice of meeting " + meetingId);
    }

    private static long saved(Result result, String what) {
        if (!(result instanceof Result.Saved saved)) {
            throw new IllegalStateException("Demo " + what + " refused: " + result);
        }
        return saved.id();
    }

    /**
     * The proposals module's demo data has just referred proposals; its events reach this module's
     * list after that commit, on another thread. Reads the list until it has settled (or for a few
     * seconds at most), so the council answers the proposals a registrar would see.
     */
    private List<ProposalReference> awaitingProposals() {
        // A timer, not the time of day: the platform clock may stand still (tests), System.nanoTime never does.
        long until = System.nanoTime() + EVENTS_WAIT.toNanos();
        List<ProposalReference> seen = awaitingProposals.list();
        while (System.nanoTime() - until < 0) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            List<ProposalReference> now = awaitingProposals.list();
            if (!now.isEmpty() && now.equals(seen)) {
                return now;
            }
            seen = now;
        }
        return seen;
    }

    private static LocalDate weekday(LocalDate near, DayOfWeek day) {
        return near.with(TemporalAdjusters.nextOrSame(day));
    }

    // ---- the agendas -------------------------------------------------------------------------

    private static List<Item> councilItems(int n, List<ProposalReference> awaiting) {
        List<Item> items = new ArrayList<>();
        switch (n) {
            case 0 -> {
                items.add(new Item(
                        "Årsredovisning 2025 och ansvarsfrihet",
                        "Tilinpäätös 2025 ja vastuuvapaus",
                        "Vuosiraportti 2025 ja vastuuvapaus",
                        "Annual report 2025 and discharge from liability",
                        "KS 2026/31",
                        Category.ECONOMY,
                        "Kommunfullmäktige godkänner årsredovisningen för 2025 och beviljar styrelse och nämnder ansvarsfrihet.",
                        NR + "Beslutet gäller redovisningen av ett avslutat år och fördelar inga resurser.",
                        NR + "Beslutet fördelar inga resurser.",
                        NR + "Beslutet gäller redovisningen av ett avslutat år.",
                        null,
                        null));
                items.add(new Item(
                        "Jämställdhetsplan 2026–2028",
                        "Tasa-arvosuunnitelma 2026–2028",
                        "Tasa-arvoplaani 2026–2028",
                        "Gender equality plan 2026–2028",
                        "KS 2025/402",
                        Category.EQUALITY_AND_HEALTH,
                        "Kommunfullmäktige antar jämställdhetsplanen för 2026–2028 enligt CEMR-deklarationen. Varje nämnd tar fram en handlingsplan senast i juni.",
                        "Planen bygger på könsuppdelad statistik om anställning, lön, föreningsbidrag och nyttjande av fritidsanläggningar. Pojkar får i dag större del av bidragen till idrott; planen innehåller åtgärder för att jämna ut det.",
                        "Jämställdhet påverkar hälsan; planen samordnas med folkhälsoplanen.",
                        "Planen tar särskilt upp flickors och pojkars fritid och trygghet i skolan.",
                        null,
                        null));
            }
            case 1 -> {
                items.add(new Item(
                        "Folkhälsoplan 2026–2029",
                        "Kansanterveyssuunnitelma 2026–2029",
                        "Kansanterhveysplaani 2026–2029",
                        "Public health plan 2026–2029",
                        "KS 2026/77",
                        Category.EQUALITY_AND_HEALTH,
                        "Kommunfullmäktige antar folkhälsoplanen 2026–2029 med målgrupperna barn och unga, nyanlända och personer med försörjningsstöd.",
                        "Statistiken visar skillnader i psykisk hälsa mellan flickor och pojkar; åtgärderna riktas därefter.",
                        "Planen bygger på länets folkhälsoenkät och Region Norrbottens data.",
                        "Barn och unga är en av tre målgrupper; elevhälsan deltar i uppföljningen.",
                        null,
                        null));
                items.add(new Item(
                        "Svar på medborgarförslag",
                        "Vastaus kuntalaisaloitteeseen",
                        "Vastaus kansalaisförslaakhiin",
                        "Answer to a citizen proposal",
                        "KS 2026/15",
                        Category.CITIZEN_PROPOSAL,
                        "Kommunfullmäktige bifaller medborgarförslaget i den del som gäller belysning längs skolvägen och uppdrar åt kommunstyrelsen att genomföra det under året.",
                        NR + "Belysningen används av alla oavsett kön.",
                        "Bättre belysning ökar tryggheten och gör det lättare att gå och cykla.",
                        "Barnens skolväg blir tryggare.",
                        null,
                        null));
            }
            case 2 ->
                items.add(new Item(
                        "Näringslivsstrategi 2026–2030",
                        "Elinkeinostrategia 2026–2030",
                        "Elinkeinoelämän strategii 2026–2030",
                        "Business strategy 2026–2030",
                        "KS 2026/120",
                        Category.BUSINESS,
                        "Kommunfullmäktige antar näringslivsstrategin 2026–2030 med fokus på gränssamverkan med Ylitornio, besöksnäring och bredband.",
                        "Kvinnor driver en mindre andel av företagen i kommunen; strategin innehåller ett program för kvinnors företagande.",
                        null,
                        NR + "Strategin riktar sig till företag och påverkar inte barn direkt.",
                        new int[] {27, 4, 0},
                        "Erik Vaara (SD) och Maria Lehto (V) reserverar sig till förmån för egna yrkanden."));
            case 3 -> {
                items.add(new Item(
                        "Bredbandsutbyggnad i byarna, etapp 3",
                        "Laajakaistan rakentaminen kyliin, vaihe 3",
                        "Laajakaistaverkko kyhliin, etappi 3",
                        "Broadband in the villages, stage 3",
                        "KS 2026/141",
                        Category.INFRASTRUCTURE,
                        "Kommunfullmäktige beviljar 4,2 miljoner kronor till fiber i Svanstein, Juoksengi och Kuivakangas.",
                        NR + "Fibern når alla hushåll i byarna.",
                        null,
                        null,
                        new int[] {29, 2, 0},
                        null));
                items.add(new Item(
                        "Svar på medborgarförslag",
                        "Vastaus kuntalaisaloitteeseen",
                        "Vastaus kansalaisförslaakhiin",
                        "Answer to a citizen proposal",
                        "KS 2026/98",
                        Category.CITIZEN_PROPOSAL,
                        "Kommunfullmäktige avslår medborgarförslaget eftersom frågan redan ingår i den kommande planen för badplatser.",
                        null,
                        null,
                        null,
                        null,
                        null));
            }
            default ->
                items.add(new Item(
                        "Skattesats för 2026 års budget, tilläggsbeslut",
                        "Vuoden 2026 veroprosentti, lisäpäätös",
                        "Vuen 2026 veroprosentti, lisäpäätös",
                        "Tax rate for 2026, supplementary decision",
                        "KS 2026/180",
                        Category.ECONOMY,
                        "Kommunfullmäktige fastställer skattesatsen till 22,50 kronor per skattekrona, oförändrad.",
                        NR + "Skattesatsen är densamma för alla.",
                        null,
                        null,
                        new int[] {22, 9, 0},
                        "Ledamöterna för M reserverar sig till förmån för en sänkning med 25 öre."));
        }
        return items;
    }

    private static List<Item> boardItems(int n) {
        return switch (n % 5) {
            case 0 ->
                List.of(new Item(
                        "Snöröjning av enskilda vägar, nya regler",
                        "Yksityisteiden aurauksen uudet säännöt",
                        "Yksityistietten auraus, uuet säänöt",
                        "Snow clearing of private roads, new rules",
                        "KS 2026/" + (20 + n),
                        Category.INFRASTRUCTURE,
                        "Kommunstyrelsen föreslår att kommunen fortsätter att ploga enskilda vägar med bofast befolkning och att bidraget höjs med 10 procent.",
                        NR + "Snöröjningen gäller alla fastboende.",
                        "Framkomliga vägar är viktiga för äldre som bor kvar hemma.",
                        null,
                        null,
                        null));
            case 1 ->
                List.of(new Item(
                        "Budgetuppföljning efter april",
                        "Talousarvion seuranta huhtikuun jälkeen",
                        "Pytjetin seuranta aprillin jälkhiin",
                        "Budget follow-up after April",
                        "KS 2026/" + (40 + n),
                        Category.ECONOMY,
                        "Kommunstyrelsen godkänner uppföljningen och ger nämnderna i uppdrag att hålla budgeten.",
                        null,
                        null,
                        null,
                        null,
                        null));
            case 2 ->
                List.of(new Item(
                        "Bredband: avtal med byanät",
                        "Laajakaista: sopimus kyläverkkojen kanssa",
                        "Laajakaista: sopimus kyläverkkojen kans",
                        "Broadband: agreement with village networks",
                        "KS 2026/" + (60 + n),
                        Category.INFRASTRUCTURE,
                        "Kommunstyrelsen godkänner avtalen med byanäten i Hietaniemi och Svanstein.",
                        NR + "Avtalen gäller infrastruktur.",
                        null,
                        null,
                        null,
                        null));
            case 3 ->
                List.of(new Item(
                        "Näringslivsstrategi, remiss",
                        "Elinkeinostrategia, lausuntokierros",
                        "Elinkeinoelämän strategii, lausunto",
                        "Business strategy, consultation",
                        "KS 2026/" + (80 + n),
                        Category.BUSINESS,
                        "Kommunstyrelsen skickar förslaget till näringslivsstrategi på remiss till företagarföreningarna.",
                        "Remisslistan omfattar både kvinnors och mäns företagarnätverk.",
                        null,
                        NR + "Remissen riktar sig till företag.",
                        null,
                        null));
            default ->
                List.of(new Item(
                        "Budget 2027, förslag till fullmäktige",
                        "Talousarvio 2027, ehdotus valtuustolle",
                        "Pytjetti 2027, ehotus kunnanvaltuustole",
                        "Budget 2027, proposal to the council",
                        "KS 2026/" + (100 + n),
                        Category.ECONOMY,
                        "Kommunstyrelsen föreslår kommunfullmäktige att anta budget 2027 med oförändrad skattesats 22,50.",
                        "Budgeten har analyserats med 3R-metoden; fördelningen av fritidsmedel till flickor och pojkar redovisas.",
                        "Budgeten prioriterar förebyggande arbete inom elevhälsa och äldreomsorg.",
                        "Barnkonsekvensanalys bifogas för förskola och skola.",
                        new int[] {8, 3, 0},
                        "Ledamöterna för M reserverar sig."));
        };
    }

    private static List<Item> educationItems(int n) {
        return switch (n) {
            case 0 ->
                List.of(new Item(
                        "Förskola i Juoksengi, utredning",
                        "Juoksengin esikoulu, selvitys",
                        "Juoksengin esikoulu, selvitys kylästä",
                        "Preschool in Juoksengi, review",
                        "BUN 2026/12",
                        Category.SCHOOL_AND_CHILDCARE,
                        "Nämnden ger förvaltningen i uppdrag att utreda en förskoleavdelning i Juoksengi till hösten.",
                        "Utredningen ska redovisa hur förskolan påverkar föräldrars, särskilt mödrars, möjlighet att arbeta heltid.",
                        null,
                        "Barnen i Juoksengi har i dag 30 minuters resa till förskolan; barnens perspektiv ska höras i utredningen.",
                        null,
                        null));
            case 1 ->
                List.of(new Item(
                        "Förskola i Juoksengi, beslut",
                        "Juoksengin esikoulu, päätös",
                        "Juoksengin esikoulu, päätös",
                        "Preschool in Juoksengi, decision",
                        "BUN 2026/12",
                        Category.SCHOOL_AND_CHILDCARE,
                        "Nämnden beslutar att öppna en förskoleavdelning i Juoksengi skola från januari.",
                        "Könsuppdelad statistik över vistelsetider och föräldrars sysselsättning har använts.",
                        "Kortare resor ger mer tid för lek och utevistelse.",
                        "Barnen har intervjuats i Juoksengi skola.",
                        new int[] {7, 2, 0},
                        null));
            case 2 ->
                List.of(new Item(
                        "Skolskjuts, nya tider",
                        "Koulukyydit, uudet ajat",
                        "Koulukyytit, uuet aijat",
                        "School transport, new times",
                        "BUN 2026/40",
                        Category.SCHOOL_AND_CHILDCARE,
                        "Nämnden godkänner nya tider för skolskjutsen från Hedenäset och Kuivakangas.",
                        null,
                        null,
                        "Restiden för de yngsta barnen kortas med tio minuter.",
                        null,
                        null));
            default ->
                List.of(new Item(
                        "Läsårstider 2027/2028",
                        "Lukuvuoden ajat 2027/2028",
                        "Lukuvuuen aijat 2027/2028",
                        "School year 2027/2028",
                        "BUN 2026/55",
                        Category.SCHOOL_AND_CHILDCARE,
                        "Nämnden fastställer läsårstiderna för 2027/2028.",
                        NR + "Läsårstiderna gäller alla elever lika.",
                        NR + "Inga hälsoeffekter.",
                        "Lov placeras så att syskon i förskola och skola är lediga samtidigt.",
                        null,
                        null));
        };
    }

    private static List<Item> buildingItems(int n) {
        return switch (n) {
            case 0 ->
                List.of(new Item(
                        "Detaljplan för Hedenäset 2:14, samråd",
                        "Hedenäsetin asemakaava 2:14, kuuleminen",
                        "Hedenäsetin asemakaava 2:14, kuuleminen kylässä",
                        "Local plan for Hedenäset 2:14, consultation",
                        "MBN 2026/44",
                        Category.PLANNING_AND_BUILDING,
                        "Nämnden skickar planförslaget för Hedenäset 2:14 på samråd.",
                        null,
                        null,
                        NR + "Planen gäller fritidshus vid älven.",
                        null,
                        null));
            case 1 ->
                List.of(new Item(
                        "Detaljplan för Hedenäset 2:14, granskning",
                        "Hedenäsetin asemakaava 2:14, nähtävilläolo",
                        "Hedenäsetin asemakaava 2:14, tarkastus",
                        "Local plan for Hedenäset 2:14, review",
                        "MBN 2026/44",
                        Category.PLANNING_AND_BUILDING,
                        "Nämnden ställer ut planförslaget för granskning och föreslår kommunfullmäktige att anta planen.",
                        NR + "Planen påverkar inte kvinnor och män olika.",
                        "Strandpromenaden hålls öppen för allmänheten.",
                        NR + "Området används inte av barn mer än andra.",
                        null,
                        null));
            default ->
                List.of(new Item(
                        "Tillsynsplan miljö 2027",
                        "Ympäristövalvontasuunnitelma 2027",
                        "Ympäristövalvonnan plaani 2027",
                        "Environmental supervision plan 2027",
                        "MBN 2026/70",
                        Category.PLANNING_AND_BUILDING,
                        "Nämnden antar tillsynsplanen för 2027.",
                        null,
                        "Tillsynen av dricksvatten prioriteras.",
                        null,
                        null,
                        null));
        };
    }

    private static List<Item> socialItems(int n) {
        return n == 0
                ? List.of(new Item(
                        "Riktlinjer för försörjningsstöd",
                        "Toimeentulotuen ohjeet",
                        "Toimeentulotuen ohjeet kunnassa",
                        "Guidelines for social assistance",
                        "SN 2026/8",
                        Category.SOCIAL_CARE,
                        "Nämnden antar nya riktlinjer för försörjningsstöd från den 1 juli.",
                        "Ensamstående mödrar är överrepresenterade bland mottagarna; riktlinjerna har granskats för det.",
                        "Ekonomisk trygghet påverkar hälsan; uppföljning sker i folkhälsoplanen.",
                        "Barnens behov ska alltid utredas när familjer söker stöd.",
                        null,
                        null))
                : List.of(new Item(
                        "Hemtjänst i byarna, ny organisation",
                        "Kotipalvelu kylissä, uusi organisaatio",
                        "Kotipalvelu kylissä, uusi organisasuuni",
                        "Home care in the villages, new organisation",
                        "SN 2026/31",
                        Category.SOCIAL_CARE,
                        "Nämnden beslutar att hemtjänsten organiseras i tre byagrupper från hösten.",
                        null,
                        "Kortare restid ger mer tid hos brukarna.",
                        NR + "Hemtjänsten riktar sig till äldre.",
                        new int[] {6, 3, 0},
                        "Ledamoten för V reserverar sig mot beslutet."));
    }
}
