package se.bygdeportalen.platform.opendata;

import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/** Responses for open-data downloads: the right type, a file name, CORS-open and briefly cacheable. */
public final class OpenDataResponses {

    public static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8;header=present");
    public static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    public static final MediaType ICALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

    private OpenDataResponses() {}

    public static ResponseEntity<byte[]> csv(String fileName, List<String> header, Iterable<? extends List<?>> rows) {
        return download(CSV, fileName, Csv.write(header, rows));
    }

    /**
     * A CSV file written row by row as {@code rows} produces them (e.g. from a database cursor), so
     * an export of every row never holds them all in memory. The headers are those of {@link #download}.
     */
    public static void csv(HttpServletResponse response, String fileName, List<String> header, Rows<List<?>> rows)
            throws IOException {
        Writer out = stream(response, CSV, fileName);
        out.write(Csv.line(header));
        write(rows, row -> out.write(Csv.line(row)));
        out.flush();
    }

    /** A JSON array written item by item as {@code items} produces them, each item as {@code json} writes it. */
    public static void jsonArray(HttpServletResponse response, String fileName, JsonMapper json, Rows<Object> items)
            throws IOException {
        Writer out = stream(response, MediaType.APPLICATION_JSON, fileName);
        out.write('[');
        boolean[] first = {true};
        write(items, item -> {
            if (!first[0]) {
                out.write(',');
            }
            first[0] = false;
            out.write(json.writeValueAsString(item));
        });
        out.write(']');
        out.flush();
    }

    /** The rows of a streamed file: hands each row to {@code out} in order. */
    @FunctionalInterface
    public interface Rows<T> {
        void each(Consumer<T> out);
    }

    private interface Sink<T> {
        void write(T row) throws IOException;
    }

    private static <T> void write(Rows<T> rows, Sink<T> sink) throws IOException {
        try {
            rows.each(row -> {
                try {
                    sink.write(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Writer stream(HttpServletResponse response, MediaType type, String fileName) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(type.toString());
        response.setHeader(
                HttpHeaders.CACHE_CONTROL,
                CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().getHeaderValue());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.setHeader("X-Content-Type-Options", "nosniff");
        return new BufferedWriter(
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 32 * 1024);
    }

    /** A file shown inline (feeds, calendars) or saved (CSV) with a safe ASCII file name. */
    public static ResponseEntity<byte[]> download(MediaType type, String fileName, byte[] body) {
        return ResponseEntity.ok()
                .contentType(type)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName).build().toString())
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }
}
