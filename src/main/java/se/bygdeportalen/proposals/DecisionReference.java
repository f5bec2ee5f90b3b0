package se.bygdeportalen.proposals;

import java.time.LocalDate;

/**
 * A decision recorded by the decisions module that concerns a proposal.
 *
 * @param path public path of the decision without language prefix
 * @param text the decision text (what was decided), shown as the proposal's answer when chosen
 */
public record DecisionReference(
        long decisionId, String title, String bodyName, LocalDate decidedOn, String path, String text) {}
