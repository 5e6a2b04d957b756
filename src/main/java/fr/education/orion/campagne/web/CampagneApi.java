package fr.education.orion.campagne.web;

import fr.education.orion.campagne.AnneeCampagne;
import fr.education.orion.campagne.Campagne;
import fr.education.orion.campagne.CampagneCourante;
import fr.education.orion.campagne.CampagneInvalideException;
import fr.education.orion.campagne.CampagneQueries;
import fr.education.orion.campagne.CampagneRegionale;
import fr.education.orion.campagne.Campagnes;
import fr.education.orion.campagne.CategorieMotif;
import fr.education.orion.campagne.OffreCampagne;
import fr.education.orion.campagne.OuvertureSaisie;
import fr.education.orion.campagne.SaisieCampagne;
import fr.education.orion.campagne.SaisieCampagneRegionale;
import fr.education.orion.campagne.StatutCampagne;
import fr.education.orion.compte.CompteCourant;
import fr.education.orion.compte.Droits;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.system.Autorise;
import fr.education.orion.system.Connecte;
import fr.education.orion.system.Permission;
import fr.education.orion.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The campaigns in JSON: the administrators manage them, every signed-in user reads its own. */
@RestController
@RequestMapping("/api/campagnes")
@Tag(
    name = "Campagnes",
    description =
        "Campagnes nationales et régionales de saisie des demandes, et ce que chaque année offre"
            + " (types de demande, motifs)")
class CampagneApi {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  private final CampagneQueries queries;
  private final Campagnes campagnes;
  private final CompteCourant courant;

  CampagneApi(CampagneQueries queries, Campagnes campagnes, CompteCourant courant) {
    this.queries = queries;
    this.campagnes = campagnes;
    this.courant = courant;
  }

  @Schema(description = "Une campagne nationale")
  record CampagneJson(
      @Schema(description = "Année de la campagne, qui prépare les rentrées suivantes") int annee,
      @Schema(description = "en_attente, en_cours ou terminee") String statut,
      String libelleStatut,
      @Schema(description = "Premier jour de saisie") LocalDate dateDebut,
      @Schema(description = "Dernier jour de saisie") LocalDate dateFin) {

    static CampagneJson of(Campagne campagne) {
      return new CampagneJson(
          campagne.annee().annee(),
          campagne.statut().code(),
          campagne.statut().libelle(),
          campagne.dateDebut(),
          campagne.dateFin());
    }
  }

  @Schema(description = "La campagne d'une région dans la campagne nationale de la même année")
  record CampagneRegionaleJson(
      int annee,
      @Schema(description = "Code de la région, ex. 84") String codeRegion,
      String statut,
      String libelleStatut,
      LocalDate dateDebut,
      LocalDate dateFin,
      @Schema(description = "Date du vote du conseil régional") @Nullable LocalDate dateVote,
      @Schema(description = "Les chefs d'établissement saisissent-ils des demandes ?")
          boolean saisiePerdir) {

    static CampagneRegionaleJson of(CampagneRegionale regionale) {
      return new CampagneRegionaleJson(
          regionale.annee().annee(),
          regionale.codeRegion().code(),
          regionale.statut().code(),
          regionale.statut().libelle(),
          regionale.dateDebut(),
          regionale.dateFin(),
          regionale.dateVote(),
          regionale.saisiePerdir());
    }
  }

  @Schema(description = "Une campagne nationale à créer ou modifier")
  record CampagneBody(
      @Schema(description = "Année (à la création seulement)") @Nullable Integer annee,
      @Schema(description = "en_attente, en_cours ou terminee") @Nullable String statut,
      @Nullable LocalDate dateDebut,
      @Nullable LocalDate dateFin) {}

  @Schema(description = "La campagne d'une région à ouvrir ou modifier")
  record CampagneRegionaleBody(
      @Schema(description = "en_attente, en_cours ou terminee") @Nullable String statut,
      @Nullable LocalDate dateDebut,
      @Nullable LocalDate dateFin,
      @Nullable LocalDate dateVote,
      @Nullable Boolean saisiePerdir) {}

  @Schema(description = "Un type de demande offert")
  record TypeJson(
      String code, String libelle, @Schema(description = "Liste de motifs") String motifs) {}

