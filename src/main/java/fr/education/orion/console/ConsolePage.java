package fr.education.orion.console;

import fr.education.orion.system.Format;
import fr.education.orion.system.Pagination;
import fr.education.orion.system.Pluriel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a console page shows: the filters as chosen (defaults filled in), their choices, one page of
 * rows with the chosen columns, what the data lack, and the links (sort, pages, exports, API).
 *
 * @param colonnesChoisies the fields the user chose; empty for the default columns
 * @param evolution the InserJeunes rates of the rows for every millésime; null outside the
 *     rendering of the rows ({@link RenduConsole})
 * @param requetes the signed-in user's saved queries; null for an anonymous visitor
 * @param couleurs the colours a saved query may take, by DSFR class suffix
 * @param saisie the save form as typed, when the query was refused; else null
 * @param filtresActifs when no row matches, the filters that may have emptied the results; else
 *     empty
 * @param couverture which rentrées hold which figures, beside the rentrée filter
 * @param positionIndisponible why the quadrant position filter could only return nothing (shown
 *     disabled); null when it can keep rows
 */
public record ConsolePage(
    Console console,
    FiltresConsole filtres,
    Tri tri,
    Pagination<LigneConsole> lignes,
    @Nullable EvolutionTaux evolution,
    List<Colonne> colonnes,
    List<String> colonnesChoisies,
    OptionsConsole options,
    List<String> manques,
    List<String> sources,
    Liens liens,
    List<Suggestion> suggestions,
    @Nullable List<RequeteEnregistree> requetes,
    Map<String, String> couleurs,
    @Nullable SaisieRequete saisie,
    List<FiltreActif> filtresActifs,
    String couverture,
    @Nullable String positionIndisponible) {

  public List<Console> consoles() {
    return List.of(Console.values());
  }

  public boolean choisie(Colonne colonne) {
    return colonnes.contains(colonne);
  }

  /**
   * The CSS classes of a column's cells: {@code nombre} for figures (right-aligned), {@code
   * console-fige} for the column that stays in view ({@link Console#figee}); null for none.
   */
  public @Nullable String classes(Colonne colonne) {
    List<String> classes = new ArrayList<>();
    if (colonne.nature() != Colonne.Nature.TEXTE) {
      classes.add("nombre");
    }
    if (console.figee(colonnes).filter(colonne::equals).isPresent()) {
      classes.add("console-fige");
    }
    return classes.isEmpty() ? null : String.join(" ", classes);
  }

  /** The rentrées of the data as choices of the filter. */
  public List<Choix> choixRentrees() {
    return options.rentrees().stream().map(rentree -> new Choix(rentree, rentree)).toList();
  }

  public boolean parOffre() {
    return console == Console.ETABLISSEMENTS;
  }

  /** The text of a cell: indicators in their unit, counts fr-FR, "—" when missing. */
  public static String texte(Colonne colonne, LigneConsole ligne) {
    @Nullable Object valeur = colonne.de(ligne);
    if (valeur == null) {
      return "—";
    }
    return switch (colonne.nature()) {
      case MESURE -> colonne.unite().texte((BigDecimal) valeur);
      case NOMBRE -> Format.nombre(((Number) valeur).longValue());
      case OUI_NON -> Boolean.TRUE.equals(valeur) ? "Oui" : "Non";
      case TEXTE -> valeur.toString();
    };
  }

  /** The link a cell leads to: the formation page, the établissement's panorama; else null. */
  public static @Nullable String lien(Colonne colonne, LigneConsole ligne) {
    return switch (colonne.champ()) {
      case "libelleFormation", "cfd" -> "/formations/" + ligne.formation().cfd();
      case "libelleEtablissement", "uai" ->
          ligne instanceof LigneEtablissement offre
              ? "/panorama/etablissement/" + offre.etablissement().uai()
              : null;
      default -> null;
    };
  }

  /** What a row is, in words: its établissement (for an offer) and its formation. */
  public static String libelle(LigneConsole ligne) {
    LigneConsole.Formation f = ligne.formation();
    String formation =
        (f.libelleFormation() == null ? f.cfd() : f.libelleFormation())
            + (f.libelleDispositif() == null ? "" : " (" + f.libelleDispositif() + ")");
    if (ligne instanceof LigneEtablissement offre) {
      LigneEtablissement.Etablissement e = offre.etablissement();
      return (e.libelleEtablissement() == null ? e.uai() : e.libelleEtablissement())
          + " — "
          + formation
          + ", "
          + offre.libelleVoie();
    }
    return formation;
  }

  /** The number of rows in words: {@code 0 ligne}, {@code 1 234 lignes}. */
  public String total() {
    return Pluriel.de(lignes.total(), "ligne", "lignes");
  }

  public boolean vide() {
    return lignes.total() == 0;
  }
}
