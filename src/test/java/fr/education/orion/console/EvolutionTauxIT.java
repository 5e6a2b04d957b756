package fr.education.orion.console;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.indicateur.Calendrier;
import fr.education.orion.system.Pagination;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The evolution of the InserJeunes rates of a console page: for each row and each millésime of the
 * data, the rates the console gives that row when asked for that millésime (for an offer, its
 * formation's in its région); the page shows them in a table of their own.
 */
@OrionIT
class EvolutionTauxIT {

  @Autowired ConsoleQueries queries;
  @Autowired Calendrier calendrier;
  @LocalServerPort int port;

  @Test
  void eachRowHasTheRatesOfEachMillesime() {
    for (Console console : Console.values()) {
      FiltresConsole bretagne = queries.completees(filtres("53", List.of(), List.of()));
      Tri tri = Tri.of(console, "effectifEntree", "desc");
      List<LigneConsole> lignes = queries.page(console, bretagne, tri, 0, 15).items();
      assertThat(lignes).as("%s", console).hasSize(15);
      EvolutionTaux evolution = queries.evolution(console, bretagne, lignes);

      assertThat(evolution.millesimes())
          .isEqualTo(calendrier.millesimes().stream().sorted().toList())
          .hasSizeGreaterThan(1);
      int rencontres = 0;
      for (LigneConsole ligne : lignes) {
        List<EvolutionTaux.Taux> suite = evolution.de(ligne);
        assertThat(suite)
            .extracting(EvolutionTaux.Taux::millesime)
            .isEqualTo(evolution.millesimes());
        for (EvolutionTaux.Taux taux : suite) {
          LigneConsole alors = meme(console, ligne, taux.millesime());
          List<@Nullable BigDecimal> lus =
              Arrays.asList(taux.emploi(), taux.poursuite(), taux.devenirFavorable());
          assertThat(lus)
              .as("%s %s", EvolutionTaux.cle(ligne), taux.millesime())
              .isEqualTo(taux(alors));
          if (taux.millesime().equals(bretagne.millesime())) {
            assertThat(lus).isEqualTo(taux(ligne));
          }
          if (taux.emploi() != null) {
            rencontres++;
          }
        }
      }
      assertThat(rencontres)
          .as("%s: rates known for some rows and millésimes", console)
          .isPositive();
    }
  }

  @Test
  void thePageShowsTheEvolutionTable() {
    String page =
        new TestHttp(port)
            .get(
                "/console/etablissements?codeRegion=53&sort=effectifEntree&order=desc", "text/html")
            .body();
    assertThat(page).contains("id=\"evolution-taux\"");
    for (String millesime : calendrier.millesimes()) {
      assertThat(page).contains("<th scope=\"colgroup\" colspan=\"3\">" + millesime + "</th>");
    }
  }

  /** The rates a row shows: an offer's regional ones, a formation's own. */
  private static List<@Nullable BigDecimal> taux(LigneConsole ligne) {
    LigneConsole.Sortie sortie =
        ligne instanceof LigneEtablissement offre ? offre.sortieRegionale() : ligne.sortie();
    return Arrays.asList(
        sortie.tauxInsertion6mois().valeur(),
        sortie.tauxPoursuite().valeur(),
        sortie.tauxDevenirFavorable().valeur());
  }

  /** The row of the console for the same offer or formation, asked for another millésime. */
  private LigneConsole meme(Console console, LigneConsole ligne, String millesime) {
    FiltresConsole f =
        queries.completees(
            filtres(
                    "53",
                    ligne instanceof LigneEtablissement offre
                        ? List.of(offre.etablissement().uai().code())
                        : List.of(),
                    List.of(ligne.formation().cfd().code()))
                .pourMillesime(millesime));
    Pagination<LigneConsole> page =
        queries.page(console, f, Tri.of(console, null, null), 0, Pagination.MAX_SIZE);
    return page.items().stream()
        .filter(l -> EvolutionTaux.cle(l).equals(EvolutionTaux.cle(ligne)))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError(EvolutionTaux.cle(ligne) + " absente en " + millesime));
  }

  private static FiltresConsole filtres(String region, List<String> uais, List<String> cfds) {
    return new FiltresConsole(
        null,
        List.of(region),
        null,
        null,
        null,
        uais,
        null,
        null,
        null,
        null,
        null,
        cfds,
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
