package ma.ogp.pan.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StartupGateTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final StartupGate gate = new StartupGate(availability);

    @Test
    void beforeTheStartUpRunnersEndedEveryRequestGetsA503WithAMessage() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = login(chain);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString()).isEqualTo(StartupGate.MESSAGE);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void onceReadyRequestsGoThrough() throws Exception {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(new StaticApplicationContext(),
                ReadinessState.ACCEPTING_TRAFFIC));
        MockFilterChain chain = new MockFilterChain();

        assertThat(login(chain).getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void healthAnswersWhileStartingSoReadinessCanSaySo() throws Exception {
        for (String path : new String[] {"/actuator/health", "/actuator/health/readiness"}) {
            MockFilterChain chain = new MockFilterChain();
            gate.doFilter(new MockHttpServletRequest("GET", path), new MockHttpServletResponse(), chain);
            assertThat(chain.getRequest()).as(path).isNotNull();
        }
        MockFilterChain chain = new MockFilterChain();
        gate.doFilter(new MockHttpServletRequest("GET", "/actuator/prometheus"), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNull();
    }

    private MockHttpServletResponse login(MockFilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(new MockHttpServletRequest("POST", "/camunda/api/admin/auth/user/default/login/tasklist"),
                response, chain);
        return response;
    }
}
