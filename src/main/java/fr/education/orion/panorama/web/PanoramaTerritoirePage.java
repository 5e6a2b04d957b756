package fr.education.orion.panorama.web;

import fr.education.orion.panorama.Choix;
import fr.education.orion.panorama.FiltresQuadrant;
import fr.education.orion.panorama.IndicateursTerritoire;
import fr.education.orion.panorama.LienUtile;
import fr.education.orion.panorama.QuadrantTerritoire;
import fr.education.orion.panorama.Selection;
import fr.education.orion.panorama.TriQuadrant;
import fr.education.orion.panorama.TriQuadrant.Colonne;
import fr.education.orion.referentiel.Territoire;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the région or département panorama page shows, fed by the same records as the JSON
 * routes ({@link IndicateursTerritoire}, {@link QuadrantTerritoire}).
 *
 * @param chemin the page of the territory, without parameters ({@code /panorama/region/53})
 * @param choixTerritoire the form field that picks another territory: {@code codeRegion} or {@code
 *     codeDepartement}, submitted to {@code /panorama/region} or {@code /panorama/departement}
 * @param autresTerritoires the départements of the région (on a région's page) or the région of the
 *     département, as links
 * @param comparaisonEntree what entry figures are compared with ("rentrée 2019"), null when the
 *     data have no previous rentrée
 * @param comparaisonSortie likewise for InserJeunes rates ("millésime 2020_2021")
 * @param indisponibles why a filter of the quadrant could only return nothing (shown disabled)
 * @param couverture which rentrées hold which figures, beside the rentrée selector
 * @param rentreeAvecEffectifs this page at the newest rentrée with headcounts, when the chosen one
 *     has none (its quadrant lists nothing); else null
 * @param graphique the quadrant's data for the chart script, as JSON
 */
public record PanoramaTerritoirePage(
    Territoire territoire,
    Selection selection,
    String chemin,
    String choixTerritoire,
    List<Choix> territoires,
    List<Lien> autresTerritoires,
    List<Choix> niveaux,
    List<Choix> domaines,
    List<String> rentrees,
    List<String> millesimes,
    List<ChiffreCle> entree,
    List<ChiffreCle> sortie,
    ChiffreCle chomage,
    @Nullable String comparaisonEntree,
    @Nullable String comparaisonSortie,
    QuadrantTerritoire quadrant,
    FiltresQuadrant filtres,
    FiltresIndisponibles indisponibles,
    String couverture,
    @Nullable Lien rentreeAvecEffectifs,
    TriQuadrant tri,
    String graphique,
    List<Source> sources,
    ParametresPanorama parametres,
    String lienConsole,
    String lienApiIndicateurs,
    String lienApiQuadrant,
    List<LienUtile> liensUtiles) {

  /** A link to another page. */
  public record Lien(String libelle, String url) {}

  /** Where figures come from: one imported file. */
  public record Source(String libelle, String fichier, @Nullable String annee, String importeLe) {}

  public String titre() {
    return "Panorama "
        + (territoire.echelon() == Territoire.Echelon.DEPARTEMENT
            ? "du département "
            : "de la région ")
        + territoire.libelle();
  }

  public boolean departement() {
    return territoire.echelon() == Territoire.Echelon.DEPARTEMENT;
  }

  /** The label of the selected niveau. */
  public String libelleNiveau() {
    return niveaux.stream()
        .filter(choix -> choix.code().equals(String.valueOf(selection.codeNiveauDiplome())))
        .map(Choix::libelle)
        .findFirst()
        .orElse(String.valueOf(selection.codeNiveauDiplome()));
  }

  public List<Colonne> colonnes() {
    return List.of(Colonne.values());
  }

  /** The page sorted by a column: ascending, or descending when it is already ascending. */
  public String lienTri(Colonne colonne) {
    String ordre = tri.colonne() == colonne && !tri.descendant() ? "desc" : "asc";
    return parametres.sortedBy(colonne.champ(), ordre).url(chemin) + "#quadrant-tableau";
  }

  /** {@code ascending}, {@code descending} or null, for {@code aria-sort}. */
  public @Nullable String ariaSort(Colonne colonne) {
    if (tri.colonne() != colonne) {
      return null;
    }
    return tri.descendant() ? "descending" : "ascending";
  }
}
