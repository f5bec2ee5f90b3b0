package se.bygdeportalen.platform.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The order of a keyset-paged list as SQL: its sort keys and the id that breaks ties, all ascending or
 * all descending. It writes the select list, the {@code ORDER BY} and the seek condition
 * {@code (published_at, id) < (:seek_k0, :seek_id)} that continues after (or, going back, before) a
 * {@link Position}, and reads a row's position back. Every key must be non-null in every row.
 *
 * <pre>{@code
 * static final SeekOrder NEWEST = SeekOrder.descending("p.id", SeekOrder.key("p.published_at", Type.INSTANT));
 * String sql = "SELECT p.title, " + NEWEST.columns() + " FROM proposal p WHERE " + where
 *         + " AND " + NEWEST.condition(request, params) + " ORDER BY " + NEWEST.orderBy(request)
 *         + " LIMIT " + request.fetchSize() + " OFFSET " + request.skip();
 * List<Keyed<Row>> rows = jdbc.sql(sql).params(params).query((rs, n) -> new Keyed<>(row(rs), NEWEST.position(rs))).list();
 * // or, for SELECT * of one table: NEWEST.page(jdbc, "proposal", where, params, request, mapper)
 * KeysetPage<Row> page = request.pageOf(rows);
 * }</pre>
 *
 * Key values travel in the cursor as text and are parsed back with their type here before they are
 * bound, so a forged cursor (the check is a digest, not a secret) is refused, never sent to SQL.
 */
public record SeekOrder(List<Key> keys, String id, boolean descending) {

    /** What a sort key is, for reading it from a row and binding it back. */
    public enum Type {
        INSTANT,
        DATE,
        TIME,
        LONG,
        REAL,
        TEXT
    }

    /** One sort key: a SQL expression of the query and its type. */
    public record Key(String expression, Type type) {}

    /** Separates the keys within {@link Position#key()}. */
    private static final char SEPARATOR = '\u001f';

    public SeekOrder {
        keys = List.copyOf(keys);
    }

    public static Key key(String expression, Type type) {
        return new Key(expression, type);
    }

    public static SeekOrder descending(String id, Key... keys) {
        return new SeekOrder(List.of(keys), id, true);
    }

    public static SeekOrder ascending(String id, Key... keys) {
        return new SeekOrder(List.of(keys), id, false);
    }

    /** The keys as extra select columns, {@code seek_k0 ... seek_id}, for {@link #position}. */
    public String columns() {
        StringJoiner columns = new StringJoiner(", ");
        for (int i = 0; i < keys.size(); i++) {
            columns.add(keys.get(i).expression() + " AS seek_k" + i);
        }
        columns.add(id + " AS seek_id");
        return columns.toString();
    }

    /** The ORDER BY of the request's direction: reversed when it pages back. */
    public String orderBy(KeysetRequest request) {
        String direction = descending != request.backward() ? " DESC" : "";
        StringJoiner order = new StringJoiner(", ");
        for (Key key : keys) {
            order.add(key.expression() + direction);
        }
        order.add(id + direction);
        return order.toString();
    }

    /**
     * The rows after the request's position in its direction ({@code true} when it has none); binds
     * {@code seek_k0 ...} and {@code seek_id} into {@code params}.
     *
     * @throws InvalidPageRequestException when the position's keys are not of this order's types
     */
    public String condition(KeysetRequest request, Map<String, Object> params) {
        Position after = request.after();
        if (after == null) {
            return "true";
        }
        List<Object> values = values(after);
        StringJoiner columns = new StringJoiner(", ", "(", ")");
        StringJoiner bound = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < keys.size(); i++) {
            columns.add(keys.get(i).expression());
            bound.add(":seek_k" + i);
            params.put("seek_k" + i, values.get(i));
        }
        columns.add(id);
        bound.add(":seek_id");
        params.put("seek_id", after.id());
        return columns + (descending != request.backward() ? " < " : " > ") + bound;
    }

    /**
     * One keyset page of {@code SELECT * FROM table WHERE where} in this order: binds the position into
     * {@code params} (which holds the {@code where}'s own parameters), fetches one row more than the
     * page to know whether another follows, and maps each row with its position.
     */
    public <T> KeysetPage<T> page(
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            String table,
            String where,
            Map<String, Object> params,
            KeysetRequest request,
            org.springframework.jdbc.core.RowMapper<T> rows) {
        Map<String, Object> bound = new java.util.HashMap<>(params);
        String seek = condition(request, bound);
        bound.put("fetch", request.fetchSize());
        bound.put("skip", request.skip());
        return request.pageOf(jdbc.sql("SELECT *, " + columns() + " FROM " + table + " WHERE " + where + " AND " + seek
                        + " ORDER BY " + orderBy(request) + " LIMIT :fetch OFFSET :skip")
                .params(bound)
                .query((rs, n) -> new Keyed<>(rows.mapRow(rs, n), position(rs)))
                .list());
    }

    /** The position of the current row of a query that selected {@link #columns()}. */
    public Position position(ResultSet rs) throws SQLException {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                key.append(SEPARATOR);
            }
            String column = "seek_k" + i;
            String text = switch (keys.get(i).type()) {
                case INSTANT ->
                    rs.getObject(column, OffsetDateTime.class).toInstant().toString();
                case DATE -> rs.getObject(column, LocalDate.class).toString();
                case TIME -> rs.getObject(column, LocalTime.class).toString();
                case LONG -> Long.toString(rs.getLong(column));
                case REAL -> Float.toString(rs.getFloat(column));
                case TEXT -> rs.getString(column);
            };
            if (text.indexOf(SEPARATOR) >= 0 || text.indexOf('\n') >= 0) {
                throw new IllegalStateException("A text sort key holds a separator or a line break");
            }
            key.append(text);
        }
        return new Position(key.toString(), rs.getLong("seek_id"));
    }

    /** True when the position's keys read as this order's types (a cursor of this list and sort). */
    public boolean accepts(Position position) {
        try {
            values(position);
            return true;
        } catch (InvalidPageRequestException e) {
            return false;
        }
    }

    private List<Object> values(Position position) {
        String[] parts = keys.isEmpty() ? new String[0] : position.key().split(String.valueOf(SEPARATOR), -1);
        if (parts.length != keys.size() || (keys.isEmpty() && !position.key().isEmpty())) {
            throw invalid();
        }
        List<Object> values = new ArrayList<>();
        try {
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                values.add(
                        switch (keys.get(i).type()) {
                            case INSTANT -> Instant.parse(part).atOffset(ZoneOffset.UTC);
                            case DATE -> LocalDate.parse(part);
                            case TIME -> LocalTime.parse(part);
                            case LONG -> Long.parseLong(part);
                            case REAL -> {
                                float f = Float.parseFloat(part);
                                if (!Float.isFinite(f)) {
                                    throw new NumberFormatException(part);
                                }
                                yield f;
                            }
                            case TEXT -> part;
                        });
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            throw invalid();
        }
        return values;
    }

    private static InvalidPageRequestException invalid() {
        return new InvalidPageRequestException(
                "cursor", "The cursor does not belong to this list. Start again from the first page.");
    }
}
