@NullMarked
package fr.education.orion.referentiel.chargement;

import org.jspecify.annotations.NullMarked;
