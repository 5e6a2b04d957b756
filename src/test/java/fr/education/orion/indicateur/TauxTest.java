package fr.education.orion.indicateur;

import static org.assertj.core.api.Assertions.assertThat;

import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

class TauxTest {

  private static Field<Integer> effectif(String nom) {
    return DSL.field(DSL.name(nom), Integer.class);
  }

  @Test
  void aRateOverFewerThan20LeaversIsNotPublished() {
    assertThat(Taux.SEUIL_INSERJEUNES).isEqualTo(20);
    assertThat(
            DSL.using(SQLDialect.POSTGRES)
                .renderInlined(Taux.emploi6mois(effectif("en_emploi"), effectif("sortants"))))
        .isEqualTo(
            "case when cast(sum(case when \"en_emploi\" is not null then \"sortants\" end) as"
                + " numeric) >= 20 then (cast(sum(case when \"en_emploi\" is not null then"
                + " \"en_emploi\" end) as numeric) / cast(sum(case when \"en_emploi\" is not null"
                + " then \"sortants\" end) as numeric)) end");
  }
}
