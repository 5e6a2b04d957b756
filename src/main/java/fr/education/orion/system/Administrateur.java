package fr.education.orion.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Route rule: the national administrators only (role {@code admin}), for the technical
 * administration that has no permission in the reference's matrix, such as importing source files.
 * On a controller, it applies to every handler without a rule of its own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Administrateur {}
