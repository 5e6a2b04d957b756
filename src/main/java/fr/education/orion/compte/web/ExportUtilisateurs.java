package fr.education.orion.compte.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.system.Tableur;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The accounts list as a spreadsheet: CSV (UTF-8 with BOM, {@code ;}, for French Excel) or XLSX
 * (fastexcel, streamed). The same columns as the page.
 */
@Component
class ExportUtilisateurs {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private record Colonne(String titre, Function<Utilisateur, String> valeur) {}

  private static final List<Colonne> COLONNES =
      List.of(
          new Colonne("E-mail", Utilisateur::email),
          new Colonne("Prénom", Utilisateur::prenom),
          new Colonne("Nom", Utilisateur::nom),
          new Colonne("Rôle", u -> u.role().code()),
          new Colonne("Fonction", u -> texte(u.fonction())),
          new Colonne("Région", u -> texte(CodeRegion.CONVERTER.to(u.codeRegion()))),
          new Colonne("UAI", u -> u.joinUais(" ")),
          new Colonne("Statut", u -> u.actif() ? "actif" : "désactivé"),
          new Colonne("Authentification", u -> u.sub() == null ? "locale" : "portail (SSO)"),
          new Colonne("Ajouté le", u -> date(u.creeLe())),
          new Colonne("Vu le", u -> date(u.vuLe())));

  void csv(List<Utilisateur> utilisateurs, HttpServletResponse response) throws IOException {
    entetes(response, "text/csv;charset=UTF-8", "utilisateurs.csv");
    Writer sortie = response.getWriter();
    sortie.write('\uFEFF');
    CsvWriter csv = Tableur.csv(sortie);
    csv.writeRecord(COLONNES.stream().map(Colonne::titre).toList());
    for (Utilisateur utilisateur : utilisateurs) {
      // Names and fonctions are typed by users: never a formula in a spreadsheet.
      csv.writeRecord(
          COLONNES.stream().map(c -> Tableur.texte(c.valeur().apply(utilisateur))).toList());
    }
    csv.flush();
  }

  void xlsx(List<Utilisateur> utilisateurs, HttpServletResponse response) throws IOException {
    entetes(
        response,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "utilisateurs.xlsx");
    Workbook classeur = new Workbook(response.getOutputStream(), "Orion", "1.0");
    Worksheet feuille = classeur.newWorksheet("Utilisateurs");
    for (int c = 0; c < COLONNES.size(); c++) {
      feuille.value(0, c, COLONNES.get(c).titre());
      feuille.style(0, c).bold().set();
    }
    // Written as strings, never as formulas: a cell typed =HYPERLINK(…) shows as typed.
    for (int l = 0; l < utilisateurs.size(); l++) {
      for (int c = 0; c < COLONNES.size(); c++) {
        feuille.value(l + 1, c, COLONNES.get(c).valeur().apply(utilisateurs.get(l)));
      }
    }
    classeur.finish();
  }

  private static void entetes(HttpServletResponse response, String type, String fichier) {
    response.setContentType(type);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment()
            .filename(fichier, StandardCharsets.UTF_8)
            .build()
            .toString());
  }

  private static String texte(@Nullable String valeur) {
    return valeur == null ? "" : valeur;
  }

  private static String date(@Nullable OffsetDateTime moment) {
    return moment == null ? "" : DATE.format(moment);
  }
}
