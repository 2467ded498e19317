package ma.ogp.pan.review;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Every SQL statement sent through the application's data source while counting is on: by kind and table, and the
 * round trips (a JDBC batch of n statements is n statements in one round trip).
 */
final class SqlStatements implements QueryExecutionListener {

    private static final Pattern KIND = Pattern.compile("^\\W*(select|insert|update|delete|merge|call)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TABLE = Pattern.compile(
            "(?:insert\\s+into|update|delete\\s+from|merge\\s+into|from)\\s+\\(?\\s*([A-Za-z_][A-Za-z0-9_.]*)",
            Pattern.CASE_INSENSITIVE);

    static final SqlStatements INSTANCE = new SqlStatements();

    private volatile boolean counting;
    private final Map<String, Integer> byKindAndTable = new TreeMap<>();
    private int statements;
    private int roundTrips;

    /** Wraps every DataSource bean of the context in the counting proxy. */
    static BeanPostProcessor wrapper() {
        return wrapping(INSTANCE);
    }

    /** Wraps every DataSource bean of the context in a proxy that tells the listener each query. */
    static BeanPostProcessor wrapping(QueryExecutionListener listener) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? ProxyDataSourceBuilder.create(dataSource)
                        .name(beanName).listener(listener).build() : bean;
            }
        };
    }

    synchronized void start() {
        byKindAndTable.clear();
        statements = 0;
        roundTrips = 0;
        counting = true;
    }

    synchronized Count stop() {
        counting = false;
        return new Count(statements, roundTrips, new TreeMap<>(byKindAndTable));
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public synchronized void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        if (!counting) {
            return;
        }
        roundTrips++;
        for (QueryInfo query : queries) {
            int times = execution.isBatch() ? Math.max(1, query.getParametersList().size()) : 1;
            statements += times;
            byKindAndTable.merge(kindAndTable(query.getQuery()), times, Integer::sum);
        }
    }

    static String kindAndTable(String sql) {
        Matcher kind = KIND.matcher(sql);
        Matcher table = TABLE.matcher(sql);
        return (kind.find() ? kind.group(1).toUpperCase() : "OTHER") + " "
                + (table.find() ? table.group(1).toUpperCase() : "-");
    }

    /** What one stretch of work sent. */
    record Count(int statements, int roundTrips, Map<String, Integer> byKindAndTable) {

        Count plus(Count other) {
            Map<String, Integer> sum = new TreeMap<>(byKindAndTable);
            other.byKindAndTable.forEach((k, v) -> sum.merge(k, v, Integer::sum));
            return new Count(statements + other.statements, roundTrips + other.roundTrips, sum);
        }
    }
}
