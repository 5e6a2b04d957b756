package fr.education.orion.ingestion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code orion import [--type TYPE] [--annee AAAA | --millesime AAAA_AAAA] [--simulation]
 * [--accepter-avertissements] FICHIER…} and {@code orion import --types}. Exits 0 when every file
 * was imported, 1 when one was refused or stopped for implausible values, 2 on a usage error.
 */
@Component
@Profile(ImportCommand.PROFILE)
public class ImportCommand extends ImportCommandLine<ImportCommand.Options> {

  public static final String NAME = "import";
  public static final String PROFILE = "import-cli";

  private static final String USAGE =
      """
      Usage : orion import [--type TYPE] [--annee AAAA | --millesime AAAA_AAAA] [--simulation]
                           [--accepter-avertissements] FICHIER...
              orion import --types     (liste les types de fichiers)
        --accepter-avertissements  importe un fichier même s'il a des valeurs invraisemblables
                                   (sans cette option, l'import s'arrête avant d'écrire et les liste)
      """;

  /** Who accepts implausible values given {@code --accepter-avertissements}, in the history. */
  static final String LIGNE_DE_COMMANDE = "ligne de commande";

  /**
   * Said after a refusal whose type is not known: the shared messages say « précisez le type du
   * fichier » in words that also fit the web page, and only the command line names its options.
   */
  private static final String TYPE_HINT =
      "Précisez le type avec --type TYPE (orion import --types donne la liste).";

  private final ImportFile importFile;

  ImportCommand(ImportFile importFile) {
    super(NAME, USAGE);
    this.importFile = importFile;
  }

  @Override
  protected Options parse(String[] args) {
    return Options.parse(args);
  }

  @Override
  protected int importAll(Options options) {
    if (options.listTypes()) {
      importFile
          .formats()
          .forEach(format -> out.printf("%-32s %s%n", format.type(), format.libelle()));
      return SUCCEEDED;
    }
    boolean allImported = true;
    try (ProgressBar progress = progressBar(options.files().size())) {
      for (Path file : options.files()) {
        if (progress != null) {
          progress.setExtraMessage(file.getFileName().toString());
        }
        ImportReport report = importOne(file, options);
        if (progress != null) {
          progress.step();
        }
        print(report);
        if (!report.succeeded() && report.type() == null) {
          System.err.println(TYPE_HINT);
        }
        if (report.statut() == ImportStatut.A_CONFIRMER) {
          System.err.println(
              "Vérifiez ces valeurs, puis relancez avec --accepter-avertissements pour importer le"
                  + " fichier quand même, ou confirmez l'import n° "
                  + report.id()
                  + " sur la page des imports.");
        }
        allImported &= report.succeeded();
      }
    }
    return exitCode(allImported);
  }

  private ImportReport importOne(Path file, Options options) {
    ImportRequest request =
        ImportRequest.of(file).withType(options.type()).withAnnee(options.annee());
    if (!Files.isRegularFile(file)) {
      request =
          new ImportRequest(
              file.toString(),
              () -> {
                throw new java.io.FileNotFoundException("fichier introuvable : " + file);
              },
              options.type(),
              options.annee(),
              options.simulation());
    }
    if (options.accepterAvertissements()) {
      request = request.acceptingAlertes(LIGNE_DE_COMMANDE);
    }
    return importFile.importFile(options.simulation() ? request.asSimulation() : request);
  }

  /** A bar on a terminal only: redirected output stays a clean log. */
  private static @Nullable ProgressBar progressBar(int files) {
    if (System.console() == null) {
      return null;
    }
    return new ProgressBarBuilder().setTaskName("Import").setInitialMax(files).build();
  }

  record Options(
      boolean listTypes,
      @Nullable String type,
      @Nullable String annee,
      boolean simulation,
      boolean accepterAvertissements,
      List<Path> files) {

    static Options parse(String[] args) {
      boolean listTypes = false;
      boolean simulation = false;
      boolean accepterAvertissements = false;
      String type = null;
      String annee = null;
      List<Path> files = new ArrayList<>();
      for (int i = 1; i < args.length; i++) {
        String arg = args[i];
        switch (arg) {
          case "--types" -> listTypes = true;
          case "--simulation" -> simulation = true;
          case "--accepter-avertissements" -> accepterAvertissements = true;
          case "--type" -> type = value(args, ++i, arg);
          case "--annee" -> annee = checked(value(args, ++i, arg), "\\d{4}", arg);
          case "--millesime" -> annee = checked(value(args, ++i, arg), "\\d{4}_\\d{4}", arg);
          default -> {
            if (arg.startsWith("--")) {
              throw new IllegalArgumentException("Option inconnue : " + arg);
            }
            files.add(Path.of(arg));
          }
        }
      }
      if (!listTypes && files.isEmpty()) {
        throw new IllegalArgumentException("Aucun fichier à importer.");
      }
      return new Options(listTypes, type, annee, simulation, accepterAvertissements, files);
    }

    private static String value(String[] args, int index, String option) {
      if (index >= args.length) {
        throw new IllegalArgumentException("L'option " + option + " attend une valeur.");
      }
      return args[index];
    }

    private static String checked(String value, String pattern, String option) {
      if (!value.matches(pattern)) {
        throw new IllegalArgumentException(
            "Valeur « " + value + " » invalide pour " + option + ".");
      }
      return value;
    }
  }
}
