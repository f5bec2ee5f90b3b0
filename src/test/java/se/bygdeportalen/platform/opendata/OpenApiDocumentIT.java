package se.bygdeportalen.platform.opendata;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.bygdeportalen.test.IntegrationTest;

/** The public API is described at /api/openapi.json, open to any origin and without a session. */
@IntegrationTest
class OpenApiDocumentIT {

    @Autowired
    MockMvc mvc;

    @Test
    void describesTheApiWithoutSettingCookies() throws Exception {
        mvc.perform(get("/api/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.info.title").value("Bygdeportalen open data API"))
                .andExpect(jsonPath("$.openapi").exists())
                .andExpect(result -> org.assertj.core.api.Assertions.assertThat(
                                result.getResponse().getCookies())
                        .isEmpty());
    }

    @Test
    void noSwaggerUiOrDefaultDocsPath() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isNotFound());
        mvc.perform(get("/swagger-ui.html")).andExpect(status().isNotFound());
    }
}