  @Schema(description = "Un motif offert")
  record MotifJson(
      String code,
      String libelle,
      @Schema(description = "Le motif demande-t-il une précision en texte libre ?")
          boolean declenchePrecision) {}

  @Schema(description = "Ce qu'une année de campagne offre : types de demande et motifs")
  record OffreJson(
      int annee,
      List<TypeJson> types,
      @Schema(description = "Motifs par catégorie (ouverture, fermeture, …, refus), dans l'ordre")
          Map<String, List<MotifJson>> motifs) {}

  @Schema(description = "La campagne courante de l'utilisateur connecté, et s'il peut saisir")
  record CouranteJson(
      @Nullable CampagneJson campagne,
      @Nullable CampagneRegionaleJson campagneRegionale,
      @Schema(description = "L'utilisateur peut-il saisir des demandes aujourd'hui ?")
          boolean saisieOuverte,
      @Schema(description = "Le verdict, ex. SAISIE_PERDIR_FERMEE") String ouverture,
      @Schema(description = "Pourquoi, en français") String message,
      @Schema(description = "La dernière campagne terminée") @Nullable Integer anneePrecedente) {}

  @GetMapping
  @Autorise(Permission.CAMPAGNES_LECTURE)
  @Operation(summary = "Les campagnes nationales, de la plus récente à la plus ancienne")
  List<CampagneJson> list() {
    return queries.campagnes().stream().map(CampagneJson::of).toList();
  }

  @GetMapping("/courante")
  @Connecte
  @Operation(
      summary =
          "La campagne courante de l'utilisateur connecté, et s'il peut y saisir des demandes"
              + " aujourd'hui (sinon pourquoi)")
  CouranteJson courante() {
    Droits droits = courant.droits().orElseThrow();
    List<Campagne> toutes = queries.campagnes();
    Optional<CampagneCourante> choisie =
        CampagneCourante.of(
            toutes,
            droits.codeRegion() == null ? List.of() : queries.regionales(null, droits.codeRegion()),
            droits.role(),
            droits.codeRegion());
    OuvertureSaisie ouverture =
        OuvertureSaisie.of(
            choisie.map(CampagneCourante::campagne).orElse(null),
            choisie.map(CampagneCourante::regionale).orElse(null),
            droits.role(),
            droits.permissions().keySet(),
            droits.codeRegion(),
            LocalDate.now(PARIS));
    return new CouranteJson(
        choisie.map(c -> CampagneJson.of(c.campagne())).orElse(null),
        choisie.map(CampagneCourante::regionale).map(CampagneRegionaleJson::of).orElse(null),
        ouverture.ouverte(),
        ouverture.name(),
        ouverture.message(),
        CampagneCourante.precedente(toutes).map(c -> c.annee().annee()).orElse(null));
  }

  @GetMapping("/{annee}")
  @Autorise(Permission.CAMPAGNES_LECTURE)
  @Operation(summary = "Une campagne nationale")
  CampagneJson one(@PathVariable @Parameter(description = "Année, ex. 2025") int annee) {
    AnneeCampagne an = annee(annee);
    return queries
        .campagne(an)
        .map(CampagneJson::of)
        .orElseThrow(() -> Problems.notFound("Aucune campagne " + an + "."));
  }

  @PostMapping
  @Autorise(Permission.CAMPAGNES_ECRITURE)
  @Operation(
      summary =
          "Crée la campagne nationale d'une année (une par année) ; une année sans types de"
              + " demande préparés reprend ceux de la dernière année qui en a")
  ResponseEntity<CampagneJson> create(@RequestBody CampagneBody body) {
    if (body.annee() == null) {
      throw erreur(Map.of("annee", "Saisissez l'année de la campagne."));
    }
    AnneeCampagne annee = annee(body.annee());
    Campagne campagne =
        campagnes.create(annee, saisie(body.statut(), body.dateDebut(), body.dateFin()));
    return ResponseEntity.status(HttpStatus.CREATED).body(CampagneJson.of(campagne));
  }

