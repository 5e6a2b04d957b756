@NullMarked
package fr.education.orion.indicateur.chargement;

import org.jspecify.annotations.NullMarked;
