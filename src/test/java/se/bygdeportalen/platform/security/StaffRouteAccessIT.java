package se.bygdeportalen.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import se.bygdeportalen.test.IntegrationTest;
import se.bygdeportalen.test.RoutePatterns;
import se.bygdeportalen.test.TestResidents;
import se.bygdeportalen.test.TestStaff;

/**
 * Walks every request mapping of the application. Each staff route must be refused to anonymous
 * visitors (sent to sign in), to residents and to staff without one of the route's roles, and
 * must let a staff member with such a role through.
 */
@IntegrationTest
class StaffRouteAccessIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    final Map<Role, PortalUser> staffWithOnly = new EnumMap<>(Role.class);

    record Route(HttpMethod method, String path, Set<Role> allowed, String handler) {}

    @BeforeEach
    void staff() {
        TestStaff builder = new TestStaff(jdbc, encoder);
        for (Role role : Role.values()) {
            staffWithOnly.put(role, builder.create(role));
        }
    }

    @Test
    void everyStaffRouteNamesItsRoles() {
        List<String> unannotated = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (isStaffRoute(info) && rule(method) == null) {
                unannotated.add(method.getShortLogMessage());
            }
        });
        assertThat(unannotated).as("staff handlers without @StaffOnly").isEmpty();
    }

    @Test
    void staffRoutesAreRefusedToAnonymousVisitorsResidentsAndWrongRoles() throws Exception {
        List<Route> routes = staffRoutes();
        assertThat(routes).as("the walk must find the staff routes").hasSizeGreaterThan(10);
        List<String> problems = new ArrayList<>();
        // A resident who exists: a session for a resident the records do not hold is signed out, not refused.
        PortalUser resident =
                PortalUser.resident(TestResidents.demoResident(jdbc, "Test", "Resident"), "Test Resident");
        for (Route route : routes) {
            int anonymous = perform(route, null);
            if (anonymous != 302) {
                problems.add(route + ": anonymous got " + anonymous + ", expected a redirect to sign-in");
            }
            int asResident = perform(route, resident);
            if (asResident != 403) {
                problems.add(route + ": resident got " + asResident);
            }
            for (Role role : Role.values()) {
                int status = perform(route, staffWithOnly.get(role));
                boolean allowed = route.allowed().isEmpty() || route.allowed().contains(role);
                if (allowed && status == 403) {
                    problems.add(route + ": " + role + " is allowed but got 403");
                }
                if (!allowed && status != 403) {
                    problems.add(route + ": " + role + " is not allowed but got " + status);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void staffFormsNeedACsrfToken() throws Exception {
        PortalUser admin = staffWithOnly.get(Role.ADMINISTRATOR);
        int status = mvc.perform(request(HttpMethod.POST, "/admin/personal/ny")
                        .with(TestStaff.as(admin))
                        .param("username", "nocsrf")
                        .param("displayName", "No Token")
                        .param("roles", "REGISTRAR")
                        .param("password", TestStaff.PASSWORD))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM staff_account WHERE username = 'nocsrf'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private int perform(Route route, PortalUser user) throws Exception {
        MockHttpServletRequestBuilder request =
                request(route.method(), route.path()).accept("text/html");
        if (route.method() != HttpMethod.GET) {
            request.with(csrf());
        }
        if (user != null) {
            request.with(TestStaff.as(user));
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private List<Route> staffRoutes() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (!isStaffRoute(info)) {
                return;
            }
            StaffOnly rule = rule(method);
            Set<Role> allowed = rule == null || rule.value().length == 0
                    ? EnumSet.noneOf(Role.class)
                    : EnumSet.copyOf(Arrays.asList(rule.value()));
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                String path = RoutePatterns.expand(pattern, StaffRouteAccessIT::sample);
                for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(HttpMethod.valueOf(m.name()), path, allowed, method.getShortLogMessage()));
                }
            }
        });
        return routes;
    }

    /** A value the variable's pattern accepts: "sv" for the language, else 1, else a random token. */
    private static String sample(String name, String regex) {
        if (name.equals("lang")) {
            return "sv";
        }
        for (String candidate : List.of("1", UUID.randomUUID().toString())) {
            if (regex.isEmpty() || candidate.matches(regex)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No sample value for {" + name + ":" + regex + "}");
    }

    private static boolean isStaffRoute(RequestMappingInfo info) {
        return info.getPatternValues().stream()
                .anyMatch(p -> (p.equals("/admin") || p.startsWith("/admin/")) && !p.equals("/admin/login"));
    }

    private static StaffOnly rule(HandlerMethod method) {
        StaffOnly rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), StaffOnly.class);
        return rule != null ? rule : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), StaffOnly.class);
    }
}
