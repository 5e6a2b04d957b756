package fr.education.orion.indicateur.chargement;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.indicateur.chargement.InserJeunesSource.Mesure;
import fr.education.orion.ingestion.SourceTable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Measures of the API → lines of the dumps, on hand-written measures (no real counts needed). */
class InserJeunesLignesTest {

  private static Mesure mesure(
      String id, String valeur, String filiere, String dimension, String code) {
    return new Mesure(id, new BigDecimal(valeur), filiere, List.of(Map.of(dimension, code)));
  }

  @Test
  void aRegionAnswerBecomesLinesOfTheRegionalDumpUnderBothRegionCodes() {
    InserJeunesLignes lignes = InserJeunesLignes.regions();
    lignes.add(
        "2021_2022",
        "11",
        List.of(
            mesure("nb_annee_term", "30", "voie_pro_sco_educ_nat", "id_mefstat11", "23830023303"),
            mesure("nb_sortant", "20", "voie_pro_sco_educ_nat", "id_mefstat11", "23830023303"),
            mesure(
                "taux_emploi_6_mois", "45", "voie_pro_sco_educ_nat", "id_mefstat11", "23830023303"),
            mesure(
                "nb_en_emploi_18_mois",
                "9",
                "voie_pro_sco_educ_nat",
                "id_mefstat11",
                "23830023303"),
            mesure(
                "nb_annee_term", "12.0", "apprentissage", "id_formation_apprentissage", "40023303"),
            mesure("nb_annee_term", "40", "voie_pro_sco_agri", "id_mefstat11", "23830099999"),
            mesure("nb_sortant", "25", "voie_pro_sco_agri", "id_mefstat11", "23830099999"),
            mesure("nb_annee_term", "900", "voie_pro_sco_educ_nat", "ensemble", "ensemble")));

    SourceTable table = lignes.table();

    assertThat(table.header())
        .startsWith("millesime", "code_region_ij", "code_region", "voie", "cfd", "mefstat11")
        .endsWith("nb_en_emploi_24_mois")
        .doesNotContain("valeur_ajoutee_6_mois");
    assertThat(table.lines())
        .containsExactly(
            Arrays.asList(
                "2021_2022",
                "10",
                "11",
                "scolaire",
                null,
                "23830023303",
                "30",
                "20",
                null,
                null,
                null,
                null),
            Arrays.asList(
                "2021_2022",
                "10",
                "11",
                "apprentissage",
                "40023303",
                null,
                "12",
                null,
                null,
                null,
                null,
                null));
    assertThat(lignes.ecartees()).isEqualTo(Map.of("filière « voie_pro_sco_agri »", 2));
  }

  @Test
  void anEtablissementAnswerKeepsItsEnsembleRowsWithTheValeurAjoutee() {
    InserJeunesLignes lignes = InserJeunesLignes.uais();
    lignes.add(
        "2021_2022",
        "0730032N",
        List.of(
            mesure("nb_annee_term", "77", "voie_pro_sco_educ_nat", "ensemble", "ensemble"),
            mesure(
                "valeur_ajoutee_6_mois", "-2.50", "voie_pro_sco_educ_nat", "ensemble", "ensemble"),
            mesure(
                "nb_poursuite_etudes",
                "14",
                "apprentissage",
                "id_formation_apprentissage",
                "50023440")));

    SourceTable table = lignes.table();

    assertThat(table.header())
        .startsWith("millesime", "uai", "voie", "cfd", "mefstat", "ensemble")
        .endsWith("valeur_ajoutee_6_mois");
    assertThat(table.lines())
        .containsExactly(
            Arrays.asList(
                "2021_2022",
                "0730032N",
                "ensemble",
                null,
                null,
                "ensemble",
                "77",
                null,
                null,
                null,
                null,
                null,
                "-2.5"),
            Arrays.asList(
                "2021_2022",
                "0730032N",
                "apprentissage",
                "50023440",
                null,
                null,
                null,
                null,
                "14",
                null,
                null,
                null,
                null));
    assertThat(lignes.ecartees()).isEmpty();
  }
}
