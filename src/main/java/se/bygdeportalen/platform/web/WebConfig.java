package se.bygdeportalen.platform.web;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;
import se.bygdeportalen.platform.i18n.Lang;
import se.bygdeportalen.platform.security.SecurityConfig;
import se.bygdeportalen.platform.security.StaffAccessInterceptor;

/**
 * Static assets with content hashes in their names, the staff access check, and the piece of the
 * security filter chain that needs the web layer (so security does not depend on web).
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    private final StaffAccessInterceptor staffAccess;
    private final ParameterNameInterceptor parameterNames;
    private final ActorArgumentResolver actors;

    WebConfig(
            StaffAccessInterceptor staffAccess, ParameterNameInterceptor parameterNames, ActorArgumentResolver actors) {
        this.staffAccess = staffAccess;
        this.parameterNames = parameterNames;
        this.actors = actors;
    }

    @Override
    public void addArgumentResolvers(
            java.util.List<org.springframework.web.method.support.HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(actors);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                // Before the version resolver: it finds app.css behind app-<hash>.css, then this one
                // serves app.css.gz (made at build time) to a browser that accepts gzip.
                .addResolver(new EncodedResourceResolver())
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        registry.addResourceHandler("/robots.txt")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
    }

    /** Open data may be read by any site's scripts; it never carries cookies or personal data. */
    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/v1/**")
                .allowedOrigins("*")
                .allowedMethods("GET", "HEAD")
                .allowCredentials(false);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(staffAccess)
                .addPathPatterns("/admin", "/admin/**")
                .excludePathPatterns("/admin/login");
        registry.addInterceptor(parameterNames);
    }

    /** Resident pages send a visitor who is not signed in to the sign-in page in the page's language. */
    @Bean(SecurityConfig.RESIDENT_SIGN_IN)
    AuthenticationEntryPoint residentSignInEntryPoint() {
        return (request, response, exception) -> {
            Lang lang = LangResolution.langPrefix(LangResolution.originalPath(request))
                    .orElse(Lang.DEFAULT);
            response.sendRedirect("/" + lang.code() + "/logga-in");
        };
    }
}
