package se.bygdeportalen.platform.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The fields an edit changed, as the audit log's before and after. Unchanged fields are left out,
 * so a record shows only what happened. Values are kept as their text.
 */
public final class Changes {

    private final Map<String, Object> before = new LinkedHashMap<>();
    private final Map<String, Object> after = new LinkedHashMap<>();

    public Changes field(String name, Object was, Object now) {
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

    public Map<String, Object> before() {
        return before;
    }

    public Map<String, Object> after() {
        return after;
    }
}
