package ma.ogp.pan.ranking;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param assessmentDuration     how long the members have to assess, when the plan has no ASSESSMENT deadline yet
 * @param supportUnitWorkingDays how many working days the OGP Support Unit has to answer before the process goes on
 */
@ConfigurationProperties("pan.ranking")
public record RankingProperties(@DefaultValue("P7D") Duration assessmentDuration,
                                @DefaultValue("10") int supportUnitWorkingDays) {
}
