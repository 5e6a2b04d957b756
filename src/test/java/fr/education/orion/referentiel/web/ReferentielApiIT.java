package fr.education.orion.referentiel.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.RealFiles;
import fr.education.orion.TestHttp;
import fr.education.orion.TestHttp.Answer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The référentiel routes, checked against the real files read by the test itself. */
@OrionIT
class ReferentielApiIT {

  @LocalServerPort int port;
  TestHttp http;

  @BeforeEach
  void client() {
    http = new TestHttp(port);
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
  }

  @Test
  void answersTheBcnLabelWithItsAccentAndTheRenovationLineage() {
    JsonNode formation = http.get("/api/formations/40022105").json();

    assertThat(formation.get("libelle").asString()).isEqualTo("BOULANGER-PÂTISSIER (BAC PRO)");
    assertThat(formation.get("codeNiveauDiplome").asString()).isEqualTo("400");
    assertThat(formation.get("codeNsf").asString()).isEqualTo("221");
    assertThat(formation.get("dateOuverture").asString()).isEqualTo("2009-09-01");
    assertThat(texts(formation.get("ancienCfds"))).contains("40022102");
    JsonNode dispositif = formation.get("dispositifs").get(0);
    assertThat(dispositif.get("codeDispositif").asString()).isEqualTo("247");
    assertThat(texts(dispositif.get("mefstat11")))
        .containsExactly("23810022105", "23820022105", "23830022105");
  }

  @Test
  void listsTheFormationsThatReplacedARenovatedOne() {
    // N_FORMATION_DIPLOME gives 40022102 three successors in NOUVEAU_DIPLOME_1..3.
    JsonNode formation = http.get("/api/formations/40022102").json();

    assertThat(texts(formation.get("nouveauCfds")))
        .containsExactlyInAnyOrder("40022104", "40022105", "40031209");
    assertThat(formation.get("dateFermeture").asString()).isEqualTo("2011-08-31");
  }

  @Test
  void searchesTheDisciplinesOfTheDemandeForm() {
    // orion_referentiels/discipline.csv.gz, line 60: "L1300;Mathematiques ".
    JsonNode disciplines = http.get("/api/disciplines?recherche=math%C3%A9matiques").json();

    assertThat(disciplines).hasSize(1);
    assertThat(disciplines.get(0).get("codeDiscipline").asString()).isEqualTo("L1300");
    assertThat(disciplines.get(0).get("libelle").asString()).isEqualTo("Mathematiques");
  }

  @Test
  void answersTheEtablissementOfTheAnnuaire() {
    JsonNode etablissement = http.get("/api/etablissements/0350031U").json();

    assertThat(etablissement.get("libelle").asString())
        .isEqualTo("Lycée professionnel Jean Jaurès");
    assertThat(etablissement.get("commune").asString()).isEqualTo("Rennes");
    assertThat(etablissement.get("codeRegion").asString()).isEqualTo("53");
    assertThat(etablissement.get("codeAcademie").asString()).isEqualTo("14");
    assertThat(etablissement.get("codeDepartement").asString()).isEqualTo("035");
    assertThat(etablissement.get("secteur").asString()).isEqualTo("PU");
  }

  @Test
  void placesDeppEtablissementsByTheDepartementOfTheirUai() {
    JsonNode lyon = http.get("/api/etablissements/0010006B").json();
    assertThat(lyon.get("libelle").asString()).startsWith("Lycée polyvalent Saint-Exupéry");
    assertThat(lyon.get("codeDepartement").asString()).isEqualTo("001");
    assertThat(lyon.get("codeRegion").asString()).isEqualTo("84");

    JsonNode ajaccio = http.get("/api/etablissements/6200002H").json();
    assertThat(ajaccio.get("codeDepartement").asString()).isEqualTo("02A");
    assertThat(ajaccio.get("codeRegion").asString()).isEqualTo("94");
  }

  @Test
  void listsEveryTerritoryOfTheGeographicFile() {
    List<String[]> rows =
        RealFiles.rows("geo/departements_academies_regions.csv.gz", StandardCharsets.UTF_8);
    Set<String> regions = rows.stream().map(r -> r[2]).collect(Collectors.toSet());
    Set<String> departements =
        rows.stream().map(r -> r[3]).filter(code -> !code.isEmpty()).collect(Collectors.toSet());
    Set<String> academies =
        rows.stream()
            .map(r -> r[1])
            .filter(code -> code.matches("\\d{2}"))
            .collect(Collectors.toSet());

    assertThat(http.get("/api/regions").json().size()).isEqualTo(regions.size());
    assertThat(http.get("/api/academies").json().size()).isEqualTo(academies.size());
    JsonNode all = http.get("/api/departements").json();
    assertThat(all.size()).isEqualTo(departements.size());
    JsonNode ille =
        StreamSupport.stream(all.spliterator(), false)
            .filter(d -> d.get("codeDepartement").asString().equals("035"))
            .findFirst()
            .orElseThrow();
    assertThat(ille.get("libelle").asString()).isEqualTo("Ille-et-Vilaine");
    assertThat(ille.get("codeAcademie").asString()).isEqualTo("14");
    assertThat(ille.get("codeRegion").asString()).isEqualTo("53");
  }

