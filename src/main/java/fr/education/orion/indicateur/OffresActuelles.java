package fr.education.orion.indicateur;

import static fr.education.orion.schema.Tables.OFFRE;

import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.Uai;
import fr.education.orion.referentiel.Voie;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * What an établissement offers today, so that a demande tells an opening from an increase: its
 * offers at the latest rentrée whose headcounts are known, for each voie (a later Affelnet or
 * Parcoursup file knows only some offers: the BTS, the entry years).
 */
@Component
public class OffresActuelles {

  /** An offer: a formation, in a dispositif, by a voie. */
  public record OffreActuelle(Cfd cfd, String codeDispositif, Voie voie) {}

  private final DSLContext dsl;

  OffresActuelles(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The offers of the établissement, by CFD, dispositif and voie. */
  public List<OffreActuelle> of(Uai uai) {
    Condition derniereRentree = DSL.falseCondition();
    for (var derniere :
        dsl.select(OFFRE.VOIE, DSL.max(OFFRE.RENTREE_SCOLAIRE))
            .from(OFFRE)
            .where(Offres.avecEffectif())
            .groupBy(OFFRE.VOIE)) {
      derniereRentree =
          derniereRentree.or(
              OFFRE.VOIE.eq(derniere.value1()).and(OFFRE.RENTREE_SCOLAIRE.eq(derniere.value2())));
    }
    return dsl.select(OFFRE.CFD.convert(Cfd.CONVERTER), OFFRE.CODE_DISPOSITIF, OFFRE.VOIE)
        .from(OFFRE)
        .where(OFFRE.UAI.eq(uai.code()))
        .and(derniereRentree)
        .orderBy(OFFRE.CFD, OFFRE.CODE_DISPOSITIF, OFFRE.VOIE)
        .fetch(
            r -> new OffreActuelle(r.value1(), r.value2(), Voie.duCode(r.value3()).orElseThrow()));
  }
}
