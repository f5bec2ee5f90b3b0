package se.bygdeportalen.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.manifest.ModuleRegistry;
import se.bygdeportalen.platform.manifest.PersonalDataCategory;
import se.bygdeportalen.platform.manifest.PersonalDataCategory.Person;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.PersonalDataScan;

/**
 * The outbox's erasure hook: mail to one of the person's addresses goes, pending or sent, with its
 * attachments, however the address was capitalised; mail to anyone else stays.
 */
@IntegrationTest
class MailErasureIT {

    @Autowired
    MailOutbox outbox;

    @Autowired
    ModuleRegistry modules;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    private PersonalDataCategory mail() {
        return modules.personalData().stream()
                .filter(c -> c.id().equals("mail-outbox"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void mailToThePersonsAddressesIsExportedAndErasedWithItsAttachments() {
        String name = "Gunvor Raderasson" + PersonalDataScan.unique(6);
        String address = "Gunvor." + PersonalDataScan.unique(8) + "@Example.invalid";
        String other = "annan." + PersonalDataScan.unique(8) + "@example.invalid";
        // Mail is enqueued in the transaction of the change that causes it.
        long toThem = tx.execute(s -> outbox.enqueue(
                new OutgoingMail(
                        address,
                        name,
                        "Kvitto",
                        "Hej " + name + ", tack för ditt förslag.",
                        null,
                        Lang.SV,
                        "proposals.receipt",
                        null),
                List.of(MailAttachment.pdf("kvitto.pdf", ("%PDF-1.7 " + name).getBytes(StandardCharsets.UTF_8)))));
        long toOther = tx.execute(
                s -> outbox.enqueue(OutgoingMail.text(other, "Kvitto", "Hej, tack.", Lang.SV, "proposals.receipt")));
        assertThat(PersonalDataScan.columnsHolding(jdbc, name, address))
                .contains(
                        "mail_outbox.recipient",
                        "mail_outbox.recipient_name",
                        "mail_outbox.body_text",
                        "mail_outbox_attachment.content");

        Person person = new Person(-1, Set.of(Person.normalize(address)));
        assertThat(mail().exporter().export(person))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("recipient_name", name));

        assertThat((Integer) tx.execute(s -> mail().eraser().erase(person))).isEqualTo(1);

        assertThat(PersonalDataScan.columnsHolding(jdbc, name, address)).isEmpty();
        assertThat(jdbc.sql("SELECT id FROM mail_outbox WHERE id IN (:ids)")
                        .param("ids", List.of(toThem, toOther))
                        .query(Long.class)
                        .list())
                .containsExactly(toOther);
    }
}
