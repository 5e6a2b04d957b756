package fr.education.orion.ingestion.web;

import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.system.Administrateur;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Administrateur
@RequestMapping("/api/imports")
@Tag(name = "Imports", description = "Historique des imports de fichiers sources")
class ImportApi {

  private static final int HISTORY = 500;
  private final ImportRuns runs;

  ImportApi(ImportRuns runs) {
    this.runs = runs;
  }

  @GetMapping
  @Operation(summary = "Les imports, du plus récent au plus ancien (500 au plus)")
  List<ImportRuns.ImportRun> list() {
    return runs.newestFirst(HISTORY);
  }
}
