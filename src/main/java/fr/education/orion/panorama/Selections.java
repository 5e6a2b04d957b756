package fr.education.orion.panorama;

import fr.education.orion.indicateur.Calendrier;
import fr.education.orion.indicateur.Millesime;
import fr.education.orion.indicateur.OffresSommees;
import fr.education.orion.indicateur.RentreeScolaire;
import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.SelonImports;
import fr.education.orion.referentiel.CodeAcademie;
import fr.education.orion.referentiel.CodeDepartement;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.IdentiteFormation;
import fr.education.orion.referentiel.NiveauDiplome;
import fr.education.orion.referentiel.NomenclaturesFormation;
import fr.education.orion.referentiel.Perimetre;
import fr.education.orion.referentiel.Territoire;
import fr.education.orion.referentiel.Territoire.Echelon;
import fr.education.orion.referentiel.TerritoireQueries;
import fr.education.orion.system.Problems;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads what a request selects — territory, niveau, NSF domain, rentrée, millésime — checking each
 * code (400 when malformed, 404 when unknown) and filling the defaults from the data; and lists the
 * choices a page offers.
 */
@Component
public class Selections {

  private static final Pattern CODE_NSF = Pattern.compile("[0-9A-Z]{3}");

  private final DSLContext dsl;
  private final TerritoireQueries territoires;
  private final Calendrier calendrier;
  private final SelonImports<Boolean, List<Choix>> niveauxOfferts;
  private final SelonImports<Boolean, Set<String>> niveauxConnus;
  private final SelonImports<String, List<Choix>> domainesOfferts;

  Selections(
      DSLContext dsl, TerritoireQueries territoires, Calendrier calendrier, ImportRuns imports) {
    this.dsl = dsl;
    this.territoires = territoires;
    this.calendrier = calendrier;
    this.niveauxOfferts = new SelonImports<>(imports, sansCle -> readNiveaux());
    this.niveauxConnus =
        new SelonImports<>(
            imports,
            sansCle ->
                Set.copyOf(
                    dsl.select(NomenclaturesFormation.codeNiveau())
                        .from(NomenclaturesFormation.niveaux())
                        .fetch(NomenclaturesFormation.codeNiveau())));
    this.domainesOfferts =
        new SelonImports<>(imports, niveau -> readDomaines(niveau.isEmpty() ? null : niveau));
  }

  public Selection read(
      Territoire territoire,
      @Nullable NiveauDiplome codeNiveauDiplome,
      @Nullable String codeNsf,
      @Nullable String rentreeScolaire,
      @Nullable String millesime) {
    return new Selection(
        territoire,
        niveau(codeNiveauDiplome),
        nsf(codeNsf),
        rentree(rentreeScolaire),
        millesime(millesime));
  }

  /**
   * A région of the territories Orion covers: 404 when it is not covered — the pseudo-territories
   * of the référentiel (« Sans objet », « Etranger »…) have no panorama.
   */
  public Territoire territoire(CodeRegion code) {
    return territoire(Echelon.REGION, code.code());
  }

  /** An académie of the territories Orion covers: 404 when it is not covered. */
  public Territoire territoire(CodeAcademie code) {
    return territoire(Echelon.ACADEMIE, code.code());
  }

  /** A département of the territories Orion covers: 404 when it is not covered. */
  public Territoire territoire(CodeDepartement code) {
    return territoire(Echelon.DEPARTEMENT, code.code());
  }

  private Territoire territoire(Echelon echelon, String normalise) {
    return territoires
        .find(echelon, normalise)
        .orElseThrow(
            () ->
                Problems.notFound(
                    switch (echelon) {
                          case REGION -> "Aucune région";
                          case ACADEMIE -> "Aucune académie";
                          default -> "Aucun département";
                        }
                        + " de code « "
                        + normalise
                        + " »."));
  }

