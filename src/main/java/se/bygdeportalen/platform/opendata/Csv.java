package se.bygdeportalen.platform.opendata;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * RFC 4180 CSV for open-data exports: UTF-8, comma, CRLF, a header row, every cell quoted when it
 * must be. A text cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
 * carriage return) gets a leading apostrophe (OWASP's CSV-injection advice); numbers stay numbers.
 */
public final class Csv {

    private Csv() {}

    public static byte[] write(List<String> header, Iterable<? extends List<?>> rows) {
        StringBuilder out = new StringBuilder(4096);
        line(out, header);
        for (List<?> row : rows) {
            line(out, row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One CSV line with its CRLF, for writing a file row by row. */
    public static String line(List<?> cells) {
        StringBuilder out = new StringBuilder(256);
        line(out, cells);
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof TemporalAccessor) {
            return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0
                || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0
                || text.startsWith(" ")
                || text.endsWith(" ");
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
