package fr.education.orion.referentiel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A diploma of the DGESCO list once Orion's corrections ({@code OVERRIDES.csv}) are applied. The
 * list is updated every month while the corrections date from 2023, and most of what they correct
 * has since been corrected in the list, often with a newer RNCP fiche: so where the list says
 * something it wins, and a correction fills what the list leaves empty (a blank, a bare {@code CPC}
 * or {@code Secteur} heading, an RNCP code {@code en cours}) and gives the sous-secteur, which the
 * list does not carry. Values are given without their heading ({@code CPC Industrie} → {@code
 * Industrie}), as Orion shows them; the RNCP code is its number.
 */
public record DiplomeCorrige(
    @Nullable String codeRncp,
    @Nullable String cpc,
    @Nullable String secteur,
    @Nullable String sousSecteur) {

  /** The values of a diploma as one source (the list, or a correction) writes them. */
  public record Valeurs(
      @Nullable String codeRncp,
      @Nullable String cpc,
      @Nullable String secteur,
      @Nullable String sousSecteur) {

    private Valeurs normalisees() {
      String rncp = CodeRncp.read(codeRncp);
      return new Valeurs(
          rncp == null ? null : rncp.substring("RNCP".length()),
          withoutHeading(cpc, "CPC"),
          withoutHeading(secteur, "Secteur"),
          withoutHeading(sousSecteur, "Sous-secteur"));
    }
  }

  static DiplomeCorrige of(Valeurs liste, Valeurs correction) {
    Valeurs list = liste.normalisees();
    Valeurs fix = correction.normalisees();
    return new DiplomeCorrige(
        first(list.codeRncp(), fix.codeRncp()),
        first(list.cpc(), fix.cpc()),
        first(list.secteur(), fix.secteur()),
        first(list.sousSecteur(), fix.sousSecteur()));
  }

  /** The values of a correction that the list contradicts, and so are not applied, in French. */
  public static List<String> ignored(Valeurs liste, Valeurs correction) {
    Valeurs list = liste.normalisees();
    Valeurs fix = correction.normalisees();
    List<String> ignored = new ArrayList<>();
    contradiction(ignored, "code RNCP", list.codeRncp(), fix.codeRncp());
    contradiction(ignored, "CPC", list.cpc(), fix.cpc());
    contradiction(ignored, "secteur", list.secteur(), fix.secteur());
    contradiction(ignored, "sous-secteur", list.sousSecteur(), fix.sousSecteur());
    return ignored;
  }

  private static void contradiction(
      List<String> ignored, String what, @Nullable String list, @Nullable String fix) {
    if (list != null && fix != null && !list.equals(fix)) {
      ignored.add(
          what
              + " : la liste des diplômes professionnels donne « "
              + list
              + " », elle l'emporte sur la correction « "
              + fix
              + " »");
    }
  }

  private static @Nullable String first(@Nullable String preferred, @Nullable String otherwise) {
    return preferred != null ? preferred : otherwise;
  }

  private static @Nullable String withoutHeading(@Nullable String value, String heading) {
    if (value == null) {
      return null;
    }
    String text = value.strip();
    if (text.toLowerCase(Locale.ROOT).startsWith(heading.toLowerCase(Locale.ROOT))) {
      text = text.substring(heading.length()).strip();
    }
    return text.isEmpty() ? null : text;
  }
}
