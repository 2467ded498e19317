package ma.ogp.pan.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The ids a process runs on, set by the application when it starts the instance and never by a person (the
 * {@link EngineInputGuard} refuses them): one reader for each, for delegates and task listeners alike.
 */
public final class ProcessVariables {

    private ProcessVariables() {
    }

    public static long planId(VariableScope scope) {
        return id(scope, "planId");
    }

    public static long commitmentId(VariableScope scope) {
        return id(scope, "commitmentId");
    }

    private static long id(VariableScope scope, String name) {
        return ((Number) scope.getVariable(name)).longValue();
    }
}
