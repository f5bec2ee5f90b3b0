/**
 * Citizen proposals (medborgarförslag): residents write and send a proposal (with e-ID, by e-mail
 * confirmation, or on paper through the service office), registrars check and publish it, refer it to
 * a body and publish the answer; residents support and follow it. Published API: {@link se.bygdeportalen.proposals.Proposals},
 * the events {@link se.bygdeportalen.proposals.ProposalReferred} and {@link se.bygdeportalen.proposals.ProposalAnswered}, and
 * {@link se.bygdeportalen.proposals.DecisionOnProposalRecorded}, which the decisions module publishes and this module handles.
 */
@NullMarked
package se.bygdeportalen.proposals;

import org.jspecify.annotations.NullMarked;
