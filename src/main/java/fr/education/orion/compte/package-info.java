/**
 * Accounts: users, their role, fonction, région and UAIs; roles, permissions and scopes read as
 * data from the database; local login and single sign-on, account lifecycle by e-mail, the
 * enforcement of the route rules and scope checks, account administration and the audit of
 * accounts.
 *
 * <p>This package is the module's API: other modules use {@link
 * fr.education.orion.compte.CompteCourant} (who is signed in, may they act on a région or UAI) and
 * {@link fr.education.orion.compte.Comptes} (find, create, update a user), with the account's
 * types. The route rules they declare next to their handlers live in module {@code system}; {@code
 * ReglesAcces} here enforces them. The rest is internal: {@code connexion} (login, SSO, sessions),
 * {@code gestion} (the roles matrix and the use cases of the accounts' lifecycle) and {@code web}
 * (pages, API, view models). The module asks {@code referentiel} for territories and
 * établissements.
 */
@NullMarked
package fr.education.orion.compte;

import org.jspecify.annotations.NullMarked;
