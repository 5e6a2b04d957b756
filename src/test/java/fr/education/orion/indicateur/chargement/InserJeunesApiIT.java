package fr.education.orion.indicateur.chargement;

import static fr.education.orion.indicateur.chargement.InserJeunesFixture.BERARD;
import static fr.education.orion.indicateur.chargement.InserJeunesFixture.MILLESIME;
import static fr.education.orion.indicateur.chargement.InserJeunesFixture.NIVOLET;
import static fr.education.orion.schema.Tables.IMPORT_RUN;
import static fr.education.orion.schema.Tables.INSERJEUNES_REGION;
import static fr.education.orion.schema.Tables.INSERJEUNES_UAI;
import static fr.education.orion.schema.Tables.INSERJEUNES_UAI_ENSEMBLE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.RealFiles;
import fr.education.orion.indicateur.chargement.ImportInserJeunes.Demande;
import fr.education.orion.indicateur.chargement.ImportInserJeunes.Resultat;
import fr.education.orion.indicateur.chargement.InserJeunesFixture.Ligne;
import fr.education.orion.ingestion.ImportFile;
import fr.education.orion.ingestion.ImportReport;
import fr.education.orion.ingestion.ImportStatut;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code orion inserjeunes} against a local stand-in of the InserJeunes API ({@link
 * LocalInserJeunes}) serving the real regional counts of one région and the per-UAI test fixture:
 * login, token expiry, retries, refusals, and what is written.
 */
@OrionIT
class InserJeunesApiIT {

  private static final String REGION_PATH = "/region/10/millesime/" + MILLESIME;
  private static final String BERARD_PATH = "/UAI/" + BERARD + "/millesime/" + MILLESIME;
  private static final String NIVOLET_PATH = "/UAI/" + NIVOLET + "/millesime/" + MILLESIME;

  @Autowired ImportFile importFile;
  @Autowired DSLContext dsl;
  @Autowired JsonMapper json;
  @Autowired ApplicationContext context;
  LocalInserJeunes api;

  @BeforeEach
  void start() {
    api = new LocalInserJeunes();
    dsl.deleteFrom(INSERJEUNES_UAI).where(INSERJEUNES_UAI.UAI.in(BERARD, NIVOLET)).execute();
    dsl.deleteFrom(INSERJEUNES_UAI_ENSEMBLE)
        .where(INSERJEUNES_UAI_ENSEMBLE.UAI.in(BERARD, NIVOLET))
        .execute();
  }

  @AfterEach
  void stop() {
    api.close();
  }

  /** The client as configured by ORION_INSERJEUNES_*, with 3 attempts and short waits. */
  private ImportInserJeunes importer(String password) {
    InserJeunesProperties settings =
        new InserJeunesProperties(
            api.url(),
            LocalInserJeunes.USERNAME,
            password,
            3,
            Duration.ofMillis(10),
            Duration.ofMillis(500));
    return new ImportInserJeunes(importFile, new InserJeunesClient(settings, json), dsl);
  }

  private ImportInserJeunes importer() {
    return importer(LocalInserJeunes.PASSWORD);
  }

  private Resultat importUais(String... uais) {
    List<Resultat> resultats =
        importer().run(new Demande(List.of(MILLESIME), false, List.of(uais)));
    assertThat(resultats).hasSize(1);
    return resultats.get(0);
  }

  // ij_region_data: id;millesime;code_region_ij;code_region;voie;cfd;mefstat11;nb_annee_term(7);
  // nb_en_emploi_12_mois;nb_en_emploi_18_mois;nb_en_emploi_24_mois;nb_en_emploi_6_mois(11);
  // nb_poursuite_etudes;nb_sortant(13);taux_emploi_12_mois;…;taux_poursuite_etudes(18)
  private static final int[] COUNT_COLUMNS = {7, 13, 12, 11, 8, 10};

  private static List<String[]> regionalRows(String codeRegionApi) {
    return RealFiles.rows(
            "inserjeunes/ij_region_data_2019_2020-2021_2022.csv.gz", StandardCharsets.UTF_8)
        .stream()
        .filter(r -> r[1].equals(MILLESIME) && r[2].equals(codeRegionApi))
        .toList();
  }

