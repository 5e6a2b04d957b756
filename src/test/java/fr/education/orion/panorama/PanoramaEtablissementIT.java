package fr.education.orion.panorama;

import static fr.education.orion.schema.Tables.INSERJEUNES_UAI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.education.orion.NMef;
import fr.education.orion.NMef.Mef;
import fr.education.orion.OrionIT;
import fr.education.orion.RealFiles;
import fr.education.orion.TestHttp;
import fr.education.orion.ingestion.ImportFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The panorama of a real lycée, the Lycée professionnel Jean Jaurès of Rennes (0350031U: CAP, BMA
 * and bac pro at rentrée 2020), checked against values computed here from the raw bundled files.
 */
@OrionIT
class PanoramaEtablissementIT {

  private static final String JAURES = "0350031U";
  private static final String ANNUAIRE =
      "etablissements/annuaire_education_extrait_dept35_2023.csv.gz";

  @LocalServerPort int port;
  @Autowired ImportFile importFile;
  @Autowired DSLContext dsl;
  TestHttp http;

  @BeforeEach
  void client() {
    http = new TestHttp(port);
  }

  private JsonNode panorama(String query) {
    TestHttp.Answer answer = http.get("/api/panorama/etablissements/" + JAURES + query);
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    return answer.json();
  }

  private static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  private static Integer intOrNull(JsonNode node) {
    return node.isNull() ? null : node.asInt();
  }

  /** (cfd/dispositif) → headcount of years 1, 2, 3 of one UAI in the constat 2020, via N_MEF. */
  private static Map<String, Integer[]> constat2020(String uai) {
    Map<String, Mef> mefs = NMef.atRentree(2020);
    Map<String, Integer[]> offres = new TreeMap<>();
    // Rentrée scolaire;UAI;Mef Bcp 11;Nombre d'élèves : Total
    for (String[] r : RealFiles.rows("constat/constat_2020.csv.gz", StandardCharsets.UTF_8)) {
      if (r[1].equals(uai)) {
        Mef mef = mefs.get(r[2]);
        Integer[] annees =
            offres.computeIfAbsent(mef.cfd() + "/" + mef.dispositif(), k -> new Integer[3]);
        int index = mef.annee() - 1;
        annees[index] = (annees[index] == null ? 0 : annees[index]) + Integer.parseInt(r[3]);
      }
    }
    return offres;
  }

  @Test
  void showsTheConstatHeadcountsOfEachFormationAtTheCurrentRentree() {
    Map<String, Integer[]> constat = constat2020(JAURES);
    // The newest rentrée with headcounts is the default: the bundled constat is 2020's.
    JsonNode panorama = panorama("");
    assertThat(panorama.get("filtres").get("rentreeScolaire").asString()).isEqualTo("2020");

    Map<String, Integer[]> montres = new TreeMap<>();
    for (JsonNode formation : panorama.get("formations")) {
      JsonNode offre = formation.get("offre");
      montres.put(
          offre.get("cfd").asString() + "/" + offre.get("codeDispositif").asString(),
          new Integer[] {
            intOrNull(offre.get("effectif1")),
            intOrNull(offre.get("effectif2")),
            intOrNull(offre.get("effectif3"))
          });
      // 2020 has no Affelnet file: no capacity, and no zero either.
      assertThat(offre.get("capacite").isNull()).isTrue();
      assertThat(offre.get("tauxPression").isNull()).isTrue();
    }
    assertThat(montres).hasSize(11);
    montres.forEach((cle, annees) -> assertThat(annees).as(cle).containsExactly(constat.get(cle)));

    // The constat has two more offers, outside the perimeter of vocational formations: a DN MADE
    // (24113401, a higher arts diploma) and the former 2nde commune of vehicle maintenance
    // (40025218), neither in the list of vocational diplomas nor in the familles de métiers.
    Set<String> absentes = new HashSet<>(constat.keySet());
    absentes.removeAll(montres.keySet());
    assertThat(absentes).containsExactlyInAnyOrder("24113401/418", "40025218/247");
    assertThat(panorama.get("horsPerimetre").asInt()).isEqualTo(2);
    String liste =
        String.join(
            "\n",
            RealFiles.lines("diplomes_pro/diplomesProfessionnels.csv.gz", StandardCharsets.UTF_8));
    String familles =
        String.join(
            "\n",
            RealFiles.lines("orion_referentiels/familleMetiers.csv.gz", StandardCharsets.UTF_8));
    assertThat(liste).doesNotContain("241-13401", "400-25218");
    assertThat(familles).doesNotContain("24113401", "40025218");

    assertThat(list(panorama.get("donneesIncompletes")))
        .map(JsonNode::asString)
        .anyMatch(
            manque ->
                manque.startsWith(
                    "Capacités et premiers vœux non disponibles pour la rentrée 2020"));
  }

