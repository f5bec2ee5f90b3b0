package se.bygdeportalen.platform.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;

/** The use-case contract's types: actors, results and the access rule failing closed. */
class UseCaseContractTest {

    record Owned(long ownerId) {}

    /** A resident's own record: only its owner, and staff with the service-office role. */
    static final AccessRule<Owned> OWN_RECORD =
            (actor, record) -> actor.isResident(record.ownerId()) || actor.isStaffWith(Role.SERVICE_OFFICE);

    @Test
    void actorsComeFromTheSignedInPersonOrAreTheVisitor() {
        assertThat(Actor.of(null)).isEqualTo(new Actor.Visitor());
        assertThat(Actor.of(PortalUser.resident(7, "Aino"))).isEqualTo(new Actor.Resident(7));
        Actor staff = Actor.of(PortalUser.staff(3, "registrator", "Rita", Set.of(Role.REGISTRAR), Lang.SV, false));
        assertThat(staff).isEqualTo(new Actor.Staff(3, "registrator", Set.of(Role.REGISTRAR)));
        assertThat(staff.isStaffWith(Role.REGISTRAR)).isTrue();
        assertThat(staff.isStaffWith(Role.ADMINISTRATOR)).isFalse();
    }

    @Test
    void theAuditLogNamesActorsWithoutPersonalData() {
        assertThat(new Actor.Resident(7).auditName()).isEqualTo("resident-7");
        assertThat(new Actor.Staff(3, "registrator", Set.of()).auditName()).isEqualTo("registrator");
        assertThat(Actor.system("demo data").auditName()).isEqualTo("system: demo data");
        assertThat(new Actor.Visitor().kind()).isEqualTo("visitor");
        assertThat(new Actor.Visitor().personId()).isNull();
    }

    @Test
    void accessFailsClosedForNobodyAnotherResidentAndStaffWithoutTheRole() {
        Owned record = new Owned(7);
        assertThat(OWN_RECORD.test(new Actor.Resident(7), record)).isTrue();
        assertThat(OWN_RECORD.test(new Actor.Visitor(), record)).isFalse();
        assertThat(OWN_RECORD.test(null, record)).isFalse();
        assertThat(OWN_RECORD.test(new Actor.Resident(8), record)).isFalse();
        assertThat(OWN_RECORD.test(new Actor.Staff(1, "kommunikator", Set.of(Role.COMMUNICATOR)), record))
                .isFalse();
        assertThat(OWN_RECORD.test(new Actor.Staff(2, "servicekontor", Set.of(Role.SERVICE_OFFICE)), record))
                .isTrue();
        assertThat(OWN_RECORD.test(Actor.system("reminders"), record)).isTrue();
        assertThat(OWN_RECORD.test(new Actor.Resident(7), null)).isFalse();
    }

    @Test
    void aRuleThatFailsRefuses() {
        AccessRule<Owned> broken = (actor, record) -> {
            throw new IllegalStateException("lookup failed");
        };
        assertThat(broken.test(new Actor.Resident(7), new Owned(7))).isFalse();
    }

    @Test
    void refusedStaffGet403AndEveryoneElse404() {
        Owned record = new Owned(7);
        assertThatThrownBy(
                        () -> OWN_RECORD.check(new Actor.Staff(1, "kommunikator", Set.of(Role.COMMUNICATOR)), record))
                .isInstanceOfSatisfying(Problem.class, p -> {
                    assertThat(p.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(p.messageKey()).isEqualTo("access.refused");
                });
        assertThatThrownBy(() -> OWN_RECORD.check(new Actor.Resident(8), record))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> OWN_RECORD.check(new Actor.Visitor(), record))
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND));
    }

    @Test
    void resultsSayWhatHappened() {
        Result saved = Result.saved(42);
        assertThat(saved.isSaved()).isTrue();
        assertThat(saved.id()).isEqualTo(42);

        Result invalid = new Violations()
                .reject("title[sv]", "NotBlank")
                .reject("date", "IsoDate")
                .invalid();
        assertThat(invalid).isInstanceOfSatisfying(Result.Invalid.class, i -> {
            assertThat(i.status()).isEqualTo(400);
            assertThat(i.violations()).extracting(Violation::field).containsExactly("title[sv]", "date");
        });
        assertThat(invalid.isSaved()).isFalse();
        assertThatThrownBy(invalid::id).isInstanceOf(IllegalStateException.class);

        Result confirm = Result.confirm(List.of(new Warning("NOTICE_PERIOD", "decisions.rule.notice", List.of(7))));
        assertThat(confirm)
                .isInstanceOfSatisfying(
                        Result.NeedsConfirmation.class,
                        c -> assertThat(c.warnings()).extracting(Warning::code).containsExactly("NOTICE_PERIOD"));
    }

    @Test
    void emptyRefusalsAreProgrammingErrors() {
        assertThatThrownBy(() -> new Violations().invalid()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Result.confirm(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Result.invalid(500, List.of(new Violation("a", "b", List.of()))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Problem(HttpStatus.OK, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
