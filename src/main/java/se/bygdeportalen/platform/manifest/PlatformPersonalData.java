package se.bygdeportalen.platform.manifest;

import java.util.List;

/**
 * Personal data a platform module without a manifest of its own keeps (the mail outbox, rate limits).
 * The platform's one manifest lists these categories with its own (ADR 0016), so each platform module
 * exports and erases its own tables and the identity module never reads them.
 */
public interface PlatformPersonalData {

    List<PersonalDataCategory> personalData();
}
