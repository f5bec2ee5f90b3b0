package se.bygdeportalen.platform.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import se.bygdeportalen.platform.i18n.DateFormats;
import se.bygdeportalen.platform.manifest.ModuleRegistry;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.security.StaffOnly;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.web.Pagination;

/** Administrators read and filter the audit log. It has no form that changes anything. */
@Controller
@StaffOnly(Role.ADMINISTRATOR)
class AuditPages {

    private final AuditQuery query;
    private final ModuleRegistry modules;

    AuditPages(AuditQuery query, ModuleRegistry modules) {
        this.query = query;
        this.modules = modules;
    }

    @GetMapping("/admin/granskningslogg")
    String list(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
                @RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(defaultValue = "1") int page, Model model) {
        LocalDate fromDate = date(from);
        LocalDate toDate = date(to);
        // The field to point the error at: the one that cannot be read, or "to" when it is before "from".
        String badDateField = blankToNull(from) != null && fromDate == null ? "from"
                : blankToNull(to) != null && toDate == null ? "to"
                : fromDate != null && toDate != null && toDate.isBefore(fromDate) ? "to" : null;
        boolean badDates = badDateField != null;
        String chosenAction = modules.auditEvent(blankToNull(action) == null ? "" : action).map(a -> a.action()).orElse(null);
        AuditFilter filter = new AuditFilter(chosenAction, blankToNull(actor), blankToNull(entityType), blankToNull(entityId),
                badDates ? null : fromDate, badDates ? null : toDate);
        AuditQuery.Page result = query.find(filter, page, DateFormats.ZONE);
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/admin/granskningslogg");
        addParam(base, "action", chosenAction);
        addParam(base, "actor", filter.actor());
        addParam(base, "entityType", filter.entityType());
        addParam(base, "entityId", filter.entityId());
        addParam(base, "from", from);
        addParam(base, "to", to);
        model.addAttribute("entries", result.entries());
        model.addAttribute("total", result.total());
        model.addAttribute("pagination", Pagination.of(page, result.total(), AuditQuery.PAGE_SIZE, base.build().toUriString()));
        model.addAttribute("actions", modules.auditEvents());
        model.addAttribute("filter", filter);
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("badDateField", badDateField);
        model.addAttribute("modules", modules);
        return "audit/list";
    }

    @GetMapping("/admin/granskningslogg/{id}")
    String entry(@PathVariable long id, Model model) {
        model.addAttribute("entry", query.byId(id).orElseThrow(Problem::notFound));
        model.addAttribute("modules", modules);
        return "audit/entry";
    }

    private static void addParam(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
