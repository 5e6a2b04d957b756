/**
 * Users, roles, permissions and scopes; login, locally and by single sign-on (OpenID Connect);
 * account administration.
 */
@NullMarked
package fr.education.orion.compte;

import org.jspecify.annotations.NullMarked;
