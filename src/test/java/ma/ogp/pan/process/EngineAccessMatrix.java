package ma.ogp.pan.process;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.provider.Arguments;

/**
 * Role × engine REST operation: what each person gets. Targets that do not exist keep the administrator's
 * allowed writes harmless; {@code {self}} is the caller's own login.
 */
final class EngineAccessMatrix {

    /** The expected answer: 2xx, a refusal, or through the guard to the engine (any answer but 401/403/5xx). */
    enum Expect { OK, UNAUTHORIZED, FORBIDDEN, BAD_REQUEST, NOT_FOUND, PASSES }

    record Role(String name, String login, String password) {
    }

    record Operation(String method, String path, String body, Expect member, Expect admin) {
    }

    static final List<Role> ROLES = List.of(
            new Role("anonyme", null, null),
            new Role("société civile", "ssallahi", "demo"),
            new Role("point focal MSISF", "aameziane", "demo"),
            new Role("point focal Justice", "mjerdani", "demo"),
            new Role("Unité de soutien", "ogp.support", "demo"),
            new Role("secrétariat", "oelmoustamide", "demo"),
            new Role("administrateur", "admin", "admin"));

    private static final Expect OK = Expect.OK;
    private static final Expect NO = Expect.FORBIDDEN;
    private static final Expect PASSES = Expect.PASSES;
    private static final Expect NOT_FOUND = Expect.NOT_FOUND;
    /** Not tried as the administrator: it would rename or delete the account the other cases use. */
    private static final Expect NOT_TRIED = null;
    private static final String OBJECT = """
            {"value":"{}","type":"Object","valueInfo":{"objectTypeName":"java.io.File","serializationDataFormat":"application/json"}}""";

