package fr.education.orion.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Route rule: a signed-in user whose role holds {@link #value()}, at any scope. Anonymous visitors
 * get 401 (API) or the login page; other users 403.
 *
 * <p>The scope is checked against the data: when the route names the région in its path or
 * parameters, {@link #region()} gives that name and the rule checks it; otherwise the handler calls
 * {@code CompteCourant.checkRegion} or {@code checkUai} (module compte) with the région or UAI of
 * the data it loaded. On a controller, it applies to every handler without a rule of its own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Autorise {

  Permission value();

  /** The path variable or request parameter holding the région code of the data, if any. */
  String region() default "";
}
