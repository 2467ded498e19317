package ma.ogp.pan.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes the configured administrator exist and be a direct member of {@code camunda-admin} as soon as the engine
 * is built, before the web server takes requests: with such a member the Admin webapp's first-run setup never
 * applies (CVE-2026-77226 needs an admin group without direct member). Runs at every start, so a removed
 * membership comes back. Ordered before {@link ma.ogp.pan.cluster.SchemaLock} releases its lock: two nodes starting
 * on an empty database would otherwise both create the group.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class AdminAccount extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAccount.class);

    private final AdminProperties admin;

    AdminAccount(AdminProperties admin) {
        this.admin = admin;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        ensureAdmin(engine.getIdentityService());
    }

    void ensureAdmin(IdentityService identity) {
        if (identity.createGroupQuery().groupId(CamundaGroups.ADMINS).count() == 0) {
            Group group = identity.newGroup(CamundaGroups.ADMINS);
            group.setName("Administrateurs Camunda");
            group.setType("SYSTEM");
            identity.saveGroup(group);
        }
        if (identity.createUserQuery().userId(admin.user()).count() == 0) {
            User user = identity.newUser(admin.user());
            user.setFirstName("Administrateur");
            user.setLastName("PAN");
            user.setPassword(admin.password());
            identity.saveUser(user);
            LOG.info("Created the administrator account '{}'", admin.user());
        }
        if (identity.createUserQuery().userId(admin.user()).memberOfGroup(CamundaGroups.ADMINS).count() == 0) {
            identity.createMembership(admin.user(), CamundaGroups.ADMINS);
            LOG.info("Made '{}' a direct member of {}", admin.user(), CamundaGroups.ADMINS);
        }
    }
}