  @Test
  void searchesFormationsByWordsIgnoringAccentsAndCase() {
    JsonNode page = http.get("/api/formations?q=patissier%20BOULANGER").json();
    assertThat(page.get("items").findValues("cfd").stream().map(JsonNode::asString))
        .contains("40022105");
    JsonNode byCode = http.get("/api/formations?q=40022105").json();
    assertThat(byCode.get("items").get(0).get("cfd").asString()).isEqualTo("40022105");
    assertThat(byCode.get("total").asLong()).isEqualTo(1);
  }

  @Test
  void pagesTheFormationsWithTheirTotal() {
    JsonNode first = http.get("/api/formations?q=bac%20pro&size=10").json();
    JsonNode second = http.get("/api/formations?q=bac%20pro&size=10&page=1").json();

    assertThat(first.get("total").asLong()).isGreaterThan(10);
    assertThat(first.get("items").size()).isEqualTo(10);
    assertThat(second.get("total").asLong()).isEqualTo(first.get("total").asLong());
    assertThat(second.get("items").get(0).get("cfd").asString())
        .isNotEqualTo(first.get("items").get(0).get("cfd").asString());
  }

  @Test
  void searchesEtablissementsByNameAndCommune() {
    JsonNode page = http.get("/api/etablissements?q=jean%20jaures%20rennes").json();
    assertThat(page.get("items").get(0).get("uai").asString()).isEqualTo("0350031U");
    JsonNode breton = http.get("/api/etablissements?codeRegion=53&size=500").json();
    assertThat(breton.findValues("codeRegion")).allMatch(code -> code.asString().equals("53"));
  }

  @Test
  void refusesMalformedCodesWithAFrenchProblem() {
    Answer cfd = http.get("/api/formations/123");
    assertThat(cfd.status()).isEqualTo(400);
    assertThat(cfd.contentType()).startsWith("application/problem+json");
    assertThat(cfd.json().get("detail").asString()).contains("« 123 »").contains("8 caractères");

    Answer uai = http.get("/api/etablissements/12");
    assertThat(uai.status()).isEqualTo(400);
    assertThat(uai.json().get("detail").asString()).contains("UAI");

    Answer size = http.get("/api/formations?size=501");
    assertThat(size.status()).isEqualTo(400);
    assertThat(size.json().get("detail").asString()).contains("size");
  }

  @Test
  void answersNotFoundForUnknownCodes() {
    Answer formation = http.get("/api/formations/ZZZZZZZZ");
    assertThat(formation.status()).isEqualTo(404);
    assertThat(formation.contentType()).startsWith("application/problem+json");
    assertThat(formation.json().get("detail").asString()).contains("ZZZZZZZZ");

    assertThat(http.get("/api/etablissements/9999999Z").status()).isEqualTo(404);
    Answer malforme = http.get("/api/formations/4002210");
    assertThat(malforme.status()).isEqualTo(400);
    assertThat(malforme.json().get("detail").asString())
        .isEqualTo(
            "Le code formation diplôme (CFD) « 4002210 » est invalide : il compte 8 caractères,"
                + " chiffres ou lettres (ex. 40022105).");
    assertThat(http.get("/api/etablissements/pas-un-uai").json().get("detail").asString())
        .startsWith("L'UAI « pas-un-uai » est invalide");
    assertThat(http.get("/api/pas-de-route").status()).isEqualTo(404);
  }

  @Test
  void publishesTheOpenApiDocumentAndHealth() {
    Answer docs = http.get("/api/openapi");
    assertThat(docs.status()).isEqualTo(200);
    assertThat(docs.json().get("paths").has("/api/formations/{cfd}")).isTrue();
    assertThat(docs.json().get("paths").has("/api/etablissements/{uai}")).isTrue();
    JsonNode cfd =
        docs.json().get("paths").get("/api/formations/{cfd}").get("get").get("parameters").get(0);
    assertThat(cfd.get("schema").get("type").asString()).isEqualTo("string");
    assertThat(cfd.get("schema").get("pattern").asString()).isEqualTo("[0-9A-Z]{8}");
    assertThat(cfd.get("schema").get("example").asString()).isEqualTo("40022105");
    // The probes stay on the public port; the actuator has its own (SecuriteWebIT).
    assertThat(http.get("/readyz").json().get("status").asString()).isEqualTo("UP");
    assertThat(http.get("/livez").json().get("status").asString()).isEqualTo("UP");
  }

  @Test
  void showsPagesInFrenchWithTheirErrors() {
    Answer search = http.get("/formations?q=boulanger", "text/html");
    assertThat(search.status()).isEqualTo(200);
    assertThat(search.body()).contains("href=\"/formations/40022105\"");

    Answer missing = http.get("/formations/ZZZZZZZZ", "text/html");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.body()).contains("Aucune formation de CFD « ZZZZZZZZ »");

    Answer etablissement = http.get("/etablissements/0350031U", "text/html");
    assertThat(etablissement.body())
        .contains("Lycée professionnel Jean Jaurès")
        .contains("Bretagne");
  }
}
