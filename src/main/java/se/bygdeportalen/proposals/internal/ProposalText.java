package se.bygdeportalen.proposals.internal;

import java.util.Arrays;
import java.util.List;

/** Plain text as written by people, split for display (no markup is ever interpreted). */
public final class ProposalText {

    private ProposalText() {}

    /** Paragraphs: non-empty lines of the text, in order. */
    public static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