  /** Every measure of a dump row, as the API publishes it (rates and 18 months included). */
  private static List<Map<String, Object>> mesures(
      String[] row, List<String> header, String filiere) {
    boolean scolaire = row[4].equals("scolaire");
    List<Map<String, Object>> mesures = new ArrayList<>();
    for (int column = 7; column < row.length; column++) {
      if (!row[column].isEmpty()) {
        mesures.add(
            InserJeunesFixture.mesure(
                header.get(column),
                Integer.valueOf(row[column]),
                filiere,
                scolaire ? "id_mefstat11" : "id_formation_apprentissage",
                scolaire ? row[6] : row[5]));
      }
    }
    return mesures;
  }

  private static Map<String, List<Integer>> stored(DSLContext dsl, String codeRegion) {
    Map<String, List<Integer>> stored = new HashMap<>();
    dsl.selectFrom(INSERJEUNES_REGION)
        .where(INSERJEUNES_REGION.MILLESIME.eq(MILLESIME))
        .and(INSERJEUNES_REGION.CODE_REGION.eq(codeRegion))
        .forEach(
            r ->
                stored.put(
                    r.getVoie() + "/" + r.getCodeFormation(),
                    Arrays.asList(
                        r.getNbAnneeTerm(),
                        r.getNbSortant(),
                        r.getNbPoursuiteEtudes(),
                        r.getNbEnEmploi_6Mois(),
                        r.getNbEnEmploi_12Mois(),
                        r.getNbEnEmploi_24Mois())));
    return stored;
  }

  @Test
  void importsTheRegionalCountsAsServedUnderTheInseeCodeWithoutAgriculture() {
    List<String> header =
        RealFiles.lines(
                "inserjeunes/ij_region_data_2019_2020-2021_2022.csv.gz", StandardCharsets.UTF_8)
            .get(0)
            .transform(line -> List.of(line.split(";", -1)));
    // Île-de-France: code 10 for the API, 11 for INSEE.
    List<String[]> served = regionalRows("10");
    assertThat(served).isNotEmpty().allMatch(r -> r[3].equals("11"));
    List<Map<String, Object>> mesures = new ArrayList<>();
    served.forEach(
        r ->
            mesures.addAll(
                mesures(
                    r,
                    header,
                    r[4].equals("scolaire") ? "voie_pro_sco_educ_nat" : "apprentissage")));
    // Test fixture: three real rows of région 84 whose MEFSTAT11 Île-de-France does not publish,
    // served under the agricultural filière: Orion must drop them.
    Set<String> servedCodes = new HashSet<>();
    served.forEach(r -> servedCodes.add(r[6]));
    List<String[]> agricoles =
        regionalRows("01").stream()
            .filter(r -> r[4].equals("scolaire") && !servedCodes.contains(r[6]))
            .limit(3)
            .toList();
    List<Map<String, Object>> mesuresAgricoles = new ArrayList<>();
    agricoles.forEach(r -> mesuresAgricoles.addAll(mesures(r, header, "voie_pro_sco_agri")));
    mesures.addAll(mesuresAgricoles);
    api.serve(REGION_PATH, mesures);
    api.fail(REGION_PATH, 1, 500);
    Map<String, List<Integer>> auvergneRhoneAlpes = stored(dsl, "84");
    dsl.deleteFrom(INSERJEUNES_REGION)
        .where(INSERJEUNES_REGION.MILLESIME.eq(MILLESIME))
        .and(INSERJEUNES_REGION.CODE_REGION.eq("11"))
        .execute();

    List<Resultat> resultats = importer().run(new Demande(List.of(MILLESIME), true, List.of()));

    assertThat(resultats).hasSize(1);
    ImportReport rapport = resultats.get(0).rapport();
    assertThat(rapport.statut()).as(rapport.summary()).isEqualTo(ImportStatut.REUSSI);
    assertThat(rapport.type()).isEqualTo("inserjeunes_region");
    assertThat(rapport.annee()).isEqualTo(MILLESIME);
    assertThat(rapport.lignesLues()).isEqualTo(served.size());
    assertThat(rapport.lignesModifiees()).isEqualTo(served.size());
    Map<String, List<Integer>> expected = new HashMap<>();
    for (String[] r : served) {
      List<Integer> counts = new ArrayList<>();
      for (int column : COUNT_COLUMNS) {
        counts.add(r[column].isEmpty() ? null : Integer.valueOf(r[column]));
      }
      expected.put(r[4] + "/" + (r[4].equals("scolaire") ? r[6] : r[5]), counts);
    }
    assertThat(stored(dsl, "11")).isEqualTo(expected);
    assertThat(stored(dsl, "84")).as("autres régions intactes").isEqualTo(auvergneRhoneAlpes);
    assertThat(resultats.get(0).notes())
        .contains(
            mesuresAgricoles.size()
                + " mesures de la filière « voie_pro_sco_agri » écartées (hors du périmètre"
                + " d'Orion)",
            "région 84 : aucune donnée InserJeunes");
    // Logged in first, then the région 10 was answered 500 once and asked again.
    assertThat(api.requests().get(0)).isEqualTo("POST /login");
    assertThat(api.logins()).isEqualTo(1);
    assertThat(api.calls(REGION_PATH)).isEqualTo(2);
    assertThat(
            dsl.fetchExists(
                IMPORT_RUN,
                IMPORT_RUN
                    .FICHIER
                    .eq("API InserJeunes, régions, millésime 2021_2022")
                    .and(IMPORT_RUN.STATUT.eq("reussi"))
                    .and(IMPORT_RUN.ID.eq(rapport.id()))))
        .isTrue();
  }

