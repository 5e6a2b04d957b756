package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.DIPLOME_PROFESSIONNEL;

import org.jooq.Record1;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

/** The official list of vocational diplomas, in either voie, without Orion's other formations. */
public final class DiplomesProfessionnels {

  private DiplomesProfessionnels() {}

  /** The CFDs of the list (a CFD listed in both voies comes twice). */
  public static SelectJoinStep<Record1<String>> cfds() {
    return DSL.select(DIPLOME_PROFESSIONNEL.CFD).from(DIPLOME_PROFESSIONNEL);
  }
}
