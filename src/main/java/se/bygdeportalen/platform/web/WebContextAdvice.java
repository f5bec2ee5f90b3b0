package se.bygdeportalen.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.i18n.Messages;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.manifest.ModuleRegistry;
import se.bygdeportalen.platform.security.CurrentUser;

/** Puts the {@link WebContext} into every model as {@code ctx}. */
@ControllerAdvice
class WebContextAdvice {

    private final WebContextFactory factory;

    WebContextAdvice(WebContextFactory factory) {
        this.factory = factory;
    }

    @ModelAttribute("ctx")
    WebContext ctx(HttpServletRequest request) {
        return factory.create(request);
    }

    @org.springframework.stereotype.Component
    static class WebContextFactory {
        private final Messages messages;
        private final ModuleRegistry modules;
        private final PlatformProperties properties;
        private final Assets assets;
        // Fixed by the configuration: built once, not on every page.
        private final TranslatableText municipalityName;
        private final @Nullable TranslatableText openingHours;

        WebContextFactory(Messages messages, ModuleRegistry modules, PlatformProperties properties, Assets assets) {
            this.messages = messages;
            this.modules = modules;
            this.properties = properties;
            this.assets = assets;
            this.municipalityName = java.util.Objects.requireNonNull(
                    PlatformProperties.Municipality.text(
                            properties.municipality().name()),
                    "Set bygdeportalen.municipality.name.sv, the name of the municipality");
            this.openingHours = PlatformProperties.Municipality.text(
                    properties.municipality().openingHours());
        }

        WebContext create(HttpServletRequest request) {
            Lang lang = LangResolution.resolve(request);
            String path = LangResolution.originalPath(request);
            boolean staffArea = LangResolution.isStaffArea(path);
            String query = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI) != null
                    ? null
                    : request.getQueryString();
            CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
            return new WebContext(
                    lang,
                    staffArea,
                    LangResolution.pathAfterLang(path),
                    query,
                    csrf,
                    CurrentUser.get().orElse(null),
                    messages,
                    modules,
                    properties,
                    assets,
                    municipalityName,
                    openingHours);
        }
    }
}
