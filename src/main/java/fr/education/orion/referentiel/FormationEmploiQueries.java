package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.ACTION_PRIORITAIRE;
import static fr.education.orion.schema.Tables.CERTIF_INFO;
import static fr.education.orion.schema.Tables.CFD_RNCP;
import static fr.education.orion.schema.Tables.DIPLOME_PROFESSIONNEL;
import static fr.education.orion.schema.Tables.DIPLOME_PROFESSIONNEL_CORRECTION;
import static fr.education.orion.schema.Tables.DISPOSITIF;
import static fr.education.orion.schema.Tables.FORMATION_ROME;
import static fr.education.orion.schema.Tables.REGION;
import static fr.education.orion.schema.Tables.ROME;

import fr.education.orion.referentiel.DiplomeCorrige.Valeurs;
import fr.education.orion.referentiel.Formations.ActionPrioritaire;
import fr.education.orion.referentiel.Formations.FicheRncp;
import fr.education.orion.referentiel.Formations.Metier;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Component;

/**
 * What a formation leads to and how it is recognised: its métiers (ROME), its RNCP fiches, the list
 * of vocational diplomas with Orion's corrections, and the régions where it is an action
 * prioritaire.
 */
@Component
class FormationEmploiQueries {

  private static final Comparator<String> RNCP_ORDER =
      Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

  private final DSLContext dsl;

  FormationEmploiQueries(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The diploma of the list, corrected; empty outside the perimeter. */
  Optional<DiplomeCorrige> diplome(Cfd cfd) {
    return dsl.select(
            DIPLOME_PROFESSIONNEL.CODE_RNCP,
            DIPLOME_PROFESSIONNEL.CPC,
            DIPLOME_PROFESSIONNEL.SECTEUR,
            DIPLOME_PROFESSIONNEL_CORRECTION.CODE_RNCP,
            DIPLOME_PROFESSIONNEL_CORRECTION.CPC,
            DIPLOME_PROFESSIONNEL_CORRECTION.SECTEUR,
            DIPLOME_PROFESSIONNEL_CORRECTION.SOUS_SECTEUR)
        .from(DIPLOME_PROFESSIONNEL)
        .leftJoin(DIPLOME_PROFESSIONNEL_CORRECTION)
        .on(DIPLOME_PROFESSIONNEL_CORRECTION.CFD.eq(DIPLOME_PROFESSIONNEL.CFD))
        .where(DIPLOME_PROFESSIONNEL.CFD.eq(cfd.code()))
        // The DGESCO list (voie scolaire) says what the diploma is; an apprenticeship row of the
        // catalogue does not.
        .orderBy(DIPLOME_PROFESSIONNEL.VOIE.desc())
        .limit(1)
        .fetchOptional(
            r ->
                DiplomeCorrige.of(
                    new Valeurs(r.value1(), r.value2(), r.value3(), null),
                    new Valeurs(r.value4(), r.value5(), r.value6(), r.value7())));
  }

  List<Metier> metiers(Cfd cfd) {
    return dsl.select(
            ROME.CODE_ROME,
            ROME.LIBELLE,
            ROME.TRANSITION_ECOLOGIQUE,
            ROME.TRANSITION_NUMERIQUE,
            ROME.TRANSITION_DEMOGRAPHIQUE)
        .from(FORMATION_ROME)
        .join(ROME)
        .on(ROME.CODE_ROME.eq(FORMATION_ROME.CODE_ROME))
        .where(FORMATION_ROME.CFD.eq(cfd.code()))
        .orderBy(ROME.CODE_ROME)
        .fetch(Records.mapping(Metier::new));
  }

  /** Every RNCP code of the formation, whichever source gives it, in the order of their number. */
  List<String> rncp(Cfd cfd, Optional<DiplomeCorrige> diplome) {
    TreeSet<String> codes = new TreeSet<>(RNCP_ORDER);
    diplome.map(DiplomeCorrige::codeRncp).map(CodeRncp::read).ifPresent(codes::add);
    Stream.concat(
            dsl
                .select(CERTIF_INFO.CODE_RNCP)
                .from(CERTIF_INFO)
                .where(CERTIF_INFO.CFD.eq(cfd.code()))
                .and(CERTIF_INFO.CODE_RNCP.isNotNull())
                .fetch(CERTIF_INFO.CODE_RNCP)
                .stream(),
            dsl
                .select(CFD_RNCP.CODE_RNCP)
                .from(CFD_RNCP)
                .where(CFD_RNCP.CFD.eq(cfd.code()))
                .fetch(CFD_RNCP.CODE_RNCP)
                .stream())
        .forEach(codes::add);
    return List.copyOf(codes);
  }

  List<FicheRncp> fichesRncp(Cfd cfd) {
    return dsl.select(
            CFD_RNCP.CODE_RNCP,
            CFD_RNCP.NIVEAU,
            CFD_RNCP.ACTIVE,
            CFD_RNCP.DATE_ECHEANCE,
            CFD_RNCP.ACCES_APPRENTISSAGE)
        .from(CFD_RNCP)
        .where(CFD_RNCP.CFD.eq(cfd.code()))
        .orderBy(CFD_RNCP.CODE_RNCP)
        .fetch(Records.mapping(FicheRncp::new));
  }

  List<ActionPrioritaire> actionsPrioritaires(Cfd cfd) {
    return dsl.select(
            ACTION_PRIORITAIRE.CODE_REGION,
            REGION.LIBELLE,
            ACTION_PRIORITAIRE.CODE_DISPOSITIF,
            DISPOSITIF.LIBELLE)
        .from(ACTION_PRIORITAIRE)
        .leftJoin(REGION)
        .on(REGION.CODE_REGION.eq(ACTION_PRIORITAIRE.CODE_REGION))
        .leftJoin(DISPOSITIF)
        .on(DISPOSITIF.CODE_DISPOSITIF.eq(ACTION_PRIORITAIRE.CODE_DISPOSITIF))
        .where(ACTION_PRIORITAIRE.CFD.eq(cfd.code()))
        .orderBy(REGION.LIBELLE, ACTION_PRIORITAIRE.CODE_DISPOSITIF)
        .fetch(Records.mapping(ActionPrioritaire::new));
  }
}
