package fr.education.orion.ingestion;

import static fr.education.orion.schema.Tables.CHOMAGE_REGION;
import static fr.education.orion.schema.Tables.IMPORT_RUN;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.OrionProcess;
import fr.education.orion.OrionProcess.Run;
import fr.education.orion.RealFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code orion import} as a user runs it: the packaged jar in its own process ({@link
 * OrionProcess}).
 */
@OrionIT
class ImportCommandIT {

  @Autowired DataSource dataSource;
  @Autowired DSLContext dsl;
  @TempDir Path folder;

  private Run orion(String... args) throws IOException, InterruptedException {
    return OrionProcess.run(dataSource, folder, Map.of(), args);
  }

  @Test
  void listsTheTypesItImports() throws Exception {
    Run run = orion("import", "--types");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("bcn_n_mef").contains("departements_academies_regions");
  }

  @Test
  void importsAFileAndPrintsItsReport() throws Exception {
    Path file = folder.resolve("departements_academies_regions.csv");
    Files.write(file, RealFiles.bytes("geo/departements_academies_regions.csv.gz"));

    Run run = orion("import", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("réussi")
        .contains("122 lignes lues, 120 acceptées, 2 rejetées")
        .contains("ligne 116, colonne « codeAcademie »");
  }

  @Test
  void refusesABrokenFileNamingItsLineAndExitsNonZero() throws Exception {
    List<String> lines = RealFiles.lines("bcn/nMef.csv.gz", StandardCharsets.UTF_8);
    lines.set(41, lines.get(41) + ";en trop");
    Path file = folder.resolve("nMef.csv");
    Files.writeString(file, String.join("\n", lines));

    Run run = orion("import", file.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .contains("nMef.csv : refusé, rien n'a été écrit")
        .contains("nMef.csv, ligne 42 : 23 champs au lieu de 22");
  }

  @Test
  void refusesADecompressionBombInFrenchAndExitsNonZero() throws Exception {
    // A gzip of a few megabytes that unpacks to 1 GB, for a process of -Xmx256m.
    List<String> mef = RealFiles.lines("bcn/nMef.csv.gz", StandardCharsets.UTF_8);
    Path bombe = BombeGzip.fichier(folder.resolve("nMef.csv.gz"), mef.get(0), mef.get(1), 1L << 30);

    Run run = orion("import", bombe.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .contains("nMef.csv.gz : refusé, rien n'a été écrit")
        .contains("nMef.csv.gz : taux de compression anormal")
        .doesNotContain("OutOfMemoryError");
  }

  @Test
  void stopsBeforeWritingImplausibleValuesUnlessTheyAreAccepted() throws Exception {
    Path file = folder.resolve("chomage_regional_invraisemblable.csv");
    Files.copy(
        Path.of(getClass().getResource("/imports/chomage_regional_invraisemblable.csv").toURI()),
        file);
    try {
      Run stopped = orion("import", file.toString());

      assertThat(stopped.exitCode()).as(stopped.err()).isEqualTo(1);
      assertThat(stopped.err())
          .contains(
              "chomage_regional_invraisemblable.csv : valeurs invraisemblables à confirmer, rien"
                  + " n'a été écrit")
          .contains(
              "chomage_regional_invraisemblable.csv, ligne 2, colonne « tauxChomage » : « 150 »"
                  + " invraisemblable : un taux de chômage est un pourcentage, entre 0 et 100")
          .contains("ligne 3, colonne « tauxChomage » : « -2,5 » invraisemblable")
          .contains("relancez avec --accepter-avertissements");
      assertThat(dsl.fetchCount(CHOMAGE_REGION, CHOMAGE_REGION.ANNEE.eq("1999"))).isZero();

      Run accepted = orion("import", "--accepter-avertissements", file.toString());

      assertThat(accepted.exitCode()).as(accepted.err()).isZero();
      assertThat(accepted.out())
          .contains("chomage_regional_invraisemblable.csv : réussi")
          .contains("Valeurs invraisemblables acceptées par ligne de commande (2)");
      assertThat(dsl.fetchCount(CHOMAGE_REGION, CHOMAGE_REGION.ANNEE.eq("1999"))).isEqualTo(3);
      assertThat(
              dsl.select(IMPORT_RUN.ALERTES_ACCEPTEES_PAR)
                  .from(IMPORT_RUN)
                  .orderBy(IMPORT_RUN.ID.desc())
                  .limit(1)
                  .fetchSingle(IMPORT_RUN.ALERTES_ACCEPTEES_PAR))
          .isEqualTo("ligne de commande");
    } finally {
      dsl.deleteFrom(CHOMAGE_REGION).where(CHOMAGE_REGION.ANNEE.eq("1999")).execute();
    }
  }

  @Test
  void explainsItsUsage() throws Exception {
    Run run = orion("import", "--annee", "vingt", "fichier.csv");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("Valeur « vingt » invalide pour --annee").contains("Usage");
  }
}
