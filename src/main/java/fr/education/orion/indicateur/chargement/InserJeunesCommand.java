package fr.education.orion.indicateur.chargement;

import fr.education.orion.indicateur.Millesime;
import fr.education.orion.ingestion.ImportCommand;
import fr.education.orion.ingestion.ImportCommandLine;
import fr.education.orion.referentiel.Uai;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code orion inserjeunes --millesime AAAA_AAAA… [--regions] [--etablissements] [--uai UAI…]}:
 * imports InserJeunes counts from the API into the tables the dumps fill, each (scope, millésime)
 * recorded as an import. Without a scope option, the régions and the établissements of the
 * perimeter. Exits 0 when every import succeeded, 1 when one was refused, 2 on a usage error or
 * when the API is not configured.
 */
@Component
@Profile(ImportCommand.PROFILE)
public class InserJeunesCommand extends ImportCommandLine<InserJeunesCommand.Options> {

  public static final String NAME = "inserjeunes";
  private static final int NOTES_SHOWN = 20;

  private static final String USAGE =
      """
      Usage : orion inserjeunes --millesime AAAA_AAAA [--millesime AAAA_AAAA...]
                                [--regions] [--etablissements] [--uai UAI...]
        --regions         effectifs de chaque région
        --etablissements  effectifs des établissements ayant une offre du périmètre
        --uai UAI...      effectifs de ces établissements
        (sans --regions, --etablissements ni --uai : les régions et les établissements du périmètre)
      L'API se configure par ORION_INSERJEUNES_URL, ORION_INSERJEUNES_USERNAME et
      ORION_INSERJEUNES_PASSWORD.
      """;

  private final ObjectProvider<ImportInserJeunes> importInserJeunes;

  InserJeunesCommand(ObjectProvider<ImportInserJeunes> importInserJeunes) {
    super(NAME, USAGE);
    this.importInserJeunes = importInserJeunes;
  }

  @Override
  protected Options parse(String[] args) {
    return Options.parse(args);
  }

  @Override
  protected int importAll(Options options) {
    ImportInserJeunes importer = importInserJeunes.getIfAvailable();
    if (importer == null) {
      System.err.println(
          "L'API InserJeunes n'est pas configurée : renseignez ORION_INSERJEUNES_URL,"
              + " ORION_INSERJEUNES_USERNAME et ORION_INSERJEUNES_PASSWORD.");
      return USAGE_ERROR;
    }
    List<String> uais = new ArrayList<>(options.uais());
    if (options.etablissements()) {
      uais.addAll(importer.uaisDuPerimetre());
    }
    boolean allImported = true;
    for (ImportInserJeunes.Resultat resultat :
        importer.run(
            new ImportInserJeunes.Demande(
                options.millesimes(), options.regions(), List.copyOf(new LinkedHashSet<>(uais))))) {
      PrintStream stream = print(resultat.rapport());
      List<String> notes = resultat.notes();
      notes.stream().limit(NOTES_SHOWN).forEach(note -> stream.println("  - " + note));
      if (notes.size() > NOTES_SHOWN) {
        stream.println("  … et " + (notes.size() - NOTES_SHOWN) + " autres");
      }
      allImported &= resultat.rapport().succeeded();
    }
    return exitCode(allImported);
  }

  record Options(
      List<String> millesimes, boolean regions, boolean etablissements, List<String> uais) {

    static Options parse(String[] args) {
      Set<String> millesimes = new LinkedHashSet<>();
      boolean regions = false;
      boolean etablissements = false;
      List<String> uais = new ArrayList<>();
      boolean readingUais = false;
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        if (readingUais && !arg.startsWith("--")) {
          uais.add(uai(arg));
          continue;
        }
        readingUais = false;
        switch (arg) {
          case "--millesime" -> millesimes.add(millesime(args, ++i));
          case "--regions" -> regions = true;
          case "--etablissements" -> etablissements = true;
          case "--uai" -> {
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
              throw new IllegalArgumentException("L'option --uai attend au moins un UAI.");
            }
            readingUais = true;
          }
          default -> throw new IllegalArgumentException("Argument inconnu : " + arg);
        }
      }
      if (millesimes.isEmpty()) {
        throw new IllegalArgumentException("Précisez au moins un --millesime AAAA_AAAA.");
      }
      if (!regions && !etablissements && uais.isEmpty()) {
        regions = true;
        etablissements = true;
      }
      return new Options(List.copyOf(millesimes), regions, etablissements, List.copyOf(uais));
    }

    private static String millesime(String[] args, int index) {
      if (index >= args.length || !Millesime.estValide(args[index])) {
        throw new IllegalArgumentException(
            "L'option --millesime attend un millésime AAAA_AAAA (ex. 2021_2022).");
      }
      return args[index];
    }

    private static String uai(String value) {
      return Uai.parse(value)
          .map(Uai::code)
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "UAI « "
                          + value
                          + " » invalide : 7 chiffres suivis d'une lettre (ex. 0350031U)."));
    }
  }
}
