package se.bygdeportalen.platform.usecase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects field errors while a use case checks its command; {@link #invalid()} ends it without saving. */
public final class Violations {

    private final List<Violation> list = new ArrayList<>();

    public Violations reject(String field, String code, Object... args) {
        list.add(new Violation(field, code, Arrays.asList(args)));
        return this;
    }

    public boolean any() {
        return !list.isEmpty();
    }

    public boolean has(String field) {
        return list.stream().anyMatch(v -> v.field().equals(field));
    }

    public List<Violation> list() {
        return List.copyOf(list);
    }

    /** The invalid result (status 400); rolls back the current transaction. */
    public Result.Invalid invalid() {
        return Result.invalid(list);
    }
}
