package se.bygdeportalen.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.Member;
import se.bygdeportalen.organisation.Organisation;
import se.bygdeportalen.organisation.RegistrarScope;
import se.bygdeportalen.organisation.Village;
import se.bygdeportalen.organisation.internal.BodyDetails;
import se.bygdeportalen.organisation.internal.ChangeBodyStatus;
import se.bygdeportalen.organisation.internal.LimitRegistrar;
import se.bygdeportalen.organisation.internal.Membership;
import se.bygdeportalen.organisation.internal.OrganisationAccess;
import se.bygdeportalen.organisation.internal.OrganisationRepository;
import se.bygdeportalen.organisation.internal.Person;
import se.bygdeportalen.organisation.internal.RegistrarAccount;
import se.bygdeportalen.organisation.internal.RemoveMembership;
import se.bygdeportalen.organisation.internal.SaveBody;
import se.bygdeportalen.organisation.internal.SaveMembership;
import se.bygdeportalen.organisation.internal.SavePerson;
import se.bygdeportalen.organisation.internal.SaveTerm;
import se.bygdeportalen.organisation.internal.SaveVillage;
import se.bygdeportalen.organisation.internal.Term;
import se.bygdeportalen.platform.api.KeysetPage;
import se.bygdeportalen.platform.api.KeysetRequest;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.identity.StaffDirectory;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.validation.Parse;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.Forms;
import se.bygdeportalen.platform.web.LangResolution;
import se.bygdeportalen.platform.web.TranslatableInput;

/**
 * Staff pages for the organisation: administrators keep bodies, villages and registrar scopes;
 * registrars and administrators keep terms, elected people and their seats. Forms are checked here,
 * turned into commands and handed to the use cases with the signed-in actor.
 */
@Controller
class OrganisationAdminPages {

    static final int PERSONS_PAGE_SIZE = 50;

    /** How many people the seat form offers at a time; a search by name finds anyone else. */
    static final int PERSON_CHOICES = 30;

    /** The seat form's search by name (a query parameter), and how much of it is used. */
    static final String PERSON_SEARCH = "namn";

    private static final int PERSON_SEARCH_MAX = 120;
    private static final String BASE = "/admin/organisation";

    private final OrganisationRepository repository;
    private final Organisation organisation;
    private final OrganisationAccess access;
    private final SaveBody saveBody;
    private final ChangeBodyStatus changeBodyStatus;
    private final SaveVillage saveVillage;
    private final SaveTerm saveTerm;
    private final SavePerson savePerson;
    private final SaveMembership saveMembership;
    private final RemoveMembership removeMembership;
    private final LimitRegistrar limitRegistrar;
    private final StaffDirectory staffDirectory;
    private final Messages messages;
    private final Clock clock;