  private Map<String, List<Integer>> storedUai(String uai) {
    Map<String, List<Integer>> stored = new HashMap<>();
    dsl.selectFrom(INSERJEUNES_UAI)
        .where(INSERJEUNES_UAI.UAI.eq(uai))
        .and(INSERJEUNES_UAI.MILLESIME.eq(MILLESIME))
        .forEach(
            r ->
                stored.put(
                    r.getVoie() + "/" + r.getCodeFormation(),
                    Arrays.asList(
                        r.getNbAnneeTerm(),
                        r.getNbSortant(),
                        r.getNbPoursuiteEtudes(),
                        r.getNbEnEmploi_6Mois(),
                        r.getNbEnEmploi_12Mois(),
                        r.getNbEnEmploi_24Mois())));
    dsl.selectFrom(INSERJEUNES_UAI_ENSEMBLE)
        .where(INSERJEUNES_UAI_ENSEMBLE.UAI.eq(uai))
        .and(INSERJEUNES_UAI_ENSEMBLE.MILLESIME.eq(MILLESIME))
        .forEach(
            r ->
                stored.put(
                    "ensemble/" + r.getEnsemble(),
                    Arrays.asList(
                        r.getNbAnneeTerm(),
                        r.getNbSortant(),
                        r.getNbPoursuiteEtudes(),
                        r.getNbEnEmploi_6Mois(),
                        r.getNbEnEmploi_12Mois(),
                        r.getNbEnEmploi_24Mois(),
                        r.getValeurAjoutee_6Mois() == null
                            ? null
                            : r.getValeurAjoutee_6Mois().intValueExact())));
    return stored;
  }

  /** The fixture lines of an établissement as stored: counts, and the valeur ajoutée. */
  private static Map<String, List<Integer>> expectedUai(String uai) {
    Map<String, List<Integer>> expected = new HashMap<>();
    for (Ligne ligne : InserJeunesFixture.of(uai).values()) {
      List<Integer> counts = new ArrayList<>();
      for (String measure : InserJeunesMesures.COUNTS) {
        counts.add(ligne.counts().get(measure));
      }
      if (ligne.voie().equals("ensemble")) {
        counts.add(ligne.valeurAjoutee());
      }
      expected.put(ligne.voie() + "/" + ligne.code(), counts);
    }
    return expected;
  }

  @Test
  void logsInAgainWhenTheTokenExpiresAndKeepsEveryEtablissement() {
    api.serve(BERARD_PATH, InserJeunesFixture.mesures(BERARD));
    api.serve(NIVOLET_PATH, InserJeunesFixture.mesures(NIVOLET));
    api.expireTokensAfter(BERARD_PATH);

    Resultat resultat = importUais(BERARD, NIVOLET);

    assertThat(resultat.rapport().statut())
        .as(resultat.rapport().summary())
        .isEqualTo(ImportStatut.REUSSI);
    assertThat(resultat.rapport().fichier())
        .isEqualTo("API InserJeunes, 2 établissements, millésime 2021_2022");
    assertThat(api.logins()).isEqualTo(2);
    assertThat(api.calls(NIVOLET_PATH)).as("401, puis succès après reconnexion").isEqualTo(2);
    assertThat(storedUai(BERARD)).isEqualTo(expectedUai(BERARD));
    assertThat(storedUai(NIVOLET)).isEqualTo(expectedUai(NIVOLET));
    assertThat(storedUai(BERARD)).doesNotContainKey("scolaire/" + InserJeunesFixture.AGRICOLE);
    assertThat(resultat.notes())
        .anyMatch(note -> note.contains("filière « voie_pro_sco_agri » écartées"));
  }

