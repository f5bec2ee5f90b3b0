package se.bygdeportalen.platform.manifest;

import java.util.Set;
import se.bygdeportalen.platform.security.Role;

/** A card on the staff start page; empty {@code roles} means every staff member. */
public record AdminLink(String labelKey, String descriptionKey, String path, Set<Role> roles, int order) {}
