package se.bygdeportalen.platform.identity;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.manifest.PersonalDataCategory.Subject;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.LangResolution;
import se.bygdeportalen.platform.usecase.Problem;

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

    private final ResidentRepository residents;
    private final PersonalNumberVault vault;
    private final PersonalDataExport export;
    private final ErasePersonalData erase;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Messages messages;

    PersonalDataAdminPages(ResidentRepository residents, PersonalNumberVault vault, PersonalDataExport export,
                           ErasePersonalData erase, AuditLog audit, TransactionTemplate transactions, Messages messages) {
        this.residents = residents;
        this.vault = vault;
        this.export = export;
        this.erase = erase;
        this.audit = audit;
        this.transactions = transactions;
        this.messages = messages;
    }

    @GetMapping("/admin/personuppgifter")
    String search(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return "identity/personalDataSearch";
    }

    @PostMapping("/admin/personuppgifter")
    String find(@RequestParam(required = false) String personalNumber, Model model, HttpServletRequest request,
                HttpServletResponse response) {
        Lang lang = LangResolution.resolve(request);
        String pin;
        try {
            pin = PersonalNumberVault.normalize(personalNumber);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", FormErrors.single("personalNumber", messages.get(lang, "personalData.search.invalid")));
            return "identity/personalDataSearch";
        }
        Optional<Resident> resident = residents.byPinHash(vault.index(pin));
        if (resident.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("errors", FormErrors.single("personalNumber", messages.get(lang, "personalData.search.notFound")));
            return "identity/personalDataSearch";
        }
        return "redirect:/admin/personuppgifter/" + resident.get().id();
    }

    @GetMapping("/admin/personuppgifter/{id}")
    String resident(@PathVariable long id, Model model, HttpServletRequest request) {
        Resident resident = residents.byId(id).orElseThrow(Problem::notFound);
        return render(model, resident, FormErrors.none(), request.getParameter("raderat") != null);
    }

    /** A JSON file with everything kept about the resident; the download itself is audited. */
    @PostMapping("/admin/personuppgifter/{id}/export")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        residents.byId(id).orElseThrow(Problem::notFound);
        Map<String, List<Map<String, Object>>> data = transactions.execute(status -> {
            audit.record("identity.personal-data.exported", "resident", id, "Personal data exported on request", null, null);
            return export.export(Subject.RESIDENT, id);
        });
        return json("personuppgifter-" + id + ".json", data);
    }

    @PostMapping("/admin/personuppgifter/{id}/radera")
    String erase(@PathVariable long id, @RequestParam(required = false) String reason, @RequestParam(required = false) String confirm,
                 Model model, HttpServletRequest request, HttpServletResponse response) {
        Resident resident = residents.byId(id).orElseThrow(Problem::notFound);
        Lang lang = LangResolution.resolve(request);
        Map<String, String> problems = new LinkedHashMap<>();
        String cleaned = reason == null ? "" : reason.strip();
        if (cleaned.isEmpty() || cleaned.length() > 500) {
            problems.put("reason", messages.get(lang, cleaned.isEmpty() ? "personalData.erase.reason.required" : "personalData.erase.reason.tooLong"));
        }
        if (!"true".equals(confirm)) {
            problems.put("confirm", messages.get(lang, "personalData.erase.confirm.required"));
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return render(model, resident, FormErrors.of(problems), false);
        }
        erase.erase(id, cleaned);
        return "redirect:/admin/personuppgifter/" + id + "?raderat";
    }

    private String render(Model model, Resident resident, FormErrors errors, boolean erased) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        export.export(Subject.RESIDENT, resident.id()).forEach((category, rows) -> counts.put(category, rows.size()));
        model.addAttribute("resident", resident);
        model.addAttribute("counts", counts);
        model.addAttribute("errors", errors);
        model.addAttribute("erased", erased);
        return "identity/personalDataResident";
    }

    static ResponseEntity<byte[]> json(String fileName, Object data) {
        byte[] body = JSON.writeValueAsString(data).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
