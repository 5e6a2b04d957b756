package fr.education.orion.console;

import fr.education.orion.system.PageRendue;

/**
 * The parts of a console page that are the same for every visitor of a view: the filter form and
 * the rows. {@link ConsoleController} keeps them until the next import; the signed-in user's saved
 * queries are rendered between them on each request.
 */
public record RenduConsole(PageRendue filtres, PageRendue lignes) {}
