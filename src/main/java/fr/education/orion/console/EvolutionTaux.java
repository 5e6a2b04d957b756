package fr.education.orion.console;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The InserJeunes rates of the rows of a console page for every millésime of the data, oldest
 * first: how each one evolved, beside the page's millésime and the previous one. For an offer, the
 * rates of its formation in its région ({@link Taux#de}).
 *
 * @param millesimes every millésime of the data, oldest first
 * @param taux the rates of each row by {@link #cle(LigneConsole)}, one entry per millésime (rates
 *     null where the data lack them or the row did not exist)
 */
public record EvolutionTaux(List<String> millesimes, Map<String, List<Taux>> taux) {

  /** The three rates of a row for one millésime. */
  public record Taux(
      String millesime,
      @Nullable BigDecimal emploi,
      @Nullable BigDecimal poursuite,
      @Nullable BigDecimal devenirFavorable) {

    /**
     * The rates of a formation's row; for an offer, those of its formation in its région: the data
     * rarely give an établissement's own counts (the InserJeunes API only), while the regional
     * rates are known for most offers and are the ones its quadrant position compares.
     */
    static Taux de(String millesime, LigneConsole ligne) {
      LigneConsole.Sortie sortie =
          ligne instanceof LigneEtablissement offre ? offre.sortieRegionale() : ligne.sortie();
      return new Taux(
          millesime,
          sortie.tauxInsertion6mois().valeur(),
          sortie.tauxPoursuite().valeur(),
          sortie.tauxDevenirFavorable().valeur());
    }
  }

  /** What identifies a row of a console across millésimes. */
  public static String cle(LigneConsole ligne) {
    return ligne instanceof LigneEtablissement offre
        ? String.join(
            "|",
            offre.rentreeScolaire(),
            offre.etablissement().uai().code(),
            offre.formation().cfd().code(),
            offre.formation().codeDispositif(),
            offre.voie())
        : String.join(
            "|",
            ligne.rentreeScolaire(),
            ligne.formation().cfd().code(),
            ligne.formation().codeDispositif());
  }

  public List<Taux> de(LigneConsole ligne) {
    return taux.getOrDefault(cle(ligne), List.of());
  }
}
