package se.bygdeportalen.platform.web;

import java.util.function.BooleanSupplier;

/**
 * A warning every staff member sees on the staff start page while it applies, e.g. that uploads are
 * not scanned for viruses. A module that has one supplies it as a bean; the web layer never names the
 * module (ADR 0016: a lower module never names a higher one).
 *
 * @param id       the banner's HTML id
 * @param titleKey message key of the banner's title
 * @param textKey  message key of its text
 * @param shown    asked on every visit of the start page
 */
public record StaffNotice(String id, String titleKey, String textKey, BooleanSupplier shown) {

    public static StaffNotice of(String id, String titleKey, String textKey, BooleanSupplier shown) {
        return new StaffNotice(id, titleKey, textKey, shown);
    }

    public boolean applies() {
        return shown.getAsBoolean();
    }
}
