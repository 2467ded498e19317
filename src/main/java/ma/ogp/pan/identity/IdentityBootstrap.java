package ma.ogp.pan.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings Camunda's groups, rights, Tasklist filters and memberships in line with the application's tables at every
 * start (see {@link EngineGroups}). Runs after the demo loader.
 */
@Component
@Order(2)
public class IdentityBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final EngineGroups groups;

    IdentityBootstrap(EngineGroups groups) {
        this.groups = groups;
    }

    @Override
    public void run(ApplicationArguments args) {
        LOG.info("Identity ready: {} work groups", groups.ensureAll());
    }
}
