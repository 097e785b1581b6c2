package org.claimrecovery.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The demo as a newcomer starts it ({@code mvn spring-boot:run}): profile {@code demo}, H2, demo users and
 * sample claims, job executor on. The one difference is an in-memory H2 instead of the file under ./data.
 * Every demo test uses exactly this annotation so that Spring caches and shares the one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.datasource.url=jdbc:h2:mem:smoke;DB_CLOSE_DELAY=-1")
@ActiveProfiles("demo")
public @interface DemoIntegrationTest {}
