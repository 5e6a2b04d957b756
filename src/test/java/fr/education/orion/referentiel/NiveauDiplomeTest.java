package fr.education.orion.referentiel;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class NiveauDiplomeTest {

  @Test
  void aFormationWhoseCfdStartsWith320PreparesABts() {
    assertThat(NiveauDiplome.bts("32031213")).isTrue();
    assertThat(NiveauDiplome.bts("40031213")).isFalse();
    assertThat(NiveauDiplome.bts("50032003")).isFalse();
  }

  @Test
  void theSqlFormLooksAtTheSameThreeCharacters() {
    String sql =
        DSL.using(SQLDialect.POSTGRES)
            .renderInlined(NiveauDiplome.bts(DSL.field(DSL.name("cfd"), String.class)));
    assertThat(sql).startsWith("\"cfd\" like (").contains("'320'").endsWith("|| '%') escape '!'");
  }
}
