package se.bygdeportalen.platform.files;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A small clamd for tests: listens on a free local port, speaks the INSTREAM protocol as clamd does
 * and flags the EICAR test string wherever it occurs. It can also misbehave, as a broken clamd would.
 */
final class FakeClamd implements AutoCloseable {

    /**
     * The industry's harmless test string that every scanner reports. Put together at run time, so this
     * source file itself is not flagged by a developer's own antivirus.
     */
    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$" + "EICAR-STANDARD-" + "ANTIVIRUS-TEST-FILE!$H+H*";

    static final String SIGNATURE = "Eicar-Test-Signature";

    /** How it answers. */
    enum Mode {
        /** Like clamd: OK, or FOUND for EICAR. */
        SCAN,
        /** Reads the upload and closes the connection without a word. */
        SILENT,
        /** Answers with an error, as clamd does when the upload exceeds its StreamMaxLength. */
        ERROR
    }

    private final ServerSocket server;
    private final List<byte[]> received = new CopyOnWriteArrayList<>();
    private final List<Integer> chunks = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.SCAN;

    private FakeClamd() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("fake-clamd").start(this::serve);
    }

    static FakeClamd start() {
        try {
            return new FakeClamd();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A local port where nothing listens: a clamd that is down. */
    static int deadPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    int port() {
        return server.getLocalPort();
    }

    void mode(Mode mode) {
        this.mode = mode;
    }

    /** The content of every stream scanned so far, in order. */
    List<byte[]> received() {
        return List.copyOf(received);
    }

    /** The lengths of every chunk received so far, the zero-length terminators left out. */
    List<Integer> chunks() {
        return List.copyOf(chunks);
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                handle(socket);
            } catch (IOException e) {
                // A client that went away, or the server closed: go on, or end with the loop.
            }
        }
    }

    private void handle(Socket socket) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        OutputStream out = socket.getOutputStream();
        byte[] command = in.readNBytes(10);
        if (!new String(command, StandardCharsets.US_ASCII).equals("zINSTREAM\0")) {
            out.write("UNKNOWN COMMAND\0".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        int length;
        while ((length = in.readInt()) > 0) {
            chunks.add(length);
            content.write(in.readNBytes(length));
        }
        received.add(content.toByteArray());
        String reply = switch (mode) {
            case SILENT -> null;
            case ERROR -> "INSTREAM size limit exceeded. ERROR";
            case SCAN ->
                content.toString(StandardCharsets.ISO_8859_1).contains(EICAR)
                        ? "stream: " + SIGNATURE + " FOUND"
                        : "stream: OK";
        };
        if (reply != null) {
            out.write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
