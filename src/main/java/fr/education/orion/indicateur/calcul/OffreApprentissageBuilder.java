package fr.education.orion.indicateur.calcul;

import static fr.education.orion.schema.Tables.AFFELNET_LIGNE;
import static fr.education.orion.schema.Tables.CATALOGUE_APPRENTISSAGE_LIGNE;
import static fr.education.orion.schema.Tables.CONSTAT_RENTREE;
import static fr.education.orion.schema.Tables.OFFRE;
import static fr.education.orion.schema.Tables.PARCOURSUP_LIGNE;

import fr.education.orion.ingestion.BulkWriter;
import fr.education.orion.ingestion.ImportCompleted;
import fr.education.orion.ingestion.Rejet;
import fr.education.orion.referentiel.CodesConnus;
import fr.education.orion.referentiel.IdentiteFormation;
import fr.education.orion.referentiel.NomenclatureMef;
import fr.education.orion.referentiel.PerimetreApprentissage;
import fr.education.orion.referentiel.Voie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Builds the apprenticeship offers (voie {@code apprentissage}, no headcounts) from the catalogue
 * des formations en apprentissage: one offer per rentrée, UAI, CFD of the perimeter and dispositif
 * ({@link LigneCatalogue} says which). The dispositif comes from the MEF codes of the line through
 * N_MEF, or, for a line without MEF code, from the niveau and duration.
 *
 * <p>The current rentrée, beyond which no offer is created, is the newest rentrée of the entry data
 * Orion holds (constat de rentrée, Affelnet, Parcoursup): it moves forward with the data, never
 * with the calendar. Voie scolaire offers ({@link OffreBuilder}) are never touched.
 */
@Component
public class OffreApprentissageBuilder {

  /** Imports that change the dates of formations, N_MEF, or the current rentrée. */
  private static final Set<String> SOURCES =
      Set.of(
          "bcn_n_mef",
          "bcn_n_formation_diplome",
          "bcn_v_formation_diplome",
          "constat_rentree",
          "affelnet",
          "parcoursup_bts");

  private static final Logger log = LoggerFactory.getLogger(OffreApprentissageBuilder.class);

  /**
   * What a rebuild did.
   *
   * @param modifiees offers inserted or deleted
   * @param avertissements lines of the catalogue that gave no offer, or an incomplete one
   */
  public record Resultat(int modifiees, List<Rejet> avertissements) {}

  private record Dates(@Nullable LocalDate ouverture, @Nullable LocalDate fermeture) {}

  private final DSLContext dsl;
  private final CodesConnus codes;
  private final BulkWriter writer;
  private final EmpreintesSources empreintes;

  OffreApprentissageBuilder(
      DSLContext dsl, CodesConnus codes, BulkWriter writer, EmpreintesSources empreintes) {
    this.dsl = dsl;
    this.codes = codes;
    this.empreintes = empreintes;
    this.writer = writer;
  }

  @EventListener
  void onImport(ImportCompleted event) {
    if (event.changedSomething()
        && SOURCES.contains(event.type())
        && empreintes.changed("offre_apprentissage", event)) {
      Resultat resultat = rebuild();
      if (resultat.modifiees() > 0) {
        log.info("Offres en apprentissage recalculées : {} modifiées", resultat.modifiees());
      }
    }
  }

  public Resultat rebuild() {
    List<LigneCatalogue> lignes =
        dsl
            .select(
                CATALOGUE_APPRENTISSAGE_LIGNE.LIGNE,
                CATALOGUE_APPRENTISSAGE_LIGNE.UAI_LIEU,
                CATALOGUE_APPRENTISSAGE_LIGNE.UAI_FORMATEUR,
                CATALOGUE_APPRENTISSAGE_LIGNE.UAI_RESPONSABLE,
                CATALOGUE_APPRENTISSAGE_LIGNE.CFD,
                CATALOGUE_APPRENTISSAGE_LIGNE.TAGS,
                CATALOGUE_APPRENTISSAGE_LIGNE.CODES_MEF,
                CATALOGUE_APPRENTISSAGE_LIGNE.DUREE)
            .from(CATALOGUE_APPRENTISSAGE_LIGNE)
            .orderBy(CATALOGUE_APPRENTISSAGE_LIGNE.LIGNE)
            .fetch(Records.mapping(LigneCatalogue::new))
            .stream()
            .filter(ligne -> PerimetreApprentissage.inPerimetre(ligne.cfd()))
            .toList();
    List<Rejet> avertissements = new ArrayList<>();
    Optional<Integer> rentreeCourante = rentreeCourante();
    if (rentreeCourante.isEmpty() && !lignes.isEmpty()) {
      avertissements.add(
          new Rejet(
              null,
              null,
              "aucune rentrée connue (constat, Affelnet ou Parcoursup) : offres en apprentissage"
                  + " non créées"));
    }
    Set<String> cfds = new HashSet<>(lignes.stream().map(LigneCatalogue::cfd).toList());
    Map<String, Dates> dates = formationDates(cfds);
    Map<List<String>, String> dispositifByMefAndCfd = dispositifsOfMefs(cfds);
    Set<String> uais = codes.uais();
    Map<List<String>, Object[]> offres = new LinkedHashMap<>();
    for (LigneCatalogue ligne : lignes) {
      String uai = ligne.uai();
      if (uai == null || rentreeCourante.isEmpty()) {
        continue;
      }
      Dates formation = dates.get(ligne.cfd());
      if (formation == null) {
        avertissements.add(
            warning(ligne, ColonnesCatalogue.CFD, "CFD absent de la BCN : pas d'offre"));
        continue;
      }
      List<String> dispositifs = dispositifs(ligne, dispositifByMefAndCfd, avertissements);
      if (!uais.contains(uai)) {
        avertissements.add(
            warning(ligne, uaiColumn(ligne), "UAI « " + uai + " » inconnu du référentiel"));
      }
      for (int rentree :
          ligne.rentrees(formation.ouverture(), formation.fermeture(), rentreeCourante.get())) {
        for (String dispositif : dispositifs) {
          String annee = String.valueOf(rentree);
          offres.put(
              List.of(annee, uai, ligne.cfd(), dispositif),
              new Object[] {annee, uai, ligne.cfd(), dispositif, Voie.CODE_APPRENTISSAGE});
        }
      }
    }
    int changed =
        writer.replace(
            OFFRE,
            List.of(
                OFFRE.RENTREE_SCOLAIRE, OFFRE.UAI, OFFRE.CFD, OFFRE.CODE_DISPOSITIF, OFFRE.VOIE),
            offres.values(),
            OFFRE.VOIE.eq(Voie.CODE_APPRENTISSAGE));
    return new Resultat(changed, avertissements);
  }

