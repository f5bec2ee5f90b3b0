package se.bygdeportalen.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import se.bygdeportalen.platform.i18n.Lang;

class OutgoingMailTest {

    private static OutgoingMail mail(String recipient, String name, String subject, String unsubscribeUrl) {
        return new OutgoingMail(recipient, name, subject, "Hej!", null, Lang.SV, "proposals.receipt", unsubscribeUrl);
    }

    @Test
    void acceptsAValidMailAndTidiesOptionalFields() {
        OutgoingMail mail = new OutgoingMail(
                " anna.lind@example.se ",
                "  ",
                "Tack för ditt förslag",
                "Hej Anna!",
                " ",
                Lang.FIT,
                "proposals.receipt",
                "https://overtornea.se/sv/avregistrera?t=abc");
        assertThat(mail.recipient()).isEqualTo("anna.lind@example.se");
        assertThat(mail.recipientName()).isNull();
        assertThat(mail.bodyHtml()).isNull();
        assertThat(mail.unsubscribeUrl()).isEqualTo("https://overtornea.se/sv/avregistrera?t=abc");
        assertThat(OutgoingMail.text("anna@example.se", "Ämne", "Text", Lang.SV, "x")
                        .lang())
                .isEqualTo(Lang.SV);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "anna",
                "anna@",
                "@example.se",
                "anna@examplese",
                "anna@@example.se",
                "anna lind@example.se",
                "Anna <anna@example.se>",
                "anna@example.se, bo@example.se",
                "anna@example.se\r\nBcc: eve@example.se",
                "anna@example.se\nBcc: eve@example.se",
                "group: anna@example.se;",
                "anna@example..se",
                "anna@.example.se"
            })
    void refusesAnythingButOneValidAddress(String address) {
        assertThatThrownBy(() -> mail(address, null, "Ämne", null))
                .isInstanceOf(IllegalArgumentException.class)
                // The message never repeats the address: it may reach a log.
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("example"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ämne\r\nBcc: eve@example.se",
                "Ämne\nBcc: eve@example.se",
                "Ämne\rX",
                "Ämne\u0000",
                "Ämne\u2028X",
                "Ämne\tX"
            })
    void refusesHeaderInjectionInTheSubject(String subject) {
        assertThatThrownBy(() -> mail("anna@example.se", null, subject, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesHeaderInjectionInTheName() {
        assertThatThrownBy(() -> mail("anna@example.se", "Anna\r\nBcc: eve@example.se", "Ämne", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMissingOrOversizedParts() {
        assertThatThrownBy(() -> mail("anna@example.se", null, " ", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> mail("anna@example.se", null, "x".repeat(OutgoingMail.MAX_SUBJECT + 1), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutgoingMail("anna@example.se", null, "Ämne", " ", null, Lang.SV, "x", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutgoingMail("anna@example.se", null, "Ämne", "Text", null, null, "x", null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Proposals.Receipt", "proposals receipt", ".receipt", "förslag"})
    void refusesABadCategory(String category) {
        assertThatThrownBy(
                        () -> new OutgoingMail("anna@example.se", null, "Ämne", "Text", null, Lang.SV, category, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/sv/avregistrera",
                "javascript:alert(1)",
                "https://a.se/x>, <https://evil.se",
                "https://a.se/x\r\nBcc: eve@example.se",
                "https://a.se/x y",
                "ftp://a.se/x"
            })
    void refusesABadUnsubscribeUrl(String url) {
        assertThatThrownBy(() -> mail("anna@example.se", null, "Ämne", url))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsAMailtoUnsubscribeUrl() {
        assertThat(mail("anna@example.se", null, "Ämne", "mailto:unsubscribe@overtornea.se?subject=stop")
                        .unsubscribeUrl())
                .startsWith("mailto:");
    }
}
