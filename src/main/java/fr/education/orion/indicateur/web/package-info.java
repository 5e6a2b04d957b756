@NullMarked
package fr.education.orion.indicateur.web;

import org.jspecify.annotations.NullMarked;
