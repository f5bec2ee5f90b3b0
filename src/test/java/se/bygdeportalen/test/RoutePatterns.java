package se.bygdeportalen.test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Turns a request mapping's pattern into an address, for tests that walk the application's routes. The
 * variables' own patterns may hold braces ({@code {token:[0-9a-f]{8}...}}), so they are matched by depth,
 * not by the first closing brace.
 */
public final class RoutePatterns {

    /** A path variable: its name and its pattern, empty when it has none. */
    public record Variable(String name, String regex) {}

    private RoutePatterns() {}

    /** The pattern with each variable replaced by {@code value.apply(name, regex)}. */
    public static String expand(String pattern, BiFunction<String, String, String> value) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int end = closing(pattern, i);
            Variable v = variable(pattern.substring(i + 1, end));
            out.append(value.apply(v.name(), v.regex()));
            i = end + 1;
        }
        return out.toString();
    }

    /** The variables of a pattern, in order. */
    public static List<Variable> variables(String pattern) {
        List<Variable> variables = new ArrayList<>();
        expand(pattern, (name, regex) -> {
            variables.add(new Variable(name, regex));
            return "";
        });
        return variables;
    }

    private static int closing(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '{') {
                depth++;
            } else if (pattern.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unbalanced braces in " + pattern);
    }

    private static Variable variable(String body) {
        int colon = body.indexOf(':');
        return colon < 0 ? new Variable(body, "") : new Variable(body.substring(0, colon), body.substring(colon + 1));
    }
}
