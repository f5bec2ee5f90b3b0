package se.bygdeportalen.platform.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The fields an edit changed, as the audit log's before and after. Unchanged fields are left out,
 * so a record shows only what happened. Values are kept as their text.
 */
public final class Changes {

    private final Map<String, @Nullable Object> before = new LinkedHashMap<>();
    private final Map<String, @Nullable Object> after = new LinkedHashMap<>();

    public Changes field(String name, @Nullable Object was, @Nullable Object now) {
        if (!Objects.equals(was, now)) {
            before.put(name, was == null ? null : was.toString());
            after.put(name, now == null ? null : now.toString());
        }
        return this;
    }

    public boolean any() {
        return !after.isEmpty();
    }

    public Set<String> names() {
        return after.keySet();
    }

    public Map<String, @Nullable Object> before() {
        return before;
    }

    public Map<String, @Nullable Object> after() {
        return after;
    }
}
