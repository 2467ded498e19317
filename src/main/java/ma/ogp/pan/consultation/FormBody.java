package ma.ogp.pan.consultation;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import ma.ogp.pan.web.BytesInputStream;
import org.springframework.http.MediaType;

/**
 * A request whose body was read already (see {@link CommentSizeLimit}): its parameters are the query string's, then
 * those of the urlencoded form, decoded in the charset the request declares (UTF-8 when none).
 */
final class FormBody extends HttpServletRequestWrapper {

    private final byte[] body;
    private final Charset charset;
    private final Map<String, String[]> parameters;

    /** @throws IllegalArgumentException on a malformed percent escape */
    FormBody(HttpServletRequest request, byte[] body, Charset charset) {
        super(request);
        this.body = body;
        this.charset = charset;
        Map<String, List<String>> all = new LinkedHashMap<>();
        // the body is consumed: the container's parameters are the query string's alone
        request.getParameterMap().forEach((name, values) -> all.computeIfAbsent(name, n -> new ArrayList<>())
                .addAll(List.of(values)));
        if (isForm(request)) {
            for (String pair : new String(body, charset).split("&")) {
                if (!pair.isEmpty()) {
                    int equals = pair.indexOf('=');
                    String name = equals < 0 ? pair : pair.substring(0, equals);
                    String value = equals < 0 ? "" : pair.substring(equals + 1);
                    all.computeIfAbsent(URLDecoder.decode(name, charset), n -> new ArrayList<>())
                            .add(URLDecoder.decode(value, charset));
                }
            }
        }
        Map<String, String[]> frozen = new LinkedHashMap<>();
        all.forEach((name, values) -> frozen.put(name, values.toArray(String[]::new)));
        this.parameters = Collections.unmodifiableMap(frozen);
    }

    private static boolean isForm(HttpServletRequest request) {
        return request.getContentType() != null
                && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(request.getContentType()));
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters.get(name);
    }

    @Override
    public ServletInputStream getInputStream() {
        return new BytesInputStream(body);
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
    }
}
