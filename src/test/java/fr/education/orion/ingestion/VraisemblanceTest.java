package fr.education.orion.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VraisemblanceTest {

  private static final List<Vraisemblance> TAUX =
      List.of(Vraisemblance.entre("taux", 0, 100, "un pourcentage, entre 0 et 100"));

  private static SourceRows rows(String... taux) {
    List<SourceRow> rows =
        java.util.stream.IntStream.range(0, taux.length)
            .mapToObj(i -> new SourceRow(i + 2, new String[] {taux[i]}, Map.of("taux", 0)))
            .toList();
    return new SourceRows("f.csv", null, rows);
  }

  @Test
  void listsTheValuesOutsideTheirRangeWithLineColumnValueAndWhatWasExpected() {
    assertThat(Vraisemblance.check(rows("0", "150", "7,5", "-2,5", "100", ""), TAUX))
        .containsExactly(
            new Rejet(3, "taux", "« 150 » invraisemblable : un pourcentage, entre 0 et 100"),
            new Rejet(5, "taux", "« -2,5 » invraisemblable : un pourcentage, entre 0 et 100"));
  }
}
