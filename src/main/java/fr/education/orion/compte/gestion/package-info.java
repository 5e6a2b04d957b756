/**
 * The lifecycle of accounts: the roles and permissions matrix and who may manage whom, creating,
 * changing, unblocking and anonymising accounts, passwords and their e-mailed links, the demo
 * accounts, and the audit journal.
 */
@NullMarked
package fr.education.orion.compte.gestion;

import org.jspecify.annotations.NullMarked;
