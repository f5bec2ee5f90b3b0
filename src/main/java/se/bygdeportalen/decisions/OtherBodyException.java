package se.bygdeportalen.decisions;

/** A registrar limited to some bodies asked to change another body's records: 403, nothing saved. */
class OtherBodyException extends RuntimeException {

    OtherBodyException() {
        super("decisions.admin.otherBody", null, false, false);
    }
}
