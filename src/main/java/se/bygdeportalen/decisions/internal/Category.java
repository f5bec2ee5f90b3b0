package se.bygdeportalen.decisions.internal;

/** What a decision is about, for the search filter and open data. */
public enum Category {
    ECONOMY,
    SCHOOL_AND_CHILDCARE,
    SOCIAL_CARE,
    PLANNING_AND_BUILDING,
    INFRASTRUCTURE,
    BUSINESS,
    CULTURE_AND_LEISURE,
    EQUALITY_AND_HEALTH,
    DEMOCRACY_AND_ADMINISTRATION,
    CITIZEN_PROPOSAL
}
