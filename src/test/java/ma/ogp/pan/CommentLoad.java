package ma.ogp.pan;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Visitors posting comments until the application dies, each remembering the comments it got a confirmation for
 * (the 302 to {@code ?merci}): those are the ones that must survive a crash.
 */
final class CommentLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"");

    final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
    private final List<Thread> visitors;

    CommentLoad(String pageUrl, int visitorCount) {
        visitors = java.util.stream.IntStream.range(0, visitorCount)
                .mapToObj(i -> {
                    Thread visitor = new Thread(() -> postUntilFailure(pageUrl, i), "visitor-" + i);
                    visitor.setDaemon(true);
                    return visitor;
                }).toList();
    }

    void start() {
        visitors.forEach(Thread::start);
    }

    void awaitEnd() throws InterruptedException {
        for (Thread visitor : visitors) {
            visitor.join(10_000);
        }
    }

    private void postUntilFailure(String pageUrl, int visitor) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(2)).build();
        try {
            String page = http.send(HttpRequest.newBuilder(URI.create(pageUrl)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String csrf = first(CSRF, page);
            for (int n = 0; ; n++) {
                String body = "Commentaire " + visitor + "-" + n + " " + UUID.randomUUID();
                String form = form(Map.of("_csrf", csrf, "body", body, "name", "Visiteur " + visitor,
                        "consent", "true", "website", "", "submissionKey", first(KEY, page)));
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(pageUrl + "/commentaires"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 302
                        || !answer.headers().firstValue("Location").orElse("").contains("merci")) {
                    throw new IllegalStateException("Comment refused: " + answer.statusCode());
                }
                acknowledged.add(body);
                // a new form, hence a new one-time key, for the next comment
                page = http.send(HttpRequest.newBuilder(URI.create(pageUrl)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
            }
        } catch (java.io.IOException killed) {
            // the application died: this visitor stops, its last comment unacknowledged
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String first(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No " + pattern + " in the comment page");
        }
        return matcher.group(1);
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
