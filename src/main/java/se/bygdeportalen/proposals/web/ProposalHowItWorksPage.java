package se.bygdeportalen.proposals.web;

import java.math.BigDecimal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.scheduling.Snapshots;
import se.bygdeportalen.proposals.internal.ProposalStatistics;
import se.bygdeportalen.proposals.internal.ProposalStatisticsSnapshot;

/**
 * "How it works" in plain language: who may send a proposal, what becomes public, the steps and how
 * long they take (the real median from the answered proposals, once there are at least five).
 */
@Controller
public class ProposalHowItWorksPage {

    private final Snapshots snapshots;
    private final ProposalStatisticsSnapshot statistics;

    ProposalHowItWorksPage(Snapshots snapshots, ProposalStatisticsSnapshot statistics) {
        this.snapshots = snapshots;
        this.statistics = statistics;
    }

    @GetMapping("/" + Lang.PATH + "/medborgarforslag/sa-fungerar-det")
    public String page(@PathVariable String lang, Model model) {
        ProposalStatistics.Overall overall = snapshots.get(statistics).overall();
        model.addAttribute("answered", overall.answered());
        BigDecimal median = overall.medianDays();
        model.addAttribute(
                "medianDays", overall.enough() && median != null ? Integer.valueOf(median.intValue()) : null);
        return "proposals/browse/howItWorks";
    }
}
