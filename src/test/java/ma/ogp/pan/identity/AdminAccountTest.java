package ma.ogp.pan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ma.ogp.pan.support.PanIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The configured administrator is a direct member of camunda-admin, and becomes one again at the next start. */
@PanIntegrationTest
class AdminAccountTest {

    @Autowired AdminAccount adminAccount;
    @Autowired ProcessEngine engine;
    @Autowired IdentityService identity;

    @Test
    void adminIsRestoredAsDirectMemberOfCamundaAdmin() {
        assertThat(isDirectAdmin()).isTrue();
        identity.deleteMembership("admin", Groups.CAMUNDA_ADMIN);
        assertThat(isDirectAdmin()).isFalse();

        adminAccount.postProcessEngineBuild(engine);

        assertThat(isDirectAdmin()).isTrue();
    }

    private boolean isDirectAdmin() {
        return identity.createUserQuery().userId("admin").memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 1;
    }
}
