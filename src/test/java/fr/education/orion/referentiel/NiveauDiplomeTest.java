package fr.education.orion.referentiel;

import static fr.education.orion.referentiel.Probleme.detailDe;
import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class NiveauDiplomeTest {

  @Test
  void aFormationWhoseCfdStartsWith320PreparesABts() {
    assertThat(NiveauDiplome.of(new Cfd("32031213")).bts()).isTrue();
    assertThat(NiveauDiplome.of(new Cfd("40031213")).bts()).isFalse();
    assertThat(NiveauDiplome.of(new Cfd("50032003")).bts()).isFalse();
    assertThat(NiveauDiplome.BTS.code()).isEqualTo("320");
  }

  @Test
  void theFcilAreTheNiveaux381481And581() {
    // bcn/vFormationDiplome_.csv.gz: "38110999;381;…;FCILN_3;…".
    assertThat(NiveauDiplome.of(new Cfd("38110999")).fcil()).isTrue();
    assertThat(new NiveauDiplome("481").fcil()).isTrue();
    assertThat(new NiveauDiplome("581").fcil()).isTrue();
    assertThat(new NiveauDiplome("400").fcil()).isFalse();
    assertThat(NiveauDiplome.BTS.fcil()).isFalse();
  }

  @Test
  void theSqlFormLooksAtTheSameThreeCharacters() {
    String sql =
        DSL.using(SQLDialect.POSTGRES)
            .renderInlined(NiveauDiplome.bts(DSL.field(DSL.name("cfd"), String.class)));
    assertThat(sql).startsWith("\"cfd\" like (").contains("'320'").endsWith("|| '%') escape '!'");
  }

  @Test
  void aNiveauChosenIsThreeCharactersReadInUpperCase() {
    assertThat(NiveauDiplome.of(" 4zz ")).isEqualTo(new NiveauDiplome("4ZZ"));
    detailDe(() -> NiveauDiplome.of("4000"))
        .isEqualTo(
            "Le niveau de diplôme « 4000 » est invalide : 3 caractères (ex. 400, 500, 320).");
  }
}
