package ma.ogp.pan.review;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The slowest query on ACT_RU_TASK seen so far, with its parameters, to show PostgreSQL's plan for it. */
final class SlowestTaskQuery implements QueryExecutionListener {

    static final SlowestTaskQuery INSTANCE = new SlowestTaskQuery();

    private long slowest = -1;
    private String sql;
    private List<Object> parameters;

    static BeanPostProcessor wrapper() {
        return SqlStatements.wrapping(INSTANCE);
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public synchronized void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        if (queries.size() != 1 || execution.getElapsedTime() <= slowest
                || !queries.get(0).getQuery().toUpperCase().contains("ACT_RU_TASK RES")) {
            return;
        }
        slowest = execution.getElapsedTime();
        sql = queries.get(0).getQuery();
        List<List<ParameterSetOperation>> sets = queries.get(0).getParametersList();
        parameters = sets.isEmpty() ? List.of() : sets.get(0).stream()
                .sorted(Comparator.comparingInt(op -> (Integer) op.getArgs()[0]))
                .map(op -> op.getArgs().length > 1 ? op.getArgs()[1] : null).collect(Collectors.toList());
    }

    synchronized String explain(JdbcClient jdbc) {
        if (sql == null) {
            return "(none)\n";
        }
        StringBuilder inlined = new StringBuilder();
        int next = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?' && next < parameters.size()) {
                Object value = parameters.get(next++);
                inlined.append(value == null ? "NULL" : value instanceof Number ? value.toString()
                        : "'" + value.toString().replace("'", "''") + "'");
            } else {
                inlined.append(c);
            }
        }
        String query = inlined.toString().replaceAll("\\s+", " ");
        return slowest + " ms: " + query + "\n" + String.join("\n", jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + query)
                .query(String.class).list()) + "\n";
    }
}
