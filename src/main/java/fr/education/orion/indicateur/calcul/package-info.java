@NullMarked
package fr.education.orion.indicateur.calcul;

import org.jspecify.annotations.NullMarked;
