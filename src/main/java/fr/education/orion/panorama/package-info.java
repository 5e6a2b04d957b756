/**
 * The panoramas: région, département, établissement and domaine de formation pages, built from the
 * indicators of {@code indicateur} and the référentiel.
 */
@NullMarked
package fr.education.orion.panorama;

import org.jspecify.annotations.NullMarked;
