package ma.ogp.pan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The application in a JVM of its own (the test JVM's classpath), so that a test can kill it with SIGKILL as a
 * crash would, and start it again on the same database.
 */
public final class ForkedApplication implements AutoCloseable {

    private final Process process;
    private final int port;

    private ForkedApplication(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts the application with these {@code --name=value} arguments and waits until it is ready and, on a start
     * that hands the demo's co-creation to the background (DemoCoCreation), until that has ended.
     */
    public static ForkedApplication start(Path log, Duration timeout, String... arguments) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a short-lived JVM on 2 cores: C1 only and a small serial heap start faster
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Duser.timezone=UTC",
                "-cp", classPath(), "ma.ogp.pan.PanCocreationApplication",
                "--server.port=" + port,
                // its start and end in the log, whatever level the test sets
                "--logging.level.ma.ogp.pan.demo.DemoCoCreation=INFO"));
        command.addAll(List.of(arguments));
        try {
            long logStart = Files.exists(log) ? Files.size(log) : 0;
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            ForkedApplication app = new ForkedApplication(process, port);
            long end = System.nanoTime() + timeout.toNanos();
            app.awaitReady(end);
            app.awaitDemo(log, logStart, end);
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** SIGKILL on Linux: no shutdown hook, no graceful end of requests or jobs. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        kill();
    }

    private void awaitReady(long end) {
        HttpClient http = HttpClient.newHttpClient();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application ended with " + process.exitValue());
            }
            try {
                // 503 until the start-up runners end (StartupGate)
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(URI.create(url("/actuator/health")))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the port opens late in the start
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(250);
        }
        kill();
        throw new IllegalStateException("The application was not ready in time");
    }

    private void awaitDemo(Path log, long logStart, long end) throws IOException {
        while (System.nanoTime() < end) {
            String written;
            try (var in = Files.newInputStream(log)) {
                in.skipNBytes(logStart);
                written = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!written.contains("its co-creation starts in the background") || written.contains("Co-creation of ")) {
                return;
            }
            if (written.contains("its co-creation could not be started") || !process.isAlive()) {
                kill();
                throw new IllegalStateException("The demo's co-creation could not be started, see " + log);
            }
            sleep(250);
        }
        kill();
        throw new IllegalStateException("The demo's co-creation was not started in time");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The test JVM's classpath. Under Surefire {@code java.class.path} is a jar whose manifest lists it; Spring's
     * {@code classpath*:} then finds each process twice (the jar's entries and the manifest's), and the deployment
     * fails on duplicate keys, so the list Surefire also gives in full is used. That list ends with a separator:
     * an empty entry is the working directory, whose processes/ would be deployed a second time.
     */
    private static String classPath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return java.util.Arrays.stream(path.split(java.io.File.pathSeparator)).filter(e -> !e.isBlank())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
