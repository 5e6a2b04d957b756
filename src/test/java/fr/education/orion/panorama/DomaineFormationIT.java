package fr.education.orion.panorama;

import static fr.education.orion.schema.Tables.QUADRANT_POSITION;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.RealFiles;
import fr.education.orion.TestHttp;
import fr.education.orion.TestHttp.Answer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.assertj.core.data.Offset;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The domaine de formation panorama and the formation's indicators, checked against sums made here
 * from the raw lines of the bundled files (InserJeunes regional dump, constat de rentrée 2020,
 * N_MEF, list of vocational diplomas, familles de métiers).
 */
@OrionIT
class DomaineFormationIT {

  private static final String IJ_FILE = "inserjeunes/ij_region_data_2019_2020-2021_2022.csv.gz";
  private static final Offset<Double> EXACT = Offset.offset(1e-12);
  private static final String BOULANGER = "40022105";

  @LocalServerPort int port;
  @Autowired DSLContext dsl;
  TestHttp http;

  @BeforeEach
  void client() {
    http = new TestHttp(port);
  }

  /**
   * The MEFSTAT11 of a formation's years in N_MEF ({@code finalYears}: only the last year of each
   * dispositif, whose pupils InserJeunes follows).
   */
  private static Set<String> mefstats(String cfd, boolean finalYears) {
    Set<String> mefstats = new TreeSet<>();
    // MEF;DISPOSITIF_FORMATION;FORMATION_DIPLOME;DUREE_DISPOSITIF;ANNEE_DISPOSITIF;…;MEF_STAT_11(17)
    for (String[] r : RealFiles.rows("bcn/nMef.csv.gz", StandardCharsets.UTF_8)) {
      if (r[2].equals(cfd) && (!finalYears || r[3].equals(r[4]))) {
        mefstats.add(r[17]);
      }
    }
    return mefstats;
  }

  /**
   * Σ over the raw voie scolaire lines of a millésime whose MEFSTAT11 is one of {@code mefstats},
   * in région {@code region} (every région when null): final-year pupils, leavers, continuing, in
   * employment at 6 months; and the denominators of the rates, each over the lines whose numerator
   * is published.
   */
  private static long[] inserJeunes(String millesime, Set<String> mefstats, String region) {
    long[] sums = new long[6];
    // id;millesime;code_region_ij;code_region;voie;cfd;mefstat11;nb_annee_term(7);…;
    // nb_en_emploi_6_mois(11);nb_poursuite_etudes(12);nb_sortant(13)
    for (String[] r : RealFiles.rows(IJ_FILE, StandardCharsets.UTF_8)) {
      if (!r[1].equals(millesime)
          || !r[4].equals("scolaire")
          || !mefstats.contains(r[6])
          || (region != null && !r[3].equals(region))) {
        continue;
      }
      sums[0] += number(r[7]);
      sums[1] += number(r[13]);
      sums[2] += number(r[12]);
      sums[3] += number(r[11]);
      sums[4] += r[11].isEmpty() ? 0 : number(r[13]);
      sums[5] += r[12].isEmpty() ? 0 : number(r[7]);
    }
    return sums;
  }

  private static long number(String value) {
    return value.isEmpty() ? 0 : Long.parseLong(value);
  }

  private static void assertRates(JsonNode taux, long[] sums, String as) {
    assertThat(sums[4]).as(as + " leavers").isGreaterThanOrEqualTo(20);
    assertThat(taux.get("effectifSortie").asLong()).as(as).isEqualTo(sums[0]);
    assertThat(taux.get("tauxInsertion6mois").asDouble())
        .as(as + " taux d'emploi")
        .isCloseTo((double) sums[3] / sums[4], EXACT);
    assertThat(taux.get("tauxPoursuite").asDouble())
        .as(as + " taux de poursuite")
        .isCloseTo((double) sums[2] / sums[5], EXACT);
  }

