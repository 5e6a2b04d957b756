package fr.education.orion.indicateur.chargement;

import static fr.education.orion.schema.Tables.OFFRE;

import fr.education.orion.ingestion.ImportFile;
import fr.education.orion.ingestion.ImportReport;
import fr.education.orion.ingestion.ImportRequest;
import fr.education.orion.referentiel.DiplomesProfessionnels;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Imports InserJeunes counts from the API the way the team's dumps are imported: the answers become
 * lines of the dump layouts ({@link InserJeunesLignes}) that the same loaders write. One import per
 * scope (the régions, or the établissements) and millésime: one transaction, one recorded run, and
 * nothing written when one call fails for good.
 */
class ImportInserJeunes {

  /**
   * What to import.
   *
   * @param millesimes the millésimes, {@code AAAA_AAAA}
   * @param regions the counts of every région
   * @param uais the établissements whose counts to import (none: no établissement)
   */
  record Demande(List<String> millesimes, boolean regions, List<String> uais) {}

  /**
   * One import and what the report of its loader cannot say.
   *
   * @param notes territories the API had nothing for, measures dropped
   */
  record Resultat(ImportReport rapport, List<String> notes) {}

  private final ImportFile importFile;
  private final InserJeunesSource source;
  private final DSLContext dsl;

  ImportInserJeunes(ImportFile importFile, InserJeunesSource source, DSLContext dsl) {
    this.importFile = importFile;
    this.source = source;
    this.dsl = dsl;
  }

  /**
   * The établissements InserJeunes is asked about by default: those with an offer of a formation of
   * Orion's perimeter (the official list of vocational diplomas).
   */
  List<String> uaisDuPerimetre() {
    return dsl.selectDistinct(OFFRE.UAI)
        .from(OFFRE)
        .where(OFFRE.CFD.in(DiplomesProfessionnels.cfds()))
        .orderBy(OFFRE.UAI)
        .fetch(OFFRE.UAI);
  }

  List<Resultat> run(Demande demande) {
    List<Resultat> resultats = new ArrayList<>();
    for (String millesime : demande.millesimes()) {
      if (demande.regions()) {
        resultats.add(
            importMillesime(
                InserJeunesLignes.regions(),
                InserJeunesRegionLoader.TYPE,
                "API InserJeunes, régions, millésime " + millesime,
                millesime,
                RegionsInserJeunes.codesInsee(),
                code -> "région " + code,
                code -> source.region(code, millesime)));
      }
      if (!demande.uais().isEmpty()) {
        int count = demande.uais().size();
        resultats.add(
            importMillesime(
                InserJeunesLignes.uais(),
                InserJeunesUaiLoader.TYPE,
                "API InserJeunes, "
                    + count
                    + (count > 1 ? " établissements" : " établissement")
                    + ", millésime "
                    + millesime,
                millesime,
                demande.uais(),
                uai -> "UAI " + uai,
                uai -> source.uai(uai, millesime)));
      }
    }
    return resultats;
  }

  /** A call of the API for one territory. */
  @FunctionalInterface
  private interface Appel {
    List<InserJeunesSource.Mesure> mesures(String territoire) throws InserJeunesException;
  }

  private Resultat importMillesime(
      InserJeunesLignes lignes,
      String type,
      String nom,
      String millesime,
      List<String> territoires,
      Function<String, String> libelle,
      Appel appel) {
    List<String> notes = new ArrayList<>();
    ImportReport rapport =
        importFile.importFile(
            ImportRequest.ofTable(
                nom,
                type,
                millesime,
                () -> {
                  for (String territoire : territoires) {
                    List<InserJeunesSource.Mesure> mesures = appel.mesures(territoire);
                    if (mesures.isEmpty()) {
                      notes.add(libelle.apply(territoire) + " : aucune donnée InserJeunes");
                    }
                    lignes.add(millesime, territoire, mesures);
                  }
                  return lignes.table();
                }));
    lignes
        .ecartees()
        .forEach(
            (raison, nombre) ->
                notes.add(
                    nombre + " mesures de la " + raison + " écartées (hors du périmètre d'Orion)"));
    return new Resultat(rapport, notes);
  }
}
