package fr.education.orion.ingestion.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import fr.education.orion.ingestion.ImportFile;
import fr.education.orion.ingestion.ImportReport;
import fr.education.orion.ingestion.ImportRequest;
import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.Rejet;
import fr.education.orion.ingestion.confirmation.CancelImport;
import fr.education.orion.ingestion.confirmation.ConfirmImport;
import fr.education.orion.ingestion.lecture.ImportProperties;
import fr.education.orion.system.Administrateur;
import fr.education.orion.system.Auteur;
import fr.education.orion.system.Problems;
import fr.education.orion.system.Tableur;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrators' import page: the recorded runs, the upload of a file (for real or as a dry
 * run), the report of one run and its errors as CSV, the confirmation or cancellation of a run
 * stopped for implausible values. National administrators only; linked from their "Administration"
 * menu.
 */
@Controller
@Administrateur
class ImportController {

  private static final int HISTORY = 100;
  private final ImportFile importFile;
  private final ImportRuns runs;
  private final ConfirmImport confirmImport;
  private final CancelImport cancelImport;
  private final Auteur auteur;
  private final DataSize envoiMax;

  ImportController(
      ImportFile importFile,
      ImportRuns runs,
      ConfirmImport confirmImport,
      CancelImport cancelImport,
      Auteur auteur,
      @Value(EnvoiTropVolumineuxFilter.ENVOI_MAX) DataSize envoiMax) {
    this.importFile = importFile;
    this.runs = runs;
    this.confirmImport = confirmImport;
    this.cancelImport = cancelImport;
    this.auteur = auteur;
    this.envoiMax = envoiMax;
  }

  @GetMapping("/admin/imports")
  String list(@RequestParam(required = false) @Nullable String refus, Model model) {
    String erreur =
        EnvoiTropVolumineuxFilter.REFUS.equals(refus)
            ? "Le fichier est trop volumineux pour être envoyé : plus de "
                + ImportProperties.taille(envoiMax.toBytes())
                + ". Compressez-le (.csv.gz) et envoyez-le de nouveau, ou demandez à l'exploitant de l'importer directement sur le serveur."
            : null;
    return showList(model, ImportsPage.Saisie.vide(), erreur);
  }

  @PostMapping("/admin/imports")
  String upload(
      @RequestParam(name = "fichier", required = false) @Nullable MultipartFile fichier,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(required = false) @Nullable String annee,
      @RequestParam(defaultValue = "false") boolean simulation,
      Model model) {
    ImportsPage.Saisie saisie =
        new ImportsPage.Saisie(blankToNull(type), blankToNull(annee), simulation);
    if (fichier == null || fichier.isEmpty()) {
      return showList(
          model, saisie, "Choisissez un fichier à importer : aucun fichier n'a été reçu.");
    }
    if (saisie.annee() != null && !saisie.annee().matches("\\d{4}(_\\d{4})?")) {
      return showList(
          model,
          saisie,
          "L'année « "
              + saisie.annee()
              + " » doit être une rentrée (AAAA) ou un millésime (AAAA_AAAA).");
    }
    ImportReport report = importUpload(fichier, saisie);
    return "redirect:/admin/imports/" + report.id();
  }

  @GetMapping("/admin/imports/{id}")
  String show(@PathVariable long id, Model model) {
    model.addAttribute("detail", detail(id));
    return "ingestion/import";
  }

  /** « Importer quand même »: the kept file of a stopped run is imported as it was sent. */
  @PostMapping("/admin/imports/{id}/confirmation")
  String confirm(@PathVariable long id) {
    return "redirect:/admin/imports/" + confirmImport.confirm(id, administrateur()).id();
  }

  /** « Annuler »: nothing of a stopped run is written, and its kept file is let go. */
  @PostMapping("/admin/imports/{id}/annulation")
  String cancel(@PathVariable long id) {
    cancelImport.cancel(id, administrateur());
    return "redirect:/admin/imports/" + id;
  }