  @Test
  void theNationalRatesOfAFormationAreTheSumsOfEveryRegion() {
    Set<String> terminale = mefstats(BOULANGER, true);
    assertThat(terminale).containsExactly("23830022105");
    long[] france = inserJeunes("2021_2022", terminale, null);
    long[] bretagne = inserJeunes("2021_2022", terminale, "53");

    JsonNode page = http.get("/api/formations/" + BOULANGER + "/indicateurs/regions").json();
    assertThat(page.get("voie").asString()).isEqualTo("scolaire");
    assertRates(page.get("national").get("inserJeunes").get("2021_2022"), france, "France");
    JsonNode ligneBretagne = region(page, "53");
    assertThat(ligneBretagne.get("libelle").asString()).isEqualTo("Bretagne");
    assertRates(ligneBretagne.get("inserJeunes").get("2021_2022"), bretagne, "Bretagne");

    // The domaine panorama's figures for the nation and for the région are the same sums.
    assertRates(
        scolaire(http.get("/api/formations/" + BOULANGER + "/indicateurs?voie=scolaire").json()),
        france,
        "France, panorama");
    assertRates(
        scolaire(http.get("/api/formations/" + BOULANGER + "/indicateurs?codeRegion=53").json()),
        bretagne,
        "Bretagne, panorama");
  }

  @Test
  void aDepartementHasTheInserJeunesRatesOfItsRegion() {
    long[] hautsDeFrance = inserJeunes("2021_2022", mefstats(BOULANGER, true), "32");

    JsonNode nord =
        http.get("/api/formations/" + BOULANGER + "/indicateurs?codeDepartement=059").json();

    assertThat(nord.get("territoire").get("libelle").asString()).isEqualTo("Nord");
    assertThat(nord.get("regionInserJeunes").asString()).isEqualTo("32");
    assertRates(scolaire(nord), hautsDeFrance, "Nord");
    String page =
        http.get(
                "/panorama/domaine-de-formation/221?territoire=departement-059&cfd=" + BOULANGER,
                "text/html")
            .body();
    assertThat(page)
        .contains("les taux présentés sont ceux de la région Hauts-de-France")
        .contains("le département Nord (059)");
  }

  @Test
  void aRenovatedFormationCarriesItsPredecessorsCounts() {
    // CAP Cuisine 50022146 replaced 50022139 and has no line of its own in 2021_2022: every
    // région carries the lines of the final years of 50022139 (dispositifs 240 and 241 there).
    assertThat(inserJeunes("2021_2022", mefstats("50022146", true), null)[0]).isZero();
    long[] ancien = inserJeunes("2021_2022", mefstats("50022139", true), null);

    JsonNode national =
        http.get("/api/formations/50022146/indicateurs/regions")
            .json()
            .get("national")
            .get("inserJeunes")
            .get("2021_2022");

    assertRates(national, ancien, "CAP Cuisine");
    assertThat(national.get("cfdContinuum").get(0).asString()).isEqualTo("50022139");
    assertThat(http.get("/formations/50022146", "text/html").body())
        .contains("Chiffres de la formation précédente")
        .contains("href=\"/formations/50022139\"");
  }

  @Test
  void theQuadrantPositionOfEachRegionIsItsStoredOneOrTheReadTimeDefault() {
    JsonNode page = http.get("/api/formations/" + BOULANGER + "/indicateurs/regions").json();
    String millesime = page.get("millesimeQuadrant").asString();
    assertThat(millesime).isEqualTo("2021_2022");
    int checked = 0;
    for (JsonNode ligne : page.get("regions")) {
      String stored =
          dsl.select(QUADRANT_POSITION.POSITION)
              .from(QUADRANT_POSITION)
              .where(QUADRANT_POSITION.CFD.eq(BOULANGER))
              .and(QUADRANT_POSITION.MILLESIME.eq(millesime))
              .and(QUADRANT_POSITION.CODE_REGION.eq(ligne.get("codeRegion").asString()))
              .fetchOne(QUADRANT_POSITION.POSITION);
      assertThat(ligne.get("quadrant").get(0).get("position").asString())
          .as(ligne.get("libelle").asString())
          .isEqualTo(stored == null ? "Hors quadrant" : stored);
      checked += stored == null ? 0 : 1;
    }
    assertThat(checked).isGreaterThan(10);
    // A classe commune has no InserJeunes counts: "-" in every région.
    JsonNode seconde = http.get("/api/formations/40022107/indicateurs?codeRegion=53").json();
    assertThat(seconde.get("quadrant").get(0).get("position").asString()).isEqualTo("-");
  }

