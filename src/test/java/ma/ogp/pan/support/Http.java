package ma.ogp.pan.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client against the running test server: real requests through every filter. */
public final class Http {

    private final String baseUrl;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String forwardedFor;

    public Http(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    /** Requests as if from this client address, through a proxy (needs {@code server.forward-headers-strategy}). */
    public Http from(String address) {
        forwardedFor = address;
        return this;
    }

    public HttpResponse<String> get(String path, String... userAndPassword) {
        return send(request(path, userAndPassword).GET().build());
    }

    public HttpResponse<String> getHtml(String path, String... userAndPassword) {
        return send(request(path, userAndPassword).header("Accept", "text/html").GET().build());
    }

    public HttpResponse<byte[]> getBytes(String path, String... userAndPassword) {
        try {
            return client.send(request(path, userAndPassword).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> postJson(String path, String json, String... userAndPassword) {
        return send(request(path, userAndPassword).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Any method with an optional JSON body: PUT, DELETE, and POSTs the engine reads as commands. */
    public HttpResponse<String> json(String method, String path, String json, String... userAndPassword) {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        return send(request(path, userAndPassword).header("Content-Type", "application/json")
                .method(method, body).build());
    }

    private HttpRequest.Builder request(String path, String... userAndPassword) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        if (userAndPassword.length == 2) {
            String token = userAndPassword[0] + ":" + userAndPassword[1];
            builder.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        return Visitor.send(client, request);
    }
}
