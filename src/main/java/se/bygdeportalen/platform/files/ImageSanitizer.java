package se.bygdeportalen.platform.files;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Re-encodes an uploaded picture from its pixels alone, so nothing else of the original survives:
 * no EXIF (camera, time, GPS position), XMP, IPTC, comments, text chunks or trailing data. The EXIF
 * orientation is applied to the pixels first, so phone photos stay upright without it. The size in
 * the header is checked before decoding, so a small file that claims a huge picture (a
 * decompression bomb) is refused without allocating memory for it.
 */
final class ImageSanitizer {

    static final long MAX_PIXELS = 40_000_000L;
    static final float JPEG_QUALITY = 0.85f;

    /** A 40-megapixel picture takes a few hundred MB while it is turned; two at a time bounds the heap. */
    private static final Semaphore DECODERS = new Semaphore(2, true);

    /** Width and height of the stored picture. */
    record Result(int width, int height) {}

    private ImageSanitizer() {}

    static Result sanitize(Path source, FileType type, Path target) throws IOException {
        int orientation = orientation(source);
        try {
            DECODERS.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting to decode an image");
        }
        try {
            BufferedImage decoded = decode(source, type);
            BufferedImage clean = switch (type) {
                // JPEG carries no alpha; the decoded colour model (CMYK, ICC, YCCK) is flattened to sRGB.
                case JPEG -> orient(toRgb(decoded), orientation);
                // PNG keeps its own colour model (palette, grey, 16 bit, alpha); only the pixels are copied.
                case PNG -> orient(decoded, orientation);
                case PDF -> throw new IllegalArgumentException("Not an image: " + type);
            };
            write(clean, type, target);
            return new Result(clean.getWidth(), clean.getHeight());
        } finally {
            DECODERS.release();
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

    private static BufferedImage decode(Path source, FileType type) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type.imageFormat());
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + type);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new FileImageInputStream(source.toFile())) {
            // Metadata is not needed (we throw it away) and parsing it is a risk of its own.
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw FileRejectedException.unreadableImage();
            }
            if ((long) width * height > MAX_PIXELS) {
                throw FileRejectedException.tooManyPixels(MAX_PIXELS / 1_000_000);
            }
            return reader.read(0);
        } catch (FileRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Decoders signal malformed input with all kinds of exceptions; to the uploader it is one thing.
            throw FileRejectedException.unreadableImage();
        } finally {
            reader.dispose();
        }
    }

    private static BufferedImage toRgb(BufferedImage image) {
        boolean grey = image.getColorModel().getNumComponents() == 1 && image.getType() == BufferedImage.TYPE_BYTE_GRAY;
        if (image.getType() == BufferedImage.TYPE_INT_RGB || grey) {
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
