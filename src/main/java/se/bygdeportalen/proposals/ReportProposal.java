package se.bygdeportalen.proposals;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

import se.bygdeportalen.platform.ratelimit.RateLimitKeys;
import se.bygdeportalen.platform.ratelimit.RateLimiter;
import se.bygdeportalen.platform.web.FormValues;
import se.bygdeportalen.platform.usecase.Problem;

/** Anyone, also without signing in, reports a published proposal or attachment to the moderators. */
@Component
class ReportProposal {

    static final List<String> REASONS = List.of("INAPPROPRIATE", "PERSONAL_DATA", "OTHER");

    private final ProposalRepository repository;
    private final RateLimiter limiter;
    private final ProposalMails mails;
    private final Clock clock;

    ReportProposal(ProposalRepository repository, RateLimiter limiter, ProposalMails mails, Clock clock) {
        this.repository = repository;
        this.limiter = limiter;
        this.mails = mails;
        this.clock = clock;
    }

    @Transactional
    FormResult report(long id, ProposalForms.ReportForm form, Errors errors, HttpServletRequest request) {
        Proposal p = repository.byId(id).filter(Proposal::publiclyVisible).orElseThrow(Problem::notFound);
        String reason = form.reason() == null ? null : form.reason().strip();
        if (reason == null || !REASONS.contains(reason)) {
            FormValues.reject(errors, "reason", "NotNull");
        }
        Long attachment = null;
        if (form.attachment() != null && !form.attachment().isBlank()) {
            try {
                attachment = repository.attachment(id, Long.parseLong(form.attachment().strip()))
                        .filter(a -> !a.hidden()).map(ProposalAttachment::id).orElse(null);
            } catch (NumberFormatException e) {
                attachment = null;
            }
            if (attachment == null) {
                FormValues.reject(errors, "reason", "invalid");
            }
        }
        if (errors.hasErrors()) {
            return FormResult.refused(null);
        }
        limiter.enforce(ProposalRateLimits.REPORT_ADDRESS, RateLimitKeys.address(request));
        repository.addReport(id, attachment, reason, ProposalContent.blankToNull(ProposalContent.text(form.message())), clock.instant());
        mails.staff("reported", p, reason);
        return FormResult.ok(id);
    }
}
