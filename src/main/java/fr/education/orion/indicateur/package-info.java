/**
 * Entry indicators (effectifs, capacités, premiers vœux), exit indicators (InserJeunes), and the
 * SQL fragments that compute every rate.
 */
@NullMarked
package fr.education.orion.indicateur;

import org.jspecify.annotations.NullMarked;
