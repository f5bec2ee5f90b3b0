package se.bygdeportalen.platform.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void writesRfc4180WithHeaderAndCrlf() {
        byte[] csv = Csv.write(
                List.of("id", "title"), List.of(List.of(1, "Gatlampor, Aapua"), List.of(2, "Säg \"hej\"\nigen")));
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .isEqualTo("id,title\r\n1,\"Gatlampor, Aapua\"\r\n2,\"Säg \"\"hej\"\"\nigen\"\r\n");
    }

    @Test
    void formulasAreDefusedButNumbersAndDatesStay() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+46 927")).isEqualTo("'+46 927");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell(-5)).isEqualTo("-5");
        assertThat(Csv.cell(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(Csv.cell(LocalDate.of(2026, 11, 26))).isEqualTo("2026-11-26");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void nullCellsAreEmpty() {
        assertThat(new String(Csv.write(List.of("a", "b"), List.of(Arrays.asList(null, "x"))), StandardCharsets.UTF_8))
                .isEqualTo("a,b\r\n,x\r\n");
    }
}
