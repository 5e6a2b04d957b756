/** The campaigns' administration page and JSON routes. */
@NullMarked
package fr.education.orion.campagne.web;

import org.jspecify.annotations.NullMarked;
