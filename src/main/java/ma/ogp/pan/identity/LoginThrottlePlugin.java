package ma.ogp.pan.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the engine use {@link ThrottledIdentityProvider} for its users, groups and passwords. Camunda's
 * {@code loginMaxAttempts} and {@code loginDelay*} properties then have no effect: nothing else checks passwords.
 */
@Component
class LoginThrottlePlugin extends AbstractProcessEnginePlugin implements SessionFactory {

    private final LoginThrottle throttle;

    LoginThrottlePlugin(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(this);
    }

    @Override
    public Class<?> getSessionType() {
        return ThrottledIdentityProvider.class;
    }

    @Override
    public Session openSession() {
        return new ThrottledIdentityProvider(throttle);
    }
}
