package fr.education.orion.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeRncpTest {

  @Test
  void readsAnRncpCodeWrittenWithOrWithoutItsPrefix() {
    assertThat(CodeRncp.read("RNCP35807")).isEqualTo("RNCP35807");
    assertThat(CodeRncp.read("35807")).isEqualTo("RNCP35807");
    assertThat(CodeRncp.read(" rncp 35807 ")).isEqualTo("RNCP35807");
  }

  @Test
  void aValueThatIsNoRncpCodeIsNone() {
    assertThat(CodeRncp.read(null)).isNull();
    assertThat(CodeRncp.read("")).isNull();
    assertThat(CodeRncp.read("en cours")).isNull();
    assertThat(CodeRncp.read("NR")).isNull();
    assertThat(CodeRncp.read("RNCP1234567")).isNull();
  }
}
