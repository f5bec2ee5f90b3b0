package se.bygdeportalen.proposals.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.demo.DemoContext;
import se.bygdeportalen.platform.demo.DemoData;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.identity.ResidentDemographics;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;

/**
 * About 25 made-up citizen proposals from Övertorneå's villages in every state, in Swedish, Finnish,
 * Meänkieli and English, written, registered, checked, published, supported, referred, answered,
 * declined and hidden through the module's own use cases, so case numbers, timelines, mails, audit
 * records and support counts follow the same rules as real ones. The three demo residents send theirs
 * with e-ID and support others (acting as themselves); the rest come in on paper with invented names
 * and addresses, and the staff steps are done by the system actor "demo data". Afterwards the timeline is spread over the current year (the use cases stamp
 * "now"), so the statistics show realistic handling times; the case year stays the current year.
 */
@Component
public class ProposalsDemoData implements DemoData {

    /** The staff steps (registration on paper, checks, decisions, moderation) are the demo data's own, not a person's. */
    private static final Actor SYSTEM = Actor.system("demo data");

    private enum End {
        DRAFT,
        SUBMITTED,
        AMENDMENT_REQUESTED,
        DECLINED,
        PUBLISHED,
        REFERRED,
        APPROVED,
        REJECTED,
        ANSWERED,
        HIDDEN
    }

    /**
     * One demo proposal. {@code resident} is 0–2 for the e-ID route (the demo residents), -1 for paper.
     *
     * @param daysAgo       when it was sent, before the timeline is scaled to the current year
     * @param answerAfter   days from sending to the answer
     * @param supporters    demo residents (0–2) who support it
     */
    private record Demo(
            int resident,
            @Nullable String name,
            @Nullable String sex,
            @Nullable String ageBand,
            Lang lang,
            String title,
            String body,
            String category,
            String village,
            End end,
            @Nullable String body2,
            int daysAgo,
            int answerAfter,
            @Nullable String answer,
            int... supporters) {}

    private static final String KS = "kommunstyrelsen";
    private static final String BUN = "barn-och-utbildningsnamnden";
    private static final String MBN = "miljo-och-byggnadsnamnden";

