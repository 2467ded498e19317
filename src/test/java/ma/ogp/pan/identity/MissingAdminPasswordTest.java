package ma.ogp.pan.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ma.ogp.pan.PanCocreationApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The postgres profile has no default admin password: start-up stops and says what to set. */
@ExtendWith(OutputCaptureExtension.class)
class MissingAdminPasswordTest {

    @Test
    void postgresProfileWithoutAdminPasswordRefusesToStart(CapturedOutput output) {
        SpringApplicationBuilder app = new SpringApplicationBuilder(PanCocreationApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("postgres")
                // PAN_DB_* as the environment would give them; PAN_ADMIN_PASSWORD deliberately absent
                .properties("PAN_DB_URL=jdbc:h2:mem:no-admin-password", "PAN_DB_USER=sa", "PAN_DB_PASSWORD=",
                        "PAN_ADMIN_PASSWORD=", "camunda.bpm.generate-unique-process-engine-name=true");
        assertThatThrownBy(app::run).hasRootCauseInstanceOf(MissingAdminPasswordException.class);
        assertThat(output).contains("APPLICATION FAILED TO START", "PAN_ADMIN_PASSWORD");
    }
}
