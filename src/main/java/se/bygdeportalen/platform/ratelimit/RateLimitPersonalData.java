package se.bygdeportalen.platform.ratelimit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import se.bygdeportalen.platform.manifest.PersonalDataCategory;
import se.bygdeportalen.platform.manifest.PlatformPersonalData;
import se.bygdeportalen.platform.usecase.Actor;

/**
 * A signed-in resident's rate-limit buckets count what they did recently (proposals sent, supports).
 * They hold only keyed hashes and expire when full again; erasure deletes them at once.
 */
@Component
class RateLimitPersonalData implements PlatformPersonalData {

    private final RateLimiter limiter;

    RateLimitPersonalData(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public List<PersonalDataCategory> personalData() {
        return List.of(new PersonalDataCategory(
                "rate-limits",
                PersonalDataCategory.Subject.RESIDENT,
                "privacy.data.rateLimits",
                "privacy.basis.publicInterest",
                "privacy.retention.rateLimits",
                person -> limiter.bucketsOf(key(person.id())).stream()
                        .map(RateLimitPersonalData::row)
                        .toList(),
                person -> limiter.forget(key(person.id()))));
    }

    private static String key(long residentId) {
        return RateLimitKeys.person(new Actor.Resident(residentId));
    }

    private static Map<String, @Nullable Object> row(RateLimiter.KeptBucket bucket) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        java.time.Instant fullAgainAt = bucket.fullAgainAt();
        row.put("limit", bucket.policy());
        row.put("fullAgainAt", fullAgainAt == null ? null : fullAgainAt.toString());
        return row;
    }
}
