@NullMarked
package fr.education.orion.referentiel.web;

import org.jspecify.annotations.NullMarked;
