package se.bygdeportalen.platform.identity.internal;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.bygdeportalen.platform.PlatformProperties;
import se.bygdeportalen.platform.identity.Resident;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Problem;
import se.bygdeportalen.platform.usecase.Result;

/**
 * Demo installations only: someone acts as one of the made-up demo residents without e-ID. Never a
 * real resident, and not at all unless the demo sign-in is on (which {@link DemoSignInGuard} allows
 * only on the embedded database).
 */
@Component
public class SignInDemoResident {

    /** {@code residentId} is null when nobody was chosen. */
    public record Command(@Nullable Long residentId) {}

    private final PlatformProperties properties;
    private final ResidentRepository residents;
    private final Clock clock;

    SignInDemoResident(PlatformProperties properties, ResidentRepository residents, Clock clock) {
        this.properties = properties;
        this.residents = residents;
        this.clock = clock;
    }

    /** Saved with the demo resident's id, or invalid at {@code resident} when that is no demo resident. */
    @Transactional
    public Result signInDemoResident(Command command, Actor actor) {
        if (!properties.demo().signIn()) {
            throw Problem.notFound();
        }
        Resident chosen = command.residentId() == null
                ? null
                : residents
                        .byId(command.residentId())
                        .filter(r -> r.demo() && !r.erased())
                        .orElse(null);
        if (chosen == null) {
            return Result.invalid("resident", "OneOf");
        }
        residents.touch(chosen.id(), clock.instant());
        return Result.saved(chosen.id());
    }
}
