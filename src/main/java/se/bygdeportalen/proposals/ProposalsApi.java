package se.bygdeportalen.proposals;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The implementation of the published {@link Proposals} API. */
@Component
class ProposalsApi implements Proposals {

    private final JdbcClient jdbc;
    private final ProposalRepository repository;
    private final Clock clock;

    ProposalsApi(JdbcClient jdbc, ProposalRepository repository, Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProposalReference> awaitingDecision() {
        return jdbc.sql("SELECT * FROM proposal WHERE status = 'REFERRED' AND NOT hidden ORDER BY submitted_at DESC, id DESC LIMIT 500")
                .query(ProposalRepository.PROPOSAL).list().stream().map(Proposal::reference).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProposalReference> byCaseNumber(String caseNumber) {
        return caseNumber == null ? Optional.empty()
                : repository.byCaseNumber(caseNumber.strip()).filter(Proposal::publiclyVisible).map(Proposal::reference);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProposalReference> byId(long id) {
        return repository.byId(id).filter(Proposal::publiclyVisible).map(Proposal::reference);
    }

    @Override
    @Transactional
    public void decisionRecorded(long proposalId, DecisionReference decision) {
        Proposal proposal = repository.lock(proposalId).filter(p -> p.status().isPublic())
                .orElseThrow(() -> new NoSuchElementException("No published proposal " + proposalId));
        String summary = decision.text() == null || decision.text().isBlank() ? null : decision.text().strip();
        repository.addEvent(proposal.id(), new ProposalRepository.NewEvent(ProposalEventKind.DECISION_LINKED, true, summary, null,
                decision.decisionId(), decision.title(), decision.path(), decision.decidedOn(), null), clock.instant());
    }
}
