package se.bygdeportalen.proposals.internal;

import java.time.Duration;
import se.bygdeportalen.platform.ratelimit.RateLimitPolicy;

/** The module's rate limits (defaults; operations may change them by name, see RateLimitPolicy). */
public final class ProposalRateLimits {

    /** Drafts saved and proposals sent by one signed-in person. */
    public static final RateLimitPolicy WRITE_PERSON =
            new RateLimitPolicy("proposal-write-person", 30, Duration.ofHours(1));
    /** Proposals sent by one person: a handful a day is generous for a citizen. */
    public static final RateLimitPolicy SUBMIT_PERSON =
            new RateLimitPolicy("proposal-submit-person", 5, Duration.ofDays(1));
    /** Proposals sent from one address (also the e-mail route, where nobody is signed in). */
    public static final RateLimitPolicy SUBMIT_ADDRESS =
            new RateLimitPolicy("proposal-submit-address", 10, Duration.ofHours(1));
    /** Supports by one resident. */
    public static final RateLimitPolicy SUPPORT_PERSON =
            new RateLimitPolicy("proposal-support-person", 60, Duration.ofHours(1));
    /** Supports from one address (a shared computer in a library may serve several residents). */
    public static final RateLimitPolicy SUPPORT_ADDRESS =
            new RateLimitPolicy("proposal-support-address", 120, Duration.ofHours(1));
    /** Reports from one address, also anonymous. */
    public static final RateLimitPolicy REPORT_ADDRESS =
            new RateLimitPolicy("proposal-report-address", 10, Duration.ofHours(1));
    /** Follows by one person. */
    public static final RateLimitPolicy FOLLOW_PERSON =
            new RateLimitPolicy("proposal-follow-person", 30, Duration.ofHours(1));

    private ProposalRateLimits() {}
}
