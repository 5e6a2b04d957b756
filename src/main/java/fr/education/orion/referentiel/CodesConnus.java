package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.DEPARTEMENT;
import static fr.education.orion.schema.Tables.ETABLISSEMENT;
import static fr.education.orion.schema.Tables.FORMATION;
import static fr.education.orion.schema.Tables.MEF;
import static fr.education.orion.schema.Tables.REGION;

import java.util.HashSet;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * The codes the référentiel holds, read afresh from its tables (in the caller's transaction, so
 * that an import sees what the same import wrote): a source's line naming another code is refused
 * or set aside.
 */
@Component
public class CodesConnus {

  private final DSLContext dsl;

  CodesConnus(DSLContext dsl) {
    this.dsl = dsl;
  }

  public Set<String> uais() {
    return new HashSet<>(
        dsl.select(ETABLISSEMENT.UAI).from(ETABLISSEMENT).fetch(ETABLISSEMENT.UAI));
  }

  /** The MEFSTAT11 of N_MEF. */
  public Set<String> mefstat11s() {
    return new HashSet<>(dsl.selectDistinct(MEF.MEFSTAT11).from(MEF).fetch(MEF.MEFSTAT11));
  }

  public Set<String> cfds() {
    return new HashSet<>(dsl.select(FORMATION.CFD).from(FORMATION).fetch(FORMATION.CFD));
  }

  public Set<String> codesRegions() {
    return new HashSet<>(dsl.select(REGION.CODE_REGION).from(REGION).fetch(REGION.CODE_REGION));
  }

  public Set<String> codesDepartements() {
    return new HashSet<>(
        dsl.select(DEPARTEMENT.CODE_DEPARTEMENT)
            .from(DEPARTEMENT)
            .fetch(DEPARTEMENT.CODE_DEPARTEMENT));
  }
}
