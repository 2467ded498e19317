package ma.ogp.pan.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import ma.ogp.pan.committee.PlanRole;
import ma.ogp.pan.support.OnEmbeddedPostgres;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tasklist's own queries through /engine-rest, as a committee member, with COMMITMENTS commitments in review on
 * PostgreSQL: the task count and first page of 15 by assignee, and the count and first page of each of her filters.
 * One real lifecycle waits at its reviews (one task per member of the PAN3 committee); its runtime rows (executions,
 * tasks, identity links, task authorizations) are then copied until there are COMMITMENTS of them. Its variables are
 * not: no query measured reads them, and copying its hundreds of rows 5,000 times takes longer than the rest.
 * Run by src/test/bench/tasklist-at-scale.sh; prints p50/p95 per query at 1,000 and at COMMITMENTS commitments.
 */
@OnEmbeddedPostgres
@TestPropertySource(properties = "camunda.bpm.generate-unique-process-engine-name=false") // /engine-rest's default
class TasklistAtScaleBench extends ReviewProcessTest {

    private static final int RUNS = Integer.getInteger("bench.runs", 20);
    private static final int COMMITMENTS = Integer.getInteger("bench.commitments", 5000);
    private static final String MEMBER = "hbennani";
    /** The columns that hold the id of a copied row; every other column is copied as it is. */
    private static final Set<String> IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "parent_id_",
            "execution_id_", "task_id_", "parent_task_id_", "var_scope_", "business_key_");

    @TestConfiguration
    static class Capturing {
        @Bean
        static BeanPostProcessor capturingDataSource() {
            return SlowestTaskQuery.wrapper();
        }
    }

    @Autowired JdbcClient jdbc;
    @Autowired FilterService filters;
    @LocalServerPort int port;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void tasklistQueriesAsACommitteeMember() throws Exception {
        committee.findLogins(plans.findByCode("PAN3").orElseThrow().id(), PlanRole.COMMITTEE_GOVERNMENT,
                PlanRole.COMMITTEE_CIVIL_SOCIETY).stream()
                .filter(login -> !LifecycleFixture.CIVIL_SOCIETY_MEMBERS.contains(login)
                        && !login.equals(LifecycleFixture.GOVERNMENT_MEMBER))
                .forEach(login -> fixture.assign(login, PlanRole.COMMITTEE_GOVERNMENT));
        ProcessInstance instance = lifecycle.start(fixture.commitment(1, "Engagement du banc d'essai"));
        int reviewers = (int) tasks.createTaskQuery().processInstanceId(instance.getId()).count();

        StringBuilder out = new StringBuilder("\n=== Tasklist at scale (PostgreSQL, /engine-rest as " + MEMBER
                + ", " + reviewers + " review tasks per commitment) ===\n");
        int done = 1;
        for (int target : IntStream.of(Math.min(1000, COMMITMENTS), COMMITMENTS).distinct().toArray()) {
            copy(instance.getId(), done + 1, target);
            done = target;
            jdbc.sql("ANALYZE").update();
            String figures = measure(target);
            System.out.println(figures); // as soon as measured: the larger size takes long
            out.append(figures);
        }
        out.append("slowest task query, explained:\n").append(SlowestTaskQuery.INSTANCE.explain(jdbc));
        System.out.println(out);
    }

    private String measure(int commitments) throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("task/count?assignee", "GET /task/count?assignee=" + MEMBER);
        queries.put("task?assignee (15)", "GET /task?assignee=" + MEMBER + "&firstResult=0&maxResults=15&sortBy=created&sortOrder=desc");
        queries.put("task/count (all visible)", "GET /task/count");
        for (Filter filter : filters.createFilterQuery().list()) {
            queries.put("filter " + filter.getName() + " count", "GET /filter/" + filter.getId() + "/count");
            queries.put("filter " + filter.getName() + " list (15)", "POST /filter/" + filter.getId()
                    + "/list?firstResult=0&maxResults=15");
        }
        StringBuilder out = new StringBuilder("%d commitments, %d tasks, %d task authorizations%n".formatted(commitments,
                jdbc.sql("SELECT COUNT(*) FROM act_ru_task").query(Long.class).single(),
                jdbc.sql("SELECT COUNT(*) FROM act_ru_authorization WHERE resource_type_ = 7").query(Long.class).single()));
        out.append("  %-52s %8s %8s %s%n".formatted("query", "p50 ms", "p95 ms", "answer"));
        for (var query : queries.entrySet()) {
            String[] call = query.getValue().split(" ", 2);
            String answer = call(call[0], call[1]);
            for (int i = 0; i < 3; i++) {
                call(call[0], call[1]);
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                call(call[0], call[1]);
                times.add((System.nanoTime() - start) / 1e6);
            }
            times.sort(null);
            out.append("  %-52s %8.1f %8.1f %s%n".formatted(query.getKey(), times.get(times.size() / 2),
                    times.get((int) Math.ceil(times.size() * 0.95) - 1), summary(answer)));
        }
        return out.toString();
    }

    private String call(String method, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest" + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((MEMBER + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json");
        request = method.equals("POST") ? request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")) : request.GET();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static String summary(String answer) {
        return answer.startsWith("{") ? answer : answer.startsWith("[") ? (answer.split("\"id\"").length - 1) + " rows" : "";
    }

    /** Copies the instance's runtime rows as copies number {@code from} to {@code to}, ids suffixed with the number. */
    private void copy(String instanceId, int from, int to) {
        String tasksOf = "(SELECT id_ FROM act_ru_task WHERE proc_inst_id_ = :pi)";
        copy("act_ru_execution", "proc_inst_id_ = :pi", instanceId, from, to, Set.of());
        copy("act_ru_task", "proc_inst_id_ = :pi", instanceId, from, to, Set.of());
        copy("act_ru_identitylink", "task_id_ IN " + tasksOf, instanceId, from, to, Set.of());
        copy("act_ru_authorization", "resource_type_ = 7 AND resource_id_ IN " + tasksOf, instanceId, from, to,
                Set.of("resource_id_"));
    }

    private void copy(String table, String where, String instanceId, int from, int to, Set<String> moreIds) {
        List<String> columns = jdbc.sql("SELECT column_name FROM information_schema.columns WHERE table_name = ?"
                + " ORDER BY ordinal_position").param(table).query(String.class).list();
        String values = columns.stream().map(c -> IDS.contains(c) || moreIds.contains(c) ? c + " || '-' || g" : c)
                .collect(Collectors.joining(", "));
        jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + values + " FROM " + table
                + " CROSS JOIN generate_series(:from, :to) g WHERE " + where)
                .param("pi", instanceId).param("from", from).param("to", to).update();
    }
}