  @Test
  void triesAgainAnAnswerThatComesTooLate() {
    api.serve(NIVOLET_PATH, InserJeunesFixture.mesures(NIVOLET));
    api.slow(NIVOLET_PATH, 1);

    Resultat resultat = importUais(NIVOLET);

    assertThat(resultat.rapport().statut()).isEqualTo(ImportStatut.REUSSI);
    assertThat(api.calls(NIVOLET_PATH)).isEqualTo(2);
    assertThat(storedUai(NIVOLET)).isEqualTo(expectedUai(NIVOLET));
  }

  @Test
  void anEtablissementTheApiDoesNotKnowIsReportedAndOthersImported() {
    api.serve(NIVOLET_PATH, InserJeunesFixture.mesures(NIVOLET));

    Resultat resultat = importUais(BERARD, NIVOLET);

    assertThat(resultat.rapport().statut()).isEqualTo(ImportStatut.REUSSI);
    assertThat(resultat.notes()).contains("UAI 0010001W : aucune donnée InserJeunes");
    assertThat(storedUai(BERARD)).isEmpty();
    assertThat(storedUai(NIVOLET)).isEqualTo(expectedUai(NIVOLET));
  }

  @Test
  void aPermanentFailureIsRefusedInFrenchAndWritesNothing() {
    api.serve(BERARD_PATH, InserJeunesFixture.mesures(BERARD));
    api.serve(NIVOLET_PATH, InserJeunesFixture.mesures(NIVOLET));
    api.fail(NIVOLET_PATH, Integer.MAX_VALUE, 503);

    Resultat resultat = importUais(BERARD, NIVOLET);

    ImportReport rapport = resultat.rapport();
    assertThat(rapport.statut()).isEqualTo(ImportStatut.REFUSE);
    assertThat(rapport.summary())
        .contains("refusé, rien n'a été écrit")
        .contains(
            "API InserJeunes indisponible pour /UAI/0730032N/millesime/2021_2022 : HTTP 503 à"
                + " chacune des 3 tentatives");
    assertThat(api.calls(NIVOLET_PATH)).isEqualTo(3);
    assertThat(api.calls(BERARD_PATH)).as("lu avant l'échec").isEqualTo(1);
    assertThat(storedUai(BERARD)).isEmpty();
    assertThat(storedUai(NIVOLET)).isEmpty();
    assertThat(
            dsl.fetchExists(
                IMPORT_RUN, IMPORT_RUN.ID.eq(rapport.id()).and(IMPORT_RUN.STATUT.eq("refuse"))))
        .isTrue();
  }

  @Test
  void wrongCredentialsAreRefusedInFrench() {
    api.serve(BERARD_PATH, InserJeunesFixture.mesures(BERARD));

    List<Resultat> resultats =
        importer("autre-mot-de-passe").run(new Demande(List.of(MILLESIME), false, List.of(BERARD)));

    assertThat(resultats.get(0).rapport().statut()).isEqualTo(ImportStatut.REFUSE);
    assertThat(resultats.get(0).rapport().summary())
        .contains(
            "identifiants refusés par l'API InserJeunes (HTTP 401) : vérifiez"
                + " ORION_INSERJEUNES_USERNAME et ORION_INSERJEUNES_PASSWORD");
    assertThat(api.calls(BERARD_PATH)).isZero();
    assertThat(storedUai(BERARD)).isEmpty();
  }

  @Test
  void nothingCallsTheApiWhileItsUrlIsNotSet() {
    assertThat(context.getBeanProvider(InserJeunesSource.class).getIfAvailable()).isNull();
    assertThat(context.getBeanProvider(ImportInserJeunes.class).getIfAvailable()).isNull();
  }
}
