package se.bygdeportalen.platform.identity.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.demo.DemoContext;
import se.bygdeportalen.platform.demo.DemoData;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.Role;

/**
 * One demo staff account per role and three demo residents. On the embedded database every staff
 * account gets the same documented password; on a server database each gets a random temporary
 * password, written to a file only the server's user can read, never to the log.
 */
@Component
class IdentityDemoData implements DemoData {

    /** The demo password on the embedded database; documented in the README. */
    static final String DEMO_PASSWORD = "Tornedalen-demo-2026";

    private record DemoStaff(String username, String name, Role role, Lang lang) {}

    private static final List<DemoStaff> STAFF = List.of(
            new DemoStaff("admin", "Anna Lantto", Role.ADMINISTRATOR, Lang.SV),
            new DemoStaff("kommunikator", "Jonas Keskitalo", Role.COMMUNICATOR, Lang.SV),
            new DemoStaff("registrator", "Maria Isaksson", Role.REGISTRAR, Lang.SV),
            new DemoStaff("moderator", "Erik Niemi", Role.MODERATOR, Lang.SV),
            new DemoStaff("servicekontor", "Helena Palo", Role.SERVICE_OFFICE, Lang.FI),
            new DemoStaff("sportotek", "Tommy Rantatalo", Role.SPORTOTEK, Lang.SV),
            new DemoStaff("naringsliv", "Sara Alatalo", Role.BUSINESS_DEVELOPER, Lang.SV),
            new DemoStaff("folkhalsa", "Kristina Wanhainen", Role.EQUALITY_COORDINATOR, Lang.FIT));

    private record DemoResident(String given, String family, LocalDate born, int serial) {}

    private static final List<DemoResident> RESIDENTS = List.of(
            new DemoResident("Aino", "Niemi", LocalDate.of(1957, 3, 14), 238),
            new DemoResident("Lars", "Hietala", LocalDate.of(1984, 9, 2), 417),
            new DemoResident("Fatima", "Yusuf", LocalDate.of(1996, 11, 23), 562));

    private final StaffAccountRepository staff;
    private final ResidentRepository residents;
    private final PersonalNumberVault vault;
    private final PasswordEncoder encoder;
    private final String dataDirectory;

    IdentityDemoData(
            StaffAccountRepository staff,
            ResidentRepository residents,
            PersonalNumberVault vault,
            PasswordEncoder encoder,
            @org.springframework.beans.factory.annotation.Value("${bygdeportalen.data-directory:./data}")
                    String dataDirectory) {
        this.dataDirectory = dataDirectory;
        this.staff = staff;
        this.residents = residents;
        this.vault = vault;
        this.encoder = encoder;
    }

    @Override
    public String module() {
        return "platform.identity";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void load(DemoContext context) {
        StringBuilder passwords = new StringBuilder(
                "# Demo staff accounts (username / temporary password). Delete this file once read.\n");
        context.announce(context.embedded() ? "Demo staff accounts (username / password):" : "Demo staff accounts:");
        for (DemoStaff s : STAFF) {
            String password = context.embedded() ? DEMO_PASSWORD : randomPassword();
            // On a server database: random passwords that must be changed, kept out of the logs.
            staff.insert(
                    s.username(),
                    s.name(),
                    s.username() + "@demo.invalid",
                    Objects.requireNonNull(encoder.encode(password), "only a null password encodes to null"),
                    !context.embedded(),
                    Set.of(s.role()),
                    s.lang());
            context.announce(
                    context.embedded()
                            ? "  %-14s / %s   (%s)"
                                    .formatted(
                                            s.username(),
                                            password,
                                            s.role().name().toLowerCase())
                            : "  %-14s (%s)"
                                    .formatted(s.username(), s.role().name().toLowerCase()));
            passwords.append(s.username()).append(' ').append(password).append('\n');
        }
        if (!context.embedded()) {
            context.announce("  Their temporary passwords are in " + writePrivately(passwords.toString()));
        }
        for (DemoResident r : RESIDENTS) {
            String pin = personalNumber(r.born(), r.serial());
            residents.upsert(
                    vault.index(pin),
                    vault.encrypt(pin),
                    r.given(),
                    r.family(),
                    true,
                    context.clock().instant());
        }
    }

    /** A well-formed number (Luhn check digit) for a demo resident; never shown anywhere. */
    static String personalNumber(LocalDate born, int serial) {
        String body =
                "%02d%02d%02d%03d".formatted(born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth(), serial);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int d = (body.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return born.getYear() / 100 + body + (10 - sum % 10) % 10;
    }

    /** Writes the passwords to a file only its owner can read, beside the data directory. */
    private String writePrivately(String text) {
        try {
            java.nio.file.Path file = java.nio.file.Path.of(dataDirectory, "demo-staff-passwords.txt")
                    .toAbsolutePath();
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, text);
            try {
                java.nio.file.Files.setPosixFilePermissions(
                        file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Not a POSIX file system; the directory's own protection applies.
            }
            return file.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot write the demo staff passwords", e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
