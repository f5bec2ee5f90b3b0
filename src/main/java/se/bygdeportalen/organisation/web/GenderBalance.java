package se.bygdeportalen.organisation.web;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import se.bygdeportalen.organisation.Member;

/** Counts of women and men among a body's members, substitutes and chairs (chair and vice chairs); for the body page. */
public record GenderBalance(Row members, Row substitutes, Row chairs) {

    /** One group: how many women, men and people with no stated sex. */
    public record Row(int women, int men, int unspecified) {

        public int total() {
            return women + men + unspecified;
        }

        /** Whole percent of women, or -1 for an empty group. */
        public int percentWomen() {
            return total() == 0 ? -1 : Math.round(women * 100f / total());
        }

        public int percentMen() {
            return total() == 0 ? -1 : Math.round(men * 100f / total());
        }
    }

    /** Seats per party, members and substitutes apart. */
    public record PartyRow(String party, int members, int substitutes) {}

    /** The rows in the order the table shows them, each with its message-key suffix. */
    public List<Map.Entry<String, Row>> rows() {
        return List.of(
                Map.entry("members", members), Map.entry("substitutes", substitutes), Map.entry("chairs", chairs));
    }

    static GenderBalance of(List<Member> seated) {
        return new GenderBalance(
                row(seated, Member::isSeated),
                row(seated, m -> !m.isSeated()),
                row(seated, m -> m.role() == Member.Role.CHAIR || m.role() == Member.Role.VICE_CHAIR));
    }

    static List<PartyRow> parties(List<Member> seated) {
        Map<String, int[]> byParty = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Member m : seated) {
            int[] counts = byParty.computeIfAbsent(m.party(), p -> new int[2]);
            counts[m.isSeated() ? 0 : 1]++;
        }
        return byParty.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue()[0], a.getValue()[0]))
                .map(e -> new PartyRow(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    private static Row row(List<Member> members, Predicate<Member> in) {
        int women = 0;
        int men = 0;
        int unspecified = 0;
        for (Member m : members) {
            if (in.test(m)) {
                switch (m.sex()) {
                    case FEMALE -> women++;
                    case MALE -> men++;
                    case UNSPECIFIED -> unspecified++;
                }
            }
        }
        return new Row(women, men, unspecified);
    }
}