    static final List<Operation> OPERATIONS = List.of(
            // reads: the engine's authorizations decide what each one sees
            new Operation("GET", "task", null, OK, OK),
            new Operation("GET", "task/count", null, OK, OK),
            new Operation("GET", "filter", null, OK, OK),
            new Operation("GET", "process-definition", null, OK, OK),
            new Operation("GET", "process-instance/count", null, OK, OK),
            new Operation("GET", "history/process-instance/count", null, OK, OK),
            new Operation("GET", "history/task/count", null, OK, OK),
            new Operation("GET", "incident/count", null, OK, OK),
            new Operation("GET", "user/{self}/profile", null, OK, OK),
            new Operation("GET", "identity/groups?userId={self}", null, OK, OK),
            // the list of engines: Camunda's authentication skips it, so it is refused rather than left open
            new Operation("GET", "engine", null, Expect.UNAUTHORIZED, Expect.UNAUTHORIZED),
            new Operation("GET", "engine/default/task/count", null, OK, OK),
            // queries sent as POST
            new Operation("POST", "task", "{}", OK, OK),
            new Operation("POST", "task/count", "{}", OK, OK),
            new Operation("POST", "process-instance", "{}", OK, OK),
            new Operation("POST", "history/process-instance", "{}", OK, OK),
            new Operation("POST", "variable-instance/count", "{}", OK, OK),
            new Operation("POST", "engine/default/task/count", "{}", OK, OK),
            // what the server says about itself
            new Operation("GET", "metrics/activity-instance-start/sum", null, NO, OK),
            new Operation("GET", "history/cleanup/configuration", null, NO, OK),
            new Operation("GET", "version", null, NO, OK),
            new Operation("GET", "schema/log", null, NO, OK),
            new Operation("GET", "batch", null, NO, OK),
            new Operation("GET", "engine/default/metrics/activity-instance-start/sum", null, NO, OK),
            // the processes' own messages, errors and variables: nobody
            new Operation("POST", "message", "{\"messageName\":\"PlanAdopted\",\"all\":true}", NO, NO),
            new Operation("POST", "message", "{\"messageName\":\"ReviewWindowClosed\"}", NO, NO),
            new Operation("POST", "signal", "{\"name\":\"x\"}", NO, NO),
            new Operation("POST", "condition", "{}", NO, NO),
            new Operation("POST", "task/nope/bpmnError", "{\"errorCode\":\"x\"}", NO, NO),
            new Operation("POST", "task/nope/bpmnEscalation", "{\"escalationCode\":\"x\"}", NO, NO),
            new Operation("PUT", "process-instance/nope/variables/planId", "{\"value\":999}", NO, NO),
            new Operation("PUT", "process-instance/nope/variables/x", OBJECT, NO, NO),
            new Operation("POST", "process-instance/nope/variables", "{\"modifications\":{}}", NO, NO),
            new Operation("DELETE", "process-instance/nope/variables/reviewers", null, NO, NO),
            new Operation("PUT", "task/nope/variables/reviewer", "{\"value\":\"x\"}", NO, NO),
            new Operation("POST", "task/nope/localVariables", "{\"modifications\":{}}", NO, NO),
            new Operation("PUT", "execution/nope/localVariables/focalPointsGroup", "{\"value\":\"x\"}", NO, NO),
            new Operation("POST", "execution/nope/signal", "{}", NO, NO),
            new Operation("POST", "execution/nope/messageSubscriptions/PlanAdopted/trigger", "{}", NO, NO),
            new Operation("POST", "process-instance/variables-async", "{}", NO, NO),
            new Operation("POST", "engine/default/message", "{\"messageName\":\"PlanAdopted\"}", NO, NO),
            // processes that the application starts, never a person
            new Operation("POST", "process-definition/key/action-plan-cocreation/start", "{}", NO, NO),
            new Operation("POST", "process-definition/key/deadline-window/submit-form", "{}", NO, NO),
            new Operation("POST", "process-definition/key/deadline-notices/start", "{}", NO, NO),
            // a person's own steps (the targets do not exist: the engine answers)
            new Operation("POST", "task/nope/claim", "{\"userId\":\"{self}\"}", NOT_FOUND, NOT_FOUND),
            new Operation("POST", "task/nope/unclaim", null, NOT_FOUND, NOT_FOUND),
            new Operation("POST", "task/nope/complete", "{\"variables\":{}}", NOT_FOUND, NOT_FOUND),
            new Operation("POST", "task/nope/submit-form", "{\"variables\":{}}", NOT_FOUND, NOT_FOUND),
            new Operation("POST", "process-definition/key/nope/start", "{}", PASSES, PASSES),
            new Operation("POST", "task/nope/claim", "{\"userId\":\"hbennani\"}", NOT_FOUND, NOT_FOUND),
            new Operation("POST", "process-definition/key/commitment-lifecycle/submit-form",
                    "{\"variables\":{\"commitmentId\":{\"value\":1}}}", Expect.BAD_REQUEST, Expect.BAD_REQUEST),
            new Operation("POST", "process-definition/key/commitment-lifecycle/start",
                    "{\"businessKey\":\"PAN3-10\",\"variables\":{}}", Expect.BAD_REQUEST, Expect.BAD_REQUEST),
            // accounts, rights and operations: administrators only
            new Operation("PUT", "user/{self}/profile", "{\"id\":\"{self}\",\"firstName\":\"X\"}", NO, NOT_TRIED),
            new Operation("DELETE", "user/{self}", null, NO, NOT_TRIED),
            new Operation("PUT", "user/nobody-here/profile", "{\"id\":\"nobody-here\"}", NO, PASSES),
            new Operation("DELETE", "user/nobody-here", null, NO, PASSES),
            new Operation("DELETE", "group/nobody-here", null, NO, PASSES),
            new Operation("PUT", "user/nobody-here/credentials", "{\"password\":\"x\",\"authenticatedUserPassword\":\"admin\"}", NO, PASSES),
            new Operation("DELETE", "process-instance/nope", null, NO, PASSES),
            new Operation("PUT", "process-instance/nope/suspended", "{\"suspended\":true}", NO, PASSES),
            new Operation("POST", "task/nope/assignee", "{\"userId\":\"x\"}", NOT_FOUND, NOT_FOUND),
            new Operation("POST", "task/nope/delegate", "{\"userId\":\"x\"}", NOT_FOUND, NOT_FOUND),
            new Operation("POST", "task/nope/comment/create", "{\"message\":\"x\"}", NOT_FOUND, NOT_FOUND),
            new Operation("DELETE", "history/process-instance/nope", null, NO, PASSES),
            new Operation("POST", "external-task/fetchAndLock", "{\"workerId\":\"w\",\"maxTasks\":1,\"topics\":[]}", NO, PASSES),
            new Operation("POST", "history/cleanup", null, NO, PASSES),
            new Operation("POST", "task/nope/resolve", "{\"variables\":{}}", NOT_FOUND, NOT_FOUND));

    private EngineAccessMatrix() {
    }

    static List<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (Operation operation : OPERATIONS) {
            for (Role role : ROLES) {
                Expect expected = role.login() == null ? Expect.UNAUTHORIZED
                        : role.login().equals("admin") ? operation.admin() : operation.member();
                if (expected != null) {
                        cases.add(Arguments.of(role.name(), operation.method() + " " + operation.path(), role, operation,
                            expected));
                }
            }
        }
        return cases;
    }
}
