package fr.education.orion.system;

import gg.jte.Content;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.Utf8ByteOutput;

/**
 * The main content of a page rendered once, in UTF-8, to be kept and placed in the layout of each
 * request: what depends on the visitor (the header, the account menu) stays outside it.
 *
 * @param titre the page's title, for the layout
 */
public record PageRendue(String titre, byte[] octets) implements Content {

  /** Renders {@code gabarit} (a template with a single parameter) with {@code donnees}. */
  public static PageRendue de(TemplateEngine moteur, String gabarit, String titre, Object donnees) {
    Utf8ByteOutput sortie = new Utf8ByteOutput();
    moteur.render(gabarit, donnees, sortie);
    return new PageRendue(titre, sortie.toByteArray());
  }

  @Override
  public void writeTo(TemplateOutput output) {
    output.writeBinaryContent(octets);
  }
}
