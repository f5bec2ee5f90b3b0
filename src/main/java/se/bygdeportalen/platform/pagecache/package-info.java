/**
 * The page cache (ADR 0017): what an anonymous reader gets from a public page is the same for every
 * anonymous reader of that address, so it is rendered once, kept in memory, and shared.
 *
 * <ul>
 *   <li>A GET of a page under a language prefix, from a request with no cookie and no credentials, whose
 *       handler answered 200 with HTML, Atom, iCalendar, CSV, JSON or XML and set no Cache-Control
 *       itself, is <em>shared</em>: it gets a weak ETag from its bytes, {@code Cache-Control: public,
 *       max-age=60} and {@code Vary: Cookie}, and a matching {@code If-None-Match} gets 304. Everything
 *       else stays {@code private, no-store} (Spring Security's header writer, see
 *       {@code SecurityConfig}).</li>
 *   <li>A response that created a session on the way (a form with a CSRF token) is never shared.</li>
 *   <li>The cache stands in front of Spring Session and Spring Security: a kept page is answered
 *       without a session lookup or the security chain, with the headers (security headers included)
 *       the chain gave it when it was rendered. A browser holding any cookie goes the long way.</li>
 *   <li>A handler that shows something for one reader only on an address without a session (a
 *       receipt reached through a secret link) sets {@code Cache-Control: private, no-store} itself.</li>
 *   <li>Shared pages are kept per address (path and query), language and day, bounded in bytes, for a
 *       few minutes at most; every committed read-write {@code @Transactional} method of the
 *       application forgets them all, so a module's change is on its pages at the next request
 *       without the module doing anything. {@link se.bygdeportalen.platform.pagecache.PageCache#clear()}
 *       is there for a change made another way.</li>
 * </ul>
 */
@NullMarked
package se.bygdeportalen.platform.pagecache;

import org.jspecify.annotations.NullMarked;
