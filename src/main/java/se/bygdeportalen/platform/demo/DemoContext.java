package se.bygdeportalen.platform.demo;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What a demo-data loader gets: the clock (demo dates are relative to today, so the demo never goes
 * stale), whether this is a throw-away embedded installation, and a place to announce logins.
 */
public final class DemoContext {

    private final Clock clock;
    private final boolean embedded;
    private final List<String> announcements = new ArrayList<>();

    public DemoContext(Clock clock, boolean embedded) {
        this.clock = clock;
        this.embedded = embedded;
    }

    public Clock clock() {
        return clock;
    }

    /** True on the embedded database, where fixed demo passwords are acceptable. */
    public boolean embedded() {
        return embedded;
    }

    /** A line for the start-up message, e.g. a demo login. */
    public void announce(String line) {
        announcements.add(line);
    }

    public List<String> announcements() {
        return announcements;
    }
}