  /**
   * The UAIs of the département (the first three characters of a metropolitan UAI) with a line of
   * the constat 2020 for one of the formation's MEFSTAT11.
   */
  @Test
  void theEtablissementsOfADepartementAreThoseOfTheConstat() {
    Set<String> mefstats = mefstats(BOULANGER, false);
    Set<String> annee2 = new HashSet<>();
    for (String[] r : RealFiles.rows("bcn/nMef.csv.gz", StandardCharsets.UTF_8)) {
      if (mefstats.contains(r[17])) {
        assertThat(r[2])
            .as("MEFSTAT11 " + r[17] + " belongs to the boulanger only")
            .isEqualTo(BOULANGER);
        if (r[4].equals("2")) {
          annee2.add(r[17]);
        }
      }
    }
    Set<String> uais = new TreeSet<>();
    long entree = 0;
    // Rentrée scolaire;UAI;Mef Bcp 11;Nombre d'élèves : Total
    for (String[] r : RealFiles.rows("constat/constat_2020.csv.gz", StandardCharsets.UTF_8)) {
      if (r[1].startsWith("059") && mefstats.contains(r[2])) {
        uais.add(r[1]);
        // A spécialité of the famille "métiers de l'alimentation": pupils enter it in year 2.
        entree += annee2.contains(r[2]) ? Long.parseLong(r[3]) : 0;
      }
    }
    assertThat(uais).hasSizeGreaterThan(1);

    JsonNode etablissements =
        http.get("/api/formations/" + BOULANGER + "/etablissements?codeDepartement=059").json();
    assertThat(etablissements.get("rentreeScolaire").asString()).isEqualTo("2020");
    List<String> actual = new ArrayList<>();
    long actualEntree = 0;
    for (JsonNode e : etablissements.get("etablissements")) {
      actual.add(e.get("uai").asString());
      actualEntree += e.get("effectifEntree").asLong();
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(uais);
    assertThat(actualEntree).isEqualTo(entree);

    JsonNode formation =
        formation(http.get("/api/domaines-de-formation/221?codeDepartement=059").json(), BOULANGER);
    assertThat(formation.get("nbEtablissements").asInt()).isEqualTo(uais.size());
    JsonNode rentree2020 =
        http.get("/api/formations/" + BOULANGER + "/indicateurs?codeDepartement=059")
            .json()
            .get("entree")
            .get(0);
    assertThat(rentree2020.get("rentreeScolaire").asString()).isEqualTo("2020");
    assertThat(rentree2020.get("nbEtablissements").asInt()).isEqualTo(uais.size());
    assertThat(rentree2020.get("effectifEntree").asLong()).isEqualTo(entree);
    // The constat gives no capacity: it is missing, not zero.
    assertThat(rentree2020.get("capacite").isNull()).isTrue();
    assertThat(rentree2020.get("tauxRemplissage").isNull()).isTrue();
  }

  /**
   * The CFDs of the perimeter whose 4th to 6th characters are {@code nsf}: the list of vocational
   * diplomas ("Code diplôme" 400-22105 T → 40022105) and Orion's familles de métiers and BTS
   * options (classes communes and spécialités).
   */
  private static Set<String> perimetre(String nsf) {
    Set<String> cfds = new TreeSet<>();
    // Commission…;Secteur;Niveau;Code diplôme(3);…
    for (String[] r :
        RealFiles.rows("diplomes_pro/diplomesProfessionnels.csv.gz", StandardCharsets.UTF_8)) {
      String code = r[3].replace("-", "").replace(" ", "");
      if (code.matches("[0-9]{8}[A-Z]?")) {
        cfds.add(code.substring(0, 8));
      }
    }
    // FAMILLE;SPECIALITE;MEFSTAT11_COMMUN;CFD_COMMUN(3);MEFSTAT11_SPECIALITE;CFD_SPECIALITE(5)
    for (String[] r :
        RealFiles.rows("orion_referentiels/familleMetiers.csv.gz", StandardCharsets.UTF_8)) {
      cfds.add(r[3]);
      cfds.add(r[5]);
    }
    // CFD_COMMUN(0);FAMILLE;CFD_SPECIALITE(2);…
    for (String[] r :
        RealFiles.rows("orion_referentiels/optionsBTS.csv.gz", StandardCharsets.UTF_8)) {
      cfds.add(r[0]);
      cfds.add(r[2]);
    }
    cfds.removeIf(cfd -> !cfd.substring(3, 6).equals(nsf));
    return cfds;
  }

  @Test
  void aDomaineListsExactlyThePerimeterFormationsOfItsNsf() {
    // 221 has familles de métiers; 225 has a diploma (BP Électricien 45022517) the BCN lacks.
    for (String nsf : List.of("221", "225")) {
      Set<String> expected = perimetre(nsf);
      JsonNode domaine = http.get("/api/domaines-de-formation/" + nsf).json();
      List<String> actual = new ArrayList<>();
      domaine.get("formations").forEach(f -> actual.add(f.get("cfd").asString()));

      assertThat(actual).as(nsf).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(domaine.get("domaine").get("nbFormations").asInt()).isEqualTo(expected.size());
      JsonNode listed = null;
      for (JsonNode d : http.get("/api/domaines-de-formation").json()) {
        listed = d.get("codeNsf").asString().equals(nsf) ? d : listed;
      }
      assertThat(listed).as(nsf).isNotNull();
      assertThat(listed.get("nbFormations").asInt()).isEqualTo(expected.size());
    }
    assertThat(perimetre("221")).contains(BOULANGER, "40022107");
    JsonNode boulanger = formation(http.get("/api/domaines-de-formation/221").json(), BOULANGER);
    assertThat(boulanger.get("renovee").asBoolean()).isTrue();
    assertThat(boulanger.get("typeFamille").asString()).isEqualTo("specialite");
    assertThat(boulanger.get("scolaire").asBoolean()).isTrue();
    assertThat(
            formation(http.get("/api/domaines-de-formation/221").json(), "40022107")
                .get("typeFamille")
                .asString())
        .isEqualTo("2nde_commune");
  }

  @Test
  void theRoutesAreInTheOpenApiDocument() {
    JsonNode paths = http.get("/api/openapi").json().get("paths");
    for (String route :
        List.of(
            "/api/domaines-de-formation",
            "/api/domaines-de-formation/{codeNsf}",
            "/api/formations/{cfd}/etablissements",
            "/api/formations/{cfd}/indicateurs",
            "/api/formations/{cfd}/indicateurs/regions")) {
      assertThat(paths.has(route)).as(route).isTrue();
    }
  }

  @Test
  void refusesUnknownOrMalformedFilters() {
    assertProblem(http.get("/api/domaines-de-formation/999"), 404, "999");
    assertProblem(http.get("/api/domaines-de-formation/221?voie=alternance"), 400, "alternance");
    assertProblem(http.get("/api/formations/40022105/indicateurs?codeDepartement=000"), 404, "000");
    assertProblem(http.get("/api/formations/4002210/indicateurs"), 400, "4002210");
    assertProblem(http.get("/api/formations/00000000/etablissements"), 404, "00000000");
    Answer autreDomaine = http.get("/panorama/domaine-de-formation/221?cfd=50023327", "text/html");
    assertThat(autreDomaine.status()).isEqualTo(404);
    assertThat(autreDomaine.body()).contains("n'est pas une formation du domaine");
    assertThat(
            http.get("/panorama/domaine-de-formation/221?territoire=ville-35", "text/html")
                .status())
        .isEqualTo(400);
  }

  @Test
  void theDomaineFilterOfTheListLeadsToTheDomainePageWithTheOtherFilters() throws Exception {
    HttpResponse<Void> redirect =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            "http://127.0.0.1:"
                                + port
                                + "/panorama/domaine-de-formation?codeNsf=221"
                                + "&territoire=region-53&voie=scolaire"))
                    .build(),
                HttpResponse.BodyHandlers.discarding());

    assertThat(redirect.statusCode()).isEqualTo(302);
    assertThat(redirect.headers().firstValue("Location").orElseThrow())
        .endsWith("/panorama/domaine-de-formation/221?territoire=region-53&voie=scolaire");
  }

  private static void assertProblem(Answer answer, int status, String named) {
    assertThat(answer.status()).as(answer.body()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("detail").asString()).contains(named);
  }

  private static JsonNode region(JsonNode page, String codeRegion) {
    for (JsonNode ligne : page.get("regions")) {
      if (ligne.get("codeRegion").asString().equals(codeRegion)) {
        return ligne;
      }
    }
    throw new AssertionError("région " + codeRegion + " absente");
  }

  private static JsonNode scolaire(JsonNode indicateurs) {
    for (JsonNode taux : indicateurs.get("inserJeunes")) {
      if (taux.get("millesime").asString().equals("2021_2022")
          && taux.get("voie").asString().equals("scolaire")) {
        return taux;
      }
    }
    throw new AssertionError("2021_2022 scolaire absent");
  }

  private static JsonNode formation(JsonNode domaine, String cfd) {
    for (JsonNode f : domaine.get("formations")) {
      if (f.get("cfd").asString().equals(cfd)) {
        return f;
      }
    }
    throw new AssertionError(cfd + " absente du domaine");
  }
}
