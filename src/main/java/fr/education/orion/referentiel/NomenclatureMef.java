package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.MEF;

import java.time.LocalDate;
import java.util.Arrays;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The BCN's N_MEF nomenclature as the queries of other modules read it: a MEF, and its MEFSTAT11,
 * the code the statistical sources use, name one year of a dispositif of a formation (CFD).
 */
public final class NomenclatureMef {

  private NomenclatureMef() {}

  public static Table<?> mefs() {
    return MEF;
  }

  public static Field<String> mef() {
    return MEF.MEF_;
  }

  public static Field<String> mefstat11() {
    return MEF.MEFSTAT11;
  }

  public static Field<String> cfd() {
    return MEF.CFD;
  }

  public static Field<String> codeDispositif() {
    return MEF.CODE_DISPOSITIF;
  }

  /** The year of the dispositif the MEF names: 1 for the first year. */
  public static Field<Short> anneeDispositif() {
    return MEF.ANNEE_DISPOSITIF;
  }

  public static Field<LocalDate> dateOuverture() {
    return MEF.DATE_OUVERTURE;
  }

  public static Field<LocalDate> dateFermeture() {
    return MEF.DATE_FERMETURE;
  }

  /** Every column but the label: what derived data read, in the table's order. */
  public static Field<?>[] colonnesSansLibelle() {
    return Arrays.stream(MEF.fields())
        .filter(field -> !field.equals(MEF.LIBELLE))
        .toArray(Field[]::new);
  }

  /**
   * The formation and dispositif of each MEFSTAT11 ({@link #mefstat11}, {@link #cfd}, {@link
   * #codeDispositif}), once each: several MEF may share a MEFSTAT11.
   */
  public static SelectConditionStep<Record3<String, String, String>> dispositifsParMefstat11() {
    return DSL.selectDistinct(MEF.MEFSTAT11, MEF.CFD, MEF.CODE_DISPOSITIF)
        .from(MEF)
        .where(MEF.MEFSTAT11.isNotNull());
  }
}
