package se.bygdeportalen.proposals.internal;

import java.util.Arrays;
import java.util.Optional;

/** Optional subject areas a proposer may choose; the slug is stored in {@code proposal.category}. */
public enum ProposalCategory {
    ROADS_AND_TRANSPORT("vagar-och-trafik"),
    SCHOOL_AND_CHILDCARE("skola-och-barnomsorg"),
    CARE_AND_HEALTH("omsorg-och-halsa"),
    CULTURE_AND_LEISURE("kultur-och-fritid"),
    ENVIRONMENT_AND_NATURE("miljo-och-natur"),
    HOUSING_AND_PLANNING("boende-och-planering"),
    BUSINESS_AND_WORK("naringsliv-och-arbete"),
    DEMOCRACY_AND_LANGUAGES("demokrati-och-minoritetssprak"),
    OTHER("ovrigt");

    public final String slug;

    ProposalCategory(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public String messageKey() {
        return "proposals.category." + slug;
    }

    public static Optional<ProposalCategory> fromSlug(String slug) {
        return Arrays.stream(values()).filter(c -> c.slug.equals(slug)).findFirst();
    }
}
