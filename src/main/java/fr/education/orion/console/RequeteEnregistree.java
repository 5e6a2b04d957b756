package fr.education.orion.console;

import java.time.OffsetDateTime;

/**
 * A saved query of a console: its name and colour, and the query string of the console's URL
 * (filters, order, columns) it reopens.
 */
public record RequeteEnregistree(
    long id, String console, String nom, String couleur, String parametres, OffsetDateTime creeLe) {

  /** The console page this query reopens. */
  public String url() {
    return "/console/" + console + (parametres.isEmpty() ? "" : "?" + parametres);
  }
}
