package se.bygdeportalen.platform.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.view.AbstractTemplateView;
import org.springframework.web.servlet.view.AbstractTemplateViewResolver;
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Renders precompiled JTE templates straight to bytes (jte's binary output), with a
 * Content-Length, so a page costs one buffer and no string building.
 */
@Configuration(proxyBeanMethods = false)
class JteViews {

    @Bean
    TemplateEngine templateEngine() {
        return TemplateEngine.createPrecompiled(ContentType.Html);
    }

    @Bean
    JteViewResolver jteViewResolver(TemplateEngine engine) {
        return new JteViewResolver(engine);
    }

    static final class JteViewResolver extends AbstractTemplateViewResolver {
        private final TemplateEngine engine;

        JteViewResolver(TemplateEngine engine) {
            this.engine = engine;
            setViewClass(requiredViewClass());
            setSuffix(".jte");
            setContentType("text/html;charset=UTF-8");
            setOrder(Ordered.HIGHEST_PRECEDENCE);
        }

        @Override
        protected Class<?> requiredViewClass() {
            return JteView.class;
        }

        @Override
        protected AbstractUrlBasedView instantiateView() {
            return new JteView(engine);
        }
    }

    static final class JteView extends AbstractTemplateView {
        private final TemplateEngine engine;

        JteView(TemplateEngine engine) {
            this.engine = engine;
        }

        @Override
        public boolean checkResource(Locale locale) {
            return engine.hasTemplate(getUrl());
        }

        @Override
        protected void renderMergedTemplateModel(
                Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
            Utf8ByteOutput output = new Utf8ByteOutput();
            engine.render(getUrl(), model, output);
            response.setContentType(getContentType());
            response.setContentLength(output.getContentLength());
            output.writeTo(response.getOutputStream());
        }
    }
}
