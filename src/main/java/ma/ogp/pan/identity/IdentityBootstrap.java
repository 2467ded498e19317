package ma.ogp.pan.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.committee.Institution;
import ma.ogp.pan.committee.PlanRoleAssignment;
import ma.ogp.pan.process.Processes;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, when missing, the groups of the co-creation, the members' group memberships (from the plan roles in
 * the application's tables), what each group may do, and the Tasklist filters. Runs after the demo loader.
 */
@Component
@Order(2)
public class IdentityBootstrap implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final IdentityService identity;
    private final CommitteeRepository committee;
    private final Grants grants;
    private final TasklistFilters filters;

    IdentityBootstrap(IdentityService identity, CommitteeRepository committee, Grants grants, TasklistFilters filters) {
        this.identity = identity;
        this.committee = committee;
        this.grants = grants;
        this.filters = filters;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Map<String, String> workGroups = workGroups();
        workGroups.forEach(this::ensureGroup);
        syncMemberships();
        grantRights(workGroups.keySet());
        filters.ensure(workGroups.keySet());
        LOG.info("Identity ready: {} work groups", workGroups.size());
    }

    /** Group id to French name, for every group that works in Tasklist. */
    private Map<String, String> workGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put(CamundaGroups.SECRETARIAT, "Secrétariat du PAN");
        groups.put(CamundaGroups.COMMITTEE_GOVERNMENT, "Comité de pilotage – administration");
        groups.put(CamundaGroups.COMMITTEE_CIVIL_SOCIETY, "Comité de pilotage – société civile");
        groups.put(CamundaGroups.OGP_SUPPORT_UNIT, "Unité de soutien de l'OGP");
        for (Institution institution : committee.findAllInstitutions()) {
            groups.put(CamundaGroups.focalPoints(institution.code()), "Points focaux – " + institution.shortName());
        }
        return groups;
    }

    private void ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private void syncMemberships() {
        for (PlanRoleAssignment assignment : committee.findRoleAssignments()) {
            String groupId = CamundaGroups.of(assignment.role(), assignment.institutionCode());
            boolean hasUser = identity.createUserQuery().userId(assignment.login()).count() > 0;
            boolean isMember = identity.createUserQuery().userId(assignment.login()).memberOfGroup(groupId).count() > 0;
            if (hasUser && !isMember) {
                identity.createMembership(assignment.login(), groupId);
            }
        }
    }

    private void grantRights(Iterable<String> workGroups) {
        for (Resources resource : Resources.values()) {
            grants.grant(CamundaGroups.ADMINS, resource, Authorization.ANY, ALL);
        }
        List<String> focalPointGroups = new ArrayList<>();
        for (String group : workGroups) {
            grants.grant(group, APPLICATION, "tasklist", ACCESS);
            grants.grant(group, APPLICATION, "welcome", ACCESS);
            if (CamundaGroups.isFocalPoints(group)) {
                focalPointGroups.add(group);
            }
        }
        // the secretariat runs the processes and watches them in Cockpit
        String secretariat = CamundaGroups.SECRETARIAT;
        grants.grant(secretariat, APPLICATION, "cockpit", ACCESS);
        grants.grant(secretariat, PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.CREATE_INSTANCE,
                ProcessDefinitionPermissions.UPDATE_INSTANCE, ProcessDefinitionPermissions.RETRY_JOB);
        grants.grant(secretariat, PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.CREATE,
                ProcessInstancePermissions.READ, ProcessInstancePermissions.UPDATE, ProcessInstancePermissions.RETRY_JOB);
        grants.grant(secretariat, DEPLOYMENT, Authorization.ANY, READ);
        grants.grant(secretariat, DECISION_DEFINITION, Authorization.ANY, READ);
        // its members see that they are in it: Tasklist (scripts/taches.js) opens the secretariat's own tasks claimed
        grants.grant(secretariat, Resources.GROUP, secretariat, READ);
        // the others read only the processes they take part in; their tasks come with the task's own grant
        for (String group : List.of(CamundaGroups.COMMITTEE_GOVERNMENT, CamundaGroups.COMMITTEE_CIVIL_SOCIETY)) {
            grants.grant(group, PROCESS_DEFINITION, Processes.COMMITMENT_LIFECYCLE, ProcessDefinitionPermissions.READ);
        }
        // focal points also start the lifecycle: submitting a fiche from Tasklist
        for (String group : focalPointGroups) {
            grants.grant(group, PROCESS_DEFINITION, Processes.COMMITMENT_LIFECYCLE, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
            grants.grant(group, PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.CREATE);
        }
        grants.grant(CamundaGroups.OGP_SUPPORT_UNIT, PROCESS_DEFINITION, Processes.ACTION_PLAN_COCREATION, ProcessDefinitionPermissions.READ);
        // no FILTER grant to anyone: filters hold expressions the engine evaluates, so only admins create them
    }
}
