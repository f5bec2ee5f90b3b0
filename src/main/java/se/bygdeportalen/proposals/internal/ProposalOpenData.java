package se.bygdeportalen.proposals.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.manifest.OpenDataExport;
import se.bygdeportalen.platform.manifest.OpenDataExport.Format;
import se.bygdeportalen.platform.manifest.SearchableContent;

/** The proposal module's published dataset and searchable content (only public fields of published proposals). */
@Component
public class ProposalOpenData {

    public List<OpenDataExport> exports() {
        return List.of(new OpenDataExport(
                "proposals",
                "proposalspublic.dataset.title",
                "proposalspublic.dataset.description",
                OpenDataExport.Frequency.CONTINUOUS,
                OpenDataExport.Licence.CC0,
                OpenDataExport.Theme.GOVE,
                List.of(
                        new Format("/medborgarforslag.csv", "text/csv"),
                                new Format("/medborgarforslag.json", "application/json"),
                        new Format("/medborgarforslag.atom", "application/atom+xml"),
                                new Format("/api/v1/proposals", "application/json"))));
    }

    public List<SearchableContent> searchable() {
        return List.of(new SearchableContent(
                "proposal", "proposalspublic.searchable.proposal", 200, ProposalSearchSource.class));
    }
}
