package se.bygdeportalen.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriUtils;
import org.springframework.web.util.UrlPathHelper;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.CurrentUser;
import se.bygdeportalen.platform.security.PortalUser;

/**
 * Decides the language of a request. Public pages take it from the URL prefix; staff pages from
 * the staff member's choice (or {@code ?lang=} on the sign-in page); anything else, such as an
 * unknown URL, from Accept-Language.
 */
@Component("localeResolver")
public class LangResolution implements LocaleResolver {

    public static final String ADMIN_PREFIX = "/admin";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return resolve(request).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        throw new UnsupportedOperationException("The language follows the URL or the staff member's choice");
    }

    public static Lang resolve(HttpServletRequest request) {
        Object cached = request.getAttribute(RequestAttributes.LANG);
        if (cached instanceof Lang lang) {
            return lang;
        }
        Lang lang = decide(request);
        request.setAttribute(RequestAttributes.LANG, lang);
        return lang;
    }

    private static Lang decide(HttpServletRequest request) {
        String path = originalPath(request);
        Optional<Lang> fromPath = langPrefix(path);
        if (fromPath.isPresent()) {
            return fromPath.get();
        }
        if (isStaffArea(path)) {
            Optional<PortalUser> user = CurrentUser.get().filter(PortalUser::isStaff);
            if (user.isPresent()) {
                return user.get().uiLanguage();
            }
            Optional<Lang> param = Lang.fromCode(request.getParameter("lang"));
            if (param.isPresent()) {
                return param.get();
            }
        }
        return Lang.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    /** The path the visitor asked for, also while an error page is being rendered. */
    public static String originalPath(HttpServletRequest request) {
        Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (errorUri == null) {
            // Decoded and without the context path, as Spring MVC and Spring Security see it.
            return UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        }
        String uri = UriUtils.decode(errorUri.toString(), java.nio.charset.StandardCharsets.UTF_8);
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    public static Optional<Lang> langPrefix(@Nullable String path) {
        if (path == null || path.length() < 3) {
            return Optional.empty();
        }
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        return Lang.fromCode(first).filter(l -> l.code().equals(first));
    }

    public static boolean isStaffArea(String path) {
        return path.equals(ADMIN_PREFIX) || path.startsWith(ADMIN_PREFIX + "/");
    }

    /** The path with its language prefix removed: {@code /fi/kontakt} gives {@code /kontakt}. */
    public static String pathAfterLang(String path) {
        Optional<Lang> lang = langPrefix(path);
        if (lang.isEmpty()) {
            return path;
        }
        String rest = path.substring(lang.get().code().length() + 1);
        return rest.isEmpty() ? "/" : rest;
    }
}
