package se.bygdeportalen.platform.identity.internal;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.audit.AuditLog;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.identity.PlatformAudit;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/** A staff member chooses the language of the staff pages. */
@Component
public class ChangeOwnLanguage {

    public record Command(Lang lang) {}

    private final StaffAccountRepository accounts;
    private final AuditLog audit;

    ChangeOwnLanguage(StaffAccountRepository accounts, AuditLog audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    /** Saved also when the language was already chosen; only a change is audited. */
    @Transactional
    public Result changeOwnLanguage(Command command, Actor actor) {
        if (!(actor instanceof Actor.Staff staff)) {
            throw Problem.notFound();
        }
        StaffAccount account = accounts.byIdForUpdate(staff.id()).orElseThrow(Problem::notFound);
        IdentityAccess.OWN_ACCOUNT.check(actor, account);
        Lang lang = command.lang();
        if (account.uiLanguage() == lang) {
            return Result.saved(account.id());
        }
        accounts.setLanguage(account.id(), lang);
        audit.record(
                actor,
                PlatformAudit.STAFF_LANGUAGE_CHANGED,
                "staff_account",
                account.id(),
                account.username() + " chose " + lang.code() + " for the staff pages",
                Map.of("uiLanguage", account.uiLanguage().code()),
                Map.of("uiLanguage", lang.code()));
        return Result.saved(account.id());
    }
}
