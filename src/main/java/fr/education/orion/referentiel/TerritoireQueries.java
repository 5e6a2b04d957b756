package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.ACADEMIE;
import static fr.education.orion.schema.Tables.DEPARTEMENT;
import static fr.education.orion.schema.Tables.REGION;

import fr.education.orion.referentiel.Territoires.Academie;
import fr.education.orion.referentiel.Territoires.Departement;
import fr.education.orion.referentiel.Territoires.Region;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** Reads régions, académies and départements. */
@Component
public class TerritoireQueries {

  private final DSLContext dsl;

  TerritoireQueries(DSLContext dsl) {
    this.dsl = dsl;
  }

  public List<Region> regions() {
    return dsl.selectFrom(REGION)
        .orderBy(REGION.LIBELLE)
        .fetch(r -> new Region(r.getCodeRegion(), r.getLibelle()));
  }

  public List<Academie> academies() {
    return dsl.selectFrom(ACADEMIE)
        .orderBy(ACADEMIE.LIBELLE)
        .fetch(r -> new Academie(r.getCodeAcademie(), r.getLibelle(), r.getCodeRegion()));
  }

  public List<Departement> departements() {
    return dsl.selectFrom(DEPARTEMENT)
        .orderBy(DEPARTEMENT.CODE_DEPARTEMENT)
        .fetch(
            r ->
                new Departement(
                    r.getCodeDepartement(),
                    r.getLibelle(),
                    r.getCodeAcademie(),
                    r.getCodeRegion()));
  }
}
