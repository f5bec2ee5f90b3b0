/**
 * Paging and the list envelope of the JSON API under {@code /api/v1/} (ADR 0014): keyset (seek)
 * paging with opaque, checked cursors, page sizes with a maximum, and one body for every list,
 * {@code {"items": [...], "next": "<url or null>", "limit": n}}. A bad {@code limit} or {@code cursor}
 * is a 400 {@code application/problem+json} naming the parameter, never a 500.
 *
 * <pre>{@code
 * // in a controller, mapped to GET /api/v1/grants:
 * // year, limit and cursor are optional query parameters, taken as text
 * ListEnvelope<GrantJson> grants(String year, String limit, String cursor) {
 *     KeysetRequest request = KeysetRequest.parse("/api/v1/grants", limit, cursor, PageLimits.STANDARD, "year", year);
 *     // newest first: WHERE (:afterKey IS NULL OR (decided_at, id) < (:afterKey, :afterId))
 *     //               ORDER BY decided_at DESC, id DESC LIMIT :fetchSize
 *     List<Grant> rows = repository.page(year, request.after(), request.fetchSize());
 *     KeysetPage<Grant> page = request.page(rows, g -> Position.of(g.decidedAt(), g.id()));
 *     return ListEnvelope.of(page.map(GrantJson::of), properties.baseUrl());
 * }
 * }</pre>
 *
 * In the repository, read the position back with the accessor of the key's type
 * ({@code request.after().instantKey()}); a key of another type is a 400 as well.
 */
@NullMarked
package se.bygdeportalen.platform.api;

import org.jspecify.annotations.NullMarked;
