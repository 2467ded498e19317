package ma.ogp.pan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A test class that drives applications in JVMs of their own ({@link ForkedApplication}) and mostly waits on them:
 * it runs beside the rest of the suite (see junit-platform.properties), one such class at a time. It must not use
 * the shared SMTP port ({@link TestSmtp}): its mail server takes a free port.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock("forked-applications")
public @interface RunsBesideTheSuite {
}
