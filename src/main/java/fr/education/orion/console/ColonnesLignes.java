package fr.education.orion.console;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import fr.education.orion.indicateur.OffresSommees.Sommes;
import fr.education.orion.indicateur.PositionQuadrant;
import fr.education.orion.indicateur.PositionsCalculees;
import fr.education.orion.indicateur.TauxInserJeunes;
import fr.education.orion.referentiel.FormationsSpecifiques;
import fr.education.orion.referentiel.IdentiteFormation;
import fr.education.orion.referentiel.Perimetre;
import fr.education.orion.referentiel.TypeFamille;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SelectField;

/**
 * The columns both consoles' queries select, named as the fields of the rows ({@link
 * LigneConsole}): the formation, the entry figures beside the previous rentrée's, the InserJeunes
 * rates beside the previous millésime's, the quadrant position.
 */
final class ColonnesLignes {

  private ColonnesLignes() {}

  /**
   * The formation of {@code cfd} and {@code dispositif}, from a source joined by {@link
   * IdentiteFormation#joindre}.
   */
  static List<SelectField<?>> formation(
      Field<String> cfd, Field<String> dispositif, Condition actionPrioritaire) {
    Field<String> typeFamille = Perimetre.typeFamille(cfd);
    return List.of(
        cfd.as("cfd"),
        dispositif.as("codeDispositif"),
        IdentiteFormation.libelle().as("libelleFormation"),
        IdentiteFormation.libelleDispositif().as("libelleDispositif"),
        IdentiteFormation.codeNiveauDiplome().as("codeNiveauDiplome"),
        IdentiteFormation.libelleNiveauDiplome().as("libelleNiveauDiplome"),
        IdentiteFormation.codeNsf().as("codeNsf"),
        IdentiteFormation.libelleNsf().as("libelleNsf"),
        IdentiteFormation.libelleFamille().as("libelleFamille"),
        typeFamille.as("typeFamille"),
        TypeFamille.libelleEnSql(typeFamille).as("libelleTypeFamille"),
        field(actionPrioritaire).as("actionPrioritaire"),
        field(FormationsSpecifiques.transitionEcologique(cfd)).as("transitionEcologique"),
        field(FormationsSpecifiques.transitionNumerique(cfd)).as("transitionNumerique"),
        field(FormationsSpecifiques.transitionDemographique(cfd)).as("transitionDemographique"));
  }

  /**
   * The entry figures of the rows' offers ({@code a}) beside the previous rentrée's ({@code p}).
   */
  static List<SelectField<?>> entree(Sommes a, Sommes p) {
    return List.of(
        a.nbEtablissements().as("nbEtablissements"),
        a.effectif1().as("effectif1"),
        a.effectif2().as("effectif2"),
        a.effectif3().as("effectif3"),
        a.effectifEntree().as("effectifEntree"),
        p.effectifEntree().as("effectifEntreePrecedent"),
        a.capacite().as("capacite"),
        p.capacite().as("capacitePrecedente"),
        a.premiersVoeux().as("premiersVoeux"),
        a.tauxPression().as("tauxPression"),
        p.tauxPression().as("tauxPressionPrecedent"),
        a.tauxDemande().as("tauxDemande"),
        p.tauxDemande().as("tauxDemandePrecedent"),
        a.tauxRemplissage().as("tauxRemplissage"),
        p.tauxRemplissage().as("tauxRemplissagePrecedent"));
  }

  /**
   * The InserJeunes rates of the millésime ({@code taux}) beside the previous one's ({@code
   * avant}), their names followed by {@code qualificatif} ({@link LigneConsole.Sortie}).
   */
  static List<SelectField<?>> sortie(
      TauxInserJeunes taux, TauxInserJeunes avant, String qualificatif) {
    String emploi = "tauxInsertion6mois" + qualificatif;
    String poursuite = "tauxPoursuite" + qualificatif;
    String devenir = "tauxDevenirFavorable" + qualificatif;
    return List.of(
        taux.emploi().as(emploi),
        avant.emploi().as(emploi + "Precedent"),
        taux.poursuite().as(poursuite),
        avant.poursuite().as(poursuite + "Precedent"),
        taux.devenirFavorable().as(devenir),
        avant.devenirFavorable().as(devenir + "Precedent"));
  }

  /**
   * The stored quadrant position of the formation in {@code region} (from a source joined to {@link
   * PositionsCalculees#positions()}); without one, « - » for a classe commune and « Hors quadrant »
   * for another formation, none without a région.
   */
  static SelectField<String> positionQuadrant(Field<String> region, Field<String> cfd) {
    return coalesce(
            PositionsCalculees.position(),
            when(region.isNull(), inline((String) null))
                .otherwise(PositionQuadrant.sansPositionStockee(Perimetre.classeCommune(cfd))))
        .as("positionQuadrant");
  }
}
