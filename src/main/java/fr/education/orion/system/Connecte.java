package fr.education.orion.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Route rule: any signed-in user, whatever the role, for what concerns the user's own account (its
 * page, its password, its sessions), which no permission of the reference's matrix covers since
 * every role has it. Anonymous visitors get 401 (API) or the login page. On a controller, it
 * applies to every handler without a rule of its own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Connecte {}
