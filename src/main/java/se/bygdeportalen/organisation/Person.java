package se.bygdeportalen.organisation;

/** An elected person: public name, party, sex and an optional public e-mail address. */
public record Person(long id, String name, String party, Member.Sex sex, String email) {
}
