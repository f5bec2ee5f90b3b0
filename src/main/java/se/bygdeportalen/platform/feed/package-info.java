/**
 * Atom 1.0 feeds (RFC 4287) built with Rome: {@link se.bygdeportalen.platform.feed.AtomFeed} turns a
 * few records into a valid feed with absolute links, per-entry languages and stable ids.
 */
@NullMarked
package se.bygdeportalen.platform.feed;

import org.jspecify.annotations.NullMarked;
