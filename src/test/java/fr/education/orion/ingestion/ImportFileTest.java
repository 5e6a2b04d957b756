package fr.education.orion.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportFileTest {

  @Test
  void readsTheRentreeOrTheMillesimeFromTheFileName() {
    assertThat(ImportFile.yearFromName("constat_2020.csv")).isEqualTo("2020");
    assertThat(ImportFile.yearFromName("depp-2022-etablissements-2021_2022-pro.csv"))
        .isEqualTo("2021_2022");
    assertThat(ImportFile.yearFromName("Kit_apprentissage_20231218.csv")).isNull();
    assertThat(ImportFile.yearFromName("nMef.csv")).isNull();
  }
}
