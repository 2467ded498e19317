package ma.ogp.pan.process;

import static ma.ogp.pan.process.EngineOperations.CLAIM;
import static ma.ogp.pan.process.EngineOperations.CREDENTIALS;
import static ma.ogp.pan.process.EngineOperations.INTERNAL;
import static ma.ogp.pan.process.EngineOperations.ON_TASK;
import static ma.ogp.pan.process.EngineOperations.QUERY;
import static ma.ogp.pan.process.EngineOperations.SERVER_READS;
import static ma.ogp.pan.process.EngineOperations.START_FORM;
import static ma.ogp.pan.process.EngineOperations.TASK_FORM;
import static ma.ogp.pan.process.EngineOperations.match;

import java.io.IOException;
import java.util.Set;
import java.util.regex.Matcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one door between people and the engine: every call to the engine REST API, direct or from the webapps,
 * passes here once its caller is known. A person does her own steps with her form's fields only; what drives
 * the processes (messages, errors, variables, ids) stays the application's. Refusals are 4xx with a French message.
 */
public class EngineInputGuard extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> STEP_KEYS = Set.of("variables", "withVariablesInReturn");
    private static final Set<String> SERIALIZED_TYPES = Set.of("object", "file", "bytes");

    private final EngineCallers callers;
    private final EngineSteps steps;

    public EngineInputGuard(EngineCallers callers, EngineSteps steps) {
        this.callers = callers;
        this.steps = steps;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest http, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        EngineRequest request = new EngineRequest(http);
        try {
            EngineCaller caller = callers.of(request);
            if (caller == null) {
                if (request.viaRestApi()) {
                    refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Identification requise");
                    return;
                }
                chain.doFilter(request, response); // the webapps answer 401 themselves
                return;
            }
            check(request, caller);
            chain.doFilter(request, response);
        } catch (Refusal refusal) {
            refuse(response, refusal.status, refusal.getMessage());
        } catch (RefusedInput refused) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, refused.getMessage());
        }
    }

    private void check(EngineRequest request, EngineCaller caller) throws IOException {
        String operation = request.operation();
        if (READ_METHODS.contains(request.getMethod())) {
            if (!caller.admin() && match(SERVER_READS, operation) != null) {
                throw Refusal.forbidden("Lecture réservée à l'administration");
            }
            return;
        }
        if (match(QUERY, operation) != null && request.getMethod().equals("POST")) {
            return;
        }
        if (match(INTERNAL, operation) != null) {
            throw Refusal.forbidden("Les messages, erreurs et variables des processus viennent de l'application");
        }
        Matcher step = match(TASK_FORM, operation);
        if (step != null && request.getMethod().equals("POST")) {
            ObjectNode body = stepBody(request);
            body.set("variables", steps.checkTaskForm(step.group(1), body.get("variables")));
            request.replaceBody(body.toString());
            return;
        }
        Matcher onTask = match(ON_TASK, operation);
        if (onTask != null && !steps.taskExists(onTask.group(1))) {
            throw new Refusal(HttpServletResponse.SC_NOT_FOUND, "Tâche introuvable");
        }
        Matcher start = match(START_FORM, operation);
        if (start != null && request.getMethod().equals("POST")) {
            ObjectNode body = stepBody(request);
            body.set("variables", steps.checkStartForm(start.group(1), start.group(2), body.get("variables")));
            request.replaceBody(body.toString());
            return;
        }
        if (match(CLAIM, operation) != null && request.getMethod().equals("POST")) {
            JsonNode userId = json(request).path("userId");
            if (!caller.admin() && !userId.isMissingNode() && !userId.asText().equals(caller.userId())) {
                throw Refusal.forbidden("On ne prend une tâche que pour soi-même");
            }
            return;
        }
        Matcher credentials = match(CREDENTIALS, operation);
        if (credentials != null && request.getMethod().equals("PUT") && credentials.group(1).equals(caller.userId())) {
            return;
        }
        if (!caller.admin()) {
            throw Refusal.forbidden("Opération réservée à l'administration");
        }
        if (isJson(request)) {
            refuseSerializedValues(json(request));
        }
    }

    /** A step's body: JSON with its variables, nothing that would steer the engine (business key, skips). */
    private static ObjectNode stepBody(EngineRequest request) throws IOException {
        if (!isJson(request)) {
            throw new Refusal(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "Corps JSON (UTF-8) attendu");
        }
        JsonNode body = json(request);
        if (!body.isObject()) {
            throw new RefusedInput(null, "Corps JSON illisible");
        }
        body.fieldNames().forEachRemaining(key -> {
            if (!STEP_KEYS.contains(key)) {
                throw new RefusedInput(FormField.abbreviated(key), "Propriété refusée");
            }
        });
        return (ObjectNode) body;
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return false;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return media.isCompatibleWith(MediaType.APPLICATION_JSON)
                    && (media.getCharset() == null || media.getCharset().name().equals("UTF-8"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static JsonNode json(EngineRequest request) throws IOException {
        byte[] body = request.body();
        if (body == null) {
            throw new Refusal(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "Requête trop volumineuse : " + EngineRequest.MAX_BODY + " octets au plus");
        }
        if (body.length == 0) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new RefusedInput(null, "Corps JSON illisible");
        }
    }

    /** No Java object, file or bytes from outside, not even from an administrator: they run code when read back. */
    private static void refuseSerializedValues(JsonNode node) {
        if (node.isObject()) {
            JsonNode type = node.get("type");
            JsonNode info = node.get("valueInfo");
            if ((type != null && type.isTextual() && SERIALIZED_TYPES.contains(type.textValue().toLowerCase()))
                    || (info != null && (info.has("objectTypeName") || info.has("serializationDataFormat")))) {
                throw new RefusedInput(null, "Type de valeur refusé");
            }
        }
        node.elements().forEachRemaining(EngineInputGuard::refuseSerializedValues);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        ObjectNode body = JSON.createObjectNode().put("type", "Refus").put("message", message);
        response.getWriter().write(body.toString());
    }

    /** A refusal with its status (403, 413, 415). */
    static final class Refusal extends RuntimeException {
        private final int status;

        Refusal(int status, String message) {
            super(message);
            this.status = status;
        }

        static Refusal forbidden(String message) {
            return new Refusal(HttpServletResponse.SC_FORBIDDEN, message);
        }
    }
}
