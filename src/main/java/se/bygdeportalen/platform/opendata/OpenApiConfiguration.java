package se.bygdeportalen.platform.opendata;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The description of the public JSON API (/api/v1), served at /api/openapi.json. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI bygdeportalenOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Bygdeportalen open data API")
                        .version("v1")
                        .description(
                                "Public, read-only data of the municipality: proposals, bodies, meetings, decisions and more. "
                                        + "No key is needed; every response is open data without personal identity numbers or contact details.")
                        .license(new License()
                                .name("CC0 1.0 (data), EUPL-1.2 (software)")
                                .url("https://creativecommons.org/publicdomain/zero/1.0/")));
    }
}
