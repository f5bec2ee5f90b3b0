package se.bygdeportalen.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.identity.internal.PasswordPolicy;

/** The staff password rules (OWASP ASVS 5, V6.2): length, breached passwords, username and local words, nothing else. */
class PasswordPolicyTest {

    private static PasswordPolicy policy;

    @BeforeAll
    static void load() {
        policy = new PasswordPolicy();
    }

    private static Optional<String> check(String password) {
        return policy.check(password, "anna.berg");
    }

    @Test
    void aPasswordIsRequired() {
        assertThat(check(null)).contains("password.rule.required");
        assertThat(check("")).contains("password.rule.required");
    }

    @Test
    void atLeastTwelveCharacters() {
        assertThat(check("kort lösen1")).as("11 characters").contains("password.rule.tooShort");
        assertThat(check("kort lösen12")).as("12 characters").isEmpty();
        assertThat(check("   ")).contains("password.rule.tooShort");
    }

    @Test
    void atMost128Characters() {
        String base = "lingonris och hjortron under midnattssolen vid torne älv ";
        String exactly128 = (base + base + base).substring(0, 128);
        assertThat(exactly128).hasSize(128);
        assertThat(check(exactly128)).isEmpty();
        assertThat(check(exactly128 + "x")).contains("password.rule.tooLong");
    }

    @Test
    void lengthIsCountedInCharactersAsPeopleSeeThemNotInUtf16Units() {
        // Each of these emoji is one code point but two UTF-16 units.
        String four = "🌲🦌🐟🔥";
        assertThat(four.length()).isEqualTo(8);
        assertThat(check(four + four)).as("8 characters, 16 UTF-16 units").contains("password.rule.tooShort");
        assertThat(check(four + four + four)).as("12 characters").isEmpty();
        String exactly128 = four.repeat(32);
        assertThat(exactly128.length()).isEqualTo(256);
        assertThat(check(exactly128)).as("128 characters, 256 UTF-16 units").isEmpty();
        assertThat(check(exactly128 + "🌲")).as("129 characters").contains("password.rule.tooLong");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "password1234",
                "iloveyou1234",
                "qwertyuiopasdfghjkl",
                "1q2w3e4r5t6y",
                "passwordpassword",
                "123456789012"
            })
    void knownBreachedPasswordsAreRefused(String breached) {
        assertThat(check(breached)).contains("password.rule.breached");
    }

    @Test
    void breachedPasswordsAreRefusedWhateverTheirCase() {
        assertThat(check("PassWord1234")).contains("password.rule.breached");
        assertThat(check("QWERTYUIOPASDFGHJKL")).contains("password.rule.breached");
    }

    @Test
    void everyLongPasswordOfTheBundledListIsRefused() throws IOException {
        int checked = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt.gz")),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty()) {
                    assertThat(policy.check(line, null)).as(line).isPresent();
                    assertThat(policy.check(line.toUpperCase(java.util.Locale.ROOT), null))
                            .as(line)
                            .isPresent();
                    checked++;
                }
            }
        }
        assertThat(checked).as("the README promises about 44,000 passwords").isGreaterThan(40_000);
    }

    @Test
    void thePasswordMustNotContainTheUsername() {
        assertThat(policy.check("anna.berg i övertorneå", "anna.berg")).contains("password.rule.containsUsername");
        assertThat(policy.check("mitt namn är ANNA.BERG ju", "Anna.Berg")).contains("password.rule.containsUsername");
        assertThat(policy.check("fjällräven springer fort", "anna.berg")).isEmpty();
        assertThat(policy.check("fjällräven springer fort", null)).isEmpty();
        assertThat(policy.check("fjällräven springer fort", " ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Overtornea2026!",
                "övertorneå123",
                "ÖVERTORNEÅ 2026",
                "Bygdeportalen1",
                "matarenki!!2026",
                "Ylitornio-2026",
                "ＯＶＥＲＴＯＲＮＥＡ２０２６"
            })
    void theMunicipalityAndThePlatformAreTooEasyToGuess(String guessable) {
        assertThat(check(guessable)).contains("password.rule.guessable");
    }

    @Test
    void aLocalWordInsideALongerPassphraseIsFine() {
        assertThat(check("övertorneå har ljusa sommarnätter")).isEmpty();
        assertThat(check("jag cyklar till matarenki i maj")).isEmpty();
    }

    @Test
    void fewerThanFourDifferentCharactersIsTooEasyToGuess() {
        assertThat(check("xyzxyzxyzxyzxyz")).contains("password.rule.guessable");
        assertThat(check("wxyzwxyzwxyzw")).isEmpty();
    }

    @Test
    void aGoodPassphrasePassesWithoutCompositionRules() {
        assertThat(check("Renar betar nära Pello bro 7!")).isEmpty();
        // No digits, no capitals, no symbols: a long lower-case passphrase is a good password.
        assertThat(check("multbär och kaffe vid älven")).isEmpty();
        assertThat(check("tunturipuron ja pulkka")).isEmpty();
        assertThat(check("snöskotern står i ladan")).isEmpty();
    }

    @Test
    void everyRuleHasAMessageInEveryLanguage() {
        Messages messages = new Messages();
        for (String key : new String[] {
            "password.rule.required",
            "password.rule.tooShort",
            "password.rule.tooLong",
            "password.rule.breached",
            "password.rule.containsUsername",
            "password.rule.guessable"
        }) {
            for (Lang lang : Lang.values()) {
                assertThat(messages.has(lang, key)).as(lang.code() + " " + key).isTrue();
            }
        }
    }
}
