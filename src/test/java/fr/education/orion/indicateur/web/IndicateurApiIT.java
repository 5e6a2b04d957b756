package fr.education.orion.indicateur.web;

import static fr.education.orion.schema.Tables.INSERJEUNES_REGION;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.NMef;
import fr.education.orion.OrionIT;
import fr.education.orion.RealFiles;
import fr.education.orion.TestHttp;
import fr.education.orion.indicateur.Taux;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Offers and InserJeunes figures, checked against values computed here from the real files. */
@OrionIT
class IndicateurApiIT {

  @LocalServerPort int port;
  @Autowired DSLContext dsl;
  TestHttp http;

  @BeforeEach
  void client() {
    http = new TestHttp(port);
  }

  /**
   * (cfd, dispositif) → headcount of years 1, 2, 3 at rentrée 2020 for one UAI, from the constat.
   */
  private static Map<String, Integer[]> expectedOffres(String uai) {
    Map<String, NMef.Mef> mefs = NMef.atRentree(2020);
    Map<String, Integer[]> offres = new TreeMap<>();
    for (String[] r : RealFiles.rows("constat/constat_2020.csv.gz", StandardCharsets.UTF_8)) {
      if (!r[1].equals(uai)) {
        continue;
      }
      NMef.Mef mef = mefs.get(r[2]);
      Integer[] years =
          offres.computeIfAbsent(mef.cfd() + "/" + mef.dispositif(), k -> new Integer[3]);
      int index = mef.annee() - 1;
      years[index] = (years[index] == null ? 0 : years[index]) + Integer.parseInt(r[3]);
    }
    return offres;
  }

  private static Integer intOrNull(JsonNode node) {
    return node.isNull() ? null : node.asInt();
  }

  @Test
  void theOffersOfAnEtablissementAreItsConstatLinesThroughNMef() {
    for (String uai : List.of("0350031U", "0010001W", "0750419Y")) {
      Map<String, Integer[]> actual = new TreeMap<>();
      for (JsonNode offre :
          http.get("/api/etablissements/" + uai + "/offres?rentreeScolaire=2020").json()) {
        actual.put(
            offre.get("cfd").asString() + "/" + offre.get("codeDispositif").asString(),
            new Integer[] {
              intOrNull(offre.get("effectif1")),
              intOrNull(offre.get("effectif2")),
              intOrNull(offre.get("effectif3"))
            });
      }

      Map<String, Integer[]> expected = expectedOffres(uai);
      assertThat(expected).as(uai).isNotEmpty();
      assertThat(actual).as(uai).containsOnlyKeys(expected.keySet());
      expected.forEach(
          (key, years) -> assertThat(actual.get(key)).as(uai + " " + key).containsExactly(years));
    }
  }

  /** Spécialités of a famille de métiers or options of a BTS, from Orion's two referentials. */
  private static java.util.Set<String> specialites() {
    java.util.Set<String> specialites = new java.util.HashSet<>();
    // familleMetiers:
    // FAMILLE;SPECIALITE;MEFSTAT11_COMMUN;CFD_COMMUN;MEFSTAT11_SPECIALITE;CFD_SPECIALITE
    for (String[] r :
        RealFiles.rows("orion_referentiels/familleMetiers.csv.gz", StandardCharsets.UTF_8)) {
      if (!r[5].equals(r[3])) {
        specialites.add(r[5]);
      }
    }
    // optionsBTS: CFD_COMMUN;FAMILLE;CFD_SPECIALITE;…
    for (String[] r :
        RealFiles.rows("orion_referentiels/optionsBTS.csv.gz", StandardCharsets.UTF_8)) {
      if (!r[2].equals(r[0])) {
        specialites.add(r[2]);
      }
    }
    return specialites;
  }

  @Test
  void theEntryHeadcountOfASpecialiteIsItsSecondYear() {
    java.util.Set<String> specialites = specialites();
    assertThat(specialites).contains("40022105");
    int specialitesSeen = 0;
    for (String uai : List.of("0350031U", "0010001W")) {
      Map<String, Integer[]> expected = expectedOffres(uai);
      for (JsonNode offre :
          http.get("/api/etablissements/" + uai + "/offres?rentreeScolaire=2020").json()) {
        String cfd = offre.get("cfd").asString();
        Integer[] years = expected.get(cfd + "/" + offre.get("codeDispositif").asString());
        boolean specialite = specialites.contains(cfd);
        specialitesSeen += specialite ? 1 : 0;
        assertThat(intOrNull(offre.get("effectifEntree")))
            .as(uai + " " + cfd)
            .isEqualTo(specialite ? years[1] : years[0]);
      }
    }
    assertThat(specialitesSeen).isPositive();
  }

