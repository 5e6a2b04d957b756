/**
 * The panorama pages and JSON routes: controllers, APIs and the view models of the pages, fed by
 * the queries and read records of {@code panorama}.
 */
@NullMarked
package fr.education.orion.panorama.web;

import org.jspecify.annotations.NullMarked;
