package se.bygdeportalen.platform.pagecache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import se.bygdeportalen.noticeboard.Kind;
import se.bygdeportalen.noticeboard.NewNotice;
import se.bygdeportalen.noticeboard.NoticeBoard;
import se.bygdeportalen.noticeboard.internal.PostOtherNotice;
import se.bygdeportalen.platform.i18n.TranslatableText;
import se.bygdeportalen.platform.security.Role;
import se.bygdeportalen.platform.usecase.Actor;
import se.bygdeportalen.platform.usecase.Result;
import se.bygdeportalen.test.TestClock;
import se.bygdeportalen.test.TestStaff;

/**
 * The page cache and compression in a real servlet container (MockMvc neither compresses nor runs
 * Tomcat's connector), with pages kept in memory as in production: text is gzipped for a client that
 * accepts it, a kept page still gets its ETag and 304, a change made by a use case is on the next
 * anonymous request, static assets come precompressed and immutable, and a reader gets no cookie.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"bygdeportalen.page-cache.enabled=true", "bygdeportalen.page-cache.max-age=60s"})
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@ExtendWith(TestClock.Reset.class)
class PageCacheServerIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    NoticeBoard board;

    @Autowired
    PostOtherNotice postOtherNotice;

    @Autowired
    TestClock clock;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void pagesAreGzippedForAClientThatAcceptsIt() throws Exception {
        HttpResponse<byte[]> plain = send("/sv/kontakt");
        HttpResponse<byte[]> gzipped = send("/sv/kontakt", "Accept-Encoding", "gzip");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(vary(gzipped)).contains("accept-encoding", "cookie");
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
        assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
        assertThat(gzipped.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(gzipped.headers().firstValue("ETag"))
                .as("weak, so Tomcat may compress")
                .hasValueSatisfying(etag -> assertThat(etag).startsWith("W/\""));
        assertThat(gzipped.headers().firstValue("ETag"))
                .isEqualTo(plain.headers().firstValue("ETag"));
    }

    @Test
    void aKeptPageAnswersItsETagWith304AndSetsNoCookie() throws Exception {
        HttpResponse<byte[]> first = send("/en/medborgarforslag");
        HttpResponse<byte[]> kept = send("/en/medborgarforslag");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(kept.headers().firstValue("ETag")).hasValue(etag);
        assertThat(kept.body()).isEqualTo(first.body());

        HttpResponse<byte[]> notModified = send("/en/medborgarforslag", "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        // A page from the cache (answered in front of the security chain) carries the same security
        // headers as its first rendering, and its own request id.
        assertThat(kept.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
        for (String header : List.of(
                "Content-Security-Policy",
                "X-Frame-Options",
                "X-Content-Type-Options",
                "Referrer-Policy",
                "Permissions-Policy",
                "Content-Type")) {
            assertThat(kept.headers().allValues(header))
                    .as(header)
                    .isNotEmpty()
                    .isEqualTo(first.headers().allValues(header));
        }
        assertThat(notModified.headers().allValues("Content-Security-Policy"))
                .isEqualTo(first.headers().allValues("Content-Security-Policy"));
        assertThat(kept.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(kept.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(kept.headers().firstValue("X-Request-Id"))
                .isNotEqualTo(first.headers().firstValue("X-Request-Id"));

        for (HttpResponse<byte[]> response : List.of(first, kept, notModified)) {
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        }
        // The same visitor, but with a session cookie (expired here): rendered for it alone, without the
        // shared copy's ETag, and still no cookie is set.
        HttpResponse<byte[]> staleCookie =
                send("/en/medborgarforslag", "Cookie", "__Host-bygdeportalen=bm9uZQ", "If-None-Match", etag);
        assertThat(staleCookie.statusCode()).isEqualTo(200);
        assertThat(staleCookie.body()).isEqualTo(first.body());
        assertThat(staleCookie.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(staleCookie.headers().firstValue("ETag")).isEmpty();
        assertThat(staleCookie.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void aChangeByAUseCaseIsOnTheNextAnonymousRequest() throws Exception {
        LocalDate today = clock.today();
        String marker = "Kept" + System.nanoTime();
        String before = text("/sv/anslagstavla");
        assertThat(before).doesNotContain(marker);

        // Written around the use cases (no named transaction clears the cache): the kept page is served.
        tx.executeWithoutResult(s -> board.post(new NewNotice(
                Kind.OTHER,
                "noticeboard",
                "cache-test-" + marker,
                TranslatableText.swedish(marker + " direkt"),
                TranslatableText.swedish("Sammanfattning"),
                null,
                today,
                today.plusDays(3),
                null)));
        assertThat(text("/sv/anslagstavla")).as("served from the cache").doesNotContain(marker);

        // A staff member posts a notice: the use case's commit clears the cache.
        var communicator = new TestStaff(jdbc, encoder).create(Role.COMMUNICATOR);
        Result posted = postOtherNotice.postOtherNotice(
                new PostOtherNotice.Command(
                        TranslatableText.swedish(marker + " kungörelse"),
                        TranslatableText.swedish("Om samrådet"),
                        null,
                        today,
                        today.plusDays(7),
                        null),
                Actor.of(communicator));
        assertThat(posted).isInstanceOf(Result.Saved.class);

        String after = text("/sv/anslagstavla");
        assertThat(after).contains(marker + " kungörelse").contains(marker + " direkt");
    }

    @Test
    void staticAssetsArePrecompressedVersionedAndImmutable() throws Exception {
        String page = new String(send("/sv/").body(), StandardCharsets.UTF_8);
        for (String type : List.of("css", "js")) {
            Matcher m = Pattern.compile("\"(/assets/app-[0-9a-f]{32}\\." + type + ")\"")
                    .matcher(page);
            assertThat(m.find()).as("versioned " + type).isTrue();
            String url = m.group(1);

            HttpResponse<byte[]> plain = send(url);
            HttpResponse<byte[]> gzipped = send(url, "Accept-Encoding", "gzip, deflate, br");
            assertThat(plain.statusCode()).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(gzipped.statusCode()).isEqualTo(200);
            assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(vary(gzipped)).contains("accept-encoding");
            assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
            assertThat(gzipped.body().length).isLessThan(plain.body().length);
            try (InputStream built = getClass().getResourceAsStream("/static/assets/app." + type + ".gz")) {
                assertThat(built).as("made at build time").isNotNull();
                assertThat(gzipped.body()).isEqualTo(built.readAllBytes());
            }
            for (HttpResponse<byte[]> response : List.of(plain, gzipped)) {
                assertThat(response.headers().firstValue("Cache-Control"))
                        .hasValue("max-age=31536000, public, immutable");
            }
        }
    }

    private String text(String path) throws Exception {
        HttpResponse<byte[]> response = send(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static List<String> vary(HttpResponse<?> response) {
        return response.headers().allValues("Vary").stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(v -> v.strip().toLowerCase(Locale.ROOT))
                .toList();
    }

    private HttpResponse<byte[]> send(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] bytes) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
