package ma.ogp.pan.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.OffsetDateTime;

import ma.ogp.pan.support.PanIntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.assertj.core.groups.Tuple;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the database keeps and for how long: four years of plans must not grow it without bound. */
@PanIntegrationTest
class RetentionTest {

    @Autowired JdbcClient db;
    @Autowired Clock clock;
    @Autowired SentMailRetention retention;
    @Autowired HistoryService history;
    @Autowired RepositoryService repository;
    @Autowired ProcessEngineConfigurationImpl engine;

    @Test
    void theLedgerForgetsWhoReceivedAMailAfterTheRetentionPeriodButKeepsItsKey() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String old = "TEST-RETENTION-OLD:" + System.nanoTime();
        String recent = "TEST-RETENTION-RECENT:" + System.nanoTime();
        String unsent = "TEST-RETENTION-UNSENT:" + System.nanoTime();
        insert(old, now.minusDays(181), now.minusDays(181));
        insert(recent, now.minusDays(179), now.minusDays(179));
        insert(unsent, now.minusDays(400), null);

        assertThat(retention.forgetRecipients()).isPositive();

        assertThat(recipients(old)).isEmpty();
        assertThat(recipients(recent)).isEqualTo("citoyenne@example.org");
        assertThat(recipients(unsent)).as("a mail not sent yet still needs its recipients").isNotEmpty();
    }

    @Test
    void historyIsCleanedUpEachNightAfterEachProcesssTimeToLive() {
        assertThat(engine.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(engine.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(history.findHistoryCleanupJobs()).as("scheduled at start-up for the next night").isNotEmpty();
        assertThat(repository.createProcessDefinitionQuery().latestVersion().list())
                .extracting(ProcessDefinition::getKey, ProcessDefinition::getHistoryTimeToLive)
                .contains(Tuple.tuple("deadline-notices", 365),
                        Tuple.tuple("commitment-lifecycle", 3650))
                .allSatisfy(keyAndTtl -> assertThat(keyAndTtl.toList().get(1)).isNotNull());
    }

    private void insert(String key, OffsetDateTime recordedAt, OffsetDateTime sentAt) {
        db.sql("INSERT INTO pan_sent_mail (mail_key, recipients, subject, recorded_at, sent_at) VALUES (?, ?, ?, ?, ?)")
                .params(key, "citoyenne@example.org", "Votre commentaire", recordedAt, sentAt).update();
    }

    private String recipients(String key) {
        return db.sql("SELECT recipients FROM pan_sent_mail WHERE mail_key = ?").param(key).query(String.class)
                .single();
    }
}
