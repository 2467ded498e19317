package ma.ogp.pan.cluster;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The start-up work that writes shared data (demo load, Camunda groups, rights and Tasklist filters) runs on one
 * node at a time: the row lock waits for another node's start-up to commit, after which the work finds it done.
 * A row lock rather than PostgreSQL's advisory lock, so that H2 runs the same statement.
 */
@Component
public class StartupLock {

    private final JdbcClient jdbc;

    StartupLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until no other node holds the lock, then holds it until the caller's transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void hold() {
        jdbc.sql("SELECT name FROM pan_startup_lock WHERE name = 'startup' FOR UPDATE").query(String.class).single();
    }
}
