package se.bygdeportalen.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Message lookup and positional placeholders, on a hand-made set of bundles. */
class MessagesTest {

    private Messages messages;

    @BeforeEach
    void bundles() {
        Map<Lang, Map<String, String>> byLang = new EnumMap<>(Lang.class);
        byLang.put(
                Lang.SV,
                Map.of(
                        "greeting", "Hej {0}, du har {1} nya meddelanden.",
                        "turn", "Det är {0}'s tur, inte '{1}'.",
                        "twice", "{0} och {0} igen",
                        "only.sv", "Bara på svenska",
                        "braces", "Mängden {x} och {0}"));
        byLang.put(Lang.FI, Map.of("greeting", "Hei {0}, sinulla on {1} uutta viestiä."));
        byLang.put(Lang.FIT, Map.of("greeting", "Terve {0}, sulla oon {1} uutta viestiä."));
        byLang.put(Lang.EN, Map.of("greeting", "Hello {0}, you have {1} new messages.", "turn", "It''s {0}'s turn."));
        messages = new Messages(byLang);
    }

    @Test
    void placeholdersAreReplacedByPosition() {
        assertThat(messages.get(Lang.SV, "greeting", "Anna", 3)).isEqualTo("Hej Anna, du har 3 nya meddelanden.");
        assertThat(messages.get(Lang.FIT, "greeting", "Aino", 2)).isEqualTo("Terve Aino, sulla oon 2 uutta viestiä.");
        assertThat(messages.get(Lang.SV, "twice", "ja")).isEqualTo("ja och ja igen");
    }

    @Test
    void apostrophesAreKeptLiterallyUnlikeMessageFormat() {
        assertThat(messages.get(Lang.SV, "turn", "Annas", "Eriks")).isEqualTo("Det är Annas's tur, inte 'Eriks'.");
        // Doubled apostrophes are not an escape either: what the translator wrote is what the page shows.
        assertThat(messages.get(Lang.EN, "turn", "Anna")).isEqualTo("It''s Anna's turn.");
    }

    @Test
    void argumentsAreInsertedLiterally() {
        assertThat(messages.get(Lang.SV, "greeting", "$1 \\ {1}", "{0}"))
                .isEqualTo("Hej $1 \\ {1}, du har {0} nya meddelanden.");
        assertThat(messages.get(Lang.SV, "greeting", null, 0)).isEqualTo("Hej null, du har 0 nya meddelanden.");
        assertThat(messages.get(Lang.SV, "braces", "y")).isEqualTo("Mängden {x} och y");
    }

    @Test
    void aMissingArgumentLeavesThePlaceholder() {
        assertThat(messages.get(Lang.SV, "greeting", "Anna")).isEqualTo("Hej Anna, du har {1} nya meddelanden.");
        assertThat(messages.get(Lang.SV, "greeting")).isEqualTo("Hej {0}, du har {1} nya meddelanden.");
    }

    @Test
    void aMissingKeyIsShownNotThrown() {
        assertThat(messages.get(Lang.SV, "no.such.key")).isEqualTo("??no.such.key??");
        assertThat(messages.get(Lang.FIT, "no.such.key", "x")).isEqualTo("??no.such.key??");
        assertThat(messages.has(Lang.SV, "no.such.key")).isFalse();
    }

    @Test
    void aKeyMissingInMeankieliFallsBackToSwedish() {
        assertThat(messages.has(Lang.FIT, "only.sv")).isFalse();
        assertThat(messages.get(Lang.FIT, "only.sv")).isEqualTo("Bara på svenska");
        assertThat(messages.get(Lang.FIT, "turn", "Aino", "Erkki")).isEqualTo("Det är Aino's tur, inte 'Erkki'.");
        assertThat(messages.get(Lang.EN, "only.sv")).isEqualTo("Bara på svenska");
        // A key that Meänkieli has is never replaced by Swedish or Finnish.
        assertThat(messages.get(Lang.FIT, "greeting", "Aino", 1)).startsWith("Terve");
    }

    @Test
    void keysPerLanguageAndAllKeys() {
        assertThat(messages.keys(Lang.FI)).containsExactly("greeting");
        assertThat(messages.allKeys()).containsExactly("braces", "greeting", "only.sv", "turn", "twice");
    }

    @Test
    void theRealBundlesLoadAndHaveEveryLanguage() {
        Messages real = new Messages();
        assertThat(real.get(Lang.FIT, "layout.signIn")).isEqualTo("Lokkaa sisäle");
        for (Lang lang : Lang.values()) {
            assertThat(real.keys(lang)).as(lang.code()).isNotEmpty();
        }
    }
}
