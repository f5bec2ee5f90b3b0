package se.bygdeportalen.proposals.internal;

import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.proposals.ProposalReference;
import se.bygdeportalen.proposals.Proposals;

/** Looks proposals up for other modules: the implementation of the published {@link Proposals} API. */
@Component
public class ProposalLookup implements Proposals {

    private final ProposalRepository repository;

    ProposalLookup(ProposalRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProposalReference> byCaseNumber(String caseNumber) {
        return caseNumber == null
                ? Optional.empty()
                : repository
                        .byCaseNumber(caseNumber.strip())
                        .filter(Proposal::publiclyVisible)
                        .map(Proposal::reference);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProposalReference> byId(long id) {
        return repository.byId(id).filter(Proposal::publiclyVisible).map(Proposal::reference);
    }
}
