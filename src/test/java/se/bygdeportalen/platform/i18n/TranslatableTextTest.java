package se.bygdeportalen.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Staff content in up to four languages: Swedish is required and is the marked fallback. */
class TranslatableTextTest {

    @Test
    void swedishIsRequired() {
        assertThatThrownBy(() -> TranslatableText.swedish(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TranslatableText.swedish("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TranslatableText.swedish(" \t\n ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TranslatableText.of(null, "Hei", "Terve", "Hello"))
                .isInstanceOf(IllegalArgumentException.class);
        Map<Lang, String> withoutSwedish = new EnumMap<>(Lang.class);
        withoutSwedish.put(Lang.FI, "Hei");
        assertThatThrownBy(() -> TranslatableText.of(withoutSwedish)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankTranslationsAreDroppedAndValuesStripped() {
        TranslatableText text = TranslatableText.of("  Välkommen  ", "   ", null, "\nWelcome\t");
        assertThat(text.values()).containsOnlyKeys(Lang.SV, Lang.EN);
        assertThat(text.raw(Lang.SV)).isEqualTo("Välkommen");
        assertThat(text.raw(Lang.EN)).isEqualTo("Welcome");
        assertThat(text.raw(Lang.FI)).isNull();
        assertThat(text.isTranslated(Lang.FI)).isFalse();
        assertThat(text.isTranslated(Lang.FIT)).isFalse();
        assertThat(text.isTranslated(Lang.EN)).isTrue();
        assertThatThrownBy(() -> text.values().put(Lang.FI, "Tervetuloa"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingTranslationFallsBackToSwedishAndSaysSo() {
        TranslatableText text = TranslatableText.of("Sophämtning", null, "", "Waste collection");
        for (Lang missing : new Lang[] {Lang.FI, Lang.FIT}) {
            TranslatableText.Localized shown = text.in(missing);
            assertThat(shown.text()).isEqualTo("Sophämtning");
            assertThat(shown.lang()).isEqualTo(Lang.SV);
            assertThat(shown.fallback()).isTrue();
            assertThat(shown.langAttr()).isEqualTo("sv");
            assertThat(shown).hasToString("Sophämtning");
        }
    }

    @Test
    void aTranslatedTextNeedsNoLangAttribute() {
        TranslatableText text = TranslatableText.of("Sophämtning", "Jätehuolto", "Roskanhaku", "Waste collection");
        assertThat(text.in(Lang.FIT).text()).isEqualTo("Roskanhaku");
        assertThat(text.in(Lang.FIT).lang()).isEqualTo(Lang.FIT);
        assertThat(text.in(Lang.FIT).fallback()).isFalse();
        assertThat(text.in(Lang.FIT).langAttr()).isNull();
        assertThat(text.in(Lang.EN).langAttr()).isNull();
        assertThat(text.in(Lang.SV).fallback()).isFalse();
        assertThat(text.in(Lang.SV).langAttr()).isNull();
    }

    @Test
    void jsonRoundTripKeepsEveryCharacter() {
        TranslatableText text = TranslatableText.of(
                "Åtgärd \"nu\" – <b>&</b> 'citat'\nrad två",
                "Äänestys ääkköset",
                "Meänkieli: pyhä",
                "Emoji 🌲 and \\ backslash");
        String json = text.toJson();
        TranslatableText back = TranslatableText.fromJson(json);
        assertThat(back).isEqualTo(text).hasSameHashCodeAs(text);
        assertThat(back.raw(Lang.SV)).isEqualTo("Åtgärd \"nu\" – <b>&</b> 'citat'\nrad två");
        assertThat(back.raw(Lang.EN)).isEqualTo("Emoji 🌲 and \\ backslash");
        Map<String, Object> raw = JsonMapper.builder()
                .build()
                .readValue(json, new tools.jackson.core.type.TypeReference<Map<String, Object>>() {});
        assertThat(raw).containsOnlyKeys("sv", "fi", "fit", "en");
    }

    @Test
    void jsonOfAPartialTextHasOnlyTheGivenLanguages() {
        TranslatableText text = TranslatableText.of("Hej", null, "Terve", null);
        Map<String, Object> raw = JsonMapper.builder()
                .build()
                .readValue(text.toJson(), new tools.jackson.core.type.TypeReference<Map<String, Object>>() {});
        assertThat(raw).containsOnlyKeys("sv", "fit");
        assertThat(TranslatableText.fromJson(text.toJson())).isEqualTo(text);
        assertThat(text.toString()).isEqualTo(text.toJson());
    }

    @Test
    void unknownLanguageCodesInJsonAreIgnored() {
        TranslatableText text = TranslatableText.fromJson(
                "{\"sv\":\"Hej\",\"de\":\"Hallo\",\"fit\":\"Terve\",\"se\":\"Bures\",\"fkv\":\"Moi\"}");
        assertThat(text.values()).containsOnlyKeys(Lang.SV, Lang.FIT);
        assertThat(text.in(Lang.FIT).text()).isEqualTo("Terve");
        assertThat(text.toJson()).doesNotContain("Hallo", "Bures", "Moi");
    }

    @Test
    void jsonWithoutSwedishOrWithBlankValuesIsHandledLikeForms() {
        assertThatThrownBy(() -> TranslatableText.fromJson("{\"fi\":\"Hei\"}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TranslatableText.fromJson("{\"sv\":\"  \"}"))
                .isInstanceOf(IllegalArgumentException.class);
        TranslatableText text = TranslatableText.fromJson("{\"sv\":\"Hej\",\"fi\":\"   \"}");
        assertThat(text.isTranslated(Lang.FI)).isFalse();
        assertThat(text.in(Lang.FI).fallback()).isTrue();
    }

    @Test
    void equalityFollowsTheValues() {
        assertThat(TranslatableText.of("Hej", "Hei", null, null))
                .isEqualTo(TranslatableText.of(" Hej ", "Hei", " ", null));
        assertThat(TranslatableText.of("Hej", "Hei", null, null))
                .isNotEqualTo(TranslatableText.of("Hej", null, null, null));
    }
}
