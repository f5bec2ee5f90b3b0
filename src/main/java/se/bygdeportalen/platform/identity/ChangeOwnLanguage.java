package se.bygdeportalen.platform.identity;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.PortalUser;

/** A staff member chooses the language of the staff pages. */
@Component
class ChangeOwnLanguage {

    private final StaffAccountRepository accounts;
    private final AuditLog audit;

    ChangeOwnLanguage(StaffAccountRepository accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    void change(PortalUser user, Lang lang) {
        if (user.uiLanguage() == lang) {
            return;
        }
        accounts.setLanguage(user.id(), lang);
        audit.record("staff.account.language-changed", "staff_account", user.id(), user.username() + " chose " + lang.code() + " for the staff pages",
                Map.of("uiLanguage", user.uiLanguage().code()), Map.of("uiLanguage", lang.code()));
    }
}