    OrganisationAdminPages(
            OrganisationRepository repository,
            Organisation organisation,
            OrganisationAccess access,
            SaveBody saveBody,
            ChangeBodyStatus changeBodyStatus,
            SaveVillage saveVillage,
            SaveTerm saveTerm,
            SavePerson savePerson,
            SaveMembership saveMembership,
            RemoveMembership removeMembership,
            LimitRegistrar limitRegistrar,
            StaffDirectory staffDirectory,
            Messages messages,
            Clock clock) {
        this.repository = repository;
        this.organisation = organisation;
        this.access = access;
        this.saveBody = saveBody;
        this.changeBodyStatus = changeBodyStatus;
        this.saveVillage = saveVillage;
        this.saveTerm = saveTerm;
        this.savePerson = savePerson;
        this.saveMembership = saveMembership;
        this.removeMembership = removeMembership;
        this.limitRegistrar = limitRegistrar;
        this.staffDirectory = staffDirectory;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- overview and terms ----

    @GetMapping(BASE)
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String overview(Actor actor, Model model, HttpServletRequest request) {
        model.addAttribute("termForm", OrganisationForms.TermForm.empty());
        return overview(actor, model, FormErrors.none(), request.getParameter("sparat") != null);
    }

    @PostMapping(BASE + "/mandatperioder")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String addTerm(
            @Valid @ModelAttribute("termForm") OrganisationForms.TermForm form,
            BindingResult binding,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (Forms.saved(binding, response, () -> saveTerm.saveTerm(termCommand(null, form), actor))) {
            return "redirect:" + BASE + "?sparat";
        }
        model.addAttribute("termForm", form);
        return overview(
                actor, model, errors(binding, "organisation.term", OrganisationForms.TermForm.FIELDS, request), false);
    }

    @GetMapping(BASE + "/mandatperioder/{id}")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String term(@PathVariable long id, Model model) {
        Term term = repository.term(id).orElseThrow(Problem::notFound);
        model.addAttribute("termForm", OrganisationForms.TermForm.of(term));
        return termPage(model, term, FormErrors.none());
    }

    @PostMapping(BASE + "/mandatperioder/{id}")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String updateTerm(
            @PathVariable long id,
            @Valid @ModelAttribute("termForm") OrganisationForms.TermForm form,
            BindingResult binding,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Term term = repository.term(id).orElseThrow(Problem::notFound);
        if (Forms.saved(binding, response, () -> saveTerm.saveTerm(termCommand(id, form), actor))) {
            return "redirect:" + BASE + "?sparat";
        }
        model.addAttribute("termForm", form);
        return termPage(model, term, errors(binding, "organisation.term", OrganisationForms.TermForm.FIELDS, request));
    }

    private static SaveTerm.Command termCommand(@Nullable Long id, OrganisationForms.TermForm form) {
        return new SaveTerm.Command(id, Parse.date(form.startsOn()), Parse.date(form.endsOn()));
    }

    private String overview(Actor actor, Model model, FormErrors termErrors, boolean saved) {
        model.addAttribute("bodies", repository.allBodies());
        model.addAttribute(
                "scope",
                actor instanceof Actor.Staff staff && !staff.hasRole(Role.ADMINISTRATOR)
                        ? organisation.registrarScope(staff.id())
                        : RegistrarScope.all());
        model.addAttribute("terms", repository.terms());
        model.addAttribute("termErrors", termErrors);
        model.addAttribute("saved", saved);
        return "organisation/admin";
    }

    private String termPage(Model model, Term term, FormErrors errors) {
        model.addAttribute("term", term);
        model.addAttribute("errors", errors);
        return "organisation/adminTerm";
    }

    // ---- bodies ----

    @GetMapping(BASE + "/organ/ny")
    @StaffOnly(Role.ADMINISTRATOR)
    String newBody(Model model) {
        model.addAttribute("bodyForm", OrganisationForms.BodyForm.empty());
        return bodyPage(model, null, FormErrors.none());
    }

    @PostMapping(BASE + "/organ/ny")
    @StaffOnly(Role.ADMINISTRATOR)
    String createBody(
            @Valid @ModelAttribute("bodyForm") OrganisationForms.BodyForm form,
            BindingResult binding,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        TranslatableText name = TranslatableInput.read(form.name(), "name", true, 120, binding);
        if (Forms.saved(binding, response, () -> saveBody.saveBody(bodyCommand(null, form, name), actor))) {
            return "redirect:" + BASE + "?sparat";
        }
        model.addAttribute("bodyForm", form);
        return bodyPage(
                model, null, errors(binding, "organisation.bodyForm", OrganisationForms.BodyForm.FIELDS, request));
    }

    @GetMapping(BASE + "/organ/{id}")
    @StaffOnly(Role.ADMINISTRATOR)
    String body(@PathVariable long id, Model model) {
        BodyDetails details = repository.bodyDetails(id).orElseThrow(Problem::notFound);
        model.addAttribute("bodyForm", OrganisationForms.BodyForm.of(details));
        return bodyPage(model, details, FormErrors.none());
    }

    @PostMapping(BASE + "/organ/{id}")
    @StaffOnly(Role.ADMINISTRATOR)
    String updateBody(
            @PathVariable long id,
            @Valid @ModelAttribute("bodyForm") OrganisationForms.BodyForm form,
            BindingResult binding,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        BodyDetails details = repository.bodyDetails(id).orElseThrow(Problem::notFound);
        TranslatableText name = TranslatableInput.read(form.name(), "name", true, 120, binding);
        if (Forms.saved(binding, response, () -> saveBody.saveBody(bodyCommand(id, form, name), actor))) {
            return "redirect:" + BASE + "?sparat";
        }
        model.addAttribute("bodyForm", form);
        return bodyPage(
                model, details, errors(binding, "organisation.bodyForm", OrganisationForms.BodyForm.FIELDS, request));
    }

    private static SaveBody.Command bodyCommand(
            @Nullable Long id, OrganisationForms.BodyForm form, @Nullable TranslatableText name) {
        Long sort = Parse.whole(form.sort());
        Long seats = Parse.whole(form.seats());
        return new SaveBody.Command(
                id,
                Parse.text(form.slug()),
                Parse.choice(Body.Kind.class, form.kind()),
                name,
                Parse.whole(form.parentId()),
                sort == null ? 0 : sort.intValue(),
                seats == null ? null : seats.intValue());
    }

    @PostMapping(BASE + "/organ/{id}/status")
    @StaffOnly(Role.ADMINISTRATOR)
    String bodyStatus(@PathVariable long id, @RequestParam(defaultValue = "") String active, Actor actor) {
        changeBodyStatus.changeBodyStatus(new ChangeBodyStatus.Command(id, Parse.yes(active)), actor);
        return "redirect:" + BASE + "?sparat";
    }

    private String bodyPage(Model model, @Nullable BodyDetails details, FormErrors errors) {
        model.addAttribute("details", details);
        model.addAttribute(
                "parents",
                repository.allBodies().stream()
                        .filter(d -> d.body().kind() != Body.Kind.WORKING_GROUP)
                        .map(BodyDetails::body)
                        .toList());
        model.addAttribute("errors", errors);
        return "organisation/adminBody";
    }

    // ---- villages ----

    @GetMapping(BASE + "/byar")
    @StaffOnly(Role.ADMINISTRATOR)
    String villages(Model model, HttpServletRequest request) {
        model.addAttribute("villageForm", OrganisationForms.VillageForm.empty());
        return villagesPage(model, null, FormErrors.none(), request.getParameter("sparat") != null);
    }

    @PostMapping(BASE + "/byar")
    @StaffOnly(Role.ADMINISTRATOR)
    String addVillage(
            @Valid @ModelAttribute("villageForm") OrganisationForms.VillageForm form,
            BindingResult binding,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        TranslatableText name = TranslatableInput.read(form.name(), "name", true, 80, binding);
        if (Forms.saved(
                binding,
                response,
                () -> saveVillage.saveVillage(new SaveVillage.Command(null, Parse.text(form.slug()), name), actor))) {
            return "redirect:" + BASE + "/byar?sparat";
        }
        model.addAttribute("villageForm", form);
        return villagesPage(
                model,
                null,
                errors(binding, "organisation.village", OrganisationForms.VillageForm.FIELDS, request),
                false);
    }

    @GetMapping(BASE + "/byar/{id}")
    @StaffOnly(Role.ADMINISTRATOR)
    String village(@PathVariable long id, Model model) {
        Village village = repository.village(id).orElseThrow(Problem::notFound);
        model.addAttribute("villageForm", OrganisationForms.VillageForm.of(village));
        return villagesPage(model, village, FormErrors.none(), false);
    }

    @PostMapping(BASE + "/byar/{id}")
    @StaffOnly(Role.ADMINISTRATOR)
    String updateVillage(
            @PathVariable long id,
            @Valid @ModelAttribute("villageForm") OrganisationForms.VillageForm form,
            BindingResult binding,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Village village = repository.village(id).orElseThrow(Problem::notFound);
        TranslatableText name = TranslatableInput.read(form.name(), "name", true, 80, binding);
        if (Forms.saved(
                binding,
                response,
                () -> saveVillage.saveVillage(new SaveVillage.Command(id, Parse.text(form.slug()), name), actor))) {
            return "redirect:" + BASE + "/byar?sparat";
        }
        model.addAttribute("villageForm", form);
        return villagesPage(
                model,
                village,
                errors(binding, "organisation.village", OrganisationForms.VillageForm.FIELDS, request),
                false);
    }

    private String villagesPage(Model model, @Nullable Village editing, FormErrors errors, boolean saved) {
        model.addAttribute("villages", organisation.villages());
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        return "organisation/adminVillages";
    }

    // ---- people ----

    @GetMapping(BASE + "/personer")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String persons(
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String after,
            @RequestParam(required = false) String before,
            Model model,
            HttpServletRequest request) {
        KeysetPage<Person> persons = repository.persons(KeysetRequest.forPage(
                BASE + "/personer", PERSONS_PAGE_SIZE, OrganisationRepository.BY_NAME, after, before, page));
        model.addAttribute("persons", persons.items());
        model.addAttribute("total", repository.countPersons());
        model.addAttribute("pages", persons.links(BASE + "/personer"));
        model.addAttribute("saved", request.getParameter("sparat") != null);
        return "organisation/adminPersons";
    }

    @GetMapping(BASE + "/personer/ny")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String newPerson(Model model) {
        model.addAttribute("personForm", OrganisationForms.PersonForm.empty());
        return personPage(model, null, FormErrors.none());
    }

    @PostMapping(BASE + "/personer/ny")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String createPerson(
            @Valid @ModelAttribute("personForm") OrganisationForms.PersonForm form,
            BindingResult binding,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Result[] result = new Result[1];
        if (Forms.saved(binding, response, () -> result[0] = savePerson.savePerson(personCommand(null, form), actor))) {
            return "redirect:" + BASE + "/personer/" + result[0].id() + "?sparat";
        }
        model.addAttribute("personForm", form);
        return personPage(
                model, null, errors(binding, "organisation.person", OrganisationForms.PersonForm.FIELDS, request));
    }

    @GetMapping(BASE + "/personer/{id}")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String person(@PathVariable long id, Model model, HttpServletRequest request) {
        Person person = repository.person(id).orElseThrow(Problem::notFound);
        model.addAttribute("personForm", OrganisationForms.PersonForm.of(person));
        model.addAttribute("saved", request.getParameter("sparat") != null);
        return personPage(model, person, FormErrors.none());
    }

    @PostMapping(BASE + "/personer/{id}")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String updatePerson(
            @PathVariable long id,
            @Valid @ModelAttribute("personForm") OrganisationForms.PersonForm form,
            BindingResult binding,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Person person = repository.person(id).orElseThrow(Problem::notFound);
        if (Forms.saved(binding, response, () -> savePerson.savePerson(personCommand(id, form), actor))) {
            return "redirect:" + BASE + "/personer/" + id + "?sparat";
        }
        model.addAttribute("personForm", form);
        return personPage(
                model, person, errors(binding, "organisation.person", OrganisationForms.PersonForm.FIELDS, request));
    }

    private static SavePerson.Command personCommand(@Nullable Long id, OrganisationForms.PersonForm form) {
        return new SavePerson.Command(
                id, form.name(), form.party(), Parse.choice(Member.Sex.class, form.sex()), Parse.text(form.email()));
    }

    private String personPage(Model model, @Nullable Person person, FormErrors errors) {
        model.addAttribute("person", person);
        model.addAttribute("errors", errors);
        model.addAttribute("memberships", person == null ? List.of() : repository.membershipsOf(person.id()));
        model.addAttribute("bodyNames", bodyNames());
        if (!model.containsAttribute("saved")) {
            model.addAttribute("saved", false);
        }
        return "organisation/adminPerson";
    }

    // ---- seats ----

    @GetMapping(BASE + "/organ/{id}/ledamoter")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String seats(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String term,
            @RequestParam(name = PERSON_SEARCH, required = false) @Nullable String search,
            Actor actor,
            Model model,
            HttpServletRequest request) {
        access.bodyRecords().check(actor, id);
        BodyDetails body = repository.bodyDetails(id).orElseThrow(Problem::notFound);
        Term chosen = chosenTerm(term);
        model.addAttribute(
                "membershipForm",
                new OrganisationForms.MembershipForm(
                        "",
                        Long.toString(id),
                        chosen == null ? "" : Long.toString(chosen.id()),
                        "MEMBER",
                        chosen == null ? "" : chosen.startsOn().toString(),
                        chosen == null ? "" : chosen.endsOn().toString()));
        model.addAttribute("saved", request.getParameter("sparat") != null);
        return seatsPage(model, body, chosen, FormErrors.none(), search, null);
    }

    @PostMapping(BASE + "/organ/{id}/ledamoter")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String addSeat(
            @PathVariable long id,
            @Valid @ModelAttribute("membershipForm") OrganisationForms.MembershipForm form,
            BindingResult binding,
            @RequestParam(name = PERSON_SEARCH, required = false) @Nullable String search,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        access.bodyRecords().check(actor, id);
        BodyDetails body = repository.bodyDetails(id).orElseThrow(Problem::notFound);
        if (Forms.saved(
                binding,
                response,
                () -> saveMembership.saveMembership(
                        new SaveMembership.Command(
                                null,
                                Parse.whole(form.personId()),
                                id,
                                Parse.whole(form.termId()),
                                Parse.choice(Member.Role.class, form.role()),
                                Parse.date(form.from()),
                                Parse.date(form.to())),
                        actor))) {
            return "redirect:" + BASE + "/organ/" + id + "/ledamoter?term="
                    + Forms.required(form.termId()).strip() + "&sparat";
        }
        model.addAttribute("saved", false);
        model.addAttribute("membershipForm", form);
        return seatsPage(
                model,
                body,
                chosenTerm(form.termId()),
                errors(binding, "organisation.membership", OrganisationForms.MembershipForm.FIELDS, request),
                search,
                idOrNull(form.personId()));
    }

    @GetMapping(BASE + "/uppdrag/{id}")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String membership(@PathVariable long id, Actor actor, Model model) {
        Membership membership = repository.membership(id).orElseThrow(Problem::notFound);
        access.bodyRecords().check(actor, membership.bodyId());
        model.addAttribute("membershipForm", OrganisationForms.MembershipForm.of(membership));
        return membershipPage(model, membership, FormErrors.none());
    }

    @PostMapping(BASE + "/uppdrag/{id}")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String updateMembership(
            @PathVariable long id,
            @Valid @ModelAttribute("membershipForm") OrganisationForms.MembershipForm form,
            BindingResult binding,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Membership membership = repository.membership(id).orElseThrow(Problem::notFound);
        access.bodyRecords().check(actor, membership.bodyId());
        if (Forms.saved(
                binding,
                response,
                () -> saveMembership.saveMembership(
                        new SaveMembership.Command(
                                id,
                                null,
                                null,
                                Parse.whole(form.termId()),
                                Parse.choice(Member.Role.class, form.role()),
                                Parse.date(form.from()),
                                Parse.date(form.to())),
                        actor))) {
            return "redirect:" + BASE + "/organ/" + membership.bodyId() + "/ledamoter?term="
                    + Forms.required(form.termId()).strip() + "&sparat";
        }
        model.addAttribute("membershipForm", form);
        return membershipPage(
                model,
                membership,
                errors(binding, "organisation.membership", OrganisationForms.MembershipForm.FIELDS, request));
    }

    @PostMapping(BASE + "/uppdrag/{id}/ta-bort")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String removeMembership(@PathVariable long id, Actor actor) {
        long bodyId = removeMembership
                .removeMembership(new RemoveMembership.Command(id), actor)
                .id();
        return "redirect:" + BASE + "/organ/" + bodyId + "/ledamoter?sparat";
    }

    private @Nullable Term chosenTerm(@Nullable String termId) {
        List<Term> terms = repository.terms();
        if (termId != null && termId.strip().matches("\\d{1,18}")) {
            long id = Long.parseLong(termId.strip());
            return terms.stream().filter(t -> t.id() == id).findFirst().orElse(null);
        }
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        return terms.stream().filter(t -> t.contains(today)).findFirst().orElse(terms.isEmpty() ? null : terms.get(0));
    }

    /**
     * The seats page. Its person list is bounded: the people whose name contains the search, or without
     * one the people added last (whom a clerk has most likely just entered), at most
     * {@link #PERSON_CHOICES} either way; a search by name reaches anyone. The person chosen in a form
     * that came back with an error stays in the list.
     */
    private String seatsPage(
            Model model,
            BodyDetails body,
            @Nullable Term term,
            FormErrors errors,
            @Nullable String search,
            @Nullable Long chosenPersonId) {
        String name = search == null ? "" : search.strip().replaceAll("\\s+", " ");
        if (name.length() > PERSON_SEARCH_MAX) {
            name = name.substring(0, PERSON_SEARCH_MAX);
        }
        List<Person> found = name.isEmpty()
                ? repository.newestPersons(PERSON_CHOICES + 1)
                : repository.personsNamed(name, PERSON_CHOICES + 1);
        List<Person> persons = new ArrayList<>(found.subList(0, Math.min(PERSON_CHOICES, found.size())));
        if (chosenPersonId != null && persons.stream().noneMatch(p -> p.id() == chosenPersonId)) {
            repository.person(chosenPersonId).ifPresent(p -> persons.addFirst(p));
        }
        model.addAttribute("details", body);
        model.addAttribute("term", term);
        model.addAttribute("terms", repository.terms());
        model.addAttribute(
                "seats", term == null ? List.of() : repository.seats(body.body().id(), term.id()));
        model.addAttribute("persons", persons);
        model.addAttribute("personSearch", name);
        model.addAttribute("morePersons", found.size() > PERSON_CHOICES);
        model.addAttribute("personLimit", PERSON_CHOICES);
        model.addAttribute("errors", errors);
        return "organisation/adminSeats";
    }

    private String membershipPage(Model model, Membership membership, FormErrors errors) {
        model.addAttribute("membership", membership);
        model.addAttribute("person", repository.person(membership.personId()).orElseThrow(Problem::notFound));
        model.addAttribute(
                "details", repository.bodyDetails(membership.bodyId()).orElseThrow(Problem::notFound));
        model.addAttribute("terms", repository.terms());
        model.addAttribute("errors", errors);
        return "organisation/adminMembership";
    }

    // ---- registrar scope ----

    @GetMapping(BASE + "/registratorer")
    @StaffOnly(Role.ADMINISTRATOR)
    String registrars(Model model, HttpServletRequest request) {
        model.addAttribute("saved", request.getParameter("sparat") != null);
        return registrarsPage(model, null, FormErrors.none());
    }

    @GetMapping(BASE + "/registratorer/{id}")
    @StaffOnly(Role.ADMINISTRATOR)
    String registrar(@PathVariable long id, Model model) {
        model.addAttribute("saved", false);
        return registrarsPage(model, id, FormErrors.none());
    }

    @PostMapping(BASE + "/registratorer/{id}")
    @StaffOnly(Role.ADMINISTRATOR)
    String limit(
            @PathVariable long id,
            @ModelAttribute("scopeForm") OrganisationForms.ScopeForm form,
            BindingResult binding,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Set<Long> bodyIds = new HashSet<>();
        for (String text : form.bodyIds() == null ? List.<String>of() : form.bodyIds()) {
            if (text == null || !text.strip().matches("\\d{1,18}")) {
                binding.rejectValue("bodyIds", "invalid");
            } else {
                bodyIds.add(Long.valueOf(text.strip()));
            }
        }
        if (Forms.saved(
                binding,
                response,
                () -> limitRegistrar.limitRegistrar(new LimitRegistrar.Command(id, bodyIds), actor))) {
            return "redirect:" + BASE + "/registratorer?sparat";
        }
        model.addAttribute("saved", false);
        return registrarsPage(model, id, errors(binding, "organisation.scope", List.of("bodyIds"), request));
    }

    private String registrarsPage(Model model, @Nullable Long selectedId, FormErrors errors) {
        Map<Long, Set<Long>> scopes = repository.scopes();
        List<RegistrarAccount> registrars = staffDirectory.withRole(Role.REGISTRAR).stream()
                .map(m -> new RegistrarAccount(
                        m.id(), m.displayName(), m.username(), scopes.getOrDefault(m.id(), Set.of())))
                .toList();
        RegistrarAccount selected = selectedId == null
                ? null
                : registrars.stream()
                        .filter(r -> r.id() == selectedId)
                        .findFirst()
                        .orElseThrow(Problem::notFound);
        model.addAttribute("registrars", registrars);
        model.addAttribute("selected", selected);
        model.addAttribute("bodies", repository.allBodies());
        model.addAttribute("errors", errors);
        return "organisation/adminRegistrars";
    }

    // ---- helpers ----

    private Map<Long, Body> bodyNames() {
        return repository.allBodies().stream()
                .map(BodyDetails::body)
                .collect(Collectors.toMap(Body::id, Function.identity()));
    }

    private static @Nullable Long idOrNull(@Nullable String text) {
        return text != null && text.strip().matches("\\d{1,18}") ? Long.valueOf(text.strip()) : null;
    }

    private FormErrors errors(BindingResult binding, String formKey, List<String> fields, HttpServletRequest request) {
        return FormErrors.of(binding, formKey, fields, messages, LangResolution.resolve(request));
    }
}