  /** The DEPP line of the lycée as a whole in the "pro" file of a millésime. */
  private static String[] depp(String millesime) {
    // n°UAI;Libellé;Région;Dont apprentis en EPLE;Taux de poursuite d'études;Taux;Taux attendu;
    // Valeur ajoutée;Part en poursuite d'études;Part en emploi 6 mois;Part des autres situations
    return RealFiles.rows(
            "inserjeunes/depp_etablissements/depp-2022-etablissements-" + millesime + "-pro.csv.gz",
            StandardCharsets.UTF_8)
        .stream()
        .filter(r -> r[0].equals(JAURES) && r[3].equals("ensemble"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theHeaderShowsTheDeppIndicatorsOfTheNewestMillesimeAndTheirEvolution() {
    String[] courant = depp("2021_2022");
    String[] precedent = depp("2020_2021");

    JsonNode indicateurs = panorama("").get("entete").get("indicateurs");

    assertThat(indicateurs.get("millesime").asString()).isEqualTo("2021_2022");
    assertThat(indicateurs.get("millesimePrecedent").asString()).isEqualTo("2020_2021");
    assertThat(indicateurs.get("perimetre").asString()).isEqualTo("ensemble");
    JsonNode valeurAjoutee = indicateurs.get("valeurAjoutee");
    int va = Integer.parseInt(courant[7]);
    int vaPrecedente = Integer.parseInt(precedent[7]);
    assertThat(valeurAjoutee.get("valeur").asDouble()).isCloseTo(va / 100.0, within(1e-9));
    assertThat(valeurAjoutee.get("precedent").asDouble())
        .isCloseTo(vaPrecedente / 100.0, within(1e-9));
    assertThat(valeurAjoutee.get("ecart").asDouble())
        .isCloseTo((va - vaPrecedente) / 100.0, within(1e-9));
    // Jean Jaurès: +6 points in 2021_2022, −2 in 2020_2021, so +8.
    assertThat(va - vaPrecedente).isEqualTo(8);
    assertThat(indicateurs.get("tauxPoursuite").get("valeur").asDouble())
        .isCloseTo(Integer.parseInt(courant[4]) / 100.0, within(1e-9));
    assertThat(indicateurs.get("tauxEmploi6mois").get("ecart").asDouble())
        .isCloseTo(
            (Integer.parseInt(courant[5]) - Integer.parseInt(precedent[5])) / 100.0, within(1e-9));
    // Devenir favorable: the shares in further study and in employment of the final-year pupils.
    assertThat(indicateurs.get("tauxDevenirFavorable").get("valeur").asDouble())
        .isCloseTo(
            (Integer.parseInt(courant[8]) + Integer.parseInt(courant[9])) / 100.0, within(1e-9));
  }

  @Test
  void anOlderMillesimeComparesWithItsOwnPrevious() {
    JsonNode indicateurs = panorama("?millesime=2020_2021").get("entete").get("indicateurs");

    assertThat(indicateurs.get("millesime").asString()).isEqualTo("2020_2021");
    JsonNode valeurAjoutee = indicateurs.get("valeurAjoutee");
    // 2019_2020 file: the lycée's valeur ajoutée is +12 points.
    assertThat(valeurAjoutee.get("precedent").asDouble()).isCloseTo(0.12, within(1e-9));
    assertThat(valeurAjoutee.get("ecart").asDouble()).isCloseTo(-0.14, within(1e-9));
    // The DEPP published no shares of leavers before 2020_2021: no evolution of that rate.
    assertThat(indicateurs.get("tauxDevenirFavorable").get("precedent").isNull()).isTrue();
  }

  /** The raw Affelnet 2021 offers of one formation, dispositif and year of entry, per UAI. */
  private record OffreAffelnet(String uai, Integer capacite, int voeux) {}

  private static List<OffreAffelnet> affelnet2021(String cfd, String dispositif, int entree) {
    Map<String, Mef> mefs = NMef.atRentree(2021);
    Set<String> prives = new HashSet<>();
    for (String[] r : RealFiles.rows(ANNUAIRE, StandardCharsets.UTF_8)) {
      if (r[3].equals("Privé")) {
        prives.add(r[0]);
      }
    }
    Map<String, Integer> capacites = new TreeMap<>();
    Map<String, Integer> voeux = new TreeMap<>();
    // Etablissement d'accueil;MEF STAT 11;Voeu de recensement O/N;Statut Offre de formation;
    // Capacité carte scolaire;Demandes vœux 1;…
    for (String[] r :
        RealFiles.rows("affelnet/attractivite_capacite_2021.csv.gz", StandardCharsets.UTF_8)) {
      Mef mef = mefs.get(r[1]);
      if (!r[2].equals("N")
          || !r[3].equals("ST")
          || prives.contains(r[0])
          || mef == null
          || !mef.cfd().equals(cfd)
          || !mef.dispositif().equals(dispositif)
          || mef.annee() != entree) {
        continue;
      }
      if (!r[4].isEmpty()) {
        capacites.merge(r[0], Integer.parseInt(r[4]), Integer::sum);
      }
      voeux.merge(r[0], Integer.parseInt(r[5]), Integer::sum);
    }
    List<OffreAffelnet> offres = new ArrayList<>();
    voeux.forEach(
        (uai, nombre) -> {
          Integer capacite = capacites.get(uai);
          // Orion keeps a capacity only between 5 and 500.
          offres.add(
              new OffreAffelnet(
                  uai,
                  capacite != null && capacite >= 5 && capacite <= 500 ? capacite : null,
                  nombre));
        });
    return offres;
  }

  /**
   * The département of each établissement the référentiel knows: the annuaire's, else for the
   * DEPP's établissements the first three characters of the UAI (620 and 720 are Corsica's).
   */
  private static Map<String, String> departements() {
    Map<String, String> departements = new HashMap<>();
    for (String millesime : List.of("2018_2019", "2019_2020", "2020_2021", "2021_2022")) {
      for (String fichier : List.of("pro", "apprentissage")) {
        for (String[] r :
            RealFiles.rows(
                "inserjeunes/depp_etablissements/depp-2022-etablissements-"
                    + millesime
                    + "-"
                    + fichier
                    + ".csv.gz",
                StandardCharsets.UTF_8)) {
          String prefixe = r[0].substring(0, 3);
          departements.put(
              r[0], prefixe.equals("620") ? "02A" : prefixe.equals("720") ? "02B" : prefixe);
        }
      }
    }
    for (String[] r : RealFiles.rows(ANNUAIRE, StandardCharsets.UTF_8)) {
      departements.put(r[0], r[10]);
    }
    return departements;
  }

  private static double voeuxParPlace(List<OffreAffelnet> offres) {
    int voeux = 0;
    int places = 0;
    for (OffreAffelnet offre : offres) {
      if (offre.capacite() != null) {
        voeux += offre.voeux();
        places += offre.capacite();
      }
    }
    return (double) voeux / places;
  }

  @Test
  void theTauxDePressionIsComparedWithTheDepartementTheRegionAndTheNation() {
    // CAP Électricien (50025524, CAP en 2 ans 241), entered in its first year, at rentrée 2021.
    List<OffreAffelnet> offres = affelnet2021("50025524", "241", 1);
    Map<String, String> departements = departements();
    Map<String, String> regionDuDepartement = new HashMap<>();
    // libelleRegion;codeAcademie;codeRegion;codeDepartement;…
    for (String[] r :
        RealFiles.rows("geo/departements_academies_regions.csv.gz", StandardCharsets.UTF_8)) {
      regionDuDepartement.put(r[3], r[2]);
    }
    List<OffreAffelnet> ille =
        offres.stream().filter(o -> "035".equals(departements.get(o.uai()))).toList();
    List<OffreAffelnet> bretagne =
        offres.stream()
            .filter(o -> "53".equals(regionDuDepartement.get(departements.get(o.uai()))))
            .toList();
    // By hand (awk on the Affelnet file): in Ille-et-Vilaine, 0350009V 15 places 15 wishes,
    // 0350031U 24 places 43 wishes, 0350709F 15 places 14 wishes: 72 / 54.
    assertThat(voeuxParPlace(ille)).isCloseTo(72 / 54.0, within(1e-12));

    JsonNode formation =
        list(panorama("?rentreeScolaire=2021&codeNiveauDiplome=500").get("formations")).stream()
            .filter(f -> f.get("offre").get("cfd").asString().equals("50025524"))
            .findFirst()
            .orElseThrow();

    JsonNode offre = formation.get("offre");
    assertThat(offre.get("capacite").asInt()).isEqualTo(24);
    assertThat(offre.get("premiersVoeux").asInt()).isEqualTo(43);
    assertThat(offre.get("tauxPression").asDouble()).isCloseTo(43 / 24.0, within(1e-12));
    JsonNode territoires = formation.get("territoires");
    assertThat(territoires.get("departement").asDouble())
        .isCloseTo(voeuxParPlace(ille), within(1e-12));
    assertThat(territoires.get("region").asDouble())
        .isCloseTo(voeuxParPlace(bretagne), within(1e-12));
    assertThat(territoires.get("national").asDouble())
        .isCloseTo(voeuxParPlace(offres), within(1e-12));
    assertThat(bretagne.size()).isGreaterThan(ille.size());
  }

  /** The great-circle distance on a sphere of the Earth's mean radius, in km. */
  private static double haversine(double[] a, double[] b) {
    double dLat = Math.toRadians(b[0] - a[0]);
    double dLon = Math.toRadians(b[1] - a[1]);
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(a[0]))
                * Math.cos(Math.toRadians(b[0]))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 2 * 6371.0088 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
  }

  @Test
  void listsTheOtherEtablissementsOfTheDepartementNearestFirst() {
    // Every établissement of Ille-et-Vilaine with a constat 2020 line of the bac pro MELEC
    // (40025510), located by the annuaire (latitude, longitude: columns 52 and 53).
    Map<String, Mef> mefs = NMef.atRentree(2020);
    Set<String> offrent = new HashSet<>();
    for (String[] r : RealFiles.rows("constat/constat_2020.csv.gz", StandardCharsets.UTF_8)) {
      Mef mef = mefs.get(r[2]);
      if (mef != null && mef.cfd().equals("40025510") && !r[1].equals(JAURES)) {
        offrent.add(r[1]);
      }
    }
    Map<String, double[]> positions = new HashMap<>();
    for (String[] r : RealFiles.rows(ANNUAIRE, StandardCharsets.UTF_8)) {
      if (r[10].equals("035") && !r[51].isEmpty()) {
        positions.put(r[0], new double[] {Double.parseDouble(r[51]), Double.parseDouble(r[52])});
      }
    }
    double[] jaures = positions.get(JAURES);
    List<String> attendus =
        offrent.stream()
            .filter(positions::containsKey)
            .sorted(Comparator.comparingDouble(uai -> haversine(jaures, positions.get(uai))))
            .toList();
    assertThat(attendus).hasSizeGreaterThan(3);

    JsonNode proches = panorama("?cfd=40025510").get("proches");

    assertThat(proches.get("cfd").asString()).isEqualTo("40025510");
    assertThat(proches.get("coordonnees").asBoolean()).isTrue();
    List<JsonNode> etablissements = list(proches.get("etablissements"));
    assertThat(etablissements)
        .map(e -> e.get("uai").asString())
        .containsExactlyElementsOf(attendus);
    for (JsonNode etablissement : etablissements) {
      String uai = etablissement.get("uai").asString();
      assertThat(etablissement.get("distanceKm").asDouble())
          .as(uai)
          .isCloseTo(haversine(jaures, positions.get(uai)), within(1e-6));
    }
    // The nearest, the Lycée Coëtlogon, is in Rennes too.
    assertThat(etablissements.get(0).get("commune").asString()).isEqualTo("Rennes");
  }

  /** The real InserJeunes counts of Bretagne for the final-year MEFSTAT11 of a dispositif. */
  private static String[] inserJeunesBretagne(String millesime, String cfd, String dispositif) {
    Map<String, Mef> mefs = NMef.atRentree(2021);
    // id;millesime;code_region_ij;code_region;voie;cfd;mefstat11;nb_annee_term;
    // nb_en_emploi_12_mois;nb_en_emploi_18_mois;nb_en_emploi_24_mois;nb_en_emploi_6_mois;
    // nb_poursuite_etudes;nb_sortant;…
    return RealFiles.rows(
            "inserjeunes/ij_region_data_2019_2020-2021_2022.csv.gz", StandardCharsets.UTF_8)
        .stream()
        .filter(r -> r[1].equals(millesime) && r[3].equals("53") && r[4].equals("scolaire"))
        .filter(
            r -> {
              Mef mef = mefs.get(r[6]);
              return mef != null
                  && mef.cfd().equals(cfd)
                  && mef.dispositif().equals(dispositif)
                  && mef.annee() == 3;
            })
        .findFirst()
        .orElseThrow();
  }

  @Test
  void takesTheRatesOfTheEtablissementWhenInserJeunesPublishesThem() {
    // No per-établissement InserJeunes file is bundled. This fixture gives Jean Jaurès, for the
    // bac pro MELEC (40025510), half (rounded down) of the real counts of Bretagne in 2021_2022:
    // figures made for the test, not the lycée's.
    String[] bretagne = inserJeunesBretagne("2021_2022", "40025510", "247");
    int annee = Integer.parseInt(bretagne[7]) / 2;
    int emploi6 = Integer.parseInt(bretagne[11]) / 2;
    int poursuite = Integer.parseInt(bretagne[12]) / 2;
    int sortants = Integer.parseInt(bretagne[13]) / 2;
    String fixture =
        String.join(
            "\n",
            "id;millesime;code_region_ij;code_region;uai;voie;cfd;mefstat;ensemble;nb_annee_term;"
                + "nb_en_emploi_12_mois;nb_en_emploi_18_mois;nb_en_emploi_24_mois;"
                + "nb_en_emploi_6_mois;nb_poursuite_etudes;nb_sortant;taux_emploi_12_mois;"
                + "taux_emploi_18_mois;taux_emploi_24_mois;taux_emploi_6_mois;"
                + "taux_poursuite_etudes;valeur_ajoutee_6_mois",
            String.join(
                ";",
                "fixture",
                "2021_2022",
                "03",
                "53",
                JAURES,
                "scolaire",
                "",
                bretagne[6],
                "",
                String.valueOf(annee),
                "",
                "",
                "",
                String.valueOf(emploi6),
                String.valueOf(poursuite),
                String.valueOf(sortants),
                "",
                "",
                "",
                "",
                "",
                ""));
    try {
      assertThat(
              importFile
                  .importFile(
                      RealFiles.request(
                          "fixture-ij_uai_data.csv", fixture.getBytes(StandardCharsets.UTF_8)))
                  .succeeded())
          .isTrue();

      Map<String, JsonNode> inserJeunes = new HashMap<>();
      for (JsonNode formation : panorama("").get("formations")) {
        inserJeunes.put(formation.get("offre").get("cfd").asString(), formation.get("inserJeunes"));
      }

      JsonNode melec = inserJeunes.get("40025510");
      assertThat(melec.get("echelle").asString()).isEqualTo("etablissement");
      assertThat(list(melec.get("millesimes"))).hasSize(1);
      JsonNode millesime = melec.get("millesimes").get(0);
      assertThat(millesime.get("millesime").asString()).isEqualTo("2021_2022");
      assertThat(millesime.get("effectifSortie").asInt()).isEqualTo(annee);
      assertThat(millesime.get("tauxInsertion6mois").asDouble())
          .isCloseTo((double) emploi6 / sortants, within(1e-12));
      assertThat(millesime.get("tauxPoursuite").asDouble())
          .isCloseTo((double) poursuite / annee, within(1e-12));
      assertThat(millesime.get("tauxDevenirFavorable").asDouble())
          .isCloseTo((double) (poursuite + emploi6) / annee, within(1e-12));
      // The other formations keep the rates of Bretagne, over every millésime.
      JsonNode electricien = inserJeunes.get("50025524");
      assertThat(electricien.get("echelle").asString()).isEqualTo("region");
      assertThat(electricien.get("libelleRegion").asString()).isEqualTo("Bretagne");
      assertThat(list(electricien.get("millesimes"))).hasSize(3);
    } finally {
      dsl.deleteFrom(INSERJEUNES_UAI).where(INSERJEUNES_UAI.UAI.eq(JAURES)).execute();
    }
  }

  @Test
  void refusesMalformedFiltersAndUnknownEtablissements() {
    String base = "/api/panorama/etablissements/";
    assertThat(http.get(base + JAURES + "?rentreeScolaire=20").status()).isEqualTo(400);
    assertThat(http.get(base + JAURES + "?voie=autre").status()).isEqualTo(400);
    assertThat(http.get(base + JAURES + "?millesime=2021").status()).isEqualTo(400);
    assertThat(http.get(base + JAURES + "?cfd=123").status()).isEqualTo(400);
    assertThat(http.get(base + "0350031").status()).isEqualTo(400);
    TestHttp.Answer inconnu = http.get(base + "9999999Z");
    assertThat(inconnu.status()).isEqualTo(404);
    assertThat(inconnu.json().get("detail").asString()).contains("9999999Z");
    assertThat(http.get("/panorama/etablissement/9999999Z", "text/html").status()).isEqualTo(404);
  }

  @Test
  void thePageOpensOnTheTabItsFormAsksFor() {
    String page = "/panorama/etablissement/" + JAURES;
    assertThat(selectedPanels(http.get(page, "text/html").body())).containsExactly("formations");
    assertThat(selectedPanels(http.get(page + "?onglet=proches", "text/html").body()))
        .containsExactly("proches");
    assertThat(selectedPanels(http.get(page + "?onglet=inconnu", "text/html").body()))
        .containsExactly("formations");
  }

  /** The ids of the DSFR tab panels the page shows as selected. */
  private static List<String> selectedPanels(String html) {
    return Pattern.compile("<div id=\"([a-z]+)\" class=\"fr-tabs__panel fr-tabs__panel--selected\"")
        .matcher(html)
        .results()
        .map(resultat -> resultat.group(1))
        .toList();
  }

  @Test
  void theEtablissementPageAndThePanoramaLinkToEachOther() {
    assertThat(http.get("/etablissements/" + JAURES, "text/html").body())
        .contains("href=\"/panorama/etablissement/" + JAURES + "\"");
    assertThat(http.get("/panorama/etablissement/" + JAURES, "text/html").body())
        .contains("href=\"/etablissements/" + JAURES + "\"");
  }
}
