package ma.ogp.pan.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says where to go once the application is up. */
@Component
class StartupUrls {

    private static final Logger LOG = LoggerFactory.getLogger(StartupUrls.class);

    @EventListener(ApplicationReadyEvent.class)
    void log(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        String base = "http://localhost:" + env.getProperty("local.server.port", "8080");
        LOG.info("""
                pan-cocreation is ready:
                  Home (public)    {}/
                  Staff pages      {}/app
                  Tasklist         {}/camunda/app/tasklist/
                  Cockpit          {}/camunda/app/cockpit/
                  Admin            {}/camunda/app/admin/
                  Engine REST API  {}/engine-rest/ (HTTP Basic)""", base, base, base, base, base, base);
    }
}
