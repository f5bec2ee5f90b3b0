package se.bygdeportalen.test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where values are stored, in every table of every module: each text, character, JSON, array and
 * text-search column is searched for the value (ignoring case), each binary column for its UTF-8
 * bytes (a serialised session, an attachment). Whatever a module adds later is searched too, so an
 * erasure test written today also guards tomorrow's tables.
 */
public final class PersonalDataScan {

    private static final Set<String> TEXT_TYPES =
            Set.of("text", "character varying", "character", "json", "jsonb", "ARRAY", "tsvector");
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Column(String table, String name, String type) {}

    private PersonalDataScan() {}

    /** {@code table.column} for every column that holds one of the values, sorted. */
    public static Set<String> columnsHolding(JdbcClient jdbc, String... values) {
        List<Column> columns = jdbc.sql("""
                SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c
                JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
                ORDER BY c.table_name, c.ordinal_position
                """)
                .query((rs, n) -> new Column(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
        Set<String> found = new TreeSet<>();
        for (Column column : columns) {
            boolean binary = column.type().equals("bytea");
            if (!binary && !TEXT_TYPES.contains(column.type())) {
                continue;
            }
            String condition = binary
                    ? "position(:bytes IN \"" + column.name() + "\") > 0"
                    : "strpos(lower(\"" + column.name() + "\"::text), lower(:text)) > 0";
            String sql = "SELECT EXISTS (SELECT 1 FROM \"" + column.table() + "\" WHERE " + condition + ")";
            for (String value : values) {
                var statement = jdbc.sql(sql);
                statement = binary
                        ? statement.param("bytes", value.getBytes(StandardCharsets.UTF_8))
                        : statement.param("text", value);
                if (statement.query(Boolean.class).single()) {
                    found.add(column.table() + "." + column.name());
                    break;
                }
            }
        }
        return found;
    }

    /** Letters no other test writes, to make a name, an address or a phone number one's own. */
    public static String unique(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return s.toString();
    }

    /** Digits no other test writes, for a phone number. */
    public static String digits(int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            s.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return s.toString();
    }
}
