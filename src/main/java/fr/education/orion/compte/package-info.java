/**
 * Accounts: users, their role, fonction, région and UAIs; roles, permissions and scopes read as
 * data from the database; local login, account lifecycle by e-mail, the enforcement of the route
 * rules and scope checks, account administration and the audit of accounts.
 *
 * <p>Other modules use {@link fr.education.orion.compte.Comptes} (find, create, update a user) and
 * {@link fr.education.orion.compte.CompteCourant} (who is signed in, may they act on a région or
 * UAI). The route rules they declare next to their handlers live in module {@code system}; this
 * module enforces them. It asks module {@code referentiel} for territories and établissements.
 */
@NullMarked
package fr.education.orion.compte;

import org.jspecify.annotations.NullMarked;
