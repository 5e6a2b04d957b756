package fr.education.orion.indicateur.chargement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.education.orion.RealFiles;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegionsInserJeunesTest {

  @Test
  void agreesWithBothCodesOfEveryRowOfTheRegionalDump() {
    // id;millesime;code_region_ij;code_region;…
    Map<String, String> pairs = new HashMap<>();
    RealFiles.rows("inserjeunes/ij_region_data_2019_2020-2021_2022.csv.gz", StandardCharsets.UTF_8)
        .forEach(r -> pairs.put(r[2], r[3]));

    assertThat(pairs).hasSize(17);
    pairs.forEach(
        (api, insee) -> {
          assertThat(RegionsInserJeunes.codeInsee(api)).as(api).isEqualTo(insee);
          assertThat(RegionsInserJeunes.codeApi(insee)).as(insee).isEqualTo(api);
        });
  }

  @Test
  void knowsEighteenRegionsMayotteIncluded() {
    assertThat(RegionsInserJeunes.codesInsee())
        .hasSize(18)
        .contains("06", "11", "84")
        .doesNotHaveDuplicates();
    assertThat(RegionsInserJeunes.codeApi("06")).isEqualTo("13");
    assertThatThrownBy(() -> RegionsInserJeunes.codeApi("99"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
