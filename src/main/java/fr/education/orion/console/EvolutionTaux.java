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
      if (ligne instanceof LigneEtablissement offre) {
        return new Taux(
            millesime,
            offre.tauxInsertion6moisRegional(),
            offre.tauxPoursuiteRegional(),
            offre.tauxDevenirFavorableRegional());
      }
      return new Taux(
          millesime,
          ligne.tauxInsertion6mois(),
          ligne.tauxPoursuite(),
          ligne.tauxDevenirFavorable());
    }
  }

  /** What identifies a row of a console across millésimes. */
  public static String cle(LigneConsole ligne) {
    return ligne instanceof LigneEtablissement offre
        ? String.join(
            "|",
            offre.rentreeScolaire(),
            offre.uai(),
            offre.cfd(),
            offre.codeDispositif(),
            offre.voie())
        : String.join("|", ligne.rentreeScolaire(), ligne.cfd(), ligne.codeDispositif());
  }

  public List<Taux> de(LigneConsole ligne) {
    return taux.getOrDefault(cle(ligne), List.of());
  }
}
