package se.bygdeportalen.platform.mail.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.manifest.PersonalDataCategory;
import se.bygdeportalen.platform.manifest.PlatformPersonalData;

/**
 * The outbox keeps mail, with the recipient's address and name and the text, until its retention ends.
 * Mail is not linked to a person's id, so a request finds it by the e-mail addresses the other modules
 * know for the person; erasure deletes it, pending mail included, so nothing more is sent to them.
 */
@Component
class MailPersonalData implements PlatformPersonalData {

    private final MailOutboxRepository outbox;

    MailPersonalData(MailOutboxRepository outbox) {
        this.outbox = outbox;
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return List.of(new PersonalDataCategory(
                "mail-outbox",
                PersonalDataCategory.Subject.RESIDENT,
                "privacy.data.mail",
                "privacy.basis.publicInterest",
                "privacy.retention.mail",
                person -> outbox.exportTo(person.sortedEmails()),
                person -> outbox.deleteTo(person.sortedEmails())));
    }
}
