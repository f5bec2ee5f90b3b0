package se.bygdeportalen.decisions;

/** Thrown when a change is asked of a meeting whose minutes are approved or that was cancelled: 409, nothing saved. */
class MeetingClosedException extends RuntimeException {

    private final String messageKey;

    MeetingClosedException(String messageKey) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
