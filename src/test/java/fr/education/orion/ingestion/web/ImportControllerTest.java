package fr.education.orion.ingestion.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImportControllerTest {

  @Test
  void namesTheRejetsOfABundledSourceWithoutItsFolderNorItsExtensions() {
    assertThat(ImportController.rejetsFileName(20, "rome/metier.csv.gz"))
        .isEqualTo("rejets-import-20-rome-metier.csv");
    assertThat(ImportController.rejetsFileName(21, "bcn\\nMef.csv"))
        .isEqualTo("rejets-import-21-bcn-nMef.csv");
  }

  @Test
  void namesTheRejetsOfAnUploadAfterItsFile() {
    assertThat(ImportController.rejetsFileName(7, "chomage_regional_2023.csv"))
        .isEqualTo("rejets-import-7-chomage_regional_2023.csv");
    assertThat(ImportController.rejetsFileName(8, "constat.xlsx"))
        .isEqualTo("rejets-import-8-constat.csv");
  }
}
