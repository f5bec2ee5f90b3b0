package se.bygdeportalen.decisions.web;

/** Links for subscribing to the meeting calendars. */
public final class Feeds {

    private Feeds() {}

    /** The same address with the webcal scheme, which calendar apps open as a subscription. */
    public static String webcal(String absoluteUrl) {
        return absoluteUrl.replaceFirst("^https?://", "webcal://");
    }
}
