package se.bygdeportalen.platform.pagecache.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * One shared response: its bytes, type, the headers its handler set (such as Content-Disposition)
 * and a weak ETag from its bytes. Weak because Tomcat compresses only responses without a strong
 * ETag (the compressed bytes differ), and the page means the same either way.
 *
 * @param generation the {@link PageStore} generation it was rendered in; a page from before the last
 *                   change is never served
 */
record CachedPage(byte[] body, String contentType, List<Header> headers, String etag, long generation) {

    record Header(String name, String value) {}

    CachedPage {
        headers = List.copyOf(headers);
    }

    static CachedPage of(byte[] body, String contentType, List<Header> headers, long generation) {
        return new CachedPage(body, contentType, headers, etagOf(body), generation);
    }

    /** Its weight in the store's byte budget: the body and a little for the rest. */
    int weight() {
        return body.length + 256;
    }

    static String etagOf(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CachedPage page && etag.equals(page.etag) && generation == page.generation;
    }

    @Override
    public int hashCode() {
        return etag.hashCode();
    }

    @Override
    public String toString() {
        return "CachedPage[" + contentType + ", " + body.length + " bytes, " + etag + "]";
    }
}
