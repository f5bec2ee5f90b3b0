package se.bygdeportalen.test;

import java.security.SecureRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Inserts demo residents (the kind the demo sign-in offers) with random, meaningless identifiers. */
public final class TestResidents {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TestResidents() {}

    public static long demoResident(JdbcClient jdbc, String given, String family) {
        byte[] hash = new byte[32];
        RANDOM.nextBytes(hash);
        return jdbc.sql(
                        "INSERT INTO resident (pin_hash, pin_encrypted, given_name, family_name, demo) VALUES (:h, :e, :g, :f, true) RETURNING id")
                .param("h", hash)
                .param("e", new byte[] {0})
                .param("g", given)
                .param("f", family)
                .query(Long.class)
                .single();
    }
}
