/**
 * Signing in and staying signed in: local login and its slowing down after failures, single sign-on
 * with the ministry's hub (the mapping of its attributes to rights, refusals), the signed-in
 * account of each request, and the sessions of an account.
 */
@NullMarked
package fr.education.orion.compte.connexion;

import org.jspecify.annotations.NullMarked;
