package fr.education.orion.console;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.TestHttp.Answer;
import fr.education.orion.panorama.FichiersBruts;
import fr.education.orion.panorama.FichiersBruts.SommesInserJeunes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The consoles' JSON routes and their CSV and XLSX twins on the bundled real data. Expected values
 * are computed here from the raw lines of the constat de rentrée 2020, N_MEF, the perimeter files
 * and the regional InserJeunes counts ({@link FichiersBruts}), not from Orion's tables.
 *
 * <p>Corse-du-Sud (02A) is located by the first three characters of its UAIs (620): every UAI of
 * Corse in the constat 2020 is known to Orion's référentiel (see {@code PanoramaTerritoireApiIT}),
 * so the console's département filter sees the same offers.
 */
@OrionIT
class ConsoleApiIT {

  private static final Offset<Double> EXACT = Offset.offset(1e-12);
  private static final Predicate<String> CORSE_DU_SUD = uai -> uai.startsWith("620");

  @LocalServerPort int port;

  private TestHttp http;

  @BeforeEach
  void client() {
    http = new TestHttp(port);
  }

  @Test
  void theOffersOfADepartementAtRentree2020AreThoseOfTheConstat() {
    Map<List<String>, int[]> attendues = FichiersBruts.offres2020(CORSE_DU_SUD, cfd -> true);
    int effectifEntree = 0;
    for (var offre : attendues.entrySet()) {
      effectifEntree += entree(offre.getKey().get(1), offre.getValue());
    }

    JsonNode page =
        ok("/api/console/etablissements?rentreeScolaire=2020&codeDepartement=02A&size=500");
    assertThat(page.get("total").asInt()).isEqualTo(attendues.size());
    // By hand (awk over the same files) the literal figures: they guard the computation above.
    assertThat(attendues).hasSizeGreaterThan(50);
    int somme = 0;
    for (JsonNode ligne : page.get("items")) {
      List<String> cle =
          List.of(
              ligne.get("uai").asString(),
              ligne.get("cfd").asString(),
              ligne.get("codeDispositif").asString());
      int[] effectifs = attendues.get(cle);
      assertThat(effectifs).as("offre %s dans le constat", cle).isNotNull();
      assertThat(entier(ligne, "effectif1")).isEqualTo(effectifs[0]);
      assertThat(entier(ligne, "effectif2")).isEqualTo(effectifs[1]);
      assertThat(entier(ligne, "effectif3")).isEqualTo(effectifs[2]);
      assertThat(ligne.get("codeDepartement").asString()).isEqualTo("02A");
      assertThat(ligne.get("voie").asString()).isEqualTo("scolaire");
      // Rentrée 2020 has headcounts but no capacity: missing, never zero.
      assertThat(ligne.get("capacite").isNull()).isTrue();
      assertThat(ligne.get("tauxRemplissage").isNull()).isTrue();
      somme += entier(ligne, "effectifEntree");
    }
    assertThat(somme).isEqualTo(effectifEntree);

    JsonNode formations =
        ok("/api/console/formations?rentreeScolaire=2020&codeDepartement=02A&size=500");
    Set<List<String>> parFormation =
        attendues.keySet().stream().map(k -> k.subList(1, 3)).collect(Collectors.toSet());
    assertThat(formations.get("total").asInt()).isEqualTo(parFormation.size());
    int sommeFormations = 0;
    int etablissements = 0;
    for (JsonNode ligne : formations.get("items")) {
      sommeFormations += entier(ligne, "effectifEntree");
      etablissements += ligne.get("nbEtablissements").asInt();
    }
    assertThat(sommeFormations).isEqualTo(effectifEntree);
    assertThat(etablissements).isEqualTo(attendues.size());
  }

