package se.bygdeportalen.platform.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import se.bygdeportalen.platform.audit.internal.AuditFilter;
import se.bygdeportalen.platform.audit.internal.AuditQuery;
import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.manifest.ModuleRegistry;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.validation.IsoDate;
import se.bygdeportalen.platform.validation.Parse;
import se.bygdeportalen.platform.validation.SingleLine;
import se.bygdeportalen.platform.web.FormErrors;
import se.bygdeportalen.platform.web.LangResolution;
import se.bygdeportalen.platform.web.Pagination;

/** Administrators read and filter the audit log. It has no form that changes anything. */
@Controller
@StaffOnly(Role.ADMINISTRATOR)
class AuditPages {

    /**
     * The filter as typed. {@code action} is matched against the declared actions (anything else means
     * all of them); {@code entityType} is a hidden, exact-match parameter from links to a record's history.
     */
    record AuditFilterForm(
            @Nullable String action,
            @SingleLine @Size(max = 100) @Nullable String actor,
            @Nullable String entityType,
            @SingleLine @Size(max = 100) @Nullable String entityId,
            @IsoDate @Nullable String from,
            @IsoDate @Nullable String to) {
        static final List<String> FIELDS = List.of("actor", "entityId", "from", "to");
    }

    private final AuditQuery query;
    private final ModuleRegistry modules;
    private final Messages messages;

    AuditPages(AuditQuery query, ModuleRegistry modules, Messages messages) {
        this.query = query;
        this.modules = modules;
        this.messages = messages;
    }

    /** A filter that cannot be read is shown at its field with status 400; the list then ignores that part. */
    @GetMapping("/admin/granskningslogg")
    String list(
            @Valid @ModelAttribute("filterForm") AuditFilterForm form,
            BindingResult binding,
            @RequestParam(defaultValue = "1") int page,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        LocalDate fromDate = binding.hasFieldErrors("from") ? null : Parse.date(form.from());
        LocalDate toDate = binding.hasFieldErrors("to") ? null : Parse.date(form.to());
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            binding.rejectValue("to", "beforeFrom");
        }
        boolean badDates = binding.hasFieldErrors("from") || binding.hasFieldErrors("to");
        String typedAction = form.action();
        String chosenAction = modules.auditEvent(typedAction == null || typedAction.isBlank() ? "" : typedAction)
                .map(a -> a.action())
                .orElse(null);
        AuditFilter filter = new AuditFilter(
                chosenAction,
                binding.hasFieldErrors("actor") ? null : blankToNull(form.actor()),
                blankToNull(form.entityType()),
                binding.hasFieldErrors("entityId") ? null : blankToNull(form.entityId()),
                badDates ? null : fromDate,
                badDates ? null : toDate);
        AuditQuery.Page result = query.find(filter, page, DateFormats.ZONE);
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/admin/granskningslogg");
        addParam(base, "action", chosenAction);
        addParam(base, "actor", filter.actor());
        addParam(base, "entityType", filter.entityType());
        addParam(base, "entityId", filter.entityId());
        addParam(base, "from", form.from());
        addParam(base, "to", form.to());
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("entries", result.entries());
        model.addAttribute("total", result.total());
        model.addAttribute(
                "pagination",
                Pagination.of(
                        page, result.total(), AuditQuery.PAGE_SIZE, base.build().toUriString()));
        model.addAttribute("actions", modules.auditEvents());
        model.addAttribute("filter", filter);
        model.addAttribute("actor", form.actor() == null ? "" : form.actor());
        model.addAttribute("entityId", form.entityId() == null ? "" : form.entityId());
        model.addAttribute("from", form.from() == null ? "" : form.from());
        model.addAttribute("to", form.to() == null ? "" : form.to());
        model.addAttribute("errors", errors(binding, LangResolution.resolve(request)));
        model.addAttribute("modules", modules);
        return "audit/list";
    }

    @GetMapping("/admin/granskningslogg/{id}")
    String entry(@PathVariable long id, Model model) {
        model.addAttribute("entry", query.byId(id).orElseThrow(Problem::notFound));
        model.addAttribute("modules", modules);
        return "audit/entry";
    }

    /** Both date fields share one explanation (the format and the order); the text fields get the general ones. */
    private FormErrors errors(BindingResult binding, Lang lang) {
        if (!binding.hasErrors()) {
            return FormErrors.none();
        }
        Map<String, String> ordered = new LinkedHashMap<>();
        FormErrors general = FormErrors.of(binding, "audit.filter", AuditFilterForm.FIELDS, messages, lang);
        for (String field : AuditFilterForm.FIELDS) {
            if (!general.has(field)) {
                continue;
            }
            boolean date = field.equals("from") || field.equals("to");
            ordered.put(field, date ? messages.get(lang, "audit.filter.badDates") : general.of(field));
        }
        return FormErrors.of(ordered);
    }

    private static void addParam(UriComponentsBuilder b, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value);
        }
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
