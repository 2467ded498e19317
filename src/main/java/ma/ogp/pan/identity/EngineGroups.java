package ma.ogp.pan.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way Camunda's groups follow the application's tables: a work group per plan role and per institution's
 * focal points, with what each may do, and each person's memberships from her roles in every plan while she is
 * active (none once deactivated). The roles of a plan stay in {@code pan_plan_role}: who reviews or assesses in a
 * plan is read there per plan; a group is the door to Tasklist and to the tasks of a group.
 */
@Service
@Transactional
public class EngineGroups {

    private final IdentityService identity;
    private final CommitteeRepository committee;
    private final Grants grants;
    private final TasklistFilters filters;

    EngineGroups(IdentityService identity, CommitteeRepository committee, Grants grants, TasklistFilters filters) {
        this.identity = identity;
        this.committee = committee;
        this.grants = grants;
        this.filters = filters;
    }

    /** Every group, right and filter, then every person's memberships; returns the number of work groups. */
    public int ensureAll() {
        Map<String, String> workGroups = new LinkedHashMap<>();
        workGroups.put(CamundaGroups.SECRETARIAT, "Secrétariat du PAN");
        workGroups.put(CamundaGroups.COMMITTEE_GOVERNMENT, "Comité de pilotage – administration");
        workGroups.put(CamundaGroups.COMMITTEE_CIVIL_SOCIETY, "Comité de pilotage – société civile");
        workGroups.put(CamundaGroups.OGP_SUPPORT_UNIT, "Unité de soutien de l'OGP");
        committee.findAllInstitutions().forEach(i -> workGroups.put(CamundaGroups.focalPoints(i.code()), focalPointsName(i)));
        workGroups.forEach(this::ensureGroup);
        workGroups.keySet().forEach(this::grantWorkGroup);
        grantRoleGroups();
        filters.ensure(workGroups.keySet());
        Map<String, Set<String>> wanted = committee.findRoleAssignments().stream().collect(Collectors.groupingBy(
                PlanRoleAssignment::login, Collectors.mapping(EngineGroups::groupOf, Collectors.toSet())));
        committee.findAllLogins().forEach(login -> follow(login, wanted.getOrDefault(login, Set.of())));
        return workGroups.size();
    }

    /** The focal points' group of a new or renamed institution, with its rights. */
    public void ensureInstitution(Institution institution) {
        String id = CamundaGroups.focalPoints(institution.code());
        ensureGroup(id, focalPointsName(institution));
        grantWorkGroup(id);
        filters.ensure(List.of(id));
    }

    /** Makes one person's memberships those of her roles (none when she is deactivated or has no account). */
    public void sync(String login) {
        if (identity.createUserQuery().userId(login).count() > 0) {
            follow(login, committee.findRoleAssignments(login).stream().map(EngineGroups::groupOf)
                    .collect(Collectors.toSet()));
        }
    }

    /** Adds the missing work groups and leaves the others; groups that are not work groups (admins) are kept. */
    private void follow(String login, Set<String> wanted) {
        if (identity.createUserQuery().userId(login).count() == 0) {
            return;
        }
        Set<String> current = new HashSet<>();
        for (Group group : identity.createGroupQuery().groupMember(login).list()) {
            if (isWorkGroup(group.getId())) {
                current.add(group.getId());
            }
        }
        wanted.stream().filter(g -> !current.contains(g)).forEach(g -> identity.createMembership(login, g));
        current.stream().filter(g -> !wanted.contains(g)).forEach(g -> identity.deleteMembership(login, g));
    }

    private static String groupOf(PlanRoleAssignment assignment) {
        return CamundaGroups.of(assignment.role(), assignment.institutionCode());
    }

    private static boolean isWorkGroup(String id) {
        return CamundaGroups.isFocalPoints(id) || List.of(CamundaGroups.SECRETARIAT, CamundaGroups.COMMITTEE_GOVERNMENT,
                CamundaGroups.COMMITTEE_CIVIL_SOCIETY, CamundaGroups.OGP_SUPPORT_UNIT).contains(id);
    }

    private static String focalPointsName(Institution institution) {
        return "Points focaux – " + institution.shortName();
    }

    private void ensureGroup(String id, String name) {
        Group group = identity.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identity.newGroup(id);
            group.setType("WORKFLOW");
        } else if (name.equals(group.getName())) {
            return;
        }
        group.setName(name);
        identity.saveGroup(group);
    }

    /** Every work group uses Tasklist; focal points also start the lifecycle: submitting a fiche from Tasklist. */
    private void grantWorkGroup(String group) {
        grants.grant(group, APPLICATION, "tasklist", ACCESS);
        grants.grant(group, APPLICATION, "welcome", ACCESS);
        if (CamundaGroups.isFocalPoints(group)) {
            grants.grant(group, PROCESS_DEFINITION, Processes.COMMITMENT_LIFECYCLE, ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.CREATE_INSTANCE);
            grants.grant(group, PROCESS_INSTANCE, Authorization.ANY, ProcessInstancePermissions.CREATE);
        }
    }

    private void grantRoleGroups() {
        for (Resources resource : Resources.values()) {
            grants.grant(CamundaGroups.ADMINS, resource, Authorization.ANY, ALL);
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
        // its members see that they are in it: Tasklist (scripts/taches.js) then opens its own tasks claimed for them
        grants.grant(secretariat, Resources.GROUP, secretariat, READ);
        // the others read only the processes they take part in; their tasks come with the task's own grant
        for (String group : List.of(CamundaGroups.COMMITTEE_GOVERNMENT, CamundaGroups.COMMITTEE_CIVIL_SOCIETY)) {
            grants.grant(group, PROCESS_DEFINITION, Processes.COMMITMENT_LIFECYCLE, ProcessDefinitionPermissions.READ);
        }
        grants.grant(CamundaGroups.OGP_SUPPORT_UNIT, PROCESS_DEFINITION, Processes.ACTION_PLAN_COCREATION, ProcessDefinitionPermissions.READ);
        // no FILTER grant to anyone: filters hold expressions the engine evaluates, so only admins create them
    }
}