  /**
   * The errors (or refused lines), the implausible values and the warnings of a run, as stored (the
   * first thousand of each), for a spreadsheet (UTF-8 with BOM, {@code ;}). A reason may quote a
   * value of the file: its cells are text that no spreadsheet takes for a formula.
   */
  @GetMapping("/admin/imports/{id}/rejets.csv")
  ResponseEntity<String> downloadRejets(@PathVariable long id) {
    ImportRuns.ImportRunDetail detail = detail(id);
    StringWriter texte = new StringWriter();
    texte.write('\uFEFF');
    CsvWriter csv = Tableur.csv(texte);
    csv.writeRecord("Nature", "Ligne", "Colonne", "Motif");
    String nature = "refuse".equals(detail.run().statut()) ? "erreur" : "rejet";
    Stream.of(
            detail.rejets().stream().map(rejet -> line(nature, rejet)),
            detail.alertes().stream().map(rejet -> line("valeur invraisemblable", rejet)),
            detail.avertissements().stream().map(rejet -> line("avertissement", rejet)))
        .flatMap(lines -> lines)
        .forEach(csv::writeRecord);
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename(rejetsFileName(id, detail.run().fichier()), StandardCharsets.UTF_8)
                .build()
                .toString())
        .body(texte.toString());
  }

  private String showList(Model model, ImportsPage.Saisie saisie, @Nullable String erreur) {
    model.addAttribute(
        "page",
        new ImportsPage(
            runs.newestFirst(HISTORY),
            importFile.formats().stream().map(ImportsPage.Type::of).toList(),
            saisie,
            erreur));
    return "ingestion/imports";
  }

  private ImportReport importUpload(MultipartFile fichier, ImportsPage.Saisie saisie) {
    // Kept on disk, never in memory: a constat or an ACCE extraction is tens of megabytes.
    Path copy = null;
    try {
      copy = Files.createTempFile("orion-import-", ".upload");
      fichier.transferTo(copy);
      Path content = copy;
      return importFile.importFile(
          new ImportRequest(
              nameOf(fichier),
              () -> Files.newInputStream(content),
              saisie.type(),
              saisie.annee(),
              saisie.simulation()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(copy);
    }
  }

  /** Who decides, as the import history records it: the administrator's e-mail. */
  private String administrateur() {
    return auteur.email().orElseThrow();
  }

  private ImportRuns.ImportRunDetail detail(long id) {
    return runs.find(id)
        .orElseThrow(() -> Problems.notFound("Aucun import n° " + id + " n'est enregistré."));
  }

  /** The file's own name, without any folder a browser may send. */
  private static String nameOf(MultipartFile fichier) {
    String original = fichier.getOriginalFilename();
    if (original == null || original.isBlank()) {
      return "fichier.csv";
    }
    return Path.of(original.replace('\\', '/')).getFileName().toString();
  }

  /**
   * The name of a run's rejets file: one file name, without the folders of a bundled source ({@code
   * rome/metier.csv.gz}) nor its extensions, so that a browser saves {@code
   * rejets-import-20-rome-metier.csv} and not a path ending in {@code .csv.csv}.
   */
  static String rejetsFileName(long id, String fichier) {
    String base = fichier.replaceAll("[/\\\\]+", "-").replaceAll("(\\.[A-Za-z]{2,4})+$", "");
    return "rejets-import-" + id + "-" + base + ".csv";
  }

  private static List<String> line(String nature, Rejet rejet) {
    return List.of(
        nature,
        rejet.ligne() == null ? "" : rejet.ligne().toString(),
        Tableur.texte(rejet.colonne()),
        Tableur.texte(rejet.motif()));
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static void deleteQuietly(@Nullable Path file) {
    try {
      if (file != null) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      // A leftover temporary copy is removed with the temporary folder; the report matters more.
    }
  }
}
