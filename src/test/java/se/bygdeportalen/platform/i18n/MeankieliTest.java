package se.bygdeportalen.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Meänkieli texts are Meänkieli, not pasted Finnish: no text of three words or more equals its
 * Finnish twin, and where a Swedish text uses a term of the project's glossary, the Meänkieli text
 * uses one of the glossary's Meänkieli forms.
 */
class MeankieliTest {

    /** Swedish endings a glossary term may take and still be the same word (not a compound). */
    private static final Set<String> SWEDISH_ENDINGS = Set.of(
            "", "en", "et", "er", "erna", "ernas", "ens", "ets", "s", "ar", "arna", "n", "na", "ns", "t", "e", "a",
            "or", "orna", "r");

    record Term(String swedish, List<String> finnish, List<String> meankieli) {}

    @Test
    void noMeankieliTextOfThreeWordsOrMoreEqualsTheFinnish() throws IOException {
        List<String> copies = new ArrayList<>();
        Bundles.load()
                .forEach((module, byLang) -> byLang.getOrDefault(Lang.FIT, Map.of())
                        .forEach((key, fit) -> {
                            String fi = byLang.getOrDefault(Lang.FI, Map.of()).get(key);
                            if (fi != null
                                    && fi.strip().equals(fit.strip())
                                    && fit.strip().split("\\s+").length >= 3) {
                                copies.add(module + ": " + key + " = \"" + fit + "\"");
                            }
                        }));
        assertThat(copies).as("Meänkieli values identical to Finnish").isEmpty();
    }

    @Test
    void glossaryTermsAreRenderedWithAttestedMeankieliForms() throws IOException {
        List<Term> glossary = glossary();
        Map<String, Map<Lang, Map<String, String>>> bundles = Bundles.load();
        Map<String, String> swedish = Bundles.merged(bundles, Lang.SV);
        Map<String, String> meankieli = Bundles.merged(bundles, Lang.FIT);
        List<String> problems = new ArrayList<>();
        swedish.forEach((key, sv) -> {
            String fit = meankieli.get(key);
            if (fit == null) {
                return;
            }
            for (Term term : glossary) {
                if (usesTerm(sv, term.swedish())
                        && term.meankieli().stream().noneMatch(form -> containsStem(fit, form))) {
                    problems.add(key + ": Swedish uses \"" + term.swedish() + "\", Meänkieli should use "
                            + term.meankieli() + ": \"" + fit + "\"");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void theGlossaryCheckRecognisesInflectedFormsAndRejectsFinnish() {
        assertThat(usesTerm("Skicka in ditt förslag", "förslag")).isTrue();
        assertThat(usesTerm("Förslaget är skickat", "förslag")).isTrue();
        assertThat(usesTerm("Medborgarförslag", "förslag")).isFalse();
        assertThat(usesTerm("Logga in här", "logga in")).isTrue();
        assertThat(containsStem("Lähätä kansalaisförslaakin", "kansalaisförslaaki"))
                .isTrue();
        assertThat(containsStem("Kunnanhallituksen möötissä", "möötti")).isTrue();
        assertThat(containsStem("Lähetä sähköpostia", "e-posti")).isFalse();
        assertThat(containsStem("Yhdistyksen tiedot", "yhistys")).isFalse();
        assertThat(containsStem("Sie et saata ottaa poies sitä", "ota poies")).isTrue();
        assertThat(containsStem("Poista se", "ota poies")).isFalse();
        assertThat(containsStem("Varapuhheenjohtaja", "puhheenjohtaja")).isTrue();
        assertThat(containsStem("Kansanäänestys", "asukas")).isFalse();
    }

    @Test
    void meankieliMonthAndWeekdayNamesAreTheAttestedOnes() {
        assertThat(DateFormats.FIT_MONTHS)
                .containsExactly(
                        "janyaari",
                        "fepryaari",
                        "marsi",
                        "aprilli",
                        "mai",
                        "jyyni",
                        "jyyli",
                        "aykysti",
                        "septemperi",
                        "oktuuperi",
                        "nuvemperi",
                        "tesemperi");
        assertThat(DateFormats.FIT_WEEKDAYS)
                .containsExactly("maanantai", "tiistai", "keskiviikko", "tuorestai", "perjantai", "lauantai", "pyhä");
    }

    static boolean usesTerm(String text, String term) {
        List<String> tokens = tokens(text);
        List<String> termTokens = tokens(term);
        for (int i = 0; i + termTokens.size() <= tokens.size(); i++) {
            boolean match = true;
            for (int t = 0; t < termTokens.size() && match; t++) {
                String token = tokens.get(i + t);
                String want = termTokens.get(t);
                boolean last = t == termTokens.size() - 1;
                match = last
                        ? token.startsWith(want) && SWEDISH_ENDINGS.contains(token.substring(want.length()))
                        : token.equals(want);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }

    /**
     * Meänkieli inflects with consonant gradation (kunta → kunnan, möötti → möötissä), so a form
     * matches any word that starts with all of it but its last three letters (at least three kept),
     * or, for a stem of six letters or more, ends a compound with it.
     */
    static boolean containsStem(String text, String form) {
        List<String> words = tokens(text);
        List<String> formWords = tokens(form);
        String lastWord = formWords.get(formWords.size() - 1);
        String stem = lastWord.substring(0, Math.max(3, lastWord.length() - 3));
        for (int i = 0; i + formWords.size() <= words.size(); i++) {
            boolean match = true;
            for (int w = 0; w < formWords.size() - 1 && match; w++) {
                // Leading words of a phrase are short verbs that inflect too (ota poies → ottaa poies): two letters
                // suffice there.
                String word = formWords.get(w);
                match = words.get(i + w)
                        .startsWith(word.substring(0, Math.min(word.length(), Math.max(2, word.length() - 3))));
            }
            String candidate = words.get(i + formWords.size() - 1);
            // A long enough stem may also end a compound (puhheenjohtaja → varapuhheenjohtaja).
            if (match
                    && (candidate.startsWith(stem)
                            || formWords.size() == 1 && stem.length() >= 6 && candidate.indexOf(stem) > 0)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> tokens(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+"))
                .filter(t -> !t.isEmpty())
                .toList();
    }

    static List<Term> glossary() throws IOException {
        List<Term> terms = new ArrayList<>();
        try (InputStream in = MeankieliTest.class.getResourceAsStream("/i18n/meankieli-glossary.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                terms.add(new Term(cols[0].strip(), List.of(cols[1].split(";")), List.of(cols[2].split(";"))));
            }
        }
        return terms;
    }
}
