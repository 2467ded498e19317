package ma.ogp.pan.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of the application's own JSON API ({@code /api/**}, springdoc.paths-to-match), at
 * {@code /v3/api-docs} and {@code /swagger-ui/index.html} for signed-in staff. The engine REST API is Camunda's,
 * documented by Camunda, and not in it.
 */
@Configuration
class ApiDescription {

    private static final String BASIC = "basic";
    private static final String SESSION = "session";

    @Bean
    OpenAPI panApi() {
        return new OpenAPI()
                .info(new Info().title("pan-cocreation API").version("1")
                        .description("Staff JSON API: the Camunda accounts sign in by HTTP Basic or the login page."))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(SESSION));
    }
}