  @Test
  void aFormationsRegionalRatesAreTheSumsOfItsInserJeunesCounts() {
    JsonNode page =
        ok(
            "/api/console/formations?rentreeScolaire=2020&codeRegion=94&codeNiveauDiplome=400"
                + "&millesime=2021_2022&size=500");
    Map<String, Integer> lignesParCfd = new HashMap<>();
    page.get("items").forEach(l -> lignesParCfd.merge(l.get("cfd").asString(), 1, Integer::sum));
    int compares = 0;
    for (JsonNode ligne : page.get("items")) {
      String cfd = ligne.get("cfd").asString();
      assertThat(ligne.get("millesimeSortie").asString()).isEqualTo("2021_2022");
      // The region is the only one selected: every formation has a quadrant position.
      assertThat(ligne.get("positionQuadrant").isNull()).isFalse();
      SommesInserJeunes sommes = FichiersBruts.inserJeunes("2021_2022", "94"::equals, cfd::equals);
      if (lignesParCfd.get(cfd) > 1 || sommes.tauxEmploi() == null) {
        continue;
      }
      assertThat(ligne.get("tauxInsertion6mois").asDouble()).isCloseTo(sommes.tauxEmploi(), EXACT);
      assertThat(ligne.get("tauxPoursuite").asDouble()).isCloseTo(sommes.tauxPoursuite(), EXACT);
      compares++;
    }
    assertThat(compares).isGreaterThan(5);
  }

  @Test
  void severalValuesOfAFilterAddUp() {
    int corseDuSud = total("/api/console/etablissements?rentreeScolaire=2020&codeDepartement=02A");
    int hauteCorse = total("/api/console/etablissements?rentreeScolaire=2020&codeDepartement=02B");
    assertThat(
            total(
                "/api/console/etablissements?rentreeScolaire=2020&codeDepartement=02A"
                    + "&codeDepartement=02B"))
        .isEqualTo(corseDuSud + hauteCorse);
    assertThat(total("/api/console/etablissements?rentreeScolaire=2020&codeDepartement=02A,02B"))
        .isEqualTo(corseDuSud + hauteCorse);
    assertThat(total("/api/console/etablissements?rentreeScolaire=2020&codeRegion=94"))
        .isEqualTo(corseDuSud + hauteCorse);
    // A département is read with or without its leading zero, as on the panoramas.
    assertThat(total("/api/console/etablissements?rentreeScolaire=2020&codeDepartement=2a"))
        .isEqualTo(corseDuSud);
    assertThat(total("/api/console/etablissements?rentreeScolaire=2020&codeDepartement=35"))
        .isEqualTo(total("/api/console/etablissements?rentreeScolaire=2020&codeDepartement=035"))
        .isPositive();
    int bacPro =
        total(
            "/api/console/etablissements?rentreeScolaire=2020&codeRegion=94&codeNiveauDiplome=400");
    assertThat(bacPro).isPositive().isLessThan(corseDuSud + hauteCorse);
    JsonNode page =
        ok(
            "/api/console/etablissements?rentreeScolaire=2020&codeRegion=94"
                + "&codeNiveauDiplome=400&size=500");
    page.get("items")
        .forEach(l -> assertThat(l.get("codeNiveauDiplome").asString()).isEqualTo("400"));
  }

  @Test
  void sortingPutsMissingValuesLastBothWays() {
    for (String order : List.of("asc", "desc")) {
      JsonNode page =
          ok(
              "/api/console/formations?rentreeScolaire=2020&codeRegion=94&sort=tauxInsertion6mois"
                  + "&order="
                  + order
                  + "&size=500");
      List<BigDecimal> taux = new ArrayList<>();
      boolean nul = false;
      for (JsonNode ligne : page.get("items")) {
        JsonNode t = ligne.get("tauxInsertion6mois");
        if (t.isNull()) {
          nul = true;
        } else {
          assertThat(nul).as("une valeur après une valeur manquante (%s)", order).isFalse();
          taux.add(t.decimalValue());
        }
      }
      assertThat(nul).isTrue();
      assertThat(taux).hasSizeGreaterThan(5);
      List<BigDecimal> triees = new ArrayList<>(taux);
      triees.sort(order.equals("asc") ? null : java.util.Comparator.reverseOrder());
      assertThat(taux).containsExactlyElementsOf(triees);
    }
  }

