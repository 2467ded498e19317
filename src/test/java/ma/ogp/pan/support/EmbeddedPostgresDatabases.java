package ma.ogp.pan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server for the whole test JVM (binaries from a Maven artifact), and a fresh database for
 * each Spring context that asks (see {@link OnEmbeddedPostgres}).
 */
public final class EmbeddedPostgresDatabases {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedPostgresDatabases() {
    }

    /** Creates a new empty database and returns its JDBC URL. */
    public static String newDatabase() {
        return create("");
    }

    /** Creates a copy of the database at this URL (which nothing may be connected to) and returns the copy's URL. */
    public static String copyOf(String url) {
        return create(" TEMPLATE " + url.replaceAll(".*/([a-z_0-9]+).*", "$1"));
    }

    private static synchronized String create(String template) {
        String name = "pan_test_" + COUNTER.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + template);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
            }
        }
        return server;
    }
}
