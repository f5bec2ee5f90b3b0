package se.bygdeportalen.platform.pagecache.internal;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * Holds back the body of a response that may be shared, so the page cache can give it an ETag and
 * answer 304 before anything is sent. Whether it may be is decided when the handler first asks for the
 * body: by then status and headers are set, and anything else (a file, a redirect, an error, a page
 * whose handler set its own Cache-Control) goes straight through without being copied. A body larger
 * than the limit is sent on as it comes and not shared.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

    /** Headers the page cache writes itself, or that must never be replayed to another visitor. */
    private static final Set<String> NOT_KEPT = Set.of(
            "content-type",
            "content-length",
            "cache-control",
            "etag",
            "vary",
            "set-cookie",
            "expires",
            "pragma",
            "last-modified",
            "date");

    private enum State {
        UNDECIDED,
        CAPTURING,
        PASSING
    }

    private final int limit;
    private final Predicate<HttpServletResponse> mayBeShared;
    private final Set<String> headersBefore = new HashSet<>();
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    private State state = State.UNDECIDED;
    private @Nullable Long heldContentLength;
    private @Nullable CaptureStream stream;
    private @Nullable PrintWriter writer;

    CapturingResponse(HttpServletResponse response, int limit, Predicate<HttpServletResponse> mayBeShared) {
        super(response);
        this.limit = limit;
        this.mayBeShared = mayBeShared;
        response.getHeaderNames().forEach(name -> headersBefore.add(name.toLowerCase(Locale.ROOT)));
    }

    /** Ends the handler's writing: what its writer still holds reaches the buffer (or the client). */
    void finish() {
        if (writer != null) {
            writer.flush();
        }
    }

    /** True when the whole body is held back here, and nothing has been sent. */
    boolean captured() {
        return state == State.CAPTURING;
    }

    byte[] body() {
        return buffer.toByteArray();
    }

    /** The headers the handler set, to replay on a later request served from the cache. */
    List<CachedPage.Header> handlerHeaders() {
        List<CachedPage.Header> headers = new ArrayList<>();
        for (String name : getHeaderNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!headersBefore.contains(lower) && !NOT_KEPT.contains(lower)) {
                getHeaders(name).forEach(value -> headers.add(new CachedPage.Header(name, value)));
            }
        }
        return headers;
    }

    /** Sends the held-back body unchanged, for a response that turned out not to be shareable. */
    void sendAsIs() throws IOException {
        byte[] body = body();
        HttpServletResponse response = (HttpServletResponse) getResponse();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private void decide() {
        if (state == State.UNDECIDED) {
            state = mayBeShared.test(this) ? State.CAPTURING : State.PASSING;
            if (state == State.PASSING) {
                releaseContentLength();
            }
        }
    }

    private void releaseContentLength() {
        if (heldContentLength != null) {
            super.setContentLengthLong(heldContentLength);
            heldContentLength = null;
        }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream != null) {
            return stream;
        }
        decide();
        if (state == State.PASSING) {
            return super.getOutputStream();
        }
        stream = new CaptureStream();
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer != null) {
            return writer;
        }
        decide();
        if (state == State.PASSING) {
            return super.getWriter();
        }
        writer = new PrintWriter(
                new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())), false);
        return writer;
    }

    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        if (state == State.PASSING) {
            super.setContentLengthLong(length);
        } else {
            heldContentLength = length;
        }
    }

    @Override
    public void setHeader(String name, @Nullable String value) {
        if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && value != null) {
            setContentLengthLong(Long.parseLong(value.strip()));
        } else {
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, @Nullable String value) {
        if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name) && value != null) {
            setContentLengthLong(Long.parseLong(value.strip()));
        } else {
            super.addHeader(name, value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
            setContentLengthLong(value);
        } else {
            super.setIntHeader(name, value);
        }
    }

    @Override
    public void addIntHeader(String name, int value) {
        if (HttpHeaders.CONTENT_LENGTH.equalsIgnoreCase(name)) {
            setContentLengthLong(value);
        } else {
            super.addIntHeader(name, value);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        decide();
        if (state == State.CAPTURING) {
            return; // sent when the page cache has decided
        }
        if (writer != null) {
            writer.flush();
        }
        if (stream != null) {
            stream.flush();
        }
        super.flushBuffer();
    }

    @Override
    public void sendError(int status) throws IOException {
        abandon();
        super.sendError(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        abandon();
        super.sendError(status, message);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        abandon();
        super.sendRedirect(location);
    }

    @Override
    public void resetBuffer() {
        buffer.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        buffer.reset();
        heldContentLength = null;
        super.reset();
    }

    /** An error or redirect replaces the page: what was held back is dropped, as a container would. */
    private void abandon() {
        buffer.reset();
        heldContentLength = null;
        state = State.PASSING;
    }

    /** The body the handler writes: held back while the response may be shared, passed on after that. */
    private final class CaptureStream extends ServletOutputStream {

        private @Nullable OutputStream direct;

        @Override
        public void write(int b) throws IOException {
            target(1).write(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            target(length).write(bytes, offset, length);
        }

        private OutputStream target(int more) throws IOException {
            if (direct != null) {
                return direct;
            }
            if (state == State.CAPTURING && buffer.size() + more <= limit) {
                return buffer;
            }
            // Too large to keep, or no longer shareable: send what was held back and go on directly.
            state = State.PASSING;
            releaseContentLength();
            OutputStream out = CapturingResponse.super.getOutputStream();
            buffer.writeTo(out);
            buffer.reset();
            direct = out;
            return out;
        }

        @Override
        public void flush() throws IOException {
            if (direct != null) {
                direct.flush();
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("Shareable pages are written blocking");
        }
    }
}