    private static final List<Demo> PROPOSALS = List.of(
            new Demo(
                    0,
                    null,
                    null,
                    null,
                    Lang.FI,
                    "Valaistus Aapuan kävelytielle",
                    "Kävelytie Aapuan koululta kaupalle on talvella täysin pimeä. Lapset kulkevat siinä aamuisin kouluun. "
                            + "Ehdotan, että kunta asentaa kävelytien varteen katuvalot ennen ensi talvea.",
                    "vagar-och-trafik",
                    "aapua",
                    End.APPROVED,
                    KS,
                    300,
                    150,
                    "Kommunstyrelsen beslutade att bifalla förslaget. Belysning sätts upp längs gångvägen under hösten.",
                    1,
                    2),
            new Demo(
                    1,
                    null,
                    null,
                    null,
                    Lang.SV,
                    "Busskur vid hållplatsen i Juoksengi",
                    "Vid busshållplatsen i Juoksengi finns inget skydd. Skolbarn och äldre står ute i kyla och snö i upp till en kvart. "
                            + "Jag föreslår att kommunen sätter upp en busskur med belysning.",
                    "vagar-och-trafik",
                    "juoksengi",
                    End.REFERRED,
                    KS,
                    200,
                    0,
                    null,
                    0,
                    2),
            new Demo(
                    2,
                    null,
                    null,
                    null,
                    Lang.EN,
                    "Ice rink in Övertorneå centre for everyone",
                    "Children and families need a free outdoor ice rink in the centre, flooded and cleared every week in winter. "
                            + "The old rink by the school could be used again with lighting.",
                    "kultur-och-fritid",
                    "overtornea",
                    End.PUBLISHED,
                    null,
                    40,
                    0,
                    null,
                    0,
                    1),
            new Demo(
                    -1,
                    "Elli Alatalo",
                    "FEMALE",
                    "65+",
                    Lang.FIT,
                    "Kyltit meänkielelä kylhiin",
                    "Kylän nimet ja kunnan kyltit pitäis olla kans meänkielelä. Met olema hallintoalue ja kieli pittää näkyä. "
                            + "Ehotan ette kunta laittaa uuet kyltit Matarenkhiin ja kylhiin.",
                    "demokrati-och-minoritetssprak",
                    "overtornea",
                    End.APPROVED,
                    KS,
                    280,
                    120,
                    "Kommunstyrelsen biföll förslaget. Nya skyltar på svenska, finska och meänkieli sätts upp i centralorten och i byarna.",
                    0,
                    1,
                    2),
            new Demo(
                    -1,
                    "Nils Kuoksu",
                    "MALE",
                    "65+",
                    Lang.SV,
                    "Längre öppettider på biblioteket",
                    "Biblioteket i Övertorneå stänger klockan 17 och är stängt på lördagar. Den som arbetar hinner inte dit. "
                            + "Jag föreslår att biblioteket håller öppet till 19 en kväll i veckan och några timmar på lördagar.",
                    "kultur-och-fritid",
                    "overtornea",
                    End.REJECTED,
                    BUN,
                    270,
                    200,
                    "Barn- och utbildningsnämnden avslog förslaget av ekonomiska skäl. Meröppet med lånekort prövas i stället från nästa år.",
                    0),
            new Demo(
                    -1,
                    "Maja Rantatalo",
                    "FEMALE",
                    "35-64",
                    Lang.SV,
                    "Snöröjning av gångvägar före klockan sju",
                    "Gångvägarna i Hedenäset plogas ofta först mitt på dagen. De som går till bussen eller till jobbet klockan sju "
                            + "får pulsa i snön. Jag föreslår att gångvägar till hållplatser plogas före klockan sju.",
                    "vagar-och-trafik",
                    "hedenaset",
                    End.ANSWERED,
                    KS,
                    250,
                    90,
                    "Kommunstyrelsen besvarade förslaget: gångvägar till busshållplatser prioriteras i snöröjningsplanen från och med i vinter.",
                    1),
            new Demo(
                    -1,
                    "Aune Vaara",
                    "FEMALE",
                    "65+",
                    Lang.FI,
                    "Uimarannan kunnostus Svansteinissa",
                    "Svansteinin uimaranta on kasvanut umpeen ja laituri on rikki. Kesällä lapset uivat muualla vaarallisissa paikoissa. "
                            + "Ehdotan, että kunta kunnostaa rannan ja laiturin.",
                    "kultur-och-fritid",
                    "svanstein",
                    End.APPROVED,
                    MBN,
                    240,
                    110,
                    "Miljö- och byggnadsnämnden biföll förslaget. Badplatsen rensas och bryggan byts före sommaren.",
                    0,
                    2),
            new Demo(
                    -1,
                    "Olof Kitti",
                    "MALE",
                    "35-64",
                    Lang.SV,
                    "Laddstolpar för elbilar i byarna",
                    "Det finns nästan inga laddstolpar utanför centralorten. Jag föreslår att kommunen sätter upp laddstolpar vid "
                            + "bygdegårdarna i Kuivakangas, Juoksengi och Hedenäset.",
                    "miljo-och-natur",
                    "kuivakangas",
                    End.ANSWERED,
                    KS,
                    230,
                    160,
                    "Kommunstyrelsen besvarade förslaget: kommunen söker stöd från Klimatklivet tillsammans med byaföreningarna.",
                    2),
            new Demo(
                    -1,
                    "Saga Lahti",
                    "FEMALE",
                    "0-17",
                    Lang.SV,
                    "Fler aktiviteter för unga på helgerna",
                    "Vi unga i Övertorneå har ingenting att göra på helgerna. Jag föreslår att fritidsgården har öppet på fredags- "
                            + "och lördagskvällar och att det ordnas resor till bio i Haparanda.",
                    "kultur-och-fritid",
                    "overtornea",
                    End.APPROVED,
                    BUN,
                    210,
                    100,
                    "Barn- och utbildningsnämnden biföll förslaget. Fritidsgården har öppet fredag och lördag kväll från januari.",
                    0,
                    1),
            new Demo(
                    0,
                    null,
                    null,
                    null,
                    Lang.SV,
                    "Gatlampor på bron i Hedenäset",
                    "Gatlamporna på vägen ner mot bron i Hedenäset är trasiga sedan i höstas. Det är farligt att gå där i mörkret. "
                            + "Jag föreslår att kommunen lagar eller byter gatlamporna.",
                    "vagar-och-trafik",
                    "hedenaset",
                    End.REFERRED,
                    KS,
                    120,
                    0,
                    null,
                    1,
                    2),
            new Demo(
                    1,
                    null,
                    null,
                    null,
                    Lang.SV,
                    "Hundrastgård i Övertorneå",
                    "Många har hund men det finns ingen inhägnad plats där hundarna får springa lösa. "
                            + "Jag föreslår en hundrastgård nära Matarengivägen.",
                    "miljo-och-natur",
                    "overtornea",
                    End.PUBLISHED,
                    null,
                    30,
                    0,
                    null,
                    0,
                    2),
            new Demo(
                    2,
                    null,
                    null,
                    null,
                    Lang.SV,
                    "Svenska för nyanlända även på kvällstid",
                    "Jag arbetar dagtid och kan inte gå på SFI-lektionerna. Jag föreslår att kommunen erbjuder svenskundervisning "
                            + "på kvällar, gärna även på distans.",
                    "skola-och-barnomsorg",
                    "overtornea",
                    End.ANSWERED,
                    BUN,
                    260,
                    180,
                    "Barn- och utbildningsnämnden besvarade förslaget: SFI på distans med kvällspass startar till hösten.",
                    0,
                    1),
            new Demo(
                    -1,
                    "Pentti Keskitalo",
                    "MALE",
                    "65+",
                    Lang.FIT,
                    "Skoteriled Kuivakankhaasta Matarenkhiin",
                    "Ei ole merkittyä skoterireittiä Kuivakankhaasta kirkonkylhään. Ihmiset ajavat joka paikassa. "
                            + "Ehotan ette kunta merkittee reitin yhessä kyläyhistyksen kans.",
                    "vagar-och-trafik",
                    "kuivakangas",
                    End.PUBLISHED,
                    null,
                    20,
                    0,
                    null,
                    0),
            new Demo(
                    -1,
                    "Irma Niemi",
                    "FEMALE",
                    "65+",
                    Lang.FI,
                    "Palvelubussi Aapuasta kirkonkylään",
                    "Aapuasta ei kulje bussia kirkonkylään kuin kaksi kertaa viikossa. Vanhukset eivät pääse apteekkiin ja kauppaan. "
                            + "Ehdotan palvelubussia, joka ajaa Aapuasta kirkonkylään joka päivä.",
                    "omsorg-och-halsa",
                    "aapua",
                    End.REFERRED,
                    KS,
                    90,
                    0,
                    null,
                    0,
                    1,
                    2),
            new Demo(
                    -1,
                    "Lisa Pekkari",
                    "FEMALE",
                    "18-34",
                    Lang.SV,
                    "Utegym vid Hietaniemi bygdegård",
                    "Det finns inget gym i byarna. Ett enkelt utegym vid bygdegården i Hietaniemi skulle användas av både unga och gamla.",
                    "kultur-och-fritid",
                    "hietaniemi",
                    End.PUBLISHED,
                    null,
                    14,
                    0,
                    null,
                    0,
                    1),
            new Demo(
                    -1,
                    "Erik Vanhainen",
                    "MALE",
                    "18-34",
                    Lang.SV,
                    "Fiber till hela Luppio",
                    "Halva Luppio saknar fiber. Det gör det svårt att arbeta hemifrån och driva företag i byn. "
                            + "Jag föreslår att kommunen hjälper byn att söka bredbandsstöd.",
                    "naringsliv-och-arbete",
                    "luppio",
                    End.ANSWERED,
                    KS,
                    190,
                    130,
                    "Kommunstyrelsen besvarade förslaget: kommunens bredbandssamordnare hjälper byaföreningen med ansökan om stöd.",
                    0),
            new Demo(
                    -1,
                    "Anna Tervo",
                    "FEMALE",
                    "35-64",
                    Lang.SV,
                    "Lekplats i Niemis",
                    "Lekplatsen i Niemis revs för tre år sedan och har inte ersatts. Det finns många barnfamiljer i byn nu. "
                            + "Jag föreslår en ny lekplats vid gamla skolan.",
                    "boende-och-planering",
                    "niemis",
                    End.SUBMITTED,
                    null,
                    5,
                    0,
                    null),
            new Demo(
                    -1,
                    "Tore Haapakoski",
                    "MALE",
                    "65+",
                    Lang.SV,
                    "Sänkt hastighet genom Haapakylä",
                    "Bilarna kör för fort genom Haapakylä. Jag föreslår att kommunen begär 40 km/h genom byn och sätter upp farthinder. "
                            + "Grannen på nummer 12 kör alltid för fort.",
                    "vagar-och-trafik",
                    "haapakyla",
                    End.AMENDMENT_REQUESTED,
                    null,
                    10,
                    0,
                    null),
            new Demo(
                    -1,
                    "Kalle Lampinen",
                    "MALE",
                    "35-64",
                    Lang.SV,
                    "Mitt bygglov för garaget",
                    "Jag vill att kommunen ändrar beslutet om mitt bygglov för garaget på fastigheten i Pello.",
                    "boende-och-planering",
                    "pello",
                    End.DECLINED,
                    null,
                    60,
                    0,
                    null),
            new Demo(
                    -1,
                    "Hilda Juuso",
                    "FEMALE",
                    "65+",
                    Lang.FIT,
                    "Meänkielen kerho vanhoile",
                    "Vanhoitten talossa ei puhuta meänkieltä. Ehotan kerhoa, jossa vanhat saattavat puhua ja laulaa omala kielelä "
                            + "kerran viikossa.",
                    "demokrati-och-minoritetssprak",
                    "overtornea",
                    End.REFERRED,
                    KS,
                    70,
                    0,
                    null,
                    2),
            new Demo(
                    -1,
                    "Sven Ylinenpää",
                    "MALE",
                    "65+",
                    Lang.SV,
                    "Toalett vid badplatsen i Juoksengi",
                    "Vid badplatsen i Juoksengi finns ingen toalett. Sommartid kommer många turister. "
                            + "Jag föreslår en enkel torrtoalett och en soptunna.",
                    "miljo-och-natur",
                    "juoksengi",
                    End.HIDDEN,
                    null,
                    50,
                    0,
                    null),
            new Demo(
                    -1,
                    "Maria Tapio",
                    "FEMALE",
                    "18-34",
                    Lang.SV,
                    "Förskola med öppet till 18",
                    "Förskolan stänger klockan 17. Många föräldrar pendlar till Haparanda och Kalix och hinner inte hämta. "
                            + "Jag föreslår att en förskola har öppet till klockan 18.",
                    "skola-och-barnomsorg",
                    "overtornea",
                    End.APPROVED,
                    BUN,
                    180,
                    95,
                    "Barn- och utbildningsnämnden biföll förslaget. Solgläntans förskola har öppet till 18 från mars.",
                    1),
            new Demo(
                    1,
                    null,
                    null,
                    null,
                    Lang.SV,
                    "Cykelväg mellan Övertorneå och Svanstein",
                    "Vägen mellan Övertorneå och Svanstein är smal och tungt trafikerad. Jag föreslår att kommunen tillsammans med "
                            + "Trafikverket planerar en cykelväg.",
                    "vagar-och-trafik",
                    "svanstein",
                    End.DRAFT,
                    null,
                    2,
                    0,
                    null),
            new Demo(
                    2,
                    null,
                    null,
                    null,
                    Lang.FI,
                    "Suomenkielinen satutunti kirjastossa",
                    "Kirjastossa on satutunti vain ruotsiksi. Ehdotan suomenkielistä satutuntia lapsille kerran kuukaudessa.",
                    "kultur-och-fritid",
                    "overtornea",
                    End.PUBLISHED,
                    null,
                    8,
                    0,
                    null,
                    0));