  @Test
  void theInserJeunesFiguresOfAFormationAreTheRegionalCounts() {
    // From ij_region_data: 2021_2022, région 53, scolaire, MEFSTAT11 23830022105 (final year of
    // 40022105).
    String[] row =
        RealFiles.rows(
                "inserjeunes/ij_region_data_2019_2020-2021_2022.csv.gz", StandardCharsets.UTF_8)
            .stream()
            .filter(
                r -> r[1].equals("2021_2022") && r[3].equals("53") && r[6].equals("23830022105"))
            .findFirst()
            .orElseThrow();
    int annee = Integer.parseInt(row[7]);
    int emploi6 = Integer.parseInt(row[11]);
    int poursuite = Integer.parseInt(row[12]);
    int sortants = Integer.parseInt(row[13]);

    JsonNode scolaire =
        http.get(
                "/api/formations/40022105/inserjeunes?codeRegion=53&millesime=2021_2022&voie=scolaire")
            .json()
            .get(0);

    assertThat(scolaire.get("codeDispositif").asString()).isEqualTo("247");
    assertThat(scolaire.get("effectifSortie").asInt()).isEqualTo(annee);
    assertThat(scolaire.get("nbSortants").asInt()).isEqualTo(sortants);
    assertThat(scolaire.get("nbPoursuiteEtudes").asInt()).isEqualTo(poursuite);
    assertThat(scolaire.get("nbInsertion6mois").asInt()).isEqualTo(emploi6);
    assertThat(scolaire.get("tauxInsertion6mois").asDouble())
        .isCloseTo((double) emploi6 / sortants, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(scolaire.get("tauxPoursuite").asDouble())
        .isCloseTo((double) poursuite / annee, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(scolaire.get("tauxDevenirFavorable").asDouble())
        .isCloseTo(
            (double) (poursuite + emploi6) / annee, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void aRenovatedFormationWithoutFiguresCarriesItsPredecessors() {
    // BCN: the MC « agent de contrôle non destructif » 01022001 (dispositif 253, final-year
    // MEFSTAT11 23910022001) is replaced one-to-one in 2024 by the CS 46122001 (dispositif 258),
    // which has no InserJeunes line yet. ij_region_data, 2021_2022, région 44 (API région 06):
    //   scolaire 23910022001: nb_annee_term 22, nb_en_emploi_12_mois 12, 6 mois 11, poursuite 5,
    //   sortants 17;
    //   apprentissage 01022001: nb_annee_term 2, every other count blank.
    JsonNode rows =
        http.get("/api/formations/46122001/inserjeunes?codeRegion=44&millesime=2021_2022").json();

    assertThat(rows).hasSize(2);
    JsonNode scolaire = rows.get(0);
    assertThat(scolaire.get("voie").asString()).isEqualTo("scolaire");
    assertThat(scolaire.get("cfdContinuum").asString()).isEqualTo("01022001");
    assertThat(scolaire.get("codeDispositif").asString()).isEqualTo("258");
    assertThat(scolaire.get("effectifSortie").asInt()).isEqualTo(22);
    assertThat(scolaire.get("nbSortants").asInt()).isEqualTo(17);
    assertThat(scolaire.get("nbPoursuiteEtudes").asInt()).isEqualTo(5);
    assertThat(scolaire.get("nbInsertion6mois").asInt()).isEqualTo(11);
    assertThat(scolaire.get("nbInsertion12mois").asInt()).isEqualTo(12);
    assertThat(scolaire.get("tauxInsertion6mois").isNull()).as("17 sortants < 20").isTrue();
    assertThat(scolaire.get("tauxPoursuite").asDouble())
        .isCloseTo(5 / 22.0, org.assertj.core.data.Offset.offset(1e-12));
    JsonNode apprentissage = rows.get(1);
    assertThat(apprentissage.get("voie").asString()).isEqualTo("apprentissage");
    assertThat(apprentissage.get("cfdContinuum").asString()).isEqualTo("01022001");
    assertThat(apprentissage.get("effectifSortie").asInt()).isEqualTo(2);
    assertThat(apprentissage.get("nbSortants").isNull()).isTrue();

    // A formation with figures of its own shows them, unmarked.
    JsonNode own =
        http.get("/api/formations/40022105/inserjeunes?codeRegion=53&millesime=2021_2022")
            .json()
            .get(0);
    assertThat(own.get("cfdContinuum").isNull()).isTrue();
  }

  @Test
  void aRateIsNullWhenItsDenominatorIsUnderTwenty() {
    // Apprenticeship in région 53, 2021_2022: 17 apprentices in the final year, 11 leavers.
    JsonNode apprentissage =
        http.get(
                "/api/formations/40022105/inserjeunes?codeRegion=53&millesime=2021_2022&voie=apprentissage")
            .json()
            .get(0);

    assertThat(apprentissage.get("effectifSortie").asInt()).isEqualTo(17);
    assertThat(apprentissage.get("codeDispositif").isNull()).isTrue();
    assertThat(apprentissage.get("tauxPoursuite").isNull()).isTrue();
    assertThat(apprentissage.get("tauxInsertion6mois").isNull()).isTrue();
  }

  @Test
  void reproducesTheDeppRatesOnEveryRowWithinItsRounding() {
    Map<String, BigDecimal[]> orion = new HashMap<>();
    dsl.select(
            INSERJEUNES_REGION.MILLESIME,
            INSERJEUNES_REGION.CODE_REGION,
            INSERJEUNES_REGION.VOIE,
            INSERJEUNES_REGION.CODE_FORMATION,
            Taux.emploi6mois(INSERJEUNES_REGION.NB_EN_EMPLOI_6_MOIS, INSERJEUNES_REGION.NB_SORTANT),
            Taux.poursuite(
                INSERJEUNES_REGION.NB_POURSUITE_ETUDES, INSERJEUNES_REGION.NB_ANNEE_TERM))
        .from(INSERJEUNES_REGION)
        .groupBy(
            INSERJEUNES_REGION.MILLESIME,
            INSERJEUNES_REGION.CODE_REGION,
            INSERJEUNES_REGION.VOIE,
            INSERJEUNES_REGION.CODE_FORMATION)
        .forEach(
            r ->
                orion.put(
                    r.value1() + "/" + r.value2() + "/" + r.value3() + "/" + r.value4(),
                    new BigDecimal[] {r.value5(), r.value6()}));
    List<String[]> rows =
        RealFiles.rows(
            "inserjeunes/ij_region_data_2019_2020-2021_2022.csv.gz", StandardCharsets.UTF_8);
    int compared = 0;
    for (String[] r : rows) {
      String formation = r[4].equals("scolaire") ? r[6] : r[5];
      BigDecimal[] rates = orion.get(r[1] + "/" + r[3] + "/" + r[4] + "/" + formation);
      assertThat(rates).as(r[0]).isNotNull();
      compared += compare(r[0] + " taux_emploi_6_mois", r[17], rates[0]);
      compared += compare(r[0] + " taux_poursuite_etudes", r[18], rates[1]);
    }
    // Counted by hand on the raw file (awk): of 2 × 29,410 rates, the DEPP gives 14,306 taux
    // d'emploi and 18,447 taux de poursuite; the 26,067 others are blank, and Orion's null there.
    assertThat(compared).isEqualTo(14_306 + 18_447);
  }

  /** The DEPP publishes integer percentages, and none under 20: Orion must agree on both. */
  private static int compare(String what, String depp, BigDecimal orion) {
    if (depp.isEmpty()) {
      assertThat(orion).as(what).isNull();
      return 0;
    }
    assertThat(orion).as(what).isNotNull();
    assertThat(orion.doubleValue() * 100)
        .as(what)
        .isCloseTo(Double.parseDouble(depp), org.assertj.core.data.Offset.offset(0.5 + 1e-9));
    return 1;
  }

  @Test
  void refusesMalformedParametersAndUnknownCodes() {
    assertThat(http.get("/api/formations/40022105/inserjeunes?millesime=2022").status())
        .isEqualTo(400);
    assertThat(http.get("/api/formations/40022105/inserjeunes?voie=autre").status()).isEqualTo(400);
    assertThat(http.get("/api/formations/ZZZZZZZZ/inserjeunes").status()).isEqualTo(404);
    assertThat(http.get("/api/etablissements/0350031U/offres?rentreeScolaire=20").status())
        .isEqualTo(400);
    assertThat(http.get("/api/etablissements/9999999Z/offres").status()).isEqualTo(404);
  }

  /**
   * (cfd/dispositif) → {capacity, wishes} from entry-year lines, summed, as the offers should show.
   */
  private static Map<String, Integer[]> expectedEntry(
      int rentree,
      List<String[]> lines,
      java.util.function.Function<Integer, Integer> keptCapacity) {
    Map<String, NMef.Mef> mefs = NMef.atRentree(rentree);
    java.util.Set<String> specialites = specialites();
    Map<String, Integer[]> sums = new TreeMap<>();
    for (String[] line : lines) {
      // line: uai, mefstat11, capacity, wishes
      NMef.Mef mef = mefs.get(line[1]);
      int entryYear = specialites.contains(mef.cfd()) ? 2 : 1;
      if (mef.annee() != entryYear) {
        continue;
      }
      Integer[] sum = sums.computeIfAbsent(mef.cfd() + "/" + mef.dispositif(), k -> new Integer[2]);
      Integer capacity = line[2].isEmpty() ? null : keptCapacity.apply(Integer.parseInt(line[2]));
      if (capacity != null) {
        sum[0] = (sum[0] == null ? 0 : sum[0]) + capacity;
      }
      sum[1] = (sum[1] == null ? 0 : sum[1]) + Integer.parseInt(line[3]);
    }
    return sums;
  }

  private Map<String, JsonNode> offresByKey(String uai, int rentree) {
    Map<String, JsonNode> offres = new TreeMap<>();
    for (JsonNode offre :
        http.get("/api/etablissements/" + uai + "/offres?rentreeScolaire=" + rentree).json()) {
      offres.put(offre.get("cfd").asString() + "/" + offre.get("codeDispositif").asString(), offre);
    }
    return offres;
  }

  @Test
  void capacityAndFirstWishesComeFromAffelnet() {
    String uai = "0010001W";
    // Etablissement d'accueil;MEF STAT 11;Voeu de recensement O/N;Statut;Capacité;Demandes vœux 1;…
    List<String[]> lines =
        RealFiles.rows("affelnet/attractivite_capacite_2021.csv.gz", StandardCharsets.UTF_8)
            .stream()
            .filter(r -> r[0].equals(uai) && r[2].equals("N") && r[3].equals("ST"))
            .map(r -> new String[] {r[0], r[1], r[4], r[5]})
            .toList();
    Map<String, Integer[]> expected = expectedEntry(2021, lines, capacity -> capacity);
    Map<String, JsonNode> offres = offresByKey(uai, 2021);

    assertThat(expected).isNotEmpty();
    expected.forEach(
        (key, entry) -> {
          JsonNode offre = offres.get(key);
          assertThat(offre).as(key).isNotNull();
          Integer capacite = entry[0] != null && entry[0] >= 5 && entry[0] <= 500 ? entry[0] : null;
          assertThat(intOrNull(offre.get("capacite"))).as(key).isEqualTo(capacite);
          assertThat(intOrNull(offre.get("premiersVoeux"))).as(key).isEqualTo(entry[1]);
          if (capacite != null) {
            assertThat(offre.get("tauxPression").asDouble())
                .as(key)
                .isCloseTo(
                    (double) entry[1] / capacite, org.assertj.core.data.Offset.offset(1e-12));
          }
          assertThat(offre.get("tauxDemande").isNull()).isTrue();
        });
  }

  @Test
  void capacityAndConfirmedWishesOfBtsComeFromParcoursup() {
    String uai = "0010001W";
    // UAI;LIBELLÉFORMATION;MEFSTAT11_old;NB_VOEUX_CONFIRMES;STATUT;CAPACITEPSUP;…;MEFSTAT11(9)
    List<String[]> lines =
        RealFiles.rows("parcoursup/BTS_attractivite_capacite_2023.csv.gz", StandardCharsets.UTF_8)
            .stream()
            .filter(r -> r[0].equals(uai) && r[4].equals("Scolaire") && r[9].startsWith("3"))
            .map(r -> new String[] {r[0], r[9], r[5], r[3]})
            .toList();
    Map<String, Integer[]> expected =
        expectedEntry(2023, lines, capacity -> capacity == 0 || capacity == 999 ? null : capacity);
    Map<String, JsonNode> offres = offresByKey(uai, 2023);

    assertThat(expected).isNotEmpty();
    expected.forEach(
        (key, entry) -> {
          if (!key.startsWith("320")) {
            return;
          }
          JsonNode offre = offres.get(key);
          assertThat(offre).as(key).isNotNull();
          assertThat(intOrNull(offre.get("capacite"))).as(key).isEqualTo(entry[0]);
          assertThat(intOrNull(offre.get("premiersVoeux"))).as(key).isEqualTo(entry[1]);
          assertThat(offre.get("tauxPression").isNull()).as(key).isTrue();
          if (entry[0] != null) {
            assertThat(offre.get("tauxDemande").asDouble())
                .as(key)
                .isCloseTo(
                    (double) entry[1] / entry[0], org.assertj.core.data.Offset.offset(1e-12));
          }
        });
  }

  @Test
  void keepsEveryInseeUnemploymentRateAsPublished() {
    Map<String, BigDecimal> regions = new HashMap<>();
    dsl.selectFrom(fr.education.orion.schema.Tables.CHOMAGE_REGION)
        .forEach(r -> regions.put(r.getCodeRegion() + "/" + r.getAnnee(), r.getTauxChomage()));
    Map<String, BigDecimal> departements = new HashMap<>();
    dsl.selectFrom(fr.education.orion.schema.Tables.CHOMAGE_DEPARTEMENT)
        .forEach(
            r -> departements.put(r.getCodeDepartement() + "/" + r.getAnnee(), r.getTauxChomage()));

    // codeRegion;rentreeScolaire;tauxChomage, with a decimal comma (e.g. 01;2023;19,3)
    List<String[]> regional =
        RealFiles.rows("insee/chomage_regional_INSEE.csv.gz", StandardCharsets.UTF_8);
    // codeDepartement;libelleDepartement;rentreeScolaire;tauxChomage
    List<String[]> departemental =
        RealFiles.rows("insee/chomage_departemental_INSEE.csv.gz", StandardCharsets.UTF_8);

    assertThat(regions).hasSize(regional.size());
    regional.forEach(
        r ->
            assertThat(regions.get(r[0] + "/" + r[1]))
                .isEqualByComparingTo(new BigDecimal(r[2].replace(',', '.'))));
    assertThat(departements).hasSize(departemental.size());
    departemental.forEach(
        r ->
            assertThat(departements.get(r[0] + "/" + r[2]))
                .isEqualByComparingTo(new BigDecimal(r[3].replace(',', '.'))));
  }

  @Test
  void answersTheCapacitePrecedenteOfAnOfferWithItsSourceAndRentree() {
    // parcoursup/BTS_attractivite_capacite_2023.csv.gz line 2: 0010001W, MEFSTAT11 32211022709
    // (BTS 32022709, dispositif 311), CAPACITEPSUP 17.
    JsonNode capacite =
        http.get("/api/etablissements/0010001W/capacite-precedente?cfd=32022709&codeDispositif=311")
            .json();

    assertThat(capacite.get("capacite").asInt()).isEqualTo(17);
    assertThat(capacite.get("rentreeScolaire").asString()).isEqualTo("2023");
    assertThat(capacite.get("source").asString()).isEqualTo("PARCOURSUP");
    assertThat(
            http.get(
                    "/api/etablissements/0010001W/capacite-precedente?cfd=32022709&codeDispositif=241")
                .status())
        .isEqualTo(404);
    assertThat(
            http.get(
                    "/api/etablissements/0010001W/capacite-precedente?cfd=32022709&codeDispositif=31")
                .status())
        .isEqualTo(400);
    assertThat(
            http.get("/api/etablissements/0010001W/capacite-precedente?cfd=3202&codeDispositif=311")
                .status())
        .isEqualTo(400);
  }

  @Test
  void proposesTheFormationsOfADemandeWithWhatTheEtablissementOffersOfThem() {
    // bcn/vFormationDiplome_.csv.gz: 50025218 is a CAP, open until 31/08/2027; constat_2020.csv.gz
    // line 33085: 0350031U teaches it in dispositif 241 (nMef line 9807, MEFSTAT11 23210025218).
    JsonNode proposees =
        http.get("/api/formations/recherche?texte=50025218&uai=0350031U&rentreeScolaire=2026")
            .json();

    JsonNode cap = proposees.get(0);
    assertThat(cap.get("formation").get("cfd").asString()).isEqualTo("50025218");
    assertThat(cap.get("formation").get("fcil").asBoolean()).isFalse();
    assertThat(cap.get("formation").get("ouverte").asBoolean()).isTrue();
    assertThat(cap.get("offresActuelles").get(0).get("codeDispositif").asString()).isEqualTo("241");
    assertThat(cap.get("offresActuelles").get(0).get("voie").asString()).isEqualTo("scolaire");
    assertThat(
            http.get("/api/formations/recherche?texte=cap&uai=0350031U&rentreeScolaire=26")
                .status())
        .isEqualTo(400);
    assertThat(
            http.get("/api/formations/recherche?texte=cap&uai=035&rentreeScolaire=2026").status())
        .isEqualTo(400);
  }
}
