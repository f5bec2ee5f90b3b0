package se.bygdeportalen.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import se.bygdeportalen.platform.security.CurrentUser;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;

/**
 * Gives controllers the request's {@link Actor} as a parameter: {@code Actor} (anyone, the visitor
 * when nobody is signed in), {@code Actor.Staff} (403 otherwise) or {@code Actor.Resident} (401
 * otherwise). The edge is the only place that looks at the security context; use cases get the actor.
 */
@Component
class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == Actor.class || type == Actor.Staff.class || type == Actor.Resident.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer mav,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binders) {
        Actor actor = Actor.of(CurrentUser.get().orElse(null));
        Class<?> type = parameter.getParameterType();
        if (type == Actor.Staff.class && !(actor instanceof Actor.Staff)) {
            throw Problem.forbidden("access.refused");
        }
        if (type == Actor.Resident.class && !(actor instanceof Actor.Resident)) {
            throw Problem.signInNeeded("access.signInNeeded");
        }
        return actor;
    }
}
