package se.bygdeportalen.organisation.internal;

import org.jspecify.annotations.Nullable;
import se.bygdeportalen.organisation.Member;

/** An elected person: public name, party, sex and an optional public e-mail address. */
public record Person(
        long id,
        String name,
        String party,
        Member.Sex sex,
        @Nullable String email) {}
