package ma.ogp.pan.cluster;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param nodes how many application nodes share the database (default 1); above 1 the demo clock stays where it is
 */
@ConfigurationProperties("pan.cluster")
public record ClusterProperties(@DefaultValue("1") int nodes) {

    public boolean isSingleNode() {
        return nodes <= 1;
    }
}
