package se.bygdeportalen.platform.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EXIF orientations 1–8 turn and mirror the pixels the way cameras mean them. */
class ImageSanitizerTest {

    /**
     * A 3×2 picture with the pixels numbered 1–6 row by row,
     * <pre>
     * 1 2 3
     * 4 5 6
     * </pre>
     * and how each orientation shows it, row by row (the EXIF specification's figures).
     */
    @ParameterizedTest
    @CsvSource({
        "1, 3, 123456",
        "2, 3, 321654",
        "3, 3, 654321",
        "4, 3, 456123",
        "5, 2, 142536",
        "6, 2, 415263",
        "7, 2, 635241",
        "8, 2, 362514"
    })
    void orientationsTurnAndMirrorAsTheExifSpecificationSays(int orientation, int width, String expected) {
        BufferedImage source = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 6; i++) {
            source.setRGB(i % 3, i / 3, i + 1);
        }
        BufferedImage oriented = ImageSanitizer.orient(source, orientation);
        assertThat(oriented.getWidth()).isEqualTo(width);
        StringBuilder seen = new StringBuilder();
        for (int y = 0; y < oriented.getHeight(); y++) {
            for (int x = 0; x < oriented.getWidth(); x++) {
                seen.append(oriented.getRGB(x, y) & 0xff);
            }
        }
        assertThat(seen).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource({"6", "3"})
    void aPalettePictureKeepsItsPalette(int orientation) {
        byte[] levels = {0, (byte) 255};
        IndexColorModel palette = new IndexColorModel(1, 2, levels, levels, levels);
        BufferedImage source = new BufferedImage(4, 2, BufferedImage.TYPE_BYTE_BINARY, palette);
        source.setRGB(0, 0, 0xffffffff);
        BufferedImage oriented = ImageSanitizer.orient(source, orientation);
        assertThat(oriented.getColorModel()).isSameAs(palette);
        assertThat(oriented.getType()).isEqualTo(BufferedImage.TYPE_BYTE_BINARY);
    }
}
