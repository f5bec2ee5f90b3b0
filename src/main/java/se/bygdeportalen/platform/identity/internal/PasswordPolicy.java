package se.bygdeportalen.platform.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Staff password rules after OWASP ASVS 5 (V6.2): at least 12 characters, at most 128, no
 * composition rules, not a known breached password (the 44,000 passwords of 12 characters or more in
 * SecLists' list of the million most common ones, MIT licence), not the username and not about
 * the municipality. Returns a message key when a password is refused.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> LOCAL_WORDS =
            Set.of("overtornea", "övertorneå", "bygdeportalen", "matarenki", "ylitornio");

    private final Set<String> breached;

    public PasswordPolicy() {
        this.breached = load();
    }

    public Optional<String> check(@Nullable String password, String username) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password.rule.required");
        }
        String normalized = Normalizer.normalize(password, Normalizer.Form.NFKC);
        int length = normalized.codePointCount(0, normalized.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password.rule.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password.rule.tooLong");
        }
        String lower = normalized.toLowerCase(Locale.ROOT);
        if (breached.contains(lower)) {
            return Optional.of("password.rule.breached");
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.rule.containsUsername");
        }
        String stripped = lower.replaceAll("[^\\p{L}]", "");
        for (String word : LOCAL_WORDS) {
            if (stripped.equals(word) || (stripped.startsWith(word) && stripped.length() - word.length() < 4)) {
                return Optional.of("password.rule.guessable");
            }
        }
        if (lower.codePoints().distinct().count() < 4) {
            return Optional.of("password.rule.guessable");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        Set<String> set = new HashSet<>(60_000);
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt.gz");
                BufferedReader reader =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty()) {
                    set.add(line);
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("Cannot read the list of breached passwords", e);
        }
        return set;
    }
}
