package fr.education.orion.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record whose components are the GET parameters of a page or route, each a {@code String}
 * or a {@code List<String>} named like its parameter. {@link LectureParametres} builds it from the
 * request, without the reflection Spring's data binding repeats on every request.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ParametresDeRequete {}
