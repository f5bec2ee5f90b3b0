package se.bygdeportalen.platform.usecase;

import java.util.List;

/**
 * One field error: {@code field} is the form's input name (e.g. {@code title[sv]}), {@code code} a
 * message key or a short code looked up as {@code <form>.<field>.<code>}, then {@code validation.<code>}.
 */
public record Violation(String field, String code, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }
}