  /** The dispositifs of a line: those of its MEF codes in N_MEF, else the deduced one. */
  private static List<String> dispositifs(
      LigneCatalogue ligne,
      Map<List<String>, String> dispositifByMefAndCfd,
      List<Rejet> avertissements) {
    List<String> mefs = ligne.mefs();
    if (mefs.isEmpty()) {
      Optional<String> deduit = ligne.dispositifDeduit();
      if (deduit.isEmpty()) {
        avertissements.add(
            warning(
                ligne,
                ColonnesCatalogue.DUREE,
                "dispositif inconnu : pas de code MEF, et pas de règle pour le CFD « "
                    + ligne.cfd()
                    + " » d'une durée de « "
                    + (ligne.duree() == null ? "" : ligne.duree())
                    + " » : pas d'offre"));
      }
      return deduit.stream().toList();
    }
    List<String> dispositifs = new ArrayList<>();
    for (String mef : mefs) {
      String dispositif = dispositifByMefAndCfd.get(List.of(mef, ligne.cfd()));
      if (dispositif == null) {
        avertissements.add(
            warning(
                ligne,
                ColonnesCatalogue.CODES_MEF,
                "MEF « " + mef + " » absent de N_MEF pour le CFD « " + ligne.cfd() + " »"));
      } else if (!dispositifs.contains(dispositif)) {
        dispositifs.add(dispositif);
      }
    }
    return dispositifs;
  }

  private static String uaiColumn(LigneCatalogue ligne) {
    if (ligne.uaiLieu() != null) {
      return ColonnesCatalogue.UAI_LIEU;
    }
    return ligne.uaiFormateur() != null
        ? ColonnesCatalogue.UAI_FORMATEUR
        : ColonnesCatalogue.UAI_RESPONSABLE;
  }

  private static Rejet warning(LigneCatalogue ligne, String colonne, String motif) {
    return new Rejet(ligne.ligne(), colonne, motif);
  }

  /** The newest rentrée of the constat, Affelnet or Parcoursup, if Orion has any. */
  private Optional<Integer> rentreeCourante() {
    String newest =
        dsl.select(DSL.max(DSL.field(DSL.name("rentree"), String.class)))
            .from(
                DSL.select(CONSTAT_RENTREE.RENTREE_SCOLAIRE.as("rentree"))
                    .from(CONSTAT_RENTREE)
                    .union(DSL.select(AFFELNET_LIGNE.RENTREE_SCOLAIRE).from(AFFELNET_LIGNE))
                    .union(DSL.select(PARCOURSUP_LIGNE.RENTREE_SCOLAIRE).from(PARCOURSUP_LIGNE))
                    .asTable("rentrees"))
            .fetchOne(0, String.class);
    return Optional.ofNullable(newest).map(Integer::valueOf);
  }

  private Map<String, Dates> formationDates(Set<String> cfds) {
    Map<String, Dates> dates = new HashMap<>();
    dsl.select(
            IdentiteFormation.cfd(),
            IdentiteFormation.dateOuverture(),
            IdentiteFormation.dateFermeture())
        .from(IdentiteFormation.formations())
        .where(IdentiteFormation.cfd().in(cfds))
        .forEach(r -> dates.put(r.value1(), new Dates(r.value2(), r.value3())));
    return dates;
  }

  /** (MEF, CFD) → dispositif, from N_MEF. */
  private Map<List<String>, String> dispositifsOfMefs(Set<String> cfds) {
    Map<List<String>, String> dispositifs = new HashMap<>();
    dsl.select(NomenclatureMef.mef(), NomenclatureMef.cfd(), NomenclatureMef.codeDispositif())
        .from(NomenclatureMef.mefs())
        .where(NomenclatureMef.cfd().in(cfds))
        .forEach(r -> dispositifs.put(List.of(r.value1(), r.value2()), r.value3()));
    return dispositifs;
  }
}
