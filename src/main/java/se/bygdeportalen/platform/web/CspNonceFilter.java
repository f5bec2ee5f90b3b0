package se.bygdeportalen.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** A fresh CSP nonce per request; {@code SecurityConfig} writes it into the policy. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CspNonceFilter extends OncePerRequestFilter {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getAttribute(RequestAttributes.NONCE) == null) {
            byte[] bytes = new byte[18];
            RANDOM.nextBytes(bytes);
            request.setAttribute(RequestAttributes.NONCE, Base64.getEncoder().encodeToString(bytes));
        }
        chain.doFilter(request, response);
    }

    public static String nonceOf(HttpServletRequest request) {
        Object nonce = request.getAttribute(RequestAttributes.NONCE);
        return nonce == null ? "" : nonce.toString();
    }
}
