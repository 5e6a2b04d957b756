package fr.education.orion.indicateur.chargement;

import static fr.education.orion.schema.Tables.TENSION;
import static fr.education.orion.schema.Tables.TENSION_ROME;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.RealFiles;
import fr.education.orion.ingestion.ImportFile;
import fr.education.orion.ingestion.ImportReport;
import fr.education.orion.ingestion.ImportStatut;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * France Travail tension files, of which none is bundled: fixtures in the header Orion writes, with
 * real ROME codes and territories, and made-up levels. The real codes of the {@code TYPE_TENSION}
 * nomenclature are not available here: the fixture's are named as such.
 */
@OrionIT
class TensionIT {

  private static final String HEADER =
      "datMaj;codeTypeTerritoire;codeTerritoire;libTerritoire;codeTypeActivite;codeActivite;"
          + "libActivite;codeNomenclature;libNomenclature;codeTypePeriode;codePeriode;libPeriode;"
          + "valeurPrincipaleNom";

  @Autowired ImportFile importFile;
  @Autowired DSLContext dsl;

  /** No tension file is bundled: the tables go back to empty. */
  @AfterEach
  void removeTheFixtures() {
    dsl.deleteFrom(TENSION_ROME).execute();
    dsl.deleteFrom(TENSION).execute();
  }

  private static String line(
      String type, String territoire, String rome, String tension, String annee, String valeur) {
    return String.join(
        ";",
        "2024-03-01",
        type,
        territoire,
        "Territoire",
        "ROME",
        rome,
        "Métier",
        tension,
        "Libellé " + tension,
        "ANNEE",
        annee,
        "Année " + annee,
        valeur);
  }

  private ImportReport importLines(String fichier, String... lines) {
    String text = HEADER + "\n" + String.join("\n", lines) + "\n";
    return importFile.importFile(RealFiles.request(fichier, text.getBytes(StandardCharsets.UTF_8)));
  }

  /** code_rome/type/territoire/tension/année → valeur, as stored. */
  private Map<String, Integer> stored() {
    Map<String, Integer> values = new TreeMap<>();
    dsl.selectFrom(TENSION_ROME)
        .forEach(
            r ->
                values.put(
                    String.join(
                        "/",
                        r.getCodeRome(),
                        r.getTypeTerritoire(),
                        r.getCodeTerritoire(),
                        r.getCodeTension(),
                        r.getAnnee()),
                    r.getValeur()));
    return values;
  }