  @PutMapping("/{annee}")
  @Autorise(Permission.CAMPAGNES_ECRITURE)
  @Operation(summary = "Modifie le statut et les dates d'une campagne nationale")
  CampagneJson update(@PathVariable int annee, @RequestBody CampagneBody body) {
    return CampagneJson.of(
        campagnes.update(annee(annee), saisie(body.statut(), body.dateDebut(), body.dateFin())));
  }

  @GetMapping("/{annee}/regions")
  @Autorise(Permission.CAMPAGNES_REGION_LECTURE)
  @Operation(summary = "Les campagnes régionales d'une année (celle de sa région pour un Admin RA)")
  List<CampagneRegionaleJson> regionales(@PathVariable int annee) {
    return queries.regionales(annee(annee), null).stream()
        .filter(r -> courant.mayActOnRegion(Permission.CAMPAGNES_REGION_LECTURE, r.codeRegion()))
        .map(CampagneRegionaleJson::of)
        .toList();
  }

  @PutMapping("/{annee}/regions/{codeRegion}")
  @Autorise(value = Permission.CAMPAGNES_REGION_ECRITURE, region = "codeRegion")
  @Operation(
      summary =
          "Ouvre ou modifie la campagne d'une région : la campagne nationale doit être en cours"
              + " pour l'ouvrir, et ses dates sont dans celles de la campagne nationale")
  CampagneRegionaleJson save(
      @PathVariable int annee,
      @PathVariable CodeRegion codeRegion,
      @RequestBody CampagneRegionaleBody body) {
    SaisieCampagne dates = saisie(body.statut(), body.dateDebut(), body.dateFin());
    return CampagneRegionaleJson.of(
        campagnes.save(
            annee(annee),
            codeRegion,
            new SaisieCampagneRegionale(
                dates.statut(),
                dates.dateDebut(),
                dates.dateFin(),
                body.dateVote(),
                Boolean.TRUE.equals(body.saisiePerdir()))));
  }

  @GetMapping("/{annee}/offre")
  @Connecte
  @Operation(
      summary =
          "Ce que l'année offre aux demandes : ses types de demande et, par catégorie, ses motifs")
  OffreJson offre(@PathVariable int annee) {
    OffreCampagne offre = queries.offre(annee(annee));
    Map<String, List<MotifJson>> motifs = new LinkedHashMap<>();
    for (CategorieMotif categorie : CategorieMotif.values()) {
      List<MotifJson> liste =
          offre.motifs(categorie).stream()
              .map(m -> new MotifJson(m.code(), m.libelle(), m.declenchePrecision()))
              .toList();
      if (!liste.isEmpty()) {
        motifs.put(categorie.code(), liste);
      }
    }
    return new OffreJson(
        annee,
        offre.types().stream()
            .map(t -> new TypeJson(t.code(), t.libelle(), t.motifs().code()))
            .toList(),
        motifs);
  }

  @ExceptionHandler(CampagneInvalideException.class)
  ResponseEntity<ProblemDetail> invalide(CampagneInvalideException erreur) {
    ProblemDetail probleme =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, erreur.getMessage());
    probleme.setTitle("Campagne invalide");
    probleme.setProperty("erreurs", erreur.erreurs());
    return ResponseEntity.badRequest()
        .header("Content-Language", "fr")
        .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
        .body(probleme);
  }

  private static CampagneInvalideException erreur(Map<String, String> erreurs) {
    return new CampagneInvalideException(erreurs);
  }

  /** The statut as typed: an unknown code is an error beside the field. */
  private static SaisieCampagne saisie(
      @Nullable String statut, @Nullable LocalDate dateDebut, @Nullable LocalDate dateFin) {
    StatutCampagne lu = null;
    if (statut != null) {
      try {
        lu = StatutCampagne.of(statut);
      } catch (IllegalArgumentException e) {
        throw erreur(
            Map.of(
                "statut",
                "Le statut « " + statut + " » n'existe pas : en_attente, en_cours ou terminee."));
      }
    }
    return new SaisieCampagne(lu, dateDebut, dateFin);
  }

  private static AnneeCampagne annee(int annee) {
    try {
      return new AnneeCampagne(annee);
    } catch (IllegalArgumentException e) {
      throw Problems.badRequest(e.getMessage());
    }
  }
}
