package se.bygdeportalen.platform.files;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.SampleModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Re-encodes an uploaded picture from its pixels alone, so nothing else of the original survives:
 * no EXIF (camera, time, GPS position), XMP, IPTC, comments, text chunks or trailing data. The EXIF
 * orientation is applied to the pixels first, so phone photos stay upright without it.
 *
 * <p>Memory stays bounded whatever arrives, within the platform's 192 MB heap (jvm.options). The size in
 * the header is read before anything is decoded. A picture whose header claims more than
 * {@value #MAX_PIXELS} pixels (a decompression bomb; no camera makes one) is refused without allocating
 * for it. Any other picture that would decode to more than {@value #MAX_DECODED_BYTES} bytes is decoded
 * subsampled (every second or third pixel in each direction), so a 48-megapixel phone photo is stored
 * at about 12 megapixels instead of being refused, and the raster never exceeds the budget. A decode
 * holds at most two such rasters (the decoded picture and one converted or turned copy), about 100 MB,
 * and only {@value #CONCURRENT_DECODES} runs at a time in the JVM, however many uploads arrive together.
 * An upload that waits longer than {@link #DEFAULT_WAIT} for its turn is refused as busy (503), not
 * queued for ever.
 */
final class ImageSanitizer {

    static final long MAX_PIXELS = 200_000_000L;
    static final long MAX_DECODED_BYTES = 48L * 1000 * 1000;
    static final int CONCURRENT_DECODES = 1;
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);
    static final float JPEG_QUALITY = 0.85f;

    /** Width and height of the stored picture. */
    record Result(int width, int height) {}

    private final Semaphore decoders;
    private final Duration wait;

    /** The storage's sanitizer (the application has one): {@value #CONCURRENT_DECODES} decodes at a time, {@link #DEFAULT_WAIT} to wait. */
    ImageSanitizer() {
        this(new Semaphore(CONCURRENT_DECODES, true), DEFAULT_WAIT);
    }

    ImageSanitizer(Semaphore decoders, Duration wait) {
        this.decoders = decoders;
        this.wait = wait;
    }

    Result sanitize(Path source, FileType type, Path target) throws IOException {
        int orientation = orientation(source);
        ImageReader reader = reader(type);
        try (ImageInputStream in = new FileImageInputStream(source.toFile())) {
            // Metadata is not needed (we throw it away) and parsing it is a risk of its own.
            reader.setInput(in, true, true);
            int subsampling = subsampling(reader);
            awaitTurn();
            try {
                BufferedImage clean = switch (type) {
                    // JPEG carries no alpha; the decoded colour model (CMYK, ICC, YCCK) is flattened to sRGB.
                    case JPEG -> orient(toRgb(decode(reader, subsampling)), orientation);
                    // PNG keeps its own colour model (palette, grey, 16 bit, alpha); only the pixels are copied.
                    case PNG -> orient(decode(reader, subsampling), orientation);
                    case PDF -> throw new IllegalArgumentException("Not an image: " + type);
                };
                write(clean, type, target);
                return new Result(clean.getWidth(), clean.getHeight());
            } finally {
                decoders.release();
            }
        } finally {
            reader.dispose();
        }
    }

    /**
     * From the header alone: refuses a picture claiming more than {@value #MAX_PIXELS} pixels, and
     * returns the subsampling (1 = every pixel) that keeps the decoded raster within the budget.
     */
    static int subsampling(ImageReader reader) {
        long pixels;
        long bytesPerPixel;
        try {
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw FileRejectedException.unreadableImage();
            }
            pixels = (long) width * height;
            bytesPerPixel = bytesPerPixel(reader);
        } catch (FileRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw FileRejectedException.unreadableImage();
        }
        if (pixels > MAX_PIXELS) {
            throw FileRejectedException.tooManyPixels(MAX_PIXELS / 1_000_000);
        }
        int step = 1;
        while (ceilDiv(pixels, (long) step * step) * bytesPerPixel > MAX_DECODED_BYTES) {
            step++;
        }
        return step;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /** Bytes one decoded pixel takes, from the type the reader will decode to; at least 1. */
    static long bytesPerPixel(ImageReader reader) throws IOException {
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        if (types == null || !types.hasNext()) {
            throw FileRejectedException.unreadableImage();
        }
        SampleModel model = types.next().getSampleModel();
        long bytes = (long) model.getNumDataElements() * DataBuffer.getDataTypeSize(model.getTransferType()) / 8;
        return Math.max(1, bytes);
    }

    private void awaitTurn() throws IOException {
        boolean acquired;
        try {
            acquired = decoders.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to decode an image");
        }
        if (!acquired) {
            throw FileRejectedException.busy();
        }
    }

    /** The EXIF orientation (1–8), or 1 when there is none or it cannot be read. */
    static int orientation(Path file) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(file.toFile());
            for (ExifIFD0Directory exif : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
                Integer value = exif.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
                if (value != null && value >= 1 && value <= 8) {
                    return value;
                }
            }
        } catch (Exception e) {
            // Broken metadata is common and harmless here: the picture is shown as stored.
        }
        return 1;
    }

    private static ImageReader reader(FileType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.imageFormat());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + type);
        }
        return readers.next();
    }

    /** The pixels; decoders signal malformed input with all kinds of exceptions, to the uploader it is one thing. */
    private static BufferedImage decode(ImageReader reader, int subsampling) {
        try {
            javax.imageio.ImageReadParam param = reader.getDefaultReadParam();
            if (subsampling > 1) {
                // The reader skips the other pixels row by row: the full-size raster is never allocated.
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
            }
            return reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            throw FileRejectedException.unreadableImage();
        }
    }

    private static BufferedImage toRgb(BufferedImage image) {
        boolean grey = image.getColorModel().getNumComponents() == 1 && image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        // Both RGB types are sRGB already; converting them would only take a second raster.
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR || grey) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.drawImage(image, 0, 0, Color.WHITE, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    /** Turns and mirrors the pixels as EXIF orientation 1–8 asks; any colour model. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation == 1) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        ColorModel model = image.getColorModel();
        WritableRaster target = model.createCompatibleWritableRaster(swap ? h : w, swap ? w : h);
        Raster source = image.getRaster();
        Object pixel = null;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixel = source.getDataElements(x, y, pixel);
                switch (orientation) {
                    case 2 -> target.setDataElements(w - 1 - x, y, pixel);
                    case 3 -> target.setDataElements(w - 1 - x, h - 1 - y, pixel);
                    case 4 -> target.setDataElements(x, h - 1 - y, pixel);
                    case 5 -> target.setDataElements(y, x, pixel);
                    case 6 -> target.setDataElements(h - 1 - y, x, pixel);
                    case 7 -> target.setDataElements(h - 1 - y, w - 1 - x, pixel);
                    case 8 -> target.setDataElements(y, w - 1 - x, pixel);
                    default -> throw new IllegalArgumentException("EXIF orientation " + orientation);
                }
            }
        }
        return new BufferedImage(model, target, model.isAlphaPremultiplied(), null);
    }

    private static void write(BufferedImage image, FileType type, Path target) throws IOException {
        ImageWriter writer =
                ImageIO.getImageWritersByFormatName(type.imageFormat()).next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (type == FileType.JPEG) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
        }
        Files.deleteIfExists(target);
        // Written straight to the file: ImageIO's own stream cache would put a copy in java.io.tmpdir.
        try (ImageOutputStream out = new FileImageOutputStream(target.toFile())) {
            writer.setOutput(out);
            // No metadata and no thumbnails: the writer adds only what the format itself needs.
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
