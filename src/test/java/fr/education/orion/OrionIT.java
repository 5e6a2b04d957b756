package fr.education.orion;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An integration test against the whole application on a throw-away embedded PostgreSQL holding the
 * bundled real data. Every test with this annotation shares one application context, hence one
 * database and one import. The demo profile gives one account per role (see {@code
 * TestHttp#connecte}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
public @interface OrionIT {}
