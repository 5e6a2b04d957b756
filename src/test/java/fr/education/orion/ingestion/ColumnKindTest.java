package fr.education.orion.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shapes of {@link ColumnKind}, checked character by character, accept exactly what their
 * definitions as regular expressions accept.
 */
class ColumnKindTest {

  private static final Map<ColumnKind, Pattern> DEFINITIONS =
      Map.ofEntries(
          Map.entry(ColumnKind.CFD, Pattern.compile("[0-9A-Z]{8}")),
          Map.entry(ColumnKind.UAI, Pattern.compile("[0-9]{7}[A-Z]")),
          Map.entry(ColumnKind.CODE_MEF, Pattern.compile("[0-9A-Z]{10}")),
          Map.entry(ColumnKind.MEFSTAT11, Pattern.compile("[0-9A-Z]{11}")),
          Map.entry(ColumnKind.CODE_DISPOSITIF, Pattern.compile("[0-9A-Z]{3}")),
          Map.entry(ColumnKind.CODE_NIVEAU, Pattern.compile("[0-9A-Z]{3}")),
          Map.entry(ColumnKind.CODE_REGION, Pattern.compile("[0-9]{2}")),
          Map.entry(ColumnKind.CODE_DEPARTEMENT, Pattern.compile("[0-9]{2}[0-9AB]")),
          Map.entry(ColumnKind.CODE_ROME, Pattern.compile("[A-N][0-9]{4}")),
          Map.entry(ColumnKind.CODE_DOMAINE_PROFESSIONNEL, Pattern.compile("[A-N][0-9]{2}")),
          Map.entry(ColumnKind.CODE_RNCP, Pattern.compile("(RNCP)?[0-9]{1,6}")),
          Map.entry(ColumnKind.CODE_DISCIPLINE, Pattern.compile("[A-Z][0-9]{4}")),
          Map.entry(ColumnKind.INTEGER, Pattern.compile("-?[0-9]+")),
          Map.entry(ColumnKind.DECIMAL, Pattern.compile("-?[0-9]+([.,][0-9]+)?")),
          Map.entry(ColumnKind.DATE, Pattern.compile("[0-9]{2}/[0-9]{2}/[0-9]{4}")));

  private static final List<String> EXAMPLES =
      List.of(
          "40022105",
          "0350031U",
          "0350031u",
          "2473121331",
          "24731213310",
          "247",
          "53",
          "2A",
          "035",
          "02B",
          "02C",
          "A1101",
          "O1101",
          "N1101",
          "A11",
          "RNCP1234",
          "RNCP",
          "1234567",
          "123456",
          "RNCP1234567",
          "C1234",
          "-12",
          "-",
          "12",
          "1.5",
          "1,5",
          "1.",
          ".5",
          "-1.5",
          "1.5.2",
          "1,5.2",
          "01/09/2020",
          "1/09/2020",
          "01-09-2020",
          "31/02/2020",
          "4002210",
          "400221055",
          "4002 105",
          "é0022105",
          "٣٣");

  @Test
  void everyShapeAcceptsWhatItsRegularExpressionAccepts() {
    assertThat(DEFINITIONS.keySet())
        .containsExactlyInAnyOrder(
            java.util.Arrays.stream(ColumnKind.values())
                .filter(kind -> kind != ColumnKind.TEXT)
                .toArray(ColumnKind[]::new));
    List<String> values = new ArrayList<>(EXAMPLES);
    Random random = new Random(20261129);
    String alphabet = "0123456789ABNOZ-.,/ RNCPaé";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder value = new StringBuilder();
      for (int c = random.nextInt(12) + 1; c > 0; c--) {
        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      values.add(value.toString());
    }
    DEFINITIONS.forEach(
        (kind, definition) -> {
          for (String value : values) {
            assertThat(kind.hasShape(value))
                .as("%s « %s »", kind, value)
                .isEqualTo(definition.matcher(value).matches());
          }
        });
  }
}
