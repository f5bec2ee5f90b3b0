package se.bygdeportalen.platform.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.platform.demo.DemoContext;
import se.bygdeportalen.test.IntegrationTest;

/**
 * Demo data asked for on a server database: the staff accounts get random temporary passwords that
 * must be changed, written to a private file and never to the log.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class DemoStaffOnAServerDatabaseIT {

    @TempDir
    static Path dataDirectory;

    @Autowired
    StaffAccountRepository accounts;

    @Autowired
    ResidentRepository residents;

    @Autowired
    PersonalNumberVault vault;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void passwordsGoToAPrivateFileAndMustBeChanged(CapturedOutput output) throws Exception {
        jdbc.sql(
                        "UPDATE staff_account SET username = username || '-' || id WHERE username IN ('admin','kommunikator','registrator','moderator','servicekontor','sportotek','naringsliv','folkhalsa')")
                .update();
        IdentityDemoData demo = new IdentityDemoData(accounts, residents, vault, encoder, dataDirectory.toString());
        DemoContext context = new DemoContext(clock, false);
        tx.executeWithoutResult(status -> demo.load(context));

        Path file = dataDirectory.resolve("demo-staff-passwords.txt");
        List<String> lines = Files.readAllLines(file).stream()
                .filter(l -> !l.startsWith("#"))
                .toList();
        assertThat(lines).hasSize(8);
        String adminPassword = lines.stream()
                .filter(l -> l.startsWith("admin "))
                .findFirst()
                .orElseThrow()
                .substring("admin ".length());
        assertThat(adminPassword).hasSizeGreaterThanOrEqualTo(16).isNotEqualTo(IdentityDemoData.DEMO_PASSWORD);
        assertThat(Files.getPosixFilePermissions(file).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");

        StaffAccount admin = accounts.byUsername("admin").orElseThrow();
        assertThat(admin.mustChangePassword()).isTrue();
        assertThat(encoder.matches(adminPassword, admin.passwordHash())).isTrue();
        assertThat(String.join("\n", context.announcements()))
                .doesNotContain(adminPassword)
                .contains(file.toString());
        assertThat(output.getAll()).doesNotContain(adminPassword);
    }
}
