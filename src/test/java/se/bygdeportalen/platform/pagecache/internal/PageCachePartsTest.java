package se.bygdeportalen.platform.pagecache.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.TransactionExecution;

/** What the page cache holds back, what it lets through untouched, and which commits clear it. */
class PageCachePartsTest {

    private static final int LIMIT = 64;

    @Test
    void aShareablePageIsHeldBackWithItsLengthUntilTheCacheDecides() throws Exception {
        MockHttpServletResponse target = new MockHttpServletResponse();
        target.setHeader("X-Request-Id", "abc");
        CapturingResponse capture = new CapturingResponse(target, LIMIT, r -> true);
        capture.setContentType("text/html;charset=UTF-8");
        capture.setContentLength(5);
        capture.setHeader("Content-Language", "sv");
        capture.getOutputStream().write("hello".getBytes(StandardCharsets.UTF_8));
        capture.flushBuffer();
        capture.finish();

        assertThat(capture.captured()).isTrue();
        assertThat(target.getContentAsByteArray()).isEmpty();
        assertThat(target.isCommitted()).isFalse();
        assertThat(target.getHeader("Content-Length")).isNull();
        assertThat(new String(capture.body(), StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(capture.handlerHeaders())
                .as("only what the handler set, never the request id of the first reader")
                .containsExactly(new CachedPage.Header("Content-Language", "sv"));
    }

    @Test
    void aWriterIsHeldBackToo() {
        MockHttpServletResponse target = new MockHttpServletResponse();
        CapturingResponse capture = new CapturingResponse(target, LIMIT, r -> true);
        capture.setCharacterEncoding("UTF-8");
        try {
            capture.getWriter().write("Meänkieli");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        capture.finish();
        assertThat(capture.captured()).isTrue();
        assertThat(new String(capture.body(), StandardCharsets.UTF_8)).isEqualTo("Meänkieli");
    }

    @Test
    void whatMayNotBeSharedGoesStraightThrough() throws Exception {
        MockHttpServletResponse target = new MockHttpServletResponse();
        CapturingResponse capture = new CapturingResponse(target, LIMIT, r -> false);
        capture.setContentLength(4);
        capture.getOutputStream().write("file".getBytes(StandardCharsets.UTF_8));
        capture.finish();

        assertThat(capture.captured()).isFalse();
        assertThat(target.getContentAsString()).isEqualTo("file");
        assertThat(target.getContentLength()).isEqualTo(4);
    }

    @Test
    void aPageLargerThanTheLimitIsSentAsItComesAndNotKept() throws Exception {
        MockHttpServletResponse target = new MockHttpServletResponse();
        CapturingResponse capture = new CapturingResponse(target, LIMIT, r -> true);
        byte[] part = "x".repeat(40).getBytes(StandardCharsets.UTF_8);
        capture.getOutputStream().write(part);
        assertThat(target.getContentAsByteArray()).isEmpty();
        capture.getOutputStream().write(part);
        capture.finish();

        assertThat(capture.captured()).isFalse();
        assertThat(target.getContentAsString()).isEqualTo("x".repeat(80));
    }

    @Test
    void anErrorDropsWhatWasHeldBack() throws Exception {
        MockHttpServletResponse target = new MockHttpServletResponse();
        CapturingResponse capture = new CapturingResponse(target, LIMIT, r -> true);
        capture.getOutputStream().write("half a page".getBytes(StandardCharsets.UTF_8));
        capture.sendError(500);
        capture.finish();

        assertThat(capture.captured()).isFalse();
        assertThat(target.getStatus()).isEqualTo(500);
        assertThat(target.getContentAsString()).doesNotContain("half a page");
    }

    @Test
    void onlyCommittedReadWriteTransactionsOfTheApplicationClear() {
        assertThat(ClearOnCommit.changesContent(
                        tx("se.bygdeportalen.noticeboard.internal.PostOtherNotice.post", false)))
                .isTrue();
        assertThat(ClearOnCommit.changesContent(tx("se.bygdeportalen.decisions.internal.X.read", true)))
                .as("read-only")
                .isFalse();
        assertThat(ClearOnCommit.changesContent(tx(null, false)))
                .as("a TransactionTemplate, such as Spring Session's")
                .isFalse();
        assertThat(ClearOnCommit.changesContent(tx("org.springframework.modulith.Something.run", false)))
                .isFalse();
    }

    private static TransactionExecution tx(String name, boolean readOnly) {
        return new TransactionExecution() {
            @Override
            public String getTransactionName() {
                return name;
            }

            @Override
            public boolean isNewTransaction() {
                return true;
            }

            @Override
            public boolean isReadOnly() {
                return readOnly;
            }
        };
    }
}
