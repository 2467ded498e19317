package ma.ogp.pan.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Nodes starting at the same moment on one PostgreSQL database build their engines one at a time: Camunda creates
 * or updates its ACT_ tables (in the engine's constructor, between {@code preInit} and {@code postProcessEngineBuild})
 * after checking they are missing, so two nodes on an empty database would both create them and one would fail. A
 * session-level advisory lock, held on a connection of its own from this plugin's {@code preInit} to its
 * {@code postProcessEngineBuild}, makes the second node wait and then find the schema. Last of the plugins, so that
 * it is taken after the others have configured the engine and released after those that write at build
 * (AdminAccount and DemoClock order themselves before it). Flyway's migrations hold Flyway's own lock;
 * H2 runs one node only: nothing is locked there.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
public class SchemaLock extends AbstractProcessEnginePlugin implements DisposableBean {

    /** The advisory lock's key, unique to this application within the database. */
    private static final long KEY = 0x70616e736368656dL; // "panschem"

    private final DataSource dataSource;
    private Connection held;

    SchemaLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            held = connection;
            execute("SELECT pg_advisory_lock(" + KEY + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not lock the engine's schema", e);
        }
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        release();
    }

    /** A start that fails between the two (the engine not built) releases the lock as the context closes. */
    @Override
    public void destroy() {
        release();
    }

    private synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held) {
            execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not unlock the engine's schema", e);
        } finally {
            held = null;
        }
    }

    private void execute(String sql) throws SQLException {
        if (!held.getAutoCommit()) {
            held.setAutoCommit(true);
        }
        try (Statement statement = held.createStatement()) {
            statement.execute(sql);
        }
    }
}
