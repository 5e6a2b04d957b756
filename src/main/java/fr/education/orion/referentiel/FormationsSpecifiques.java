package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.ACTION_PRIORITAIRE;
import static fr.education.orion.schema.Tables.FORMATION_ROME;
import static fr.education.orion.schema.Tables.ROME;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.selectOne;

import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.TableField;

/**
 * What marks a formation out for the queries of other modules: an action prioritaire of a région,
 * or a métier it leads to (ROME) marked for a transition écologique, numérique or démographique.
 */
public final class FormationsSpecifiques {

  private FormationsSpecifiques() {}

  /**
   * The formation and dispositif are an action prioritaire of a région that {@code regions} keeps
   * (given the action's région).
   */
  public static Condition actionPrioritaire(
      Field<String> cfd, Field<String> dispositif, Function<Field<String>, Condition> regions) {
    return exists(
        selectOne()
            .from(ACTION_PRIORITAIRE)
            .where(ACTION_PRIORITAIRE.CFD.eq(cfd))
            .and(ACTION_PRIORITAIRE.CODE_DISPOSITIF.eq(dispositif))
            .and(regions.apply(ACTION_PRIORITAIRE.CODE_REGION)));
  }

  public static Condition transitionEcologique(Field<String> cfd) {
    return transition(cfd, ROME.TRANSITION_ECOLOGIQUE);
  }

  public static Condition transitionNumerique(Field<String> cfd) {
    return transition(cfd, ROME.TRANSITION_NUMERIQUE);
  }

  public static Condition transitionDemographique(Field<String> cfd) {
    return transition(cfd, ROME.TRANSITION_DEMOGRAPHIQUE);
  }

  /** One of the métiers the formation leads to (ROME) is marked for a transition. */
  private static Condition transition(Field<String> cfd, TableField<?, Boolean> marque) {
    return exists(
        selectOne()
            .from(FORMATION_ROME)
            .join(ROME)
            .on(ROME.CODE_ROME.eq(FORMATION_ROME.CODE_ROME))
            .where(FORMATION_ROME.CFD.eq(cfd))
            .and(marque.isTrue()));
  }
}
