package se.bygdeportalen.proposals.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.manifest.HomeTeaser;

/** The newest public proposals on the start page, each in the language it was written in. */
@Component
public class ProposalsTeaser implements HomeTeaser {

    private final ProposalListRepository proposals;
    private final Messages messages;

    ProposalsTeaser(ProposalListRepository proposals, Messages messages) {
        this.proposals = proposals;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "proposalspublic.teaser.title";
    }

    @Override
    public String morePath() {
        return "/medborgarforslag";
    }

    @Override
    public String moreKey() {
        return "proposalspublic.teaser.more";
    }

    @Override
    public List<Item> items(Lang lang) {
        return proposals.latest(4).stream()
                .map(p -> new Item(
                        p.title(),
                        p.language().equals(lang.code()) ? null : p.language(),
                        "/medborgarforslag/" + p.year() + "-" + p.number(),
                        messages.get(lang, "proposals.status." + p.status()) + " · "
                                + messages.get(lang, "proposalspublic.list.supports", p.supportCount())))
                .toList();
    }
}
