package ma.ogp.pan.config;

import ma.ogp.pan.process.EngineCallers;
import ma.ogp.pan.process.EngineInputGuard;
import ma.ogp.pan.process.EngineSteps;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API is open to anonymous callers in the starter: this puts HTTP Basic against Camunda's identity
 * service in front of it, so calls run as that user and the engine's authorizations apply. Then, for it and for the
 * webapps' copy of it, the guard that holds every call to what a person may send.
 */
@Configuration
public class EngineRestSecurityConfig {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("camunda-engine-rest-authentication");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
        return registration;
    }

    /** Inside the authentication above, so the caller is known; the webapps' caller comes from their session. */
    @Bean
    FilterRegistrationBean<EngineInputGuard> engineInputGuard(EngineCallers callers, EngineSteps steps) {
        FilterRegistrationBean<EngineInputGuard> registration =
                new FilterRegistrationBean<>(new EngineInputGuard(callers, steps));
        registration.setName("pan-engine-input-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }
}
