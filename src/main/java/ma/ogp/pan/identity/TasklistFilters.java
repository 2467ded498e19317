package ma.ogp.pan.identity;

import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, owned by the administrator and readable by every work group. Each sorts its tasks by
 * name, which starts with the commitment's reference: the engine puts a filter's own order before the one Tasklist
 * sends (always, by default "created, descending"), so PAN3-01 comes before PAN3-02 whatever Tasklist asks.
 */
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
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByTaskName().asc());
        String myGroups = ensure(MY_GROUPS_TASKS, 0, "Les tâches de mes groupes, à prendre ou que j'ai prises",
                myGroupsQuery());
        String overdue = ensure(OVERDUE, 10, "Mes tâches et celles de mes groupes dont l'échéance est passée",
                overdueQuery());
        for (String group : workGroups) {
            for (String filterId : new String[] {myTasks, myGroups, overdue}) {
                grants.grant(group, Resources.FILTER, filterId, Permissions.READ);
            }
        }
    }

    /**
     * A group's tasks nobody has taken, and those the person took: a task she claims (or that Tasklist claims for
     * her, scripts/taches.js) stays where she found it.
     */
    private TaskQuery myGroupsQuery() {
        TaskQuery query = taskService.createTaskQuery();
        query.or()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .taskAssigneeExpression("${currentUser()}")
                .endOr();
        return query.orderByTaskName().asc();
    }

    private TaskQuery overdueQuery() {
        TaskQuery query = taskService.createTaskQuery().dueBeforeExpression("${now()}");
        query.or()
                .taskAssigneeExpression("${currentUser()}")
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .endOr();
        return query.orderByTaskName().asc();
    }

    /** Creates the filter, or gives an existing one the application's current query (an older one had no order). */
    private String ensure(String name, int priority, String description, TaskQuery query) {
        Filter existing = filterService.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            return filterService.saveFilter(existing.setQuery(query)).getId();
        }
        Filter filter = filterService.newTaskFilter(name)
                .setOwner(admin.user())
                .setQuery(query)
                .setProperties(Map.of("description", description, "priority", priority, "refresh", true));
        return filterService.saveFilter(filter).getId();
    }
}
