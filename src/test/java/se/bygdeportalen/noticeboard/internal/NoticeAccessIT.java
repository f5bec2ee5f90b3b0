package se.bygdeportalen.noticeboard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.bygdeportalen.organisation.Body;
import se.bygdeportalen.organisation.OrganisationFixtures;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestResidents;
import se.bygdeportalen.test.TestStaff;

/**
 * Posting and withdrawing notices by hand fails closed: nobody signed in, a resident, staff without
 * the role and a registrar outside the notice's body are refused, in the use cases and on the staff
 * routes; communicators, administrators, registrars of the body and the system get through. The
 * nightly archiving runs only as the system.
 */
@IntegrationTest
class NoticeAccessIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TestClock clock;

    @Autowired
    PostOtherNotice postOther;

    @Autowired
    WithdrawNotice withdraw;

    @Autowired
    ArchiveEndedNotices archive;

    private LocalDate today;
    private Body body;
    private PortalUser communicatorUser;
    private PortalUser limitedUser;
    private PortalUser moderatorUser;
    private PortalUser residentUser;
    private Actor limitedRegistrar;
    private Actor moderator;
    private Actor resident;

    @BeforeEach
    void setUp() {
        today = clock.today();
        OrganisationFixtures fixtures = new OrganisationFixtures(jdbc);
        body = fixtures.body(Body.Kind.COMMITTEE, "Anslagsnämnden");
        Body other = fixtures.body(Body.Kind.COMMITTEE, "Annan anslagsnämnd");
        TestStaff staff = new TestStaff(jdbc, encoder);
        communicatorUser = staff.create(Role.COMMUNICATOR);
        limitedUser = staff.create(Role.REGISTRAR);
        jdbc.sql("INSERT INTO organisation_registrar_scope (staff_account_id, body_id) VALUES (:a, :b)")
                .param("a", limitedUser.id())
                .param("b", other.id())
                .update();
        moderatorUser = staff.create(Role.MODERATOR);
        residentUser = PortalUser.resident(TestResidents.demoResident(jdbc, "Bo", "Invånare"), "Bo Invånare");
        limitedRegistrar = Actor.of(limitedUser);
        moderator = Actor.of(moderatorUser);
        resident = Actor.of(residentUser);
    }

    @Test
    void postingANoticeOfABodyIsRefusedToAllButItsKeepers() {
        String title = OrganisationFixtures.unique("Kungörelse ");
        PostOtherNotice.Command notice = command(title, body.slug());
        assertRefused(404, () -> postOther.postOtherNotice(notice, Actor.VISITOR));
        assertRefused(404, () -> postOther.postOtherNotice(notice, null));
        assertRefused(404, () -> postOther.postOtherNotice(notice, resident));
        assertRefused(403, () -> postOther.postOtherNotice(notice, moderator));
        assertRefused(403, () -> postOther.postOtherNotice(notice, limitedRegistrar));
        assertThat(notices(title)).isZero();

        assertThat(postOther
                        .postOtherNotice(command(title + " utan organ", null), limitedRegistrar)
                        .isSaved())
                .as("a notice of no body is any registrar's")
                .isTrue();
        assertThat(postOther.postOtherNotice(notice, Actor.of(communicatorUser)).isSaved())
                .isTrue();
        assertThat(postOther
                        .postOtherNotice(command(title + " system", body.slug()), Actor.system("access test"))
                        .isSaved())
                .isTrue();
        assertThat(notices(title)).isEqualTo(1);
    }

    @Test
    void withdrawingIsRefusedToAllButTheKeepersAndNothingChanges() {
        long id = postOther
                .postOtherNotice(
                        command(OrganisationFixtures.unique("Tas ned "), body.slug()), Actor.system("access test"))
                .id();
        WithdrawNotice.Command withdrawal = new WithdrawNotice.Command(id, "Fel datum");
        assertRefused(404, () -> withdraw.withdrawNotice(withdrawal, Actor.VISITOR));
        assertRefused(404, () -> withdraw.withdrawNotice(withdrawal, resident));
        assertRefused(404, () -> withdraw.withdrawNotice(new WithdrawNotice.Command(999_999_999L, "x"), resident));
        assertRefused(403, () -> withdraw.withdrawNotice(withdrawal, moderator));
        assertRefused(403, () -> withdraw.withdrawNotice(withdrawal, limitedRegistrar));
        assertThat(withdrawn(id)).isFalse();
        assertThat(withdraw.withdrawNotice(withdrawal, Actor.of(communicatorUser))
                        .isSaved())
                .isTrue();
        assertThat(withdrawn(id)).isTrue();
    }

    @Test
    void theNightlyArchivingRunsOnlyAsTheSystem() {
        assertRefused(404, () -> archive.archiveEndedNotices(Actor.VISITOR));
        assertRefused(404, () -> archive.archiveEndedNotices(resident));
        assertRefused(403, () -> archive.archiveEndedNotices(Actor.of(communicatorUser)));
        assertThat(archive.archiveEndedNotices(Actor.system(ArchiveEndedNotices.TASK)))
                .isNotNegative();
    }

    @Test
    void theStaffRoutesRefuseVisitorsResidentsOtherStaffAndRegistrarsOutsideTheBody() throws Exception {
        long id = postOther
                .postOtherNotice(
                        command(OrganisationFixtures.unique("Route "), body.slug()), Actor.system("access test"))
                .id();
        String title = OrganisationFixtures.unique("Routeanslag ");
        for (PortalUser user : new PortalUser[] {null, residentUser, moderatorUser, limitedUser}) {
            int expected = user == null ? 302 : 403;
            assertThat(status(postForm(title), user)).as("post as " + who(user)).isEqualTo(expected);
            assertThat(status(post("/admin/anslagstavla/" + id + "/ta-ned").param("reason", "Fel"), user))
                    .as("withdraw as " + who(user))
                    .isEqualTo(expected);
        }
        assertThat(notices(title)).isZero();
        assertThat(withdrawn(id)).isFalse();
        assertThat(status(postForm(title), communicatorUser)).isEqualTo(302);
        assertThat(status(post("/admin/anslagstavla/" + id + "/ta-ned").param("reason", "Fel"), communicatorUser))
                .isEqualTo(302);
        assertThat(notices(title)).isEqualTo(1);
        assertThat(withdrawn(id)).isTrue();
    }

    // ---- helpers ----

    private PostOtherNotice.Command command(String title, String bodySlug) {
        return new PostOtherNotice.Command(
                TranslatableText.swedish(title), null, bodySlug, today, today.plusDays(14), null);
    }

    private MockHttpServletRequestBuilder postForm(String title) {
        return post("/admin/anslagstavla")
                .param("title[sv]", title)
                .param("bodySlug", body.slug())
                .param("postedOn", today.toString())
                .param("lastDay", today.plusDays(10).toString());
    }

    private static String who(PortalUser user) {
        return user == null ? "nobody" : user.isStaff() ? "staff " + user.roles() : "a resident";
    }

    private static void assertRefused(int status, ThrowingCallable call) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        Problem.class, p -> assertThat(p.status().value()).isEqualTo(status));
    }

    private int status(MockHttpServletRequestBuilder request, PortalUser user) throws Exception {
        request.with(csrf());
        if (user != null) {
            request.with(TestStaff.as(user));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private long notices(String title) {
        return jdbc.sql("SELECT count(*) FROM noticeboard_notice WHERE title ->> 'sv' = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    private boolean withdrawn(long id) {
        return jdbc.sql("SELECT withdrawn_at IS NOT NULL FROM noticeboard_notice WHERE id = :id")
                .param("id", id)
                .query(Boolean.class)
                .single();
    }
}
