package fr.education.orion.referentiel.chargement;

import static fr.education.orion.schema.Tables.CERTIF_INFO;
import static fr.education.orion.schema.Tables.CERTIF_INFO_ROME;
import static fr.education.orion.schema.Tables.DIPLOME_PROFESSIONNEL;
import static fr.education.orion.schema.Tables.FORMATION_ROME;
import static fr.education.orion.schema.Tables.ROME;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.ImportCompleted;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Derives the métiers of each formation of the perimeter, as Orion does: every ROME code of the
 * Certif Info certifications whose Code_Scolarité is the CFD, among the codes of the ROME (Certif
 * Info names some that the ROME v4 does not have: its import reports them). The three sources may
 * arrive in any order, so any of them that changes rebuilds the links, within its import.
 */
@Component
class FormationRomeBuilder {

  private static final Set<String> SOURCES =
      Set.of("certif_info", "diplomes_professionnels", "rome");

  private final DSLContext dsl;
  private final BulkWriter writer;

  FormationRomeBuilder(DSLContext dsl, BulkWriter writer) {
    this.dsl = dsl;
    this.writer = writer;
  }

  @EventListener
  void onImport(ImportCompleted event) {
    if (event.changedSomething() && SOURCES.contains(event.type())) {
      rebuild();
    }
  }

  private void rebuild() {
    List<Object[]> links =
        dsl.selectDistinct(DIPLOME_PROFESSIONNEL.CFD, CERTIF_INFO_ROME.CODE_ROME)
            .from(DIPLOME_PROFESSIONNEL)
            .join(CERTIF_INFO)
            .on(CERTIF_INFO.CFD.eq(DIPLOME_PROFESSIONNEL.CFD))
            .join(CERTIF_INFO_ROME)
            .on(CERTIF_INFO_ROME.CODE_CERTIF_INFO.eq(CERTIF_INFO.CODE_CERTIF_INFO))
            .join(ROME)
            .on(ROME.CODE_ROME.eq(CERTIF_INFO_ROME.CODE_ROME))
            .fetch(link -> new Object[] {link.value1(), link.value2()});
    writer.replace(
        FORMATION_ROME,
        List.of(FORMATION_ROME.CFD, FORMATION_ROME.CODE_ROME),
        links,
        DSL.trueCondition());
  }
}
