package se.bygdeportalen.platform.opendata;

import java.time.Duration;
import java.util.List;
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
