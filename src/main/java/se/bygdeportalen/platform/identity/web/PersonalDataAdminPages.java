package se.bygdeportalen.platform.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.identity.Resident;
import se.bygdeportalen.platform.identity.internal.ErasePersonalData;
import se.bygdeportalen.platform.identity.internal.ErasureOverview;
import se.bygdeportalen.platform.identity.internal.PersonalDataCounts;
import se.bygdeportalen.platform.identity.internal.PersonalDataExport;
import se.bygdeportalen.platform.identity.internal.PersonalDataSubject;
import se.bygdeportalen.platform.identity.internal.PersonalNumberVault;
import se.bygdeportalen.platform.identity.internal.ResidentRepository;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.Forms;
import se.bygdeportalen.platform.web.LangResolution;

/**
 * Requests under GDPR (access and erasure) for residents, answered by an administrator across every
 * module. The resident is found by personal identity number through its keyed hash; the number is
 * only posted, never put in a URL, shown again, logged or audited.
 */
@Controller
@StaffOnly(Role.ADMINISTRATOR)
class PersonalDataAdminPages {

    private static final tools.jackson.databind.ObjectWriter JSON =
            tools.jackson.databind.json.JsonMapper.builder().build().writerWithDefaultPrettyPrinter();

    /** The erasure form: a reason (the request and its case number) and an explicit confirmation. */
    record EraseForm(
            @NotBlank @Size(max = 500) String reason,
            @NotBlank @Pattern(regexp = "true") String confirm) {
        static final List<String> FIELDS = List.of("reason", "confirm");
    }

    private final ResidentRepository residents;
    private final PersonalNumberVault vault;
    private final PersonalDataExport export;
    private final PersonalDataCounts counts;
    private final ErasePersonalData erase;
    private final ErasureOverview overview;
    private final Messages messages;

    PersonalDataAdminPages(
            ResidentRepository residents,
            PersonalNumberVault vault,
            PersonalDataExport export,
            PersonalDataCounts counts,
            ErasePersonalData erase,
            ErasureOverview overview,
            Messages messages) {
        this.residents = residents;
        this.vault = vault;
        this.export = export;
        this.counts = counts;
        this.erase = erase;
        this.overview = overview;
        this.messages = messages;
    }

    @GetMapping("/admin/personuppgifter")
    String search(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return "identity/personalDataSearch";
    }

    /** The number is read here and dropped: it is not kept in a form object that could be shown again. */
    @PostMapping("/admin/personuppgifter")
    String find(
            @RequestParam(required = false) @Nullable String personalNumber,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Lang lang = LangResolution.resolve(request);
        String pin;
        try {
            pin = PersonalNumberVault.normalize(personalNumber);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute(
                    "errors", FormErrors.single("personalNumber", messages.get(lang, "personalData.search.invalid")));
            return "identity/personalDataSearch";
        }
        Optional<Resident> resident = residents.byPinHash(vault.index(pin));
        if (resident.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute(
                    "errors", FormErrors.single("personalNumber", messages.get(lang, "personalData.search.notFound")));
            return "identity/personalDataSearch";
        }
        return "redirect:/admin/personuppgifter/" + resident.get().id();
    }

    @GetMapping("/admin/personuppgifter/{id}")
    String resident(@PathVariable long id, Actor actor, Model model, HttpServletRequest request) {
        Resident resident = residents.byId(id).orElseThrow(Problem::notFound);
        return render(model, actor, resident, FormErrors.none(), request.getParameter("raderat") != null);
    }

    /** A JSON file with everything kept about the resident; the download itself is audited. */
    @PostMapping("/admin/personuppgifter/{id}/export")
    ResponseEntity<byte[]> download(@PathVariable long id, Actor actor) {
        residents.byId(id).orElseThrow(Problem::notFound);
        return json(
                "personuppgifter-" + id + ".json", export.exportPersonalData(PersonalDataSubject.resident(id), actor));
    }

    @PostMapping("/admin/personuppgifter/{id}/radera")
    String erase(
            @PathVariable long id,
            @Valid @ModelAttribute("eraseForm") EraseForm form,
            BindingResult binding,
            Actor actor,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Resident resident = residents.byId(id).orElseThrow(Problem::notFound);
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(model, actor, resident, errors(binding, request), false);
        }
        Result result = erase.erasePersonalData(new ErasePersonalData.Command(id, form.reason()), actor);
        if (result instanceof Result.Invalid invalid) {
            Forms.addTo(binding, invalid);
            response.setStatus(invalid.status());
            return render(model, actor, resident, errors(binding, request), false);
        }
        return "redirect:/admin/personuppgifter/" + id + "?raderat";
    }

    private String render(Model model, Actor actor, Resident resident, FormErrors errors, boolean erased) {
        model.addAttribute("resident", resident);
        model.addAttribute("counts", counts.countPersonalData(PersonalDataSubject.resident(resident.id()), actor));
        model.addAttribute("overview", overview.erasureOverview(resident.id(), actor));
        model.addAttribute("errors", errors);
        model.addAttribute("erased", erased);
        return "identity/personalDataResident";
    }

    private FormErrors errors(BindingResult binding, HttpServletRequest request) {
        return FormErrors.of(
                binding, "personalData.erase", EraseForm.FIELDS, messages, LangResolution.resolve(request));
    }

    static ResponseEntity<byte[]> json(String fileName, Object data) {
        byte[] body = JSON.writeValueAsString(data).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
