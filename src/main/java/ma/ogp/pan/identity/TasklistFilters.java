package ma.ogp.pan.identity;

import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/** The shared Tasklist filters, owned by the administrator and readable by every work group. */
@Component
class TasklistFilters {

    static final String MY_TASKS = "Mes tâches";
    static final String MY_GROUPS_TASKS = "Tâches de mes groupes";
    static final String OVERDUE = "En retard";

    private final FilterService filterService;
    private final TaskService taskService;
    private final Grants grants;
    private final AdminProperties admin;

    TasklistFilters(FilterService filterService, TaskService taskService, Grants grants,
                    AdminProperties admin) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.grants = grants;
        this.admin = admin;
    }

    void ensure(Iterable<String> workGroups) {
        String myTasks = ensure(MY_TASKS, -10, "Les tâches qui me sont assignées",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        String myGroups = ensure(MY_GROUPS_TASKS, 0, "Les tâches non assignées de mes groupes, à réclamer",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
        String overdue = ensure(OVERDUE, 10, "Mes tâches et celles de mes groupes dont l'échéance est passée",
                overdueQuery());
        for (String group : workGroups) {
            for (String filterId : new String[] {myTasks, myGroups, overdue}) {
                grants.grant(group, Resources.FILTER, filterId, Permissions.READ);
            }
        }
    }

    private TaskQuery overdueQuery() {
        TaskQuery query = taskService.createTaskQuery().dueBeforeExpression("${now()}");
        query.or()
                .taskAssigneeExpression("${currentUser()}")
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .endOr();
        return query;
    }

    private String ensure(String name, int priority, String description, TaskQuery query) {
        Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            return existing.getId();
        }
        Filter filter = filterService.newTaskFilter(name)
                .setOwner(admin.user())
                .setQuery(query)
                .setProperties(Map.of("description", description, "priority", priority, "refresh", true));
        return filterService.saveFilter(filter).getId();
    }
}
