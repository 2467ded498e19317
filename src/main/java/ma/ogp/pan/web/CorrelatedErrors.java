package ma.ogp.pan.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The request's {@link CorrelationId} on every error answer: the error page and JSON of {@code /error}, and the
 * problem details that Spring MVC writes for its own exceptions (this advice replaces Spring Boot's, which is the
 * same without the id).
 */
@Configuration
class CorrelatedErrors {

    static final String PROPERTY = "correlationId";

    @Bean
    DefaultErrorAttributes errorAttributes() {
        return new DefaultErrorAttributes() {
            @Override
            public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
                Map<String, Object> attributes = super.getErrorAttributes(request, options);
                attributes.put(PROPERTY, request.getAttribute(CorrelationId.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
                return attributes;
            }
        };
    }

    @ControllerAdvice
    @Order(0)
    static class ProblemDetails extends ResponseEntityExceptionHandler {

        @Override
        protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                              WebRequest request) {
            if (body instanceof ProblemDetail problem) {
                problem.setProperty(PROPERTY, request.getAttribute(CorrelationId.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
            }
            return super.createResponseEntity(body, headers, status, request);
        }
    }
}
