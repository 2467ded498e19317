package ma.ogp.pan.demo;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import ma.ogp.pan.cluster.StartupLock;
import ma.ogp.pan.commitment.Commitment;
import ma.ogp.pan.commitment.CommitmentLifecycle;
import ma.ogp.pan.commitment.CommitmentRepository;
import ma.ogp.pan.plan.ActionPlanRepository;
import ma.ogp.pan.plan.PlanCoCreation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the demo plan's co-creation in the background once the application accepts traffic, so that the web
 * answers on a first start while the 22 commitments enter review: one commitment's lifecycle per transaction (its
 * 20 review tasks), then the co-creation itself, which finds them running and opens the reminders and the review
 * window. Each step holds the start-up lock and first looks whether another node or an earlier start did it: a
 * start that stopped in the middle (crash, shutdown) is resumed by the next one, and nothing is started twice.
 */
@Component
@ConditionalOnProperty(name = "pan.demo.enabled", havingValue = "true")
public class DemoCoCreation {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCoCreation.class);

    private final ActionPlanRepository plans;
    private final CommitmentRepository commitments;
    private final CommitmentLifecycle lifecycle;
    private final PlanCoCreation coCreation;
    private final StartupLock lock;
    private final TransactionTemplate transaction;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private ExecutorService background;
    private volatile String planCode;
    private volatile boolean stopping;

    DemoCoCreation(ActionPlanRepository plans, CommitmentRepository commitments, CommitmentLifecycle lifecycle,
                   PlanCoCreation coCreation, StartupLock lock, PlatformTransactionManager transactions) {
        this.plans = plans;
        this.commitments = commitments;
        this.lifecycle = lifecycle;
        this.coCreation = coCreation;
        this.lock = lock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Called by the demo loader at start-up: the co-creation of this plan starts once the application is ready. */
    void startWhenReady(String code) {
        planCode = code;
        LOG.info("Demo {}: its co-creation starts in the background once the application is ready", code);
    }

    @EventListener
    void onReadiness(AvailabilityChangeEvent<ReadinessState> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || planCode == null || background != null) {
            return;
        }
        background = Executors.newSingleThreadExecutor(task -> new Thread(task, "demo-co-creation"));
        background.execute(this::run);
    }

    /** Done (or failed) once the background start has ended; never completes if nothing was handed over. */
    public CompletableFuture<Void> finished() {
        return finished;
    }

    /** Starts what is not yet started of the plan's co-creation; the background's work, run again by the tests. */
    void run() {
        try {
            long planId = plans.getByCode(planCode).id();
            for (Commitment commitment : lifecycle.awaitingStart(planId)) {
                if (stopping) {
                    LOG.info("Demo {}: stopped, the next start resumes its co-creation", planCode);
                    return;
                }
                transaction.executeWithoutResult(status -> {
                    lock.hold();
                    if (!coCreation.hasStarted(planCode) && !lifecycle.isRunning(commitment.reference())) {
                        lifecycle.start(commitment.id());
                    }
                });
            }
            transaction.executeWithoutResult(status -> {
                lock.hold();
                if (!coCreation.hasStarted(planCode)) {
                    coCreation.startAfterCall(planCode);
                }
            });
            LOG.info("Co-creation of {} started: review tasks are in Tasklist", planCode);
            finished.complete(null);
        } catch (RuntimeException e) {
            LOG.error("Demo {}: its co-creation could not be started, the next start tries again", planCode, e);
            finished.completeExceptionally(e);
        }
    }

    /** Handed over and not yet all started, by this node or another. */
    boolean isStarting() {
        return planCode != null && !coCreation.hasStarted(planCode);
    }

    /** Where the background start is, for the secretariat: null when nothing was handed over to it. */
    public String progress() {
        if (planCode == null) {
            return null;
        }
        if (coCreation.hasStarted(planCode)) {
            return "Démo " + planCode + " : co-création démarrée";
        }
        long planId = plans.getByCode(planCode).id();
        int total = commitments.findByPlan(planId).size();
        int inReview = total - lifecycle.awaitingStart(planId).size();
        return "Démo %s : co-création en cours de démarrage, %d/%d engagements en examen".formatted(planCode, inReview, total);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        if (background != null) {
            background.shutdown();
            background.awaitTermination(30, TimeUnit.SECONDS);
        }
    }
}
