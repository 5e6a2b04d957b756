package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.CHOMAGE_DEPARTEMENT;
import static fr.education.orion.schema.Tables.CHOMAGE_REGION;

import fr.education.orion.referentiel.CodeDepartement;
import fr.education.orion.referentiel.CodeRegion;
import java.math.BigDecimal;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The INSEE unemployment rate of a région or département with its year: the rentrée's when
 * published, else the newest.
 */
@Component
public class ChomageQueries {

  /** An unemployment rate, as a fraction, and its year. */
  public record TauxChomage(BigDecimal taux, String annee) {}

  private final DSLContext dsl;

  ChomageQueries(DSLContext dsl) {
    this.dsl = dsl;
  }

  public Optional<TauxChomage> region(CodeRegion codeRegion, String rentree) {
    return find(
        CHOMAGE_REGION,
        CHOMAGE_REGION.CODE_REGION.eq(codeRegion.code()),
        CHOMAGE_REGION.ANNEE,
        CHOMAGE_REGION.TAUX_CHOMAGE,
        rentree);
  }

  public Optional<TauxChomage> departement(CodeDepartement codeDepartement, String rentree) {
    return find(
        CHOMAGE_DEPARTEMENT,
        CHOMAGE_DEPARTEMENT.CODE_DEPARTEMENT.eq(codeDepartement.code()),
        CHOMAGE_DEPARTEMENT.ANNEE,
        CHOMAGE_DEPARTEMENT.TAUX_CHOMAGE,
        rentree);
  }

  private Optional<TauxChomage> find(
      Table<?> table,
      Condition territoire,
      TableField<?, String> annee,
      TableField<?, BigDecimal> taux,
      String rentree) {
    // INSEE publishes percentages (6,7): a fraction, as every rate of Orion.
    return dsl.select(taux, annee)
        .from(table)
        .where(territoire)
        .orderBy(DSL.when(annee.eq(rentree), 0).otherwise(1), annee.desc())
        .limit(1)
        .fetchOptional(r -> new TauxChomage(r.value1().movePointLeft(2), r.value2()));
  }
}
