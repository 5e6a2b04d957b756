/**
 * The consoles: every formation of a territory and every offer of its établissements, with the
 * indicators of the panoramas, filtered, sorted, paged and exported (CSV, XLSX) from the same query
 * records.
 */
@NullMarked
package fr.education.orion.console;

import org.jspecify.annotations.NullMarked;