  @Test
  void pagesFollowEachOtherWithoutOverlap() {
    String route = "/api/console/etablissements?rentreeScolaire=2020&codeRegion=94&size=7";
    JsonNode premiere = ok(route + "&page=0");
    JsonNode seconde = ok(route + "&page=1");
    JsonNode toutes = ok("/api/console/etablissements?rentreeScolaire=2020&codeRegion=94&size=14");
    assertThat(premiere.get("items")).hasSize(7);
    assertThat(premiere.get("size").asInt()).isEqualTo(7);
    assertThat(seconde.get("page").asInt()).isEqualTo(1);
    assertThat(seconde.get("total").asInt()).isEqualTo(premiere.get("total").asInt());
    List<String> deuxPages = new ArrayList<>(cles(premiere));
    deuxPages.addAll(cles(seconde));
    assertThat(new HashSet<>(deuxPages)).hasSize(14);
    assertThat(deuxPages).containsExactlyElementsOf(cles(toutes));
  }

  @Test
  void thePanoramasLinkOpensTheConsoleWithTheSameFilters() {
    String panorama =
        http.get("/panorama/region/94?codeNiveauDiplome=400&rentreeScolaire=2020", "text/html")
            .body();
    var lien =
        java.util.regex.Pattern.compile(
                "href=\"(/console/formations\\?[^\"]+)\"[^>]*>Voir dans la console")
            .matcher(panorama);
    assertThat(lien.find()).isTrue();
    String url = lien.group(1).replace("&amp;", "&");
    assertThat(url).contains("codeRegion=94").contains("codeNiveauDiplome=400");

    Answer console = http.get(url, "text/html");
    assertThat(console.status()).isEqualTo(200);
    assertThat(console.body())
        .contains("id=\"codeRegion-94\" name=\"codeRegion\" value=\"94\" checked>")
        .contains("id=\"codeNiveauDiplome-400\" name=\"codeNiveauDiplome\" value=\"400\" checked>");
    JsonNode lignes = ok(url.replace("/console/", "/api/console/") + "&size=500");
    assertThat(lignes.get("total").asInt()).isPositive();
    lignes
        .get("items")
        .forEach(l -> assertThat(l.get("codeNiveauDiplome").asString()).isEqualTo("400"));
  }

