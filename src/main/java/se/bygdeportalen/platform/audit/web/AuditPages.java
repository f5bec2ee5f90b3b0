package se.bygdeportalen.platform.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import se.bygdeportalen.platform.api.KeysetRequest;
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

    private static final String LIST = "/admin/granskningslogg";

    private final AuditQuery query;
    private final ModuleRegistry modules;
    private final Messages messages;

    AuditPages(AuditQuery query, ModuleRegistry modules, Messages messages) {
        this.query = query;
        this.modules = modules;
        this.messages = messages;
    }

    /**
     * A filter that cannot be read is shown at its field with status 400; the list then ignores that part.
     * The list is keyset-paged (ADR 0020): {@code after} and {@code before} are the cursors of the page
     * links, which keep the filters in use; an old {@code page} number works within the first 1,000 entries.
     */
    @GetMapping(LIST)
    String list(
            @Valid @ModelAttribute("filterForm") AuditFilterForm form,
            BindingResult binding,
            @RequestParam(required = false) @Nullable String page,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(required = false) @Nullable String before,
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
        // The filter in use, as the page links carry it and as the cursors are checked against.
        String[] filters = {
            "action", filter.action(),
            "actor", filter.actor(),
            "entityType", filter.entityType(),
            "entityId", filter.entityId(),
            "from", filter.from() == null ? null : filter.from().toString(),
            "to", filter.to() == null ? null : filter.to().toString()
        };
        AuditQuery.Page result = query.find(
                filter,
                KeysetRequest.forPage(LIST, AuditQuery.PAGE_SIZE, AuditQuery.NEWEST, after, before, page, filters),
                DateFormats.ZONE);
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("entries", result.entries().items());
        model.addAttribute("total", result.total());
        model.addAttribute("pages", result.entries().links(listUrl(filters)));
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

    /** The list's address with the filters in use (names and values in pairs, blank ones left out). */
    private static String listUrl(@Nullable String... namesAndValues) {
        StringBuilder url = new StringBuilder(LIST);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                url.append(url.indexOf("?") < 0 ? '?' : '&')
                        .append(namesAndValues[i])
                        .append('=')
                        // %20, not +: outside form encoding a + in a query may be read as itself
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        return url.toString();
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