  @Test
  void storesTheThreeLevelsWithDepartementsOnThreeCharacters() {
    ImportReport national =
        importLines(
            "fixture-tension_rome.csv",
            line("NAT", "FR", "F1602", "FIXTURE_TENSION", "2023", "4"),
            line("NAT", "FR", "I1604", "FIXTURE_TENSION", "2023", "5"));
    ImportReport regional =
        importLines(
            "fixture-tension_rome_region.csv",
            line("REG", "53", "F1602", "FIXTURE_TENSION", "2023", "3"),
            line("REG", "84", "F1602", "FIXTURE_MAIN_OEUVRE", "2023", "2"));
    ImportReport departemental =
        importLines(
            "fixture-tension_rome_departement.csv",
            line("DEP", "01", "F1602", "FIXTURE_TENSION", "2023", "2"),
            line("DEP", "2A", "D1214", "FIXTURE_TENSION", "2023", "1"),
            line("DEP", "971", "I1604", "FIXTURE_TENSION", "2023", "5"));

    for (ImportReport report : List.of(national, regional, departemental)) {
      assertThat(report.statut()).as(report.summary()).isEqualTo(ImportStatut.REUSSI);
      assertThat(report.type()).isEqualTo("france_travail_tension");
    }
    assertThat(stored())
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "F1602/NAT/FR/FIXTURE_TENSION/2023", 4,
                    "I1604/NAT/FR/FIXTURE_TENSION/2023", 5,
                    "F1602/REG/53/FIXTURE_TENSION/2023", 3,
                    "F1602/REG/84/FIXTURE_MAIN_OEUVRE/2023", 2,
                    "F1602/DEP/001/FIXTURE_TENSION/2023", 2,
                    "D1214/DEP/02A/FIXTURE_TENSION/2023", 1,
                    "I1604/DEP/971/FIXTURE_TENSION/2023", 5)));
    assertThat(dsl.selectFrom(TENSION).fetchMap(TENSION.CODE_TENSION, TENSION.LIBELLE))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "FIXTURE_TENSION", "Libellé FIXTURE_TENSION",
                "FIXTURE_MAIN_OEUVRE", "Libellé FIXTURE_MAIN_OEUVRE"));
  }

  @Test
  void aNewFileReplacesItsLevelAndYearsOnly() {
    importLines(
        "fixture-tension_rome_region.csv",
        line("REG", "53", "F1602", "FIXTURE_TENSION", "2022", "3"),
        line("REG", "53", "F1602", "FIXTURE_TENSION", "2023", "3"));
    importLines(
        "fixture-tension_rome.csv", line("NAT", "FR", "F1602", "FIXTURE_TENSION", "2023", "4"));

    ImportReport newer =
        importLines(
            "fixture-tension_rome_region.csv",
            line("REG", "84", "F1602", "FIXTURE_TENSION", "2023", "2"));

    assertThat(newer.lignesModifiees()).isEqualTo(2);
    assertThat(stored())
        .containsOnlyKeys(
            "F1602/REG/53/FIXTURE_TENSION/2022",
            "F1602/REG/84/FIXTURE_TENSION/2023",
            "F1602/NAT/FR/FIXTURE_TENSION/2023");
  }

  @Test
  void refusesAMalformedRomeCodeWithItsLine() {
    ImportReport report =
        importLines(
            "fixture-tension_rome.csv",
            line("NAT", "FR", "F1602", "FIXTURE_TENSION", "2023", "4"),
            line("NAT", "FR", "Z1602", "FIXTURE_TENSION", "2023", "4"));

    assertThat(report.statut()).isEqualTo(ImportStatut.REFUSE);
    assertThat(report.rejets())
        .singleElement()
        .satisfies(
            rejet -> {
              assertThat(rejet.ligne()).isEqualTo(3);
              assertThat(rejet.colonne()).isEqualTo("codeActivite");
              assertThat(rejet.motif()).contains("« Z1602 »").contains("code ROME");
            });
    assertThat(stored()).isEmpty();
  }

  @Test
  void setsAsideUnreadableTerritoriesAndWarnsOfUnknownOnes() {
    ImportReport report =
        importLines(
            "fixture-tension_rome_departement.csv",
            line("DEP", "35", "F1602", "FIXTURE_TENSION", "2023", "2"),
            line("DEP", "2C", "F1602", "FIXTURE_TENSION", "2023", "2"),
            line("COM", "35238", "F1602", "FIXTURE_TENSION", "2023", "2"),
            line("DEP", "96", "F1602", "FIXTURE_TENSION", "2023", "2"));

    assertThat(report.statut()).isEqualTo(ImportStatut.REUSSI);
    assertThat(report.rejets())
        .extracting(rejet -> rejet.ligne() + " " + rejet.motif())
        .containsExactly(
            "3 code département « 2C » invalide : ligne ignorée",
            "4 type de territoire « COM » inconnu (NAT, REG ou DEP attendu) : ligne ignorée");
    assertThat(report.avertissements())
        .singleElement()
        .satisfies(
            avertissement -> {
              assertThat(avertissement.ligne()).isEqualTo(5);
              assertThat(avertissement.motif()).contains("« 096 » inconnu du référentiel");
            });
    assertThat(stored())
        .containsOnlyKeys(
            "F1602/DEP/035/FIXTURE_TENSION/2023", "F1602/DEP/096/FIXTURE_TENSION/2023");
  }

  @Test
  void importingTheSameFileAgainChangesNothing() {
    String[] lines = {
      line("NAT", "FR", "F1602", "FIXTURE_TENSION", "2023", "4"),
      line("NAT", "FR", "F1602", "FIXTURE_TENSION", "2022", "3")
    };
    assertThat(importLines("fixture-tension_rome.csv", lines).lignesModifiees()).isEqualTo(3);

    assertThat(importLines("fixture-tension_rome.csv", lines).lignesModifiees()).isZero();
  }
}
