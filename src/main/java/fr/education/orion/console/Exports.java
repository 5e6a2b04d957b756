package fr.education.orion.console;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends a console's rows as a file: the filters and order checked first (a 400 before anything is
 * written), then the rows streamed from the database cursor to the response.
 */
@Component
class Exports {

  private final ConsoleQueries queries;

  Exports(ConsoleQueries queries) {
    this.queries = queries;
  }

  /**
   * @param champs the columns of the file; every column of the console when null or empty
   */
  void exporter(
      Console console,
      Export.Format format,
      FiltresConsole filtres,
      @Nullable String sort,
      @Nullable String order,
      @Nullable List<String> champs,
      HttpServletResponse response)
      throws IOException {
    FiltresConsole f = queries.completees(filtres);
    Tri tri = Tri.of(console, sort, order);
    List<Colonne> colonnes =
        console.exportees(
            champs == null || champs.isEmpty() ? console.colonnes() : console.choisies(champs));
    response.setContentType(format.mediaType);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(Export.nomDeFichier(console, f, format))
            .build()
            .toString());
    OutputStream sortie = response.getOutputStream();
    switch (format) {
      case CSV -> Export.csv(sortie, colonnes, ligne -> queries.parcourir(console, f, tri, ligne));
      case XLSX ->
          Export.xlsx(
              sortie,
              console.titre(),
              colonnes,
              ligne -> queries.parcourir(console, f, tri, ligne));
    }
    sortie.flush();
  }
}
