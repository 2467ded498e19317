package ma.ogp.pan.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.committee.CommitteeRepository;
import ma.ogp.pan.plan.ActionPlan;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.support.MutableClock;
import ma.ogp.pan.support.PanIntegrationTest;
import ma.ogp.pan.support.Visitor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Too many comments from one client address within the window get a clear 429 page; the window slides; the count
 * lives in the database and the address is the one the trusted proxy forwarded. On H2 (and PostgreSQL, subclass).
 */
@PanIntegrationTest
@TestPropertySource(properties = "pan.consultation.comments-per-window=2")
class CommentRateLimitTest {

    @LocalServerPort int port;
    @Autowired ConsultationService consultations;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired CommitmentRepository commitments;
    @Autowired JdbcClient jdbc;

    @Test
    void theThirdCommentWithinTheWindowIsRefusedWith429() {
        String page = openConsultationPage();
        Visitor visitor = new Visitor(port).from("203.0.113.1");
        assertThat(post(visitor, page, "Avis 1")).isEqualTo(302);
        assertThat(post(visitor, page, "Avis 2")).isEqualTo(302);
        HttpResponse<String> third = visitor.submit(page, page + "/commentaires",
                ConsultationScenarios.comment("Avis 3"), true);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.body()).contains("Réessayez dans quelques minutes");
    }

    @Test
    void behindTheProxyEachCitizenHasAQuotaAndAForgedForwardedAddressChangesNothing() {
        String page = openConsultationPage();
        Visitor citizen = new Visitor(port).from("203.0.113.2");
        assertThat(post(citizen, page, "Avis 1")).isEqualTo(302);
        assertThat(post(citizen, page, "Avis 2")).isEqualTo(302);
        // another citizen behind the same proxy (the test's own address, a trusted one) still comments
        assertThat(post(new Visitor(port).from("203.0.113.3"), page, "Avis 3")).isEqualTo(302);
        // the first citizen prepends an invented address: the proxy appended the real one, which is the one counted
        assertThat(post(new Visitor(port).from("198.51.100.9, 203.0.113.2"), page, "Avis 4")).isEqualTo(429);
    }

    @Test
    void theWindowSlidesAndTheOldCountsArePurged() {
        MutableClock clock = new MutableClock();
        CommentRateLimiter limiter = new CommentRateLimiter(2, Duration.ofMinutes(10), clock, jdbc);
        assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
        assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
        assertThat(limiter.tryAcquire("192.0.2.1")).isFalse();
        assertThat(limiter.tryAcquire("192.0.2.2")).isTrue();
        clock.advance(Duration.ofMinutes(11));
        assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
        limiter.purge();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pan_comment_rate WHERE address IN ('192.0.2.1', '192.0.2.2')")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void twoLimitersOnOneDatabaseShareTheQuota() {
        MutableClock clock = new MutableClock();
        CommentRateLimiter node1 = new CommentRateLimiter(2, Duration.ofMinutes(10), clock, jdbc);
        CommentRateLimiter node2 = new CommentRateLimiter(2, Duration.ofMinutes(10), clock, jdbc);
        assertThat(node1.tryAcquire("192.0.2.3")).isTrue();
        assertThat(node2.tryAcquire("192.0.2.3")).isTrue();
        assertThat(node1.tryAcquire("192.0.2.3")).isFalse();
        assertThat(node2.tryAcquire("192.0.2.3")).isFalse();
    }

    private String openConsultationPage() {
        ActionPlan plan = ConsultationScenarios.openOnTwoCommitments(plans, committee, commitments, consultations);
        return "/consultation/" + plan.code() + "-01";
    }

    private static int post(Visitor visitor, String page, String body) {
        return visitor.submit(page, page + "/commentaires", ConsultationScenarios.comment(body), true).statusCode();
    }
}
