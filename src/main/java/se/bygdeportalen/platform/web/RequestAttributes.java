package se.bygdeportalen.platform.web;

/** Names of request attributes the platform's filters set. */
public final class RequestAttributes {

    public static final String REQUEST_ID = "bygdeportalen.requestId";
    public static final String LANG = "bygdeportalen.lang";

    private RequestAttributes() {}
}
