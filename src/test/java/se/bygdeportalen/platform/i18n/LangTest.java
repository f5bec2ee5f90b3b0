package se.bygdeportalen.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which of the four languages a first visit gets from the browser's Accept-Language header. */
class LangTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            sv                                   | SV
            sv-SE,sv;q=0.9,en;q=0.8              | SV
            fi                                   | FI
            fi-FI                                | FI
            fi-FI,fi;q=0.9,sv;q=0.8              | FI
            FI-fi                                | FI
            fit                                  | FIT
            fkv                                  | FIT
            fkv-SE,fi;q=0.5                      | FIT
            en-GB,en;q=0.9                       | EN
            en-US                                | EN
            de-DE,de;q=0.9,en;q=0.5              | EN
            sv;q=0.1, fi;q=0.9                   | FI
            en;q=0.5, fit;q=0.8                  | FIT
            fi;q=0.3, en;q=0.7, sv;q=0.5         | EN
            nb                                   | SV
            nb-NO,nb;q=0.9,en;q=0.5              | SV
            nn,en;q=0.5                          | SV
            da,en;q=0.5                          | SV
            no                                   | SV
            de,fr                                | SV
            *                                    | SV
            """)
    void acceptLanguage(String header, Lang expected) {
        assertThat(Lang.fromAcceptLanguage(header)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fi;q=0, en                           | EN
            fi;q=0                               | SV
            fi;q=0.0, fit;q=0.2                  | FIT
            en;q=0, de                           | SV
            """)
    void aLanguageWithQualityZeroIsRefused(String header, Lang expected) {
        assertThat(Lang.fromAcceptLanguage(header)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "   ",
                ",,,",
                "en;q=abc",
                "fi;q=2",
                "en;;q=0.5",
                "en-",
                "x-",
                "über",
                ";q=0.5",
                "fi;q=0.5;q=0.4",
                "12345678901"
            })
    void aMissingOrMalformedHeaderGivesSwedish(String header) {
        assertThat(Lang.fromAcceptLanguage(header)).isEqualTo(Lang.SV);
    }

    @Test
    void codesAndLocales() {
        assertThat(Lang.fromCode("FIT")).contains(Lang.FIT);
        assertThat(Lang.fromCode("en")).contains(Lang.EN);
        assertThat(Lang.fromCode("fkv")).isEmpty();
        assertThat(Lang.fromCode("")).isEmpty();
        assertThat(Lang.fromCode(null)).isEmpty();
        assertThat(Lang.fromLocale(Locale.of("fi", "FI"))).isEqualTo(Lang.FI);
        assertThat(Lang.fromLocale(Locale.GERMAN)).isEqualTo(Lang.SV);
        assertThat(Lang.fromLocale(null)).isEqualTo(Lang.SV);
        assertThat(Lang.FIT.locale().toLanguageTag()).isEqualTo("fit");
        assertThat(Lang.FIT.formatLocale()).isEqualTo(Locale.of("fi", "FI"));
        assertThat(Lang.all()).containsExactly(Lang.SV, Lang.FI, Lang.FIT, Lang.EN);
        assertThat(Lang.DEFAULT).isEqualTo(Lang.SV);
    }
}
