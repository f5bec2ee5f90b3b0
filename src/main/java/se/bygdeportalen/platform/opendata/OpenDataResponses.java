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
    public static void csv(HttpServletResponse response, String fileName, List<String> header, Rows rows)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(CSV.toString());
        response.setHeader(
                HttpHeaders.CACHE_CONTROL,
                CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic().getHeaderValue());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        response.setHeader("X-Content-Type-Options", "nosniff");
        Writer out = new BufferedWriter(
                new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8), 32 * 1024);
        out.write(Csv.line(header));
        try {
            rows.each(row -> {
                try {
                    out.write(Csv.line(row));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }

    /** The rows of a streamed CSV file: hands each row to {@code out} in order. */
    @FunctionalInterface
    public interface Rows {
        void each(Consumer<List<?>> out);
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
