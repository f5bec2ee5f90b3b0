package se.bygdeportalen.proposals;

import java.util.Arrays;
import java.util.Optional;

/** Optional subject areas a proposer may choose; the slug is stored in {@code proposal.category}. */
enum ProposalCategory {
    ROADS_AND_TRANSPORT("vagar-och-trafik"),
    SCHOOL_AND_CHILDCARE("skola-och-barnomsorg"),
    CARE_AND_HEALTH("omsorg-och-halsa"),
    CULTURE_AND_LEISURE("kultur-och-fritid"),
    ENVIRONMENT_AND_NATURE("miljo-och-natur"),
    HOUSING_AND_PLANNING("boende-och-planering"),
    BUSINESS_AND_WORK("naringsliv-och-arbete"),
    DEMOCRACY_AND_LANGUAGES("demokrati-och-minoritetssprak"),
    OTHER("ovrigt");

    final String slug;

    ProposalCategory(String slug) {
        this.slug = slug;
    }

    String slug() {
        return slug;
    }

    String messageKey() {
        return "proposals.category." + slug;
    }

    static Optional<ProposalCategory> fromSlug(String slug) {
        return Arrays.stream(values()).filter(c -> c.slug.equals(slug)).findFirst();
    }
}
