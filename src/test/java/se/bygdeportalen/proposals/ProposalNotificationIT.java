package se.bygdeportalen.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.platform.mail.SendDueMail;
import se.bygdeportalen.platform.security.PortalUser;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.proposals.internal.AcceptProposal;
import se.bygdeportalen.proposals.internal.SaveProposalDraft;
import se.bygdeportalen.proposals.internal.SubmitProposal;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestStaff;

/**
 * The mails leave through the outbox and reach an SMTP server (GreenMail): receipt, status changes in
 * each recipient's language with an unsubscribe link that works without signing in.
 */
@IntegrationTest
class ProposalNotificationIT {

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    SaveProposalDraft save;

    @Autowired
    SubmitProposal submit;

    @Autowired
    AcceptProposal accept;

    @Autowired
    Proposals proposals;

    @Autowired
    SendDueMail sender;

    PortalUser proposer;
    PortalUser registrar;

    @BeforeEach
    void setUp() {
        ProposalFixtures.organisation(jdbc);
        proposer = ProposalFixtures.resident(jdbc);
        registrar = new TestStaff(jdbc, encoder).create(Role.REGISTRAR);
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().contains(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    @Test
    void followersGetStatusMailsInTheirLanguageAndCanUnsubscribe() throws Exception {
        long id = ProposalFixtures.published(
                save, submit, accept, proposer, registrar, "Vandringsled till Aavasaksa " + System.nanoTime());
        String path = proposals.byId(id).orElseThrow().path();
        PortalUser follower = ProposalFixtures.resident(jdbc);
        String followerEmail = "seuraaja" + UUID.randomUUID().toString().substring(0, 6) + "@example.fi";
        mvc.perform(post("/fi" + path + "/folj")
                        .param("email", "ei osoite")
                        .with(TestStaff.as(follower))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/fi" + path + "/folj")
                        .param("email", followerEmail)
                        .with(TestStaff.as(follower))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/medborgarforslag/" + id + "/remittera")
                        .param("body", "kommunstyrelsen")
                        .param("deadline", "")
                        .with(TestStaff.as(registrar))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        sender.send();

        List<MimeMessage> proposerMails = to("aino@example.se");
        assertThat(proposerMails.stream().map(m -> subject(m)))
                .anyMatch(s -> s.startsWith("Kvitto: ditt medborgarförslag KS "))
                .anyMatch(s -> s.endsWith(": Behandlas"));
        // The receipt carries the PDF receipt as an attachment, a real PDF.
        MimeMessage receipt = proposerMails.stream()
                .filter(m -> subject(m).startsWith("Kvitto"))
                .findFirst()
                .orElseThrow();
        jakarta.mail.internet.MimeMultipart parts = (jakarta.mail.internet.MimeMultipart) receipt.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        jakarta.mail.BodyPart pdf = parts.getBodyPart(1);
        assertThat(pdf.getFileName()).startsWith("kvitto-KS-").endsWith(".pdf");
        assertThat(pdf.getContentType()).startsWith("application/pdf");
        assertThat(pdf.getInputStream().readNBytes(5))
                .isEqualTo("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        List<MimeMessage> followerMails = to(followerEmail);
        assertThat(followerMails).hasSize(1);
        MimeMessage mail = followerMails.get(0);
        assertThat(mail.getHeader("Content-Language")[0]).isEqualTo("fi");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).contains("/fi/medborgarforslag/avsluta/");
        String body = mail.getContent().toString();
        assertThat(body)
                .contains("Aloite annettiin päätettäväksi: Kunnanhallitus.")
                .contains("Seuraamallesi");
        assertThat(mail.getSubject()).endsWith(": Käsittelyssä");

        // Unsubscribe without signing in: a page with a button, then no more mail.
        String link = mail.getHeader("List-Unsubscribe")[0].replaceAll(
                ".*(/fi/medborgarforslag/avsluta/[A-Za-z0-9_-]{43}).*", "$1");
        mvc.perform(get(link)).andExpect(status().isOk());
        mvc.perform(post(link).with(csrf()).with(ProposalFixtures.anAddress())).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT active FROM proposal_subscription WHERE email = :e")
                        .param("e", followerEmail)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        mvc.perform(post("/admin/medborgarforslag/" + id + "/besvara")
                        .param("outcome", "ANSWERED")
                        .param("decidedOn", TestClock.DEFAULT_TODAY.toString())
                        .param("body", "kommunstyrelsen")
                        .param("text", "Kommunstyrelsen har svarat på förslaget.")
                        .with(TestStaff.as(registrar))
                        .with(csrf())
                        .with(ProposalFixtures.anAddress()))
                .andExpect(status().is3xxRedirection());
        sender.send();
        assertThat(to(followerEmail)).hasSize(1);
        assertThat(to("aino@example.se").stream().map(m -> subject(m))).anyMatch(s -> s.endsWith(": Besvarat"));
        mvc.perform(get("/sv/medborgarforslag/avsluta/" + "x".repeat(43))).andExpect(status().isNotFound());
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
