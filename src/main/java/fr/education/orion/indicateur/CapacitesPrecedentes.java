package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.OFFRE;

import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.Uai;
import fr.education.orion.referentiel.Voie;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The capacity an offer of the voie scolaire had at the latest rentrée that knew one, which a
 * demande states beside the capacity it asks for (§2.3.7). The capacity of {@code offre} already
 * follows the sources' rules ({@code calcul.Affelnet}: bounds; {@code calcul.Parcoursup}: 0 and 999
 * are unknown): Parcoursup's for a BTS ({@link Offres#bts()}), Affelnet's otherwise.
 */
@Component
public class CapacitesPrecedentes {

  /** Where a capacity comes from. */
  public enum SourceCapacite {
    AFFELNET,
    PARCOURSUP
  }

  /** A capacity, the rentrée it was offered at and its source. */
  public record CapacitePrecedente(
      int capacite, RentreeScolaire rentreeScolaire, SourceCapacite source) {}

  private final DSLContext dsl;

  CapacitesPrecedentes(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The latest capacity known of the offer; empty when no rentrée gave one. */
  public Optional<CapacitePrecedente> find(Uai uai, Cfd cfd, String codeDispositif) {
    return dsl.select(OFFRE.CAPACITE, OFFRE.RENTREE_SCOLAIRE, DSL.field(Offres.bts()))
        .from(OFFRE)
        .where(OFFRE.UAI.eq(uai.code()))
        .and(OFFRE.CFD.eq(cfd.code()))
        .and(OFFRE.CODE_DISPOSITIF.eq(codeDispositif))
        .and(OFFRE.VOIE.eq(Voie.CODE_SCOLAIRE))
        .and(OFFRE.CAPACITE.isNotNull())
        .orderBy(OFFRE.RENTREE_SCOLAIRE.desc())
        .limit(1)
        .fetchOptional(
            r ->
                new CapacitePrecedente(
                    r.value1(),
                    RentreeScolaire.of(r.value2()),
                    r.value3() ? SourceCapacite.PARCOURSUP : SourceCapacite.AFFELNET));
  }
}
