package se.bygdeportalen.proposals;

/**
 * A proposal as other modules see it.
 *
 * @param language the language the proposal is written in ({@code sv}, {@code fi}, {@code fit}, {@code en})
 * @param status   the {@code proposal.status} value, e.g. {@code REFERRED}
 * @param path     public path without language prefix, e.g. {@code /medborgarforslag/2026-17}
 */
public record ProposalReference(
        long id, String caseNumber, String title, String language, String status, String path) {}
