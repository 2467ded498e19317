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
import org.springframework.test.context.TestPropertySource;

/** Too many comments from one address within the window get a clear 429 page; the window slides. */
@PanIntegrationTest
@TestPropertySource(properties = "pan.consultation.comments-per-window=2")
class CommentRateLimitTest {

    @LocalServerPort int port;
    @Autowired ConsultationService consultations;
    @Autowired ActionPlanRepository plans;
    @Autowired CommitteeRepository committee;
    @Autowired CommitmentRepository commitments;

    @Test
    void theThirdCommentWithinTheWindowIsRefusedWith429() {
        ActionPlan plan = ConsultationScenarios.openOnTwoCommitments(plans, committee, commitments, consultations);
        String page = "/consultation/" + plan.code() + "-01";
        Visitor visitor = new Visitor(port);
        for (int i = 0; i < 2; i++) {
            assertThat(visitor.submit(page, page + "/commentaires", ConsultationScenarios.comment("Avis " + i), true)
                    .statusCode()).isEqualTo(302);
        }
        HttpResponse<String> third = visitor.submit(page, page + "/commentaires",
                ConsultationScenarios.comment("Avis 3"), true);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.body()).contains("Réessayez dans quelques minutes");
    }

    @Test
    void theWindowSlides() {
        MutableClock clock = new MutableClock();
        CommentRateLimiter limiter = new CommentRateLimiter(2, Duration.ofMinutes(10), clock);
        assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
        assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
        assertThat(limiter.tryAcquire("192.0.2.1")).isFalse();
        assertThat(limiter.tryAcquire("192.0.2.2")).isTrue();
        clock.advance(Duration.ofMinutes(11));
        assertThat(limiter.tryAcquire("192.0.2.1")).isTrue();
    }
}
