/**
 * Accounts: users, their role, fonction, région and UAIs; roles, permissions and scopes read as
 * data from the database; local login, account lifecycle by e-mail, route rules and scope checks,
 * account administration and the audit of accounts.
 *
 * <p>Other modules use {@link fr.education.orion.compte.Comptes} (find, create, update a user),
 * {@link fr.education.orion.compte.CompteCourant} (who is signed in, may they act on a région or
 * UAI) and the route rule annotations {@link fr.education.orion.compte.Public}, {@link
 * fr.education.orion.compte.Connecte}, {@link fr.education.orion.compte.Autorise} and {@link
 * fr.education.orion.compte.Administrateur}.
 */
@NullMarked
package fr.education.orion.compte;

import org.jspecify.annotations.NullMarked;
