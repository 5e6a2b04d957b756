package fr.education.orion.indicateur.chargement;

import static fr.education.orion.indicateur.chargement.InserJeunesFixture.BERARD;
import static fr.education.orion.indicateur.chargement.InserJeunesFixture.MILLESIME;
import static fr.education.orion.indicateur.chargement.InserJeunesFixture.NIVOLET;
import static fr.education.orion.schema.Tables.INSERJEUNES_UAI;
import static fr.education.orion.schema.Tables.INSERJEUNES_UAI_ENSEMBLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.education.orion.OrionIT;
import fr.education.orion.RealFiles;
import fr.education.orion.TestHttp;
import fr.education.orion.indicateur.chargement.InserJeunesFixture.Ligne;
import fr.education.orion.ingestion.ImportFile;
import fr.education.orion.ingestion.ImportReport;
import fr.education.orion.ingestion.ImportStatut;
import fr.education.orion.ingestion.Rejet;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The per-établissement InserJeunes dump ({@code ij_uai_data.csv}, the team's layout of the API's
 * answers), imported from a test fixture ({@link InserJeunesFixture}) and served per formation of
 * the établissement.
 */
@OrionIT
class InserJeunesUaiIT {

  /** Fixture codes that no référentiel holds, to check they are reported. */
  private static final String UNKNOWN_UAI = "9999999Z";

  private static final String UNKNOWN_MEFSTAT = "99999999999";

  @LocalServerPort int port;
  @Autowired ImportFile importFile;
  @Autowired DSLContext dsl;
  TestHttp http;

  @BeforeEach
  void clean() {
    http = new TestHttp(port);
    Set<String> uais = Set.of(BERARD, NIVOLET, UNKNOWN_UAI);
    dsl.deleteFrom(INSERJEUNES_UAI).where(INSERJEUNES_UAI.UAI.in(uais)).execute();
    dsl.deleteFrom(INSERJEUNES_UAI_ENSEMBLE).where(INSERJEUNES_UAI_ENSEMBLE.UAI.in(uais)).execute();
  }

