package se.bygdeportalen.platform.identity.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing and the key that protects personal identity numbers. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdentityConfiguration.class);

    /** Argon2id for new hashes; older bcrypt hashes still verify and are rehashed at the next sign-in. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new BCryptPasswordEncoder()));
    }

    /**
     * The key comes from {@code bygdeportalen.crypto.personal-number-key}. A run on the embedded
     * database makes one and keeps it beside its data; a server installation must set it.
     */
    @Bean
    PersonalNumberVault personalNumberVault(Environment env) throws IOException {
        String configured = env.getProperty("bygdeportalen.crypto.personal-number-key");
        if (configured != null && !configured.isBlank()) {
            return new PersonalNumberVault(Base64.getDecoder().decode(configured.strip()));
        }
        boolean embedded = se.bygdeportalen.platform.db.EmbeddedDatabase.inUse(env);
        if (!embedded) {
            throw new IllegalStateException(
                    "Set bygdeportalen.crypto.personal-number-key (base64 of 32 random bytes, e.g. `openssl rand -base64 32`)");
        }
        if (env.getProperty("bygdeportalen.embedded-db.ephemeral", Boolean.class, false)) {
            return new PersonalNumberVault(random());
        }
        Path file = Path.of(env.getProperty("bygdeportalen.data-directory", "./data"), "keys", "personal-number.key")
                .toAbsolutePath();
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Base64.getEncoder().encodeToString(random()));
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                log.debug("Cannot restrict permissions of {}", file);
            }
            log.info("Created a key for personal identity numbers in {}", file);
        }
        return new PersonalNumberVault(
                Base64.getDecoder().decode(Files.readString(file).strip()));
    }

    private static byte[] random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
