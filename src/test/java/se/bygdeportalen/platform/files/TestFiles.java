package se.bygdeportalen.platform.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Test files made in code: pictures with planted metadata, crafted headers and small PDFs. */
final class TestFiles {

    static final Color LEFT = Color.RED;
    static final Color RIGHT = Color.BLUE;

    private TestFiles() {}

    /** A picture whose left half is red and right half blue, so turning it shows. */
    static BufferedImage halves(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(LEFT);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(RIGHT);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    static byte[] jpeg(int width, int height) {
        return encode(halves(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    static byte[] png(int width, int height) {
        return encode(halves(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---- JPEG segments

    /** Inserts segments after SOI and the JFIF APP0 segment, where cameras put theirs. */
    static byte[] withSegments(byte[] jpeg, byte[]... segments) {
        int at = 2;
        if ((jpeg[2] & 0xff) == 0xff && (jpeg[3] & 0xff) == 0xe0) {
            at = 4 + (((jpeg[4] & 0xff) << 8) | (jpeg[5] & 0xff));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, at);
        for (byte[] segment : segments) {
            out.writeBytes(segment);
        }
        out.write(jpeg, at, jpeg.length - at);
        return out.toByteArray();
    }

    static byte[] segment(int marker, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(4 + payload.length);
        b.put((byte) 0xff)
                .put((byte) marker)
                .putShort((short) (payload.length + 2))
                .put(payload);
        return b.array();
    }

    /**
     * An EXIF APP1 segment as a phone writes it: camera make, orientation and a GPS position
     * (Övertorneå, 66°22'N 23°39'E).
     */
    static byte[] exif(int orientation) {
        ByteBuffer t = ByteBuffer.allocate(160).order(ByteOrder.BIG_ENDIAN);
        t.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        int makeAt = 8 + 2 + 3 * 12 + 4; // 50
        int gpsAt = makeAt + 8; // 58
        int latitudeAt = gpsAt + 2 + 4 * 12 + 4; // 112
        int longitudeAt = latitudeAt + 24; // 136
        // IFD0: Make, Orientation, GPS IFD pointer (sorted by tag)
        t.putShort((short) 3);
        entry(t, 0x010f, 2, 8, makeAt);
        t.putShort((short) 0x0112)
                .putShort((short) 3)
                .putInt(1)
                .putShort((short) orientation)
                .putShort((short) 0);
        entry(t, 0x8825, 4, 1, gpsAt);
        t.putInt(0);
        check(t, makeAt);
        t.put("PhoneCo\0".getBytes(StandardCharsets.US_ASCII));
        check(t, gpsAt);
        t.putShort((short) 4);
        t.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        entry(t, 2, 5, 3, latitudeAt);
        t.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        entry(t, 4, 5, 3, longitudeAt);
        t.putInt(0);
        check(t, latitudeAt);
        t.putInt(66).putInt(1).putInt(22).putInt(1).putInt(5).putInt(1);
        t.putInt(23).putInt(1).putInt(39).putInt(1).putInt(7).putInt(1);
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        payload.write(t.array(), 0, t.position());
        return segment(0xe1, payload.toByteArray());
    }

    static byte[] xmp() {
        String xml = """
                <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\
                <rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="66,22.08N" \
                exif:GPSLongitude="23,39.12E"/></rdf:RDF></x:xmpmeta>""";
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        payload.writeBytes("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.US_ASCII));
        payload.writeBytes(xml.getBytes(StandardCharsets.UTF_8));
        return segment(0xe1, payload.toByteArray());
    }

    static byte[] comment(String text) {
        return segment(0xfe, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Rewrites the size in a baseline JPEG's frame header, leaving the data as it is. */
    static byte[] withJpegSize(byte[] jpeg, int width, int height) {
        byte[] copy = jpeg.clone();
        for (int i = 2; i < copy.length - 9; i++) {
            if ((copy[i] & 0xff) == 0xff && (copy[i + 1] & 0xff) == 0xc0) {
                ByteBuffer.wrap(copy, i + 5, 4).putShort((short) height).putShort((short) width);
                return copy;
            }
        }
        throw new IllegalArgumentException("No SOF0 segment");
    }

    private static void entry(ByteBuffer t, int tag, int type, int count, int valueOrOffset) {
        t.putShort((short) tag).putShort((short) type).putInt(count).putInt(valueOrOffset);
    }

    private static void check(ByteBuffer t, int expected) {
        if (t.position() != expected) {
            throw new IllegalStateException("EXIF layout: at " + t.position() + ", expected " + expected);
        }
    }

    // ---- PNG chunks

    static byte[] pngChunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        b.putInt(data.length).put(typeBytes).put(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /** Inserts chunks right after IHDR. */
    static byte[] withPngChunks(byte[] png, byte[]... chunks) {
        int at = 8 + 12 + 13;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, at);
        for (byte[] chunk : chunks) {
            out.writeBytes(chunk);
        }
        out.write(png, at, png.length - at);
        return out.toByteArray();
    }

    /** Claims another size in IHDR, with a valid CRC, leaving the pixel data as it is. */
    static byte[] withPngSize(byte[] png, int width, int height) {
        byte[] copy = png.clone();
        ByteBuffer.wrap(copy, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(copy, 12, 4 + 13);
        ByteBuffer.wrap(copy, 29, 4).putInt((int) crc.getValue());
        return copy;
    }

    /** Claims another bit depth and colour type in IHDR (e.g. 16 and 6, RGBA), with a valid CRC. */
    static byte[] withPngFormat(byte[] png, int bitDepth, int colourType) {
        byte[] copy = png.clone();
        copy[24] = (byte) bitDepth;
        copy[25] = (byte) colourType;
        CRC32 crc = new CRC32();
        crc.update(copy, 12, 4 + 13);
        ByteBuffer.wrap(copy, 29, 4).putInt((int) crc.getValue());
        return copy;
    }

    /**
     * A real, valid black RGB PNG of any size, written row by row, so a picture of tens of megapixels
     * is made without holding its raster in memory.
     */
    static byte[] plainPng(int width, int height) {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream out =
                new java.util.zip.DeflaterOutputStream(idat, new Deflater(Deflater.BEST_SPEED), 64 * 1024)) {
            byte[] row = new byte[1 + width * 3]; // filter byte 0, then black pixels
            for (int y = 0; y < height; y++) {
                out.write(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
        header.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.writeBytes(pngChunk("IHDR", header.array()));
        png.writeBytes(pngChunk("IDAT", idat.toByteArray()));
        png.writeBytes(pngChunk("IEND", new byte[0]));
        return png.toByteArray();
    }

    static List<String> pngChunkTypes(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(8);
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            types.add(new String(type, StandardCharsets.US_ASCII));
            b.position(b.position() + length + 4);
        }
        return types;
    }

    // ---- PDF

    /** A minimal one-page PDF; {@code extraCatalog} is added to the catalog dictionary. */
    static byte[] pdf(String extraCatalog) {
        String text = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n"
                + "1 0 obj\n<< /Type /Catalog /Pages 2 0 R " + extraCatalog + " >>\nendobj\n"
                + "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R /Size 4 >>\n%%EOF\n";
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] pdf() {
        return pdf("");
    }

    /** A PDF whose catalog's open action lives in a Flate-compressed object stream (PDF 1.5+). */
    static byte[] pdfWithObjectStream(String hiddenObject) {
        byte[] objects = ("4 0 " + hiddenObject).getBytes(StandardCharsets.ISO_8859_1);
        Deflater deflater = new Deflater();
        deflater.setInput(objects);
        deflater.finish();
        byte[] buffer = new byte[objects.length + 64];
        int length = deflater.deflate(buffer);
        deflater.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("%PDF-1.7\n"
                        + "1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>\nendobj\n"
                        + "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
                        + "5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length " + length
                        + " >>\nstream\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(buffer, 0, length);
        out.writeBytes(
                "\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }
}