  @Test
  void malformedParametersAreRefusedInFrench() {
    for (String query :
        List.of(
            "codeRegion=8",
            "cfd=123",
            "uai=0350001",
            "sort=inconnu",
            "order=haut",
            "size=501",
            "positionQuadrant=Q5",
            "millesime=2021_2023",
            "codeDepartement=3")) {
      Answer answer = http.get("/api/console/formations?" + query);
      assertThat(answer.status()).as(query).isEqualTo(400);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.json().get("detail").asString()).isNotBlank();
    }
  }

  @Test
  void theCsvExportHoldsEveryFilteredRowWithFrenchHeaders() throws Exception {
    String filtres = "rentreeScolaire=2020&codeRegion=94";
    int total = total("/api/console/etablissements?" + filtres);
    HttpResponse<byte[]> reponse = telecharger("/api/console/etablissements.csv?" + filtres);
    assertThat(reponse.statusCode()).isEqualTo(200);
    assertThat(reponse.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("attachment")
        .containsPattern("orion-offres-2020-94-\\d{8}\\.csv");
    String texte = new String(reponse.body(), StandardCharsets.UTF_8);
    assertThat(texte).startsWith("\uFEFF");
    List<String> lignes = texte.substring(1).lines().toList();
    assertThat(lignes.get(0)).startsWith("Établissement;UAI;Commune;");
    assertThat(lignes).hasSize(total + 1);

    HttpResponse<byte[]> visibles =
        telecharger(
            "/api/console/etablissements.csv?"
                + filtres
                + "&colonnes=uai&colonnes=cfd&colonnes=effectifEntree&sort=uai&order=asc");
    List<String> troisColonnes =
        new String(visibles.body(), StandardCharsets.UTF_8).substring(1).lines().toList();
    assertThat(troisColonnes.get(0)).isEqualTo("UAI;CFD;Effectif en entrée");
    JsonNode premiere =
        ok("/api/console/etablissements?" + filtres + "&sort=uai&order=asc&size=1")
            .get("items")
            .get(0);
    assertThat(troisColonnes.get(1))
        .isEqualTo(
            premiere.get("uai").asString()
                + ";"
                + premiere.get("cfd").asString()
                + ";"
                + (premiere.get("effectifEntree").isNull()
                    ? ""
                    : premiere.get("effectifEntree").asString()));
  }

  @Test
  void theCsvExportWritesWordsWithTheCodesInTheirOwnColumns() throws Exception {
    HttpResponse<byte[]> reponse =
        telecharger(
            "/api/console/etablissements.csv?rentreeScolaire=2020&codeDepartement=035"
                + "&colonnes=uai&colonnes=libelleDepartement&colonnes=libelleRegion"
                + "&colonnes=libelleSecteur&colonnes=libelleVoie&sort=uai&order=asc");
    List<String> lignes =
        new String(reponse.body(), StandardCharsets.UTF_8).substring(1).lines().toList();

    assertThat(lignes.get(0))
        .isEqualTo(
            "UAI;Département;Code département;Région;Code région;Secteur;Code secteur;Voie;Code"
                + " voie");
    assertThat(lignes.subList(1, lignes.size()))
        .isNotEmpty()
        .allSatisfy(
            ligne ->
                assertThat(ligne)
                    .matches(
                        "\\d{7}[A-Z];Ille-et-Vilaine;035;Bretagne;53;(Public;PU|Privé;PR|;);"
                            + "(Voie scolaire;scolaire|Apprentissage;apprentissage)"));
    // The annuaire de l'éducation gives the secteur of the établissements of Ille-et-Vilaine.
    assertThat(lignes)
        .anyMatch(ligne -> ligne.endsWith(";Public;PU;Voie scolaire;scolaire"))
        .anyMatch(ligne -> ligne.contains(";Privé;PR;"));
  }

  @Test
  void theXlsxExportReadsBackWithTheSameRows() throws Exception {
    String filtres = "rentreeScolaire=2020&codeDepartement=02A";
    JsonNode page = ok("/api/console/formations?" + filtres + "&sort=cfd&order=asc&size=500");
    HttpResponse<byte[]> reponse =
        telecharger("/api/console/formations.xlsx?" + filtres + "&sort=cfd&order=asc");
    assertThat(reponse.statusCode()).isEqualTo(200);
    assertThat(reponse.headers().firstValue("Content-Disposition").orElseThrow())
        .containsPattern("orion-formations-2020-02A-\\d{8}\\.xlsx");
    try (ReadableWorkbook classeur =
        new ReadableWorkbook(new ByteArrayInputStream(reponse.body()))) {
      List<Row> lignes = classeur.getFirstSheet().read();
      List<String> entetes = new ArrayList<>();
      lignes.get(0).forEach(cellule -> entetes.add(cellule.getRawValue()));
      assertThat(entetes)
          .contains("Formation", "CFD", "Effectif en entrée", "Taux de pression (vœux par place)");
      assertThat(lignes).hasSize(page.get("total").asInt() + 1);
      int cfd = entetes.indexOf("CFD");
      int effectif = entetes.indexOf("Effectif en entrée");
      for (int i = 0; i < page.get("items").size(); i++) {
        JsonNode attendue = page.get("items").get(i);
        Row ligne = lignes.get(i + 1);
        assertThat(ligne.getCellText(cfd)).isEqualTo(attendue.get("cfd").asString());
        if (!attendue.get("effectifEntree").isNull()) {
          assertThat(ligne.getCellAsNumber(effectif).orElseThrow().intValue())
              .isEqualTo(attendue.get("effectifEntree").asInt());
        }
      }
    }
  }

  private static int entree(String cfd, int[] effectifs) {
    return FichiersBruts.specialites().contains(cfd) ? effectifs[1] : effectifs[0];
  }

  private static int entier(JsonNode ligne, String champ) {
    return ligne.get(champ).isNull() ? 0 : ligne.get(champ).asInt();
  }

  private static List<String> cles(JsonNode page) {
    List<String> cles = new ArrayList<>();
    page.get("items")
        .forEach(
            l ->
                cles.add(
                    l.get("uai").asString()
                        + l.get("cfd").asString()
                        + l.get("codeDispositif").asString()
                        + l.get("voie").asString()));
    return cles;
  }

  private int total(String path) {
    return ok(path).get("total").asInt();
  }

  private JsonNode ok(String path) {
    Answer answer = http.get(path);
    assertThat(answer.status()).as(path + " → " + answer.body()).isEqualTo(200);
    return answer.json();
  }

  private HttpResponse<byte[]> telecharger(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }
}
