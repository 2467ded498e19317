package ma.ogp.pan.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** Outside a demo the clock page does not exist (404), even with a demo start time configured. */
class DemoClockControllerConditionTest {

    private final WebApplicationContextRunner context = new WebApplicationContextRunner()
            .withBean(DemoClock.class, () -> mock(DemoClock.class))
            .withBean(DemoCoCreation.class, () -> mock(DemoCoCreation.class))
            .withUserConfiguration(DemoClockController.class)
            .withPropertyValues("pan.demo.clock-start=2024-02-22T12:00:00+01:00");

    @Test
    void theClockPageExistsOnlyInTheDemo() {
        context.withPropertyValues("pan.demo.enabled=false")
                .run(app -> assertThat(app).doesNotHaveBean(DemoClockController.class));
        context.withPropertyValues("pan.demo.enabled=true")
                .run(app -> assertThat(app).hasSingleBean(DemoClockController.class));
    }
}
