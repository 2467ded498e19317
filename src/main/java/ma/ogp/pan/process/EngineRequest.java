package ma.ogp.pan.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import ma.ogp.pan.web.BytesInputStream;

/**
 * A call to the engine REST API (as {@code /engine-rest} or as the webapps' {@code /camunda/api/engine}): its
 * operation path without the engine prefix, and the request with a body the guard may have rewritten.
 */
final class EngineRequest extends HttpServletRequestWrapper {

    static final String REST = "/engine-rest";
    static final String WEBAPPS = "/camunda/api/engine";
    /** A form's fields, a fiche with its activities: far less than this. */
    static final int MAX_BODY = 1_000_000;

    private byte[] body;

    EngineRequest(HttpServletRequest request) {
        super(request);
    }

    /**
     * The operation, e.g. {@code task/42/complete}: decoded and normalised by the container (no path parameters),
     * without {@code engine/{name}}, no leading, trailing or doubled slash.
     */
    String operation() {
        String path = Objects.toString(getServletPath(), "") + Objects.toString(getPathInfo(), "");
        path = path.startsWith(WEBAPPS) ? path.substring(WEBAPPS.length()) : path.substring(REST.length());
        path = path.replaceAll("/{2,}", "/").replaceAll("^/|/$", "");
        return path.startsWith("engine/") ? path.replaceFirst("^engine/[^/]+/?", "") : path;
    }

    boolean viaRestApi() {
        return Objects.toString(getServletPath(), "").startsWith(REST);
    }

    /** The body as sent, read once; over {@link #MAX_BODY} bytes: {@code null}. */
    byte[] body() throws IOException {
        if (body == null) {
            try (InputStream in = super.getInputStream()) {
                byte[] read = in.readNBytes(MAX_BODY + 1);
                if (read.length > MAX_BODY) {
                    return null;
                }
                body = read;
            }
        }
        return body;
    }

    void replaceBody(String json) {
        body = json.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (body == null) {
            return super.getInputStream();
        }
        return new BytesInputStream(body);
    }

    @Override
    public BufferedReader getReader() throws IOException {
        return body == null ? super.getReader()
                : new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
        return body == null ? super.getContentLength() : body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body == null ? super.getContentLengthLong() : body.length;
    }

    @Override
    public String getCharacterEncoding() {
        return body == null ? super.getCharacterEncoding() : StandardCharsets.UTF_8.name();
    }
}
