package se.bygdeportalen.test;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.PortalAuthentication;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;

/**
 * Builds staff accounts for tests, straight into the database, each with a unique username so tests
 * sharing a database never collide.
 */
public final class TestStaff {

    public static final String PASSWORD = "correct horse battery staple";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    public TestStaff(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    public PortalUser create(Role... roles) {
        return create(Lang.SV, roles);
    }

    public PortalUser create(Lang lang, Role... roles) {
        String username = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
        String literal = "{" + String.join(",", set.stream().map(Role::name).toList()) + "}";
        long id = jdbc.sql("""
                INSERT INTO staff_account (username, display_name, email, password_hash, roles, ui_language)
                VALUES (:u, :n, :e, :h, CAST(:r AS text[]), :l) RETURNING id
                """)
                .param("u", username)
                .param("n", "Test " + username)
                .param("e", username + "@test.invalid")
                .param("h", encoder.encode(PASSWORD))
                .param("r", literal)
                .param("l", lang.code())
                .query(Long.class)
                .single();
        return PortalUser.staff(id, username, "Test " + username, set, lang, false);
    }

    /** MockMvc: act as this person without going through a sign-in form. */
    public static RequestPostProcessor as(PortalUser user) {
        return SecurityMockMvcRequestPostProcessors.authentication(new PortalAuthentication(user));
    }
}
