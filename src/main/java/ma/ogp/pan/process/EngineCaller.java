package ma.ogp.pan.process;

import java.util.Collection;

import org.camunda.bpm.engine.authorization.Groups;

/** The signed-in person behind an engine call, as the server knows her. */
record EngineCaller(String userId, Collection<String> groupIds) {

    boolean admin() {
        return groupIds != null && groupIds.contains(Groups.CAMUNDA_ADMIN);
    }
}
