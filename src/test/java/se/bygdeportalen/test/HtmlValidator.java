package se.bygdeportalen.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu Html Checker (vnu.jar, the validator behind validator.w3.org/nu), run as a separate Java
 * process over many saved pages at once: starting it costs seconds, checking a page milliseconds.
 * The build fetches the jar before the integration tests (pom.xml, {@code vnu-jar}) and names it in
 * the system property {@code vnu.jar}.
 */
public final class HtmlValidator {

    private HtmlValidator() {}

    /**
     * @param files saved pages and what each one is (shown in the messages)
     * @return one line per error: what the page is, where, and the checker's message; empty when all are valid
     */
    public static List<String> errors(Map<Path, String> files) throws IOException, InterruptedException {
        if (files.isEmpty()) {
            return List.of();
        }
        String jar = System.getProperty("vnu.jar", "target/vnu/package/build/dist/vnu.jar");
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException(
                    jar + " is missing: run the tests through Maven (./mvnw verify), which fetches it");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss4m",
                "-jar",
                jar,
                "--errors-only",
                "--format",
                "json",
                "--stdout"));
        files.keySet().forEach(f -> command.add(f.toAbsolutePath().toString()));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the HTML checker did not finish in 5 minutes");
        }
        JsonNode report = JsonMapper.builder().build().readTree(out);
        List<String> errors = new ArrayList<>();
        for (JsonNode message : report.path("messages")) {
            Path file = Path.of(java.net.URI.create(message.path("url").asString()));
            String what = files.entrySet().stream()
                    .filter(e -> e.getKey().toAbsolutePath().equals(file))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(file.toString());
            errors.add(what + " line " + message.path("lastLine").asInt() + ": "
                    + message.path("message").asString() + " ["
                    + message.path("extract").asString() + "]");
        }
        return errors;
    }
}
