package ma.ogp.pan.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import ma.ogp.pan.support.PanIntegrationTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared filters list a group's tasks by commitment reference, whatever order Tasklist asks for; a task one took
 * stays in her groups' tasks.
 */
@PanIntegrationTest
class TasklistFiltersTest {

    private static final List<String> NAMES = List.of("PAN3-03 · Consolider", "PAN3-01 · Consolider",
            "PAN3-02 · Consolider");

    @Autowired TaskService tasks;
    @Autowired FilterService filters;
    @Autowired IdentityService identity;

    @AfterEach
    void removeTasks() {
        tasks.createTaskQuery().taskNameLike("PAN3-0_ · Consolider").list()
                .forEach(task -> tasks.deleteTask(task.getId(), true));
    }

    @Test
    void aGroupsTasksComeByReferenceEvenWhenTasklistSortsByCreationDate() throws InterruptedException {
        for (String name : NAMES) {
            Task task = tasks.newTask();
            task.setName(name);
            tasks.saveTask(task);
            tasks.addCandidateGroup(task.getId(), CamundaGroups.SECRETARIAT);
            Thread.sleep(5); // distinct creation times, the latest being PAN3-02
        }
        String filterId = filters.createFilterQuery().filterName(TasklistFilters.MY_GROUPS_TASKS).singleResult().getId();

        // what Tasklist 7.24 asks by default (filter/{id}/list with sorting "created, descending"), as a secretary
        identity.setAuthentication("oelmoustamide", List.of(CamundaGroups.SECRETARIAT));
        List<String> listed;
        try {
            listed = filters.<Task, TaskQuery>list(filterId, tasks.createTaskQuery().orderByTaskCreateTime().desc()).stream()
                    .map(Task::getName).filter(NAMES::contains).toList();
        } finally {
            identity.clearAuthentication();
        }
        assertThat(listed).containsExactly("PAN3-01 · Consolider", "PAN3-02 · Consolider", "PAN3-03 · Consolider");
    }

    @Test
    void aTaskOneTookStaysInHerGroupsTasksAndLeavesHerColleagues() {
        Task task = tasks.newTask();
        task.setName("PAN3-01 · Consolider");
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), CamundaGroups.SECRETARIAT);
        tasks.claim(task.getId(), "oelmoustamide");

        assertThat(groupsTasks("oelmoustamide")).containsExactly("PAN3-01 · Consolider");
        assertThat(groupsTasks("msbaiti")).as("taken by a colleague").isEmpty();
    }

    private List<String> groupsTasks(String login) {
        String filterId = filters.createFilterQuery().filterName(TasklistFilters.MY_GROUPS_TASKS).singleResult().getId();
        identity.setAuthentication(login, List.of(CamundaGroups.SECRETARIAT));
        try {
            return filters.<Task>list(filterId).stream().map(Task::getName).filter(NAMES::contains).toList();
        } finally {
            identity.clearAuthentication();
        }
    }
}
