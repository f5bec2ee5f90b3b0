package se.bygdeportalen.platform.identity.web;

import java.util.Arrays;
import java.util.List;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.web.Option;
import se.bygdeportalen.platform.web.WebContext;

/** Small helpers the staff templates share. */
public final class StaffViews {

    private StaffViews() {}

    public static List<Option> roleOptions(WebContext ctx, List<String> selected) {
        return Arrays.stream(Role.values())
                .map(r -> new Option(
                        r.name(),
                        ctx.t(r.messageKey()),
                        selected != null && selected.contains(r.name()),
                        ctx.t(r.messageKey() + ".hint")))
                .toList();
    }
}
