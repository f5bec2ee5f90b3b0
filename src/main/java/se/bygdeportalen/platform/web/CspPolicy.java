package se.bygdeportalen.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content Security Policy: first-party resources only, scripts only with this response's
 * nonce, no inline styles, no framing, forms only to this site.
 */
public final class CspPolicy {

    static final String TEMPLATE = "default-src 'self'; script-src 'nonce-%s'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private CspPolicy() {}

    public static String forNonce(String nonce) {
        return TEMPLATE.formatted(nonce);
    }

    /** Writes the policy with the nonce {@link CspNonceFilter} gave the request. */
    public static final class NonceWriter implements HeaderWriter {
        @Override
        public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
            if (!response.containsHeader("Content-Security-Policy")) {
                response.setHeader("Content-Security-Policy", forNonce(CspNonceFilter.nonceOf(request)));
            }
        }
    }
}
