package se.bygdeportalen.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The text constraints accept exactly what {@link Parse} reads, and refuse the rest with their own code. */
class TextConstraintsTest {

    enum Colour {
        RED,
        GREEN
    }

    record Form(
            @NotBlank @IsoDate String date,
            @IsoTime String time,
            @OneOf(Colour.class) String colour,
            @WholeNumber(min = 0, max = 1000) String votes,
            @SingleLine String name) {}

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    private static Set<String> failing(Form form) {
        Set<ConstraintViolation<Form>> violations = validator.validate(form);
        return violations.stream()
                .map(v -> v.getPropertyPath() + ":"
                        + v.getConstraintDescriptor()
                                .getAnnotation()
                                .annotationType()
                                .getSimpleName())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void wellFormedTextPassesAndParses() {
        Form form = new Form(" 2026-02-28 ", "18:30", "GREEN", "12", "Aino Niemi");
        assertThat(failing(form)).isEmpty();
        assertThat(Parse.date(form.date())).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Parse.time(form.time())).isEqualTo(LocalTime.of(18, 30));
        assertThat(Parse.choice(Colour.class, form.colour())).isEqualTo(Colour.GREEN);
        assertThat(Parse.wholeInt(form.votes())).isEqualTo(12);
        assertThat(Parse.text("  Aino ")).isEqualTo("Aino");
    }

    @Test
    void emptyOptionalFieldsPassAndParseAsNothing() {
        assertThat(failing(new Form("2026-01-01", "", null, " ", null))).isEmpty();
        assertThat(Parse.time("")).isNull();
        assertThat(Parse.choice(Colour.class, null)).isNull();
        assertThat(Parse.whole(" ")).isNull();
    }

    @Test
    void nonsenseIsAFieldErrorNamedAfterItsConstraint() {
        assertThat(failing(new Form("notadate", "25:00", "BLUE", "1001", "ok")))
                .containsExactlyInAnyOrder("date:IsoDate", "time:IsoTime", "colour:OneOf", "votes:WholeNumber");
        assertThat(failing(new Form("2026-02-30", "1830", "red", "-1", "ok")))
                .containsExactlyInAnyOrder("date:IsoDate", "time:IsoTime", "colour:OneOf", "votes:WholeNumber");
        assertThat(failing(new Form("+10000-01-01", null, null, "12a", null)))
                .containsExactlyInAnyOrder("date:IsoDate", "votes:WholeNumber");
        assertThat(failing(new Form("1899-12-31", null, null, null, null))).containsExactly("date:IsoDate");
        assertThat(failing(new Form("", null, null, null, null))).containsExactly("date:NotBlank");
    }

    @Test
    void oneLineFieldsRefuseControlAndSeparatorCharacters() {
        for (String bad : new String[] {
            "Aino\r\nBcc: x@example.com", "Aino\tNiemi", "Aino\u2028Niemi", "Aino\u0085", "A\u0000", "A\u2029"
        }) {
            assertThat(failing(new Form("2026-01-01", null, null, null, bad)))
                    .as(bad)
                    .containsExactly("name:SingleLine");
        }
        assertThat(failing(new Form("2026-01-01", null, null, null, "Äijä-Öhman O'Brien")))
                .isEmpty();
    }

    @Test
    void parsingUncheckedTextIsAProgrammingError() {
        assertThatThrownBy(() -> Parse.date("notadate")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Parse.choice(Colour.class, "BLUE")).isInstanceOf(IllegalArgumentException.class);
    }
}
