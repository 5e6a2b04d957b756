/**
 * Territories, nomenclatures (formations, dispositifs, MEF, niveaux, NSF, familles de métiers), the
 * renovation lineage, Orion's perimeter of formations and its corrections, the jobs formations lead
 * to (ROME, Certif Info), RNCP fiches, Orion's own referentials (actions prioritaires, disciplines,
 * regroupements) and the établissements. This package is what other modules read: types, fragments
 * and queries; the loaders are in {@code chargement}, the pages and API in {@code web}.
 */
@NullMarked
package fr.education.orion.referentiel;

import org.jspecify.annotations.NullMarked;
