package ma.ogp.pan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PanCocreationApplication {

    public static void main(String[] args) {
        SpringApplication.run(PanCocreationApplication.class, args);
    }
}
