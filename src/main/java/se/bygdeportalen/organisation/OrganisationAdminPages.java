package se.bygdeportalen.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.LangResolution;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.web.Pagination;

/**
 * Staff pages for the organisation: administrators keep bodies, villages and registrar scopes;
 * registrars and administrators keep terms, elected people and their seats.
 */
@Controller
class OrganisationAdminPages {

    static final int PERSONS_PAGE_SIZE = 50;
    private static final String BASE = "/admin/organisation";

    private final OrganisationRepository repository;
    private final Organisation organisation;
    private final SaveBody saveBody;
    private final ChangeBodyStatus changeBodyStatus;
    private final SaveVillage saveVillage;
    private final SaveTerm saveTerm;
    private final SavePerson savePerson;
    private final SaveMembership saveMembership;
    private final LimitRegistrar limitRegistrar;
    private final Messages messages;
    private final Clock clock;

    private final se.bygdeportalen.platform.identity.StaffDirectory staffDirectory;

    OrganisationAdminPages(OrganisationRepository repository, Organisation organisation, SaveBody saveBody, ChangeBodyStatus changeBodyStatus,
                           SaveVillage saveVillage, SaveTerm saveTerm, SavePerson savePerson, SaveMembership saveMembership,
                           LimitRegistrar limitRegistrar, Messages messages, Clock clock, se.bygdeportalen.platform.identity.StaffDirectory staffDirectory) {
        this.staffDirectory = staffDirectory;
        this.repository = repository;
        this.organisation = organisation;
        this.saveBody = saveBody;
        this.changeBodyStatus = changeBodyStatus;
        this.saveVillage = saveVillage;
        this.saveTerm = saveTerm;
        this.savePerson = savePerson;
        this.saveMembership = saveMembership;
        this.limitRegistrar = limitRegistrar;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- overview and terms ----

    @GetMapping(BASE)
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String overview(Model model, HttpServletRequest request) {
        model.addAttribute("termForm", OrganisationForms.TermForm.empty());
        return overview(model, FormErrors.none(), request.getParameter("sparat") != null);
    }

    @PostMapping(BASE + "/mandatperioder")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String addTerm(@ModelAttribute("termForm") OrganisationForms.TermForm form, BindingResult result, Model model,
                   HttpServletRequest request, HttpServletResponse response) {
        if (saveTerm.save(null, form, result) < 0) {
            response.setStatus(400);
            return overview(model, errors(result, "organisation.term", OrganisationForms.TermForm.FIELDS, request), false);
        }
        return "redirect:" + BASE + "?sparat";
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
    String updateTerm(@PathVariable long id, @ModelAttribute("termForm") OrganisationForms.TermForm form, BindingResult result,
                      Model model, HttpServletRequest request, HttpServletResponse response) {
        if (saveTerm.save(id, form, result) < 0) {
            response.setStatus(400);
            return termPage(model, repository.term(id).orElseThrow(Problem::notFound),
                    errors(result, "organisation.term", OrganisationForms.TermForm.FIELDS, request));
        }
        return "redirect:" + BASE + "?sparat";
    }

    private String overview(Model model, FormErrors termErrors, boolean saved) {
        model.addAttribute("bodies", repository.allBodies());
        model.addAttribute("scope", se.bygdeportalen.platform.security.CurrentUser.get()
                .filter(u -> !u.hasRole(Role.ADMINISTRATOR)).map(u -> organisation.registrarScope(u.id())).orElse(RegistrarScope.all()));
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
    String createBody(@ModelAttribute("bodyForm") OrganisationForms.BodyForm form, BindingResult result, Model model,
                      HttpServletRequest request, HttpServletResponse response) {
        if (saveBody.save(null, form, result) < 0) {
            response.setStatus(400);
            return bodyPage(model, null, errors(result, "organisation.bodyForm", OrganisationForms.BodyForm.FIELDS, request));
        }
        return "redirect:" + BASE + "?sparat";
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
    String updateBody(@PathVariable long id, @ModelAttribute("bodyForm") OrganisationForms.BodyForm form, BindingResult result,
                      Model model, HttpServletRequest request, HttpServletResponse response) {
        if (saveBody.save(id, form, result) < 0) {
            response.setStatus(400);
            return bodyPage(model, repository.bodyDetails(id).orElseThrow(Problem::notFound),
                    errors(result, "organisation.bodyForm", OrganisationForms.BodyForm.FIELDS, request));
        }
        return "redirect:" + BASE + "?sparat";
    }

    @PostMapping(BASE + "/organ/{id}/status")
    @StaffOnly(Role.ADMINISTRATOR)
    String bodyStatus(@PathVariable long id, @RequestParam(defaultValue = "") String active) {
        changeBodyStatus.change(id, "true".equals(active));
        return "redirect:" + BASE + "?sparat";
    }

    private String bodyPage(Model model, BodyDetails details, FormErrors errors) {
        model.addAttribute("details", details);
        model.addAttribute("parents", repository.allBodies().stream().filter(d -> d.body().kind() != Body.Kind.WORKING_GROUP)
                .map(BodyDetails::body).toList());
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
    String addVillage(@ModelAttribute("villageForm") OrganisationForms.VillageForm form, BindingResult result, Model model,
                      HttpServletRequest request, HttpServletResponse response) {
        if (saveVillage.save(null, form, result) < 0) {
            response.setStatus(400);
            return villagesPage(model, null, errors(result, "organisation.village", OrganisationForms.VillageForm.FIELDS, request), false);
        }
        return "redirect:" + BASE + "/byar?sparat";
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
    String updateVillage(@PathVariable long id, @ModelAttribute("villageForm") OrganisationForms.VillageForm form, BindingResult result,
                         Model model, HttpServletRequest request, HttpServletResponse response) {
        Village village = repository.village(id).orElseThrow(Problem::notFound);
        if (saveVillage.save(id, form, result) < 0) {
            response.setStatus(400);
            return villagesPage(model, village, errors(result, "organisation.village", OrganisationForms.VillageForm.FIELDS, request), false);
        }
        return "redirect:" + BASE + "/byar?sparat";
    }

    private String villagesPage(Model model, Village editing, FormErrors errors, boolean saved) {
        model.addAttribute("villages", organisation.villages());
        model.addAttribute("editing", editing);
        model.addAttribute("errors", errors);
        model.addAttribute("saved", saved);
        return "organisation/adminVillages";
    }

    // ---- people ----

    @GetMapping(BASE + "/personer")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String persons(@RequestParam(defaultValue = "1") String page, Model model, HttpServletRequest request) {
        int p = pageNumber(page);
        long total = repository.countPersons();
        model.addAttribute("persons", repository.persons((p - 1) * PERSONS_PAGE_SIZE, PERSONS_PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("pagination", Pagination.of(p, total, PERSONS_PAGE_SIZE, BASE + "/personer"));
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
    String createPerson(@ModelAttribute("personForm") OrganisationForms.PersonForm form, BindingResult result, Model model,
                        HttpServletRequest request, HttpServletResponse response) {
        long id = savePerson.save(null, form, result);
        if (id < 0) {
            response.setStatus(400);
            return personPage(model, null, errors(result, "organisation.person", OrganisationForms.PersonForm.FIELDS, request));
        }
        return "redirect:" + BASE + "/personer/" + id + "?sparat";
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
    String updatePerson(@PathVariable long id, @ModelAttribute("personForm") OrganisationForms.PersonForm form, BindingResult result,
                        Model model, HttpServletRequest request, HttpServletResponse response) {
        Person person = repository.person(id).orElseThrow(Problem::notFound);
        if (savePerson.save(id, form, result) < 0) {
            response.setStatus(400);
            return personPage(model, person, errors(result, "organisation.person", OrganisationForms.PersonForm.FIELDS, request));
        }
        return "redirect:" + BASE + "/personer/" + id + "?sparat";
    }

    private String personPage(Model model, Person person, FormErrors errors) {
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
    String seats(@PathVariable long id, @RequestParam(required = false) String term, Model model, HttpServletRequest request) {
        BodyDetails body = repository.bodyDetails(id).orElseThrow(Problem::notFound);
        saveMembership.checkScope(id);
        Term chosen = chosenTerm(term);
        model.addAttribute("membershipForm", new OrganisationForms.MembershipForm("", Long.toString(id),
                chosen == null ? "" : Long.toString(chosen.id()), "MEMBER",
                chosen == null ? "" : chosen.startsOn().toString(), chosen == null ? "" : chosen.endsOn().toString()));
        model.addAttribute("saved", request.getParameter("sparat") != null);
        return seatsPage(model, body, chosen, FormErrors.none());
    }

    @PostMapping(BASE + "/organ/{id}/ledamoter")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String addSeat(@PathVariable long id, @ModelAttribute("membershipForm") OrganisationForms.MembershipForm form, BindingResult result,
                   Model model, HttpServletRequest request, HttpServletResponse response) {
        BodyDetails body = repository.bodyDetails(id).orElseThrow(Problem::notFound);
        OrganisationForms.MembershipForm forBody = new OrganisationForms.MembershipForm(form.personId(), Long.toString(id), form.termId(),
                form.role(), form.from(), form.to());
        BindingResult bound = new org.springframework.validation.BeanPropertyBindingResult(forBody, "membershipForm");
        bound.addAllErrors(result);
        if (saveMembership.save(null, forBody, bound) < 0) {
            response.setStatus(400);
            model.addAttribute("membershipForm", forBody);
            model.addAttribute("saved", false);
            return seatsPage(model, body, chosenTerm(form.termId()), errors(bound, "organisation.membership",
                    OrganisationForms.MembershipForm.FIELDS, request));
        }
        return "redirect:" + BASE + "/organ/" + id + "/ledamoter?term=" + form.termId().strip() + "&sparat";
    }

    @GetMapping(BASE + "/uppdrag/{id}")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String membership(@PathVariable long id, Model model) {
        Membership membership = repository.membership(id).orElseThrow(Problem::notFound);
        saveMembership.checkScope(membership.bodyId());
        model.addAttribute("membershipForm", OrganisationForms.MembershipForm.of(membership));
        return membershipPage(model, membership, FormErrors.none());
    }

    @PostMapping(BASE + "/uppdrag/{id}")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String updateMembership(@PathVariable long id, @ModelAttribute("membershipForm") OrganisationForms.MembershipForm form,
                            BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response) {
        Membership membership = repository.membership(id).orElseThrow(Problem::notFound);
        if (saveMembership.save(id, form, result) < 0) {
            response.setStatus(400);
            return membershipPage(model, membership, errors(result, "organisation.membership", OrganisationForms.MembershipForm.FIELDS, request));
        }
        return "redirect:" + BASE + "/organ/" + membership.bodyId() + "/ledamoter?term=" + form.termId().strip() + "&sparat";
    }

    @PostMapping(BASE + "/uppdrag/{id}/ta-bort")
    @StaffOnly({Role.ADMINISTRATOR, Role.REGISTRAR})
    String removeMembership(@PathVariable long id) {
        long bodyId = saveMembership.remove(id);
        return "redirect:" + BASE + "/organ/" + bodyId + "/ledamoter?sparat";
    }

    private Term chosenTerm(String termId) {
        List<Term> terms = repository.terms();
        if (termId != null && termId.strip().matches("\\d{1,18}")) {
            long id = Long.parseLong(termId.strip());
            return terms.stream().filter(t -> t.id() == id).findFirst().orElse(null);
        }
        LocalDate today = LocalDate.now(clock.withZone(DateFormats.ZONE));
        return terms.stream().filter(t -> t.contains(today)).findFirst().orElse(terms.isEmpty() ? null : terms.get(0));
    }

    private String seatsPage(Model model, BodyDetails body, Term term, FormErrors errors) {
        model.addAttribute("details", body);
        model.addAttribute("term", term);
        model.addAttribute("terms", repository.terms());
        model.addAttribute("seats", term == null ? List.of() : repository.seats(body.body().id(), term.id()));
        model.addAttribute("persons", repository.persons(0, 5_000));
        model.addAttribute("errors", errors);
        return "organisation/adminSeats";
    }

    private String membershipPage(Model model, Membership membership, FormErrors errors) {
        model.addAttribute("membership", membership);
        model.addAttribute("person", repository.person(membership.personId()).orElseThrow(Problem::notFound));
        model.addAttribute("details", repository.bodyDetails(membership.bodyId()).orElseThrow(Problem::notFound));
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
    String limit(@PathVariable long id, @ModelAttribute("scopeForm") OrganisationForms.ScopeForm form, BindingResult result,
                 Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!limitRegistrar.limit(id, form.bodyIds(), result)) {
            response.setStatus(400);
            model.addAttribute("saved", false);
            return registrarsPage(model, id, errors(result, "organisation.scope", List.of("bodyIds"), request));
        }
        return "redirect:" + BASE + "/registratorer?sparat";
    }

    private String registrarsPage(Model model, Long selectedId, FormErrors errors) {
        java.util.Map<Long, Set<Long>> scopes = repository.scopes();
        List<RegistrarAccount> registrars = staffDirectory.withRole(se.bygdeportalen.platform.security.Role.REGISTRAR).stream()
                .map(m -> new RegistrarAccount(m.id(), m.displayName(), m.username(), scopes.getOrDefault(m.id(), Set.of()))).toList();
        RegistrarAccount selected = selectedId == null ? null
                : registrars.stream().filter(r -> r.id() == selectedId).findFirst().orElseThrow(Problem::notFound);
        model.addAttribute("registrars", registrars);
        model.addAttribute("selected", selected);
        model.addAttribute("bodies", repository.allBodies());
        model.addAttribute("errors", errors);
        return "organisation/adminRegistrars";
    }

    // ---- helpers ----

    private Map<Long, Body> bodyNames() {
        return repository.allBodies().stream().map(BodyDetails::body)
                .collect(Collectors.toMap(Body::id, Function.identity()));
    }

    private static int pageNumber(String page) {
        return page != null && page.matches("\\d{1,6}") ? Math.max(1, Integer.parseInt(page)) : 1;
    }

    private FormErrors errors(BindingResult result, String formKey, List<String> fields, HttpServletRequest request) {
        return FormErrors.of(result, formKey, fields, messages, LangResolution.resolve(request));
    }
}
