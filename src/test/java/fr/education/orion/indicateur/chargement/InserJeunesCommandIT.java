package fr.education.orion.indicateur.chargement;

import static fr.education.orion.indicateur.chargement.InserJeunesFixture.BERARD;
import static fr.education.orion.indicateur.chargement.InserJeunesFixture.MILLESIME;
import static fr.education.orion.indicateur.chargement.InserJeunesFixture.NIVOLET;
import static fr.education.orion.schema.Tables.INSERJEUNES_UAI;
import static fr.education.orion.schema.Tables.INSERJEUNES_UAI_ENSEMBLE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.OrionProcess;
import fr.education.orion.OrionProcess.Run;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code orion inserjeunes} as a user runs it ({@link OrionProcess}), configured by its environment
 * variables, against a local stand-in of the API ({@link LocalInserJeunes}).
 */
@OrionIT
class InserJeunesCommandIT {

  @Autowired DataSource dataSource;
  @Autowired DSLContext dsl;
  @TempDir Path folder;

  @Test
  void importsTheEtablissementsItIsGivenFromTheConfiguredApi() throws Exception {
    dsl.deleteFrom(INSERJEUNES_UAI).where(INSERJEUNES_UAI.UAI.in(BERARD, NIVOLET)).execute();
    dsl.deleteFrom(INSERJEUNES_UAI_ENSEMBLE)
        .where(INSERJEUNES_UAI_ENSEMBLE.UAI.in(BERARD, NIVOLET))
        .execute();
    Run run;
    try (LocalInserJeunes api = new LocalInserJeunes()) {
      api.serve("/UAI/" + BERARD + "/millesime/" + MILLESIME, InserJeunesFixture.mesures(BERARD));
      api.serve("/UAI/" + NIVOLET + "/millesime/" + MILLESIME, InserJeunesFixture.mesures(NIVOLET));
      api.fail("/UAI/" + NIVOLET + "/millesime/" + MILLESIME, 1, 502);

      run =
          OrionProcess.run(
              dataSource,
              folder,
              Map.of(
                  "ORION_INSERJEUNES_URL",
                  api.url(),
                  "ORION_INSERJEUNES_USERNAME",
                  LocalInserJeunes.USERNAME,
                  "ORION_INSERJEUNES_PASSWORD",
                  LocalInserJeunes.PASSWORD,
                  "ORION_INSERJEUNES_ATTENTE",
                  "10ms"),
              "inserjeunes",
              "--millesime",
              MILLESIME,
              "--uai",
              BERARD,
              NIVOLET.toLowerCase());
    }

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("API InserJeunes, 2 établissements, millésime 2021_2022 : réussi")
        .contains("type inserjeunes_uai (2021_2022)")
        .contains("mesures de la filière « voie_pro_sco_agri » écartées");
    long formations =
        InserJeunesFixture.lignes().stream().filter(l -> !l.voie().equals("ensemble")).count();
    assertThat(dsl.fetchCount(INSERJEUNES_UAI, INSERJEUNES_UAI.UAI.in(BERARD, NIVOLET)))
        .isEqualTo(formations);
  }

  @Test
  void saysTheApiIsNotConfiguredAndCallsNothing() throws Exception {
    Run run =
        OrionProcess.run(
            dataSource,
            folder,
            Map.of("ORION_INSERJEUNES_URL", ""),
            "inserjeunes",
            "--millesime",
            MILLESIME,
            "--uai",
            BERARD);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "L'API InserJeunes n'est pas configurée : renseignez ORION_INSERJEUNES_URL,"
                + " ORION_INSERJEUNES_USERNAME et ORION_INSERJEUNES_PASSWORD.");
  }
}
