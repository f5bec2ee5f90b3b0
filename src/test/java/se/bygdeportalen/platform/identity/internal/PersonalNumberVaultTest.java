package se.bygdeportalen.platform.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Personal identity numbers are stored encrypted and found again through a keyed index. */
class PersonalNumberVaultTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PIN = "19121212-1212";
    private static final String DIGITS = "191212121212";

    private static byte[] key() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    private final byte[] key = key();
    private final PersonalNumberVault vault = new PersonalNumberVault(key);

    @Test
    void encryptsAndDecryptsTheNormalizedNumber() {
        assertThat(vault.decrypt(vault.encrypt(PIN))).isEqualTo(DIGITS);
        assertThat(vault.decrypt(vault.encrypt(DIGITS))).isEqualTo(DIGITS);
        assertThat(vault.decrypt(vault.encrypt("20010101 2385"))).isEqualTo("200101012385");
    }

    @Test
    void theCiphertextNeverContainsTheDigits() {
        for (int i = 0; i < 200; i++) {
            byte[] sealed = vault.encrypt(PIN);
            assertThat(sealed).hasSize(12 + 12 + 16);
            String asText = new String(sealed, StandardCharsets.ISO_8859_1);
            assertThat(asText).doesNotContain(DIGITS).doesNotContain("19121212").doesNotContain("1212-1212");
            assertThat(HexFormat.of().formatHex(sealed)).doesNotContain(DIGITS);
            assertThat(Base64.getEncoder().encodeToString(sealed)).doesNotContain(DIGITS);
        }
    }

    @Test
    void twoEncryptionsOfTheSameNumberDiffer() {
        Set<String> seen = new HashSet<>();
        Set<String> ivs = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            byte[] sealed = vault.encrypt(PIN);
            seen.add(HexFormat.of().formatHex(sealed));
            ivs.add(HexFormat.of().formatHex(Arrays.copyOf(sealed, 12)));
        }
        assertThat(seen).hasSize(100);
        assertThat(ivs).as("a fresh random IV each time").hasSize(100);
    }

    @Test
    void theIndexIsStableAndIgnoresFormatting() {
        byte[] index = vault.index(PIN);
        assertThat(index).hasSize(32);
        assertThat(vault.index(PIN)).isEqualTo(index);
        assertThat(vault.index(DIGITS)).isEqualTo(index);
        assertThat(vault.index("19121212 1212")).isEqualTo(index);
        assertThat(new PersonalNumberVault(key.clone()).index(PIN))
                .as("same key, new instance")
                .isEqualTo(index);
        assertThat(vault.index("191212121213")).isNotEqualTo(index);
        assertThat(new String(index, StandardCharsets.ISO_8859_1)).doesNotContain(DIGITS);
    }

    @Test
    void theIndexIsKeyed() {
        PersonalNumberVault other = new PersonalNumberVault(key());
        assertThat(other.index(PIN)).isNotEqualTo(vault.index(PIN));
    }

    @Test
    void theIndexIsNotTheEncryptionKeyAtWork() {
        // Index and encryption use different derived keys: the index is not a prefix or part of the ciphertext.
        byte[] index = vault.index(PIN);
        String hexIndex = HexFormat.of().formatHex(index);
        assertThat(HexFormat.of().formatHex(vault.encrypt(PIN))).doesNotContain(hexIndex.substring(0, 16));
    }

    @ParameterizedTest
    @ValueSource(strings = {"19121212-1212", "191212121212", "19121212 1212", " 191212121212 ", "19121212+1212"})
    void normalizeAcceptsTwelveDigitsWithSeparators(String raw) {
        assertThat(PersonalNumberVault.normalize(raw)).isEqualTo(DIGITS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "121212-1212",
                "1212121212",
                "",
                "19121212-121",
                "1912121212123",
                "19121212-121X",
                "abcdefghijkl",
                "19121212_1212"
            })
    void normalizeRefusesAnythingButTwelveDigits(String raw) {
        assertThatThrownBy(() -> PersonalNumberVault.normalize(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void normalizeRefusesNull() {
        assertThatThrownBy(() -> PersonalNumberVault.normalize(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vault.encrypt("121212-1212")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vault.index("121212-1212")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringHidesTheKeys() {
        String shown = vault.toString();
        assertThat(shown).contains("hidden");
        assertThat(shown)
                .doesNotContain(HexFormat.of().formatHex(key))
                .doesNotContain(Base64.getEncoder().encodeToString(key));
        assertThat(shown)
                .doesNotContain(HexFormat.of().formatHex(key, 0, 4))
                .doesNotContain(Base64.getEncoder().encodeToString(Arrays.copyOf(key, 6)));
    }

    @Test
    void aWrongKeyCannotDecrypt() {
        byte[] sealed = vault.encrypt(PIN);
        PersonalNumberVault other = new PersonalNumberVault(key());
        assertThatThrownBy(() -> other.decrypt(sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining(DIGITS);
    }

    @Test
    void aTamperedCiphertextIsRefused() {
        byte[] sealed = vault.encrypt(PIN);
        sealed[sealed.length - 20] ^= 0x01;
        assertThatThrownBy(() -> vault.decrypt(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theKeyMustBe256Bits() {
        assertThatThrownBy(() -> new PersonalNumberVault(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PersonalNumberVault(new byte[33])).isInstanceOf(IllegalArgumentException.class);
    }
}
