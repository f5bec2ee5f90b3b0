import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Build step (maven-antrun-plugin, process-resources): writes {@code name.gz} beside every text asset
 * in the given directory, at the best compression, when that saves bytes. Run as a source file by the
 * JDK, so it needs no compiled build module. The output has no timestamp, so builds stay reproducible.
 */
public class PrecompressAssets {

    private static final List<String> TEXT = List.of(".css", ".js", ".mjs", ".svg", ".json", ".txt", ".html", ".xml");

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).filter(PrecompressAssets::isText).toList()) {
                byte[] original = Files.readAllBytes(file);
                byte[] gzipped = gzip(original);
                Path target = file.resolveSibling(file.getFileName() + ".gz");
                if (gzipped.length < original.length) {
                    Files.write(target, gzipped);
                } else {
                    Files.deleteIfExists(target);
                }
            }
        }
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return TEXT.stream().anyMatch(name::endsWith);
    }

    private static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
