package se.bygdeportalen.test;

import jakarta.servlet.http.Cookie;
import java.util.Optional;
import org.springframework.mock.web.MockHttpServletResponse;

/** Reads the session cookie Spring Session writes as a raw Set-Cookie header (MockMvc does not parse it). */
public final class SessionCookies {

    public static final String NAME = "__Host-bygdeportalen";

    private SessionCookies() {}

    public static Optional<String> header(MockHttpServletResponse response) {
        return response.getHeaders("Set-Cookie").stream()
                .filter(h -> h.startsWith(NAME + "="))
                .findFirst();
    }

    public static Optional<Cookie> cookie(MockHttpServletResponse response) {
        return header(response)
                .map(h -> h.substring(NAME.length() + 1, h.indexOf(';') < 0 ? h.length() : h.indexOf(';')))
                .filter(v -> !v.isEmpty())
                .map(v -> new Cookie(NAME, v));
    }
}
