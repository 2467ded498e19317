package ma.ogp.pan.identity;

import ma.ogp.pan.cluster.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings Camunda's groups, rights, Tasklist filters and memberships in line with the application's tables at every
 * start (see {@link EngineGroups}). Runs after the demo loader, one node at a time ({@link StartupLock}).
 */
@Component
@Order(2)
public class IdentityBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final EngineGroups groups;
    private final StartupLock lock;

    IdentityBootstrap(EngineGroups groups, StartupLock lock) {
        this.groups = groups;
        this.lock = lock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        lock.hold();
        LOG.info("Identity ready: {} work groups", groups.ensureAll());
    }
}