  private @Nullable NiveauDiplome niveau(@Nullable NiveauDiplome niveau) {
    if (niveau != null && !niveauxConnus.get(true).contains(niveau.code())) {
      throw Problems.notFound("Aucun niveau de diplôme de code « " + niveau.code() + " ».");
    }
    return niveau;
  }

  private @Nullable String nsf(@Nullable String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String normalise = code.strip().toUpperCase(Locale.ROOT);
    if (!CODE_NSF.matcher(normalise).matches()) {
      throw Problems.badRequest(
          "Le domaine de formation (NSF) « " + code + " » est invalide : 3 caractères (ex. 221).");
    }
    if (!dsl.fetchExists(
        NomenclaturesFormation.groupesNsf(),
        NomenclaturesFormation.codeGroupeNsf().eq(normalise))) {
      throw Problems.notFound("Aucun domaine de formation (NSF) de code « " + normalise + " ».");
    }
    return normalise;
  }

  private String rentree(@Nullable String rentree) {
    if (rentree == null || rentree.isBlank()) {
      return calendrier.rentreeCourante();
    }
    if (!RentreeScolaire.estValide(rentree.strip())) {
      throw Problems.badRequest(
          "La rentrée scolaire « " + rentree + " » est invalide : une année (ex. 2020).");
    }
    return rentree.strip();
  }

  private String millesime(@Nullable String millesime) {
    if (millesime == null || millesime.isBlank()) {
      return calendrier.millesimeCourant();
    }
    if (!Millesime.estValide(millesime.strip())) {
      throw Problems.badRequest(
          "Le millésime « "
              + millesime
              + " » est invalide : deux années qui se suivent, AAAA_AAAA (ex. 2021_2022).");
    }
    return millesime.strip();
  }

  /** The niveaux de diplôme of the formations of the perimeter offered in the voie scolaire. */
  public List<Choix> niveaux() {
    return niveauxOfferts.get(true);
  }

  /** The NSF domains of the offered formations of the perimeter of a niveau (all when null). */
  public List<Choix> domaines(@Nullable NiveauDiplome niveau) {
    return domainesOfferts.get(niveau == null ? "" : niveau.code());
  }

  private List<Choix> readNiveaux() {
    return dsl.selectDistinct(
            NomenclaturesFormation.codeNiveau(), NomenclaturesFormation.libelleNiveau())
        .from(NomenclaturesFormation.niveaux())
        .where(
            NomenclaturesFormation.codeNiveau()
                .in(
                    DSL.selectDistinct(IdentiteFormation.codeNiveauDiplome())
                        .from(IdentiteFormation.formations())
                        .where(IdentiteFormation.cfd().in(offertes()))
                        .and(Perimetre.scolaire(IdentiteFormation.cfd()))))
        .orderBy(NomenclaturesFormation.libelleNiveau())
        .fetch(r -> new Choix(r.value1(), r.value2()));
  }

  private List<Choix> readDomaines(@Nullable String codeNiveauDiplome) {
    var libelle = IdentiteFormation.libelleNsf();
    return dsl.selectDistinct(NomenclaturesFormation.codeGroupeNsf(), libelle)
        .from(NomenclaturesFormation.groupesNsf())
        .where(
            NomenclaturesFormation.codeGroupeNsf()
                .in(
                    DSL.selectDistinct(IdentiteFormation.codeNsf())
                        .from(IdentiteFormation.formations())
                        .where(IdentiteFormation.cfd().in(offertes()))
                        .and(Perimetre.scolaire(IdentiteFormation.cfd()))
                        .and(
                            codeNiveauDiplome == null
                                ? DSL.noCondition()
                                : IdentiteFormation.codeNiveauDiplome().eq(codeNiveauDiplome))))
        .orderBy(libelle)
        .fetch(r -> new Choix(r.value1(), r.value2()));
  }

  /** The formations with an offer, at any rentrée. */
  private static Select<Record1<String>> offertes() {
    return DSL.selectDistinct(OffresSommees.cfd()).from(OffresSommees.offres());
  }
}
