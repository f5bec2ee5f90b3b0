package se.bygdeportalen.proposals.internal;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import se.bygdeportalen.platform.manifest.OpenDataExport;
import se.bygdeportalen.platform.manifest.SearchableContent;
import se.bygdeportalen.platform.opendata.OpenDataResponses;

/** The proposal module's published datasets and searchable content (only public fields of published proposals). */
@Component
public class ProposalOpenData {

    public List<OpenDataExport> exports() {
        return List.of(
                new OpenDataExport("proposals-csv", "proposalspublic.export.csv", "/medborgarforslag.csv", OpenDataResponses.CSV.toString()),
                new OpenDataExport("proposals-json", "proposalspublic.export.json", "/medborgarforslag.json", MediaType.APPLICATION_JSON_VALUE),
                new OpenDataExport("proposals-atom", "proposalspublic.export.atom", "/medborgarforslag.atom", OpenDataResponses.ATOM.toString()),
                new OpenDataExport("proposals-api", "proposalspublic.export.api", "/api/v1/proposals", MediaType.APPLICATION_JSON_VALUE));
    }

    public List<SearchableContent> searchable() {
        return List.of(new SearchableContent("proposal", "proposalspublic.searchable.proposal"));
    }
}