    private final SaveProposalDraft drafts;
    private final SubmitProposal submit;
    private final RegisterPaperProposal paper;
    private final CheckProposalResidency residency;
    private final AcceptProposal accept;
    private final DeclineProposal decline;
    private final RequestProposalAmendment amendment;
    private final SupportProposal support;
    private final ReferProposal refer;
    private final AnswerProposal answer;
    private final ModerateProposal moderate;
    private final JdbcClient jdbc;

    private final se.bygdeportalen.platform.identity.DemoResidents demoResidents;

    ProposalsDemoData(
            SaveProposalDraft drafts,
            SubmitProposal submit,
            RegisterPaperProposal paper,
            CheckProposalResidency residency,
            AcceptProposal accept,
            DeclineProposal decline,
            RequestProposalAmendment amendment,
            SupportProposal support,
            ReferProposal refer,
            AnswerProposal answer,
            ModerateProposal moderate,
            JdbcClient jdbc,
            se.bygdeportalen.platform.identity.DemoResidents demoResidents) {
        this.demoResidents = demoResidents;
        this.drafts = drafts;
        this.submit = submit;
        this.paper = paper;
        this.residency = residency;
        this.accept = accept;
        this.decline = decline;
        this.amendment = amendment;
        this.support = support;
        this.refer = refer;
        this.answer = answer;
        this.moderate = moderate;
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "proposals";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void load(DemoContext context) {
        List<Demoed> residents = demoResidents.all().stream()
                .limit(3)
                .map(r -> new Demoed(new Actor.Resident(r.id()), r.displayName()))
                .toList();
        if (residents.size() < 3) {
            context.announce("Proposals: demo residents missing, no demo proposals loaded.");
            return;
        }
        List<long[]> created = new ArrayList<>();
        for (Demo d : PROPOSALS) {
            created.add(new long[] {create(d, residents, context.clock())});
        }
        spreadOverTheYear(context.clock(), created);
        context.announce("Demo citizen proposals: " + PROPOSALS.size() + " at /sv/medborgarforslag");
    }

    /** A demo resident: what a resident writes, sends and supports is theirs, as on the site. */
    private record Demoed(Actor.Resident actor, String name) {}

    private long create(Demo d, List<Demoed> residents, Clock clock) {
        long id;
        if (d.resident() >= 0) {
            Demoed resident = residents.get(d.resident());
            id = ok(
                    drafts.saveDraft(
                            new SaveProposalDraft.Command(
                                    null,
                                    d.lang(),
                                    d.title(),
                                    d.body(),
                                    d.category(),
                                    d.village(),
                                    "demo.invanare" + (d.resident() + 1) + "@example.invalid",
                                    null,
                                    UUID.randomUUID(),
                                    List.of()),
                            resident.actor()),
                    d);
            if (d.end() == End.DRAFT) {
                return id;
            }
            ok(submit.submit(new SubmitProposal.Command(id, address(d.resident())), resident.actor()), d);
        } else {
            id = ok(
                    paper.register(
                            new RegisterPaperProposal.Command(
                                    Objects.requireNonNull(d.name(), "every paper demo has a name"),
                                    "Byavägen " + (10 + d.title().length() % 40) + ", Övertorneå",
                                    null,
                                    null,
                                    d.lang(),
                                    d.title(),
                                    d.body(),
                                    d.category(),
                                    d.village(),
                                    ResidentDemographics.Sex.valueOf(
                                            Objects.requireNonNull(d.sex(), "every paper demo has a sex")),
                                    d.ageBand(),
                                    UUID.randomUUID(),
                                    List.of()),
                            SYSTEM),
                    d);
            if (d.end() == End.SUBMITTED) {
                return id;
            }
            ok(residency.checkResidency(new CheckProposalResidency.Command(id), SYSTEM), d);
        }
        switch (d.end()) {
            case SUBMITTED -> {
                return id;
            }
            case AMENDMENT_REQUESTED -> {
                ok(
                        amendment.requestAmendment(
                                new RequestProposalAmendment.Command(
                                        id,
                                        "Förslaget nämner en enskild granne. Ta bort meningen om grannen, så kan vi publicera det."),
                                SYSTEM),
                        d);
                return id;
            }
            case DECLINED -> {
                ok(
                        decline.decline(
                                new DeclineProposal.Command(
                                        id,
                                        "Förslaget gäller ett eget ärende (ett bygglov). Sådana ärenden kan "
                                                + "inte tas upp som medborgarförslag. Kontakta miljö- och byggnadsnämnden om ditt bygglov."),
                                SYSTEM),
                        d);
                return id;
            }
            default -> ok(accept.accept(new AcceptProposal.Command(id), SYSTEM), d);
        }
        for (int s : d.supporters()) {
            if (s != d.resident()) {
                ok(
                        support.support(
                                new SupportProposal.Command(id, address(s)),
                                residents.get(s).actor()),
                        d);
            }
        }
        if (d.end() == End.HIDDEN) {
            ok(
                    moderate.moderate(
                            new ModerateProposal.Command(
                                    id,
                                    ModerateProposal.Action.HIDE,
                                    "Förslaget innehöll en annan persons "
                                            + "telefonnummer. Det är dolt tills förslagsställaren har skickat in en ny version.",
                                    null,
                                    null),
                            SYSTEM),
                    d);
            return id;
        }
        if (d.end() == End.PUBLISHED) {
            return id;
        }
        ok(refer.refer(new ReferProposal.Command(id, d.body2(), null), SYSTEM), d);
        if (d.end() == End.REFERRED) {
            return id;
        }
        ProposalOutcome outcome = switch (d.end()) {
            case APPROVED -> ProposalOutcome.APPROVED;
            case REJECTED -> ProposalOutcome.REJECTED;
            default -> ProposalOutcome.ANSWERED;
        };
        ok(
                answer.answer(
                        new AnswerProposal.Command(
                                id,
                                null,
                                outcome,
                                LocalDate.now(clock.withZone(DateFormats.ZONE)),
                                d.body2(),
                                d.answer()),
                        SYSTEM),
                d);
        return id;
    }

    /**
     * The use cases stamped everything "now"; move each proposal's steps back in time so the list,
     * timeline and statistics look like a year of real handling. Offsets are scaled to fit in the
     * current year, since the case number carries the year of submission.
     */
    private void spreadOverTheYear(Clock clock, List<long[]> created) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(DateFormats.ZONE));
        double scale = Math.min(1.0, Math.max(0, now.getDayOfYear() - 2) / 320.0);
        for (int i = 0; i < PROPOSALS.size(); i++) {
            Demo d = PROPOSALS.get(i);
            long id = created.get(i)[0];
            long sent = Math.round(d.daysAgo() * scale * 24 * 60);
            long published = sent - Math.round(Math.min(6, d.daysAgo()) * scale * 24 * 60);
            long referred = sent - Math.round(Math.min(25, d.daysAgo() * 0.4) * scale * 24 * 60);
            long answered = sent - Math.round(d.answerAfter() * scale * 24 * 60);
            jdbc.sql("""
                    UPDATE proposal SET
                      created_at = created_at - ((:sent + 60) * interval '1 minute'),
                      submitted_at = submitted_at - ((:sent) * interval '1 minute'),
                      published_at = published_at - ((:published) * interval '1 minute'),
                      referred_at = referred_at - ((:referred) * interval '1 minute'),
                      answered_at = answered_at - ((:answered) * interval '1 minute'),
                      answer_decided_on = CASE WHEN answered_at IS NULL THEN NULL
                          ELSE ((answered_at - ((:answered) * interval '1 minute')) AT TIME ZONE 'Europe/Stockholm')::date - 2 END,
                      deadline = CASE WHEN submitted_at IS NULL THEN deadline
                          ELSE ((submitted_at - ((:sent) * interval '1 minute')) AT TIME ZONE 'Europe/Stockholm')::date + 365 END,
                      updated_at = updated_at - ((:answered) * interval '1 minute')
                    WHERE id = :id
                    """)
                    .param("sent", sent)
                    .param("published", published)
                    .param("referred", referred)
                    .param("answered", d.answerAfter() > 0 ? answered : Math.max(0, published))
                    .param("id", id)
                    .update();
            jdbc.sql("""
                    UPDATE proposal_event SET occurred_at = occurred_at - ((CASE
                        WHEN kind IN ('DRAFT_CREATED') THEN :sent + 60
                        WHEN kind IN ('SUBMITTED', 'AWAITING_CONFIRMATION', 'RESIDENCY_CHECKED') THEN :sent
                        WHEN kind IN ('AMENDMENT_REQUESTED', 'DECLINED') THEN greatest(:sent - 1440, 0)
                        WHEN kind IN ('PUBLISHED', 'SUPPORT_THRESHOLD_REACHED', 'HIDDEN') THEN :published
                        WHEN kind = 'REFERRED' THEN :referred
                        WHEN kind IN ('ANSWERED', 'DECISION_LINKED') THEN :answered
                        ELSE 0 END) * interval '1 minute')
                    WHERE proposal_id = :id
                    """)
                    .param("sent", sent)
                    .param("published", published)
                    .param("referred", referred)
                    .param("answered", d.answerAfter() > 0 ? answered : 0)
                    .param("id", id)
                    .update();
            jdbc.sql(
                            "UPDATE proposal_support SET created_at = created_at - ((:m) * interval '1 minute') WHERE proposal_id = :id")
                    .param("m", Math.max(0, published - 600))
                    .param("id", id)
                    .update();
        }
    }

    private static long ok(Result result, Demo d) {
        if (!(result instanceof Result.Saved saved)) {
            throw new IllegalStateException("Demo proposal refused (" + result + "): " + d.title());
        }
        return saved.id();
    }

    /** The demo loader has no HTTP request; the rate limits see each demo resident at an address of their own. */
    private static String address(int resident) {
        return "address:192.0.2." + (10 + Math.max(0, resident));
    }
}
