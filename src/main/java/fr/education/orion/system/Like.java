package fr.education.orion.system;

import org.jooq.Condition;
import org.jooq.Field;

/**
 * Searches with SQL {@code LIKE}: what the user typed is always a literal text, never a pattern.
 * Without escaping, {@code q=%} or {@code q=_} would match every row.
 */
public final class Like {

  private static final char ECHAPPEMENT = '\\';

  private Like() {}

  /** The value contains the text, its {@code %}, {@code _} and {@code \} taken as they are. */
  public static Condition contient(Field<String> valeur, String texte) {
    return valeur.like("%" + echappe(texte) + "%", ECHAPPEMENT);
  }

  /** The text with the wildcards of {@code LIKE} and the escape character escaped. */
  public static String echappe(String texte) {
    StringBuilder echappe = new StringBuilder(texte.length() + 4);
    for (int i = 0; i < texte.length(); i++) {
      char c = texte.charAt(i);
      if (c == '%' || c == '_' || c == ECHAPPEMENT) {
        echappe.append(ECHAPPEMENT);
      }
      echappe.append(c);
    }
    return echappe.toString();
  }
}