  private ImportReport importLines(List<String> lines) {
    return importFile.importFile(
        RealFiles.request(
            "ij_uai_data.csv", String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
  }

  /** The fixture, then a line of an unknown UAI, one of an unknown MEFSTAT11, one of no voie. */
  private static List<String> fixtureWithUnknownCodes() {
    List<String> lines = new ArrayList<>(InserJeunesFixture.csvLines(InserJeunesFixture.lignes()));
    String berardCap = lines.get(1);
    assertThat(berardCap).contains(BERARD + ";scolaire;;23220023440;");
    lines.add(berardCap.replace(BERARD, UNKNOWN_UAI));
    lines.add(berardCap.replace("23220023440", UNKNOWN_MEFSTAT));
    lines.add(berardCap.replace(";scolaire;", ";autre;").replace("23220023440", "23830023303"));
    return lines;
  }

  @Test
  void importsTheDumpAndReportsUnknownCodes() {
    List<String> lines = fixtureWithUnknownCodes();
    int fixtureLines = InserJeunesFixture.lignes().size();

    ImportReport report = importLines(lines);

    assertThat(report.statut()).as(report.summary()).isEqualTo(ImportStatut.REUSSI);
    assertThat(report.type()).isEqualTo("inserjeunes_uai");
    assertThat(report.lignesLues()).isEqualTo(fixtureLines + 3);
    assertThat(report.lignesRejetees()).isEqualTo(1);
    assertThat(report.rejets())
        .extracting(Rejet::ligne, Rejet::motif)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                fixtureLines + 4, "voie « autre » inconnue (scolaire, apprentissage ou ensemble)"));
    assertThat(report.avertissements())
        .extracting(Rejet::ligne, Rejet::motif)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                fixtureLines + 2, "UAI « 9999999Z » inconnu du référentiel"),
            org.assertj.core.groups.Tuple.tuple(
                fixtureLines + 3, "MEFSTAT11 « 99999999999 » absent de N_MEF"));
    // Every fixture line, the unknown UAI's and the unknown MEFSTAT11's are written.
    assertThat(report.lignesModifiees()).isEqualTo(fixtureLines + 2);

    Map<String, Ligne> ensembles = new HashMap<>();
    InserJeunesFixture.lignes().stream()
        .filter(ligne -> ligne.voie().equals("ensemble"))
        .forEach(ligne -> ensembles.put(ligne.uai() + "/" + ligne.code(), ligne));
    assertThat(ensembles).containsKeys(BERARD + "/ensemble", NIVOLET + "/apprentis");
    var stored =
        dsl.selectFrom(INSERJEUNES_UAI_ENSEMBLE)
            .where(INSERJEUNES_UAI_ENSEMBLE.MILLESIME.eq(MILLESIME))
            .and(INSERJEUNES_UAI_ENSEMBLE.UAI.in(BERARD, NIVOLET))
            .fetch();
    assertThat(stored).hasSize(ensembles.size());
    stored.forEach(
        row -> {
          Ligne expected = ensembles.get(row.getUai() + "/" + row.getEnsemble());
          assertThat(row.getNbAnneeTerm()).isEqualTo(expected.counts().get("nb_annee_term"));
          assertThat(row.getNbSortant()).isEqualTo(expected.counts().get("nb_sortant"));
          assertThat(row.getNbEnEmploi_6Mois())
              .isEqualTo(expected.counts().get("nb_en_emploi_6_mois"));
          assertThat(row.getValeurAjoutee_6Mois())
              .isEqualByComparingTo(BigDecimal.valueOf(expected.valeurAjoutee()));
        });

    assertThat(importLines(lines).lignesModifiees()).as("même fichier").isZero();
  }

  /** MEFSTAT11 → "cfd/dispositif" of every N_MEF row that has it, read from the real file. */
  private static Map<String, Set<String>> dispositifsByMefstat() {
    Map<String, Set<String>> dispositifs = new HashMap<>();
    // MEF;DISPOSITIF_FORMATION;FORMATION_DIPLOME;…;MEF_STAT_11 (column 17)
    for (String[] r : RealFiles.rows("bcn/nMef.csv.gz", StandardCharsets.UTF_8)) {
      dispositifs.computeIfAbsent(r[17], k -> new TreeSet<>()).add(r[2] + "/" + r[1]);
    }
    return dispositifs;
  }

  private static Integer intOrNull(JsonNode node) {
    return node.isNull() ? null : node.asInt();
  }

  /** Σ numerator / denominator, null under 20 leavers, as the former Orion defined them. */
  private static void assertRate(JsonNode rate, Integer numerator, Integer denominator) {
    if (numerator == null || denominator == null || denominator < 20) {
      assertThat(rate.isNull()).as("taux sous le seuil : %s", rate).isTrue();
    } else {
      assertThat(rate.asDouble()).isCloseTo((double) numerator / denominator, within(1e-12));
    }
  }

  @Test
  void servesTheCountsAndRatesOfEachFormationOfAnEtablissement() {
    importLines(fixtureWithUnknownCodes());
    Map<String, Set<String>> dispositifs = dispositifsByMefstat();

    for (String uai : List.of(BERARD, NIVOLET)) {
      JsonNode rows =
          http.get("/api/etablissements/" + uai + "/formations/inserjeunes?millesime=" + MILLESIME)
              .json();
      Map<String, Ligne> fixture = InserJeunesFixture.of(uai);
      int checked = 0;
      for (JsonNode row : rows) {
        String voie = row.get("voie").asString();
        String code = row.get("codeFormation").asString();
        assertThat(row.get("millesime").asString()).isEqualTo(MILLESIME);
        if (code.equals(UNKNOWN_MEFSTAT)) {
          assertThat(row.get("cfd").isNull()).isTrue();
          continue;
        }
        Ligne ligne = fixture.get(voie + "/" + code);
        assertThat(ligne).as(uai + " " + voie + " " + code).isNotNull();
        if (voie.equals("scolaire")) {
          assertThat(row.get("cfd").asString() + "/" + row.get("codeDispositif").asString())
              .isIn(dispositifs.get(code));
        } else {
          assertThat(row.get("cfd").asString()).isEqualTo(code);
          assertThat(row.get("codeDispositif").isNull()).isTrue();
        }
        Map<String, Integer> c = ligne.counts();
        Integer annee = c.get("nb_annee_term");
        Integer poursuite = c.get("nb_poursuite_etudes");
        Integer emploi = c.get("nb_en_emploi_6_mois");
        Integer sortants = c.get("nb_sortant");
        assertThat(intOrNull(row.get("effectifSortie"))).isEqualTo(annee);
        assertThat(intOrNull(row.get("nbSortants"))).isEqualTo(sortants);
        assertThat(intOrNull(row.get("nbPoursuiteEtudes"))).isEqualTo(poursuite);
        assertThat(intOrNull(row.get("nbInsertion6mois"))).isEqualTo(emploi);
        assertThat(intOrNull(row.get("nbInsertion12mois")))
            .isEqualTo(c.get("nb_en_emploi_12_mois"));
        assertRate(row.get("tauxInsertion6mois"), emploi, sortants);
        assertRate(row.get("tauxPoursuite"), poursuite, annee);
        assertRate(
            row.get("tauxDevenirFavorable"),
            poursuite == null || emploi == null ? null : poursuite + emploi,
            annee);
        checked++;
      }
      long formations = fixture.values().stream().filter(l -> !l.voie().equals("ensemble")).count();
      assertThat(checked).as(uai).isEqualTo(formations);
    }
  }

  @Test
  void ratesUnderTwentyLeaversAreNullAndAboveAreComputed() {
    importLines(InserJeunesFixture.csvLines(InserJeunesFixture.lignes()));
    // 0010001W, MEFSTAT11 23830023404: half of région 84's 196 final-year pupils, 112 continuing,
    // 52 in employment → 98 pupils, 56 continuing, 42 leavers, 26 in employment.
    JsonNode row = null;
    for (JsonNode r :
        http.get("/api/etablissements/0010001W/formations/inserjeunes?millesime=2021_2022")
            .json()) {
      if (r.get("codeFormation").asString().equals("23830023404")) {
        row = r;
      }
    }
    assertThat(row).isNotNull();
    assertThat(row.get("cfd").asString()).isEqualTo("40023404");
    assertThat(row.get("codeDispositif").asString()).isEqualTo("247");
    assertThat(row.get("tauxInsertion6mois").asDouble()).isCloseTo(26.0 / 42, within(1e-12));
    assertThat(row.get("tauxPoursuite").asDouble()).isCloseTo(56.0 / 98, within(1e-12));
    // 0730032N in apprenticeship, CFD 50023440: half of 44 apprentices → 22, 14 continuing, 8
    // leavers: no taux d'emploi under 20 leavers.
    JsonNode apprentissage =
        http.get("/api/etablissements/0730032N/formations/inserjeunes?voie=apprentissage").json();
    assertThat(apprentissage).hasSize(1);
    assertThat(apprentissage.get(0).get("nbSortants").asInt()).isEqualTo(8);
    assertThat(apprentissage.get(0).get("tauxInsertion6mois").isNull()).isTrue();
    assertThat(apprentissage.get(0).get("tauxPoursuite").asDouble())
        .isCloseTo(14.0 / 22, within(1e-12));
  }

  @Test
  void theConsoleShowsTheEtablissementsOwnRatesBesideTheRegionalOnes() {
    importLines(InserJeunesFixture.csvLines(InserJeunesFixture.lignes()));
    Map<String, Set<String>> dispositifs = dispositifsByMefstat();
    // 0010001W's bac pro 40023404 (dispositif 247): the counts of the fixture lines whose
    // MEFSTAT11 N_MEF maps to that formation, summed.
    int emploi = 0;
    int sortants = 0;
    int poursuite = 0;
    int annee = 0;
    for (Ligne ligne : InserJeunesFixture.of(BERARD).values()) {
      if (ligne.voie().equals("scolaire")
          && dispositifs.getOrDefault(ligne.code(), Set.of()).contains("40023404/247")) {
        emploi += ligne.counts().get("nb_en_emploi_6_mois");
        sortants += ligne.counts().get("nb_sortant");
        poursuite += ligne.counts().get("nb_poursuite_etudes");
        annee += ligne.counts().get("nb_annee_term");
      }
    }
    assertThat(sortants).as("leavers in the fixture").isGreaterThanOrEqualTo(20);

    JsonNode items =
        http.get(
                "/api/console/etablissements?uai="
                    + BERARD
                    + "&cfd=40023404&codeDispositif=247&voie=scolaire&millesime="
                    + MILLESIME)
            .json()
            .get("items");

    assertThat(items).hasSize(1);
    JsonNode offre = items.get(0);
    assertThat(offre.get("tauxInsertion6mois").asDouble())
        .isCloseTo((double) emploi / sortants, within(1e-12));
    assertRate(offre.get("tauxPoursuite"), poursuite, annee);
    assertThat(offre.get("tauxInsertion6moisRegional").isNull())
        .as("the région's rate is the regional counts', not the établissement's")
        .isFalse();
  }

  @Test
  void aNewVersionReplacesOnlyTheEtablissementsItHolds() {
    List<String> lines = InserJeunesFixture.csvLines(InserJeunesFixture.lignes());
    importLines(lines);
    List<String> withoutApprentissage =
        lines.stream().filter(line -> !line.contains(";apprentissage;")).toList();
    List<String> berardOnly =
        lines.stream().filter(line -> !line.contains(NIVOLET) || line.startsWith("id;")).toList();

    ImportReport report = importLines(withoutApprentissage);
    ImportReport berard = importLines(berardOnly);

    assertThat(report.lignesModifiees()).as("la ligne d'apprentissage disparue").isEqualTo(1);
    assertThat(
            http.get("/api/etablissements/0730032N/formations/inserjeunes?voie=apprentissage")
                .json())
        .isEmpty();
    assertThat(berard.lignesModifiees()).as("0730032N absent : conservé").isZero();
    assertThat(http.get("/api/etablissements/0730032N/formations/inserjeunes").json()).isNotEmpty();
  }

  @Test
  void refusesMalformedParametersAndUnknownEtablissements() {
    assertThat(
            http.get("/api/etablissements/0010001W/formations/inserjeunes?millesime=2022").status())
        .isEqualTo(400);
    assertThat(http.get("/api/etablissements/0010001W/formations/inserjeunes?voie=x").status())
        .isEqualTo(400);
    assertThat(http.get("/api/etablissements/00100/formations/inserjeunes").status())
        .isEqualTo(400);
    assertThat(http.get("/api/etablissements/9999998Z/formations/inserjeunes").status())
        .isEqualTo(404);
  }

  @Test
  void theRouteIsInTheOpenApiDocument() {
    assertThat(http.get("/api/openapi").body())
        .contains("/api/etablissements/{uai}/formations/inserjeunes")
        .contains("tauxDevenirFavorable");
  }
}
