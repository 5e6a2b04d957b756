/**
 * Territories, nomenclatures (formations, dispositifs, MEF, niveaux, NSF, familles de métiers), the
 * renovation lineage, Orion's perimeter of formations and the établissements: their loaders,
 * queries, pages and API.
 */
@NullMarked
package fr.education.orion.referentiel;

import org.jspecify.annotations.NullMarked;
