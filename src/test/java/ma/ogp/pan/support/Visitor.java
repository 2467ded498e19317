package ma.ogp.pan.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser without JavaScript: cookies, HTML forms with their CSRF token, optionally logged in with HTTP Basic. */
public final class Visitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private String authorization;
    private String forwardedFor;

    public Visitor(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public Visitor loggedInAs(String user, String password) {
        authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Visits as if from this client address, through a proxy (needs {@code server.forward-headers-strategy}). */
    public Visitor from(String address) {
        forwardedFor = address;
        return this;
    }

    /** Carries a cookie as if an earlier visit had set it. */
    public Visitor withCookie(String name, String value) {
        HttpCookie cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(baseUrl), cookie);
        return this;
    }

    /** The value of a cookie the application set, if any. */
    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** Posts the form of the page at {@code pagePath}, with that page's CSRF token unless told not to. */
    public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields, boolean withCsrf) {
        return post(action, fields, withCsrf ? csrfToken(pagePath) : null);
    }

    /** The CSRF token of the form on the page at {@code pagePath}. */
    public String csrfToken(String pagePath) {
        Matcher token = CSRF.matcher(get(pagePath).body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on " + pagePath);
        }
        return token.group(1);
    }

    /** Posts a form with the given CSRF token (none when null). */
    public HttpResponse<String> post(String action, Map<String, String> fields, String csrfToken) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            all.put("_csrf", csrfToken);
        }
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return post(action, "application/x-www-form-urlencoded", HttpRequest.BodyPublishers.ofString(body));
    }

    /** Posts a body as given: chunked when the publisher does not know its length. */
    public HttpResponse<String> post(String action, String contentType, HttpRequest.BodyPublisher body) {
        return send(request(action).header("Content-Type", contentType).POST(body).build());
    }

    /** Posts a multipart form with one file, as a browser uploads it, with the CSRF token (none when null). */
    public HttpResponse<String> postFile(String action, String fileField, String filename, byte[] content,
                                         String csrfToken) {
        return postFile(action, Map.of(), fileField, filename, content, csrfToken);
    }

    /** Posts a multipart form with text fields and one file, with the CSRF token (none when null). */
    public HttpResponse<String> postFile(String action, Map<String, String> fields, String fileField, String filename,
                                         byte[] content, String csrfToken) {
        String boundary = "pan" + System.nanoTime();
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (csrfToken != null) {
            all.put("_csrf", csrfToken);
        }
        StringBuilder head = new StringBuilder();
        all.forEach((name, value) -> head.append("--").append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"").append(filename).append("\"\r\nContent-Type: text/csv\r\n\r\n");
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        return send(request(action).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head.toString(), StandardCharsets.UTF_8),
                        HttpRequest.BodyPublishers.ofByteArray(content),
                        HttpRequest.BodyPublishers.ofByteArray(tail))).build());
    }

    /** Logs into the Camunda webapps as their login screen does: the XSRF cookie of a page, then the login call. */
    public HttpResponse<String> loginToWebapps(String user, String password) {
        get("/camunda/app/tasklist/default/");
        String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow().getValue();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(request("/camunda/api/admin/auth/user/default/login/tasklist").header("X-XSRF-TOKEN", token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /**
     * A JSON call to the webapps' API as Tasklist makes it, after {@link #loginToWebapps}: the session's cookie, the
     * CSRF token the webapps give the page of the new session (the login rotates both), and the page's origin.
     */
    public HttpResponse<String> postJsonToWebapps(String path, String json) {
        HttpResponse<String> page = get("/camunda/app/tasklist/default/");
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> cookies.getCookieStore().getCookies()
                .stream().filter(c -> c.getName().equals("XSRF-TOKEN")).reduce((first, last) -> last).orElseThrow()
                .getValue());
        return send(request(path).header("X-XSRF-TOKEN", token).header("Origin", baseUrl)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private HttpResponse<String> send(HttpRequest request) {
        return send(client, request);
    }

    /** Sends and reads the body as UTF-8; failures become unchecked, interruption is kept. */
    public static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
