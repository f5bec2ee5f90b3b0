package se.bygdeportalen.platform.files;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Asks ClamAV's daemon over TCP with its INSTREAM command: {@code zINSTREAM\0}, the content in chunks
 * each led by its length as four bytes big-endian, a zero length to end, then one reply ended by NUL:
 * {@code stream: OK} or {@code stream: <signature> FOUND}. Anything else (an {@code ERROR} such as
 * clamd's {@code StreamMaxLength} being smaller than the upload, a closed connection, a timeout) is
 * an {@link IOException}, and the upload is refused. One connection per scan: uploads are rare and
 * clamd's own idle timeout would close a pooled one.
 */
final class ClamdScanner implements VirusScanner {

    static final int CHUNK = 64 * 1024;
    private static final byte[] INSTREAM = "zINSTREAM\0".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_REPLY = 1024;

    private final String host;
    private final int port;
    private final int timeoutMillis;

    ClamdScanner(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = (int) Math.clamp(timeout.toMillis(), 1, Integer.MAX_VALUE);
    }

    @Override
    public Verdict scan(Path file) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), CHUNK + 4));
            out.write(INSTREAM);
            byte[] chunk = new byte[CHUNK];
            try (InputStream in = Files.newInputStream(file)) {
                int n;
                while ((n = in.readNBytes(chunk, 0, CHUNK)) > 0) {
                    out.writeInt(n);
                    out.write(chunk, 0, n);
                }
            }
            out.writeInt(0);
            out.flush();
            return verdict(reply(new BufferedInputStream(socket.getInputStream())));
        } catch (IOException e) {
            throw new IOException("clamd at " + this + ": " + e.getMessage(), e);
        }
    }

    /** The reply up to its NUL (or the end of the connection), without surrounding space. */
    static String reply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) > 0) {
            if (reply.size() == MAX_REPLY) {
                throw new IOException("reply longer than " + MAX_REPLY + " bytes");
            }
            reply.write(b);
        }
        if (reply.size() == 0) {
            throw new IOException("no reply");
        }
        return reply.toString(StandardCharsets.US_ASCII).strip();
    }

    static Verdict verdict(String reply) throws IOException {
        if (reply.equals("stream: OK")) {
            return new Clean();
        }
        if (reply.startsWith("stream: ") && reply.endsWith(" FOUND")) {
            String signature = reply.substring("stream: ".length(), reply.length() - " FOUND".length())
                    .strip();
            if (!signature.isEmpty()) {
                return new Infected(signature);
            }
        }
        throw new IOException("unexpected reply \"" + reply + "\"");
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
