/**
 * The accounts' pages and API: login, « Mon compte », passwords, the roles and the administration
 * of users, with their view models, forms, exports and the queries that feed them.
 */
@NullMarked
package fr.education.orion.compte.web;

import org.jspecify.annotations.NullMarked;
