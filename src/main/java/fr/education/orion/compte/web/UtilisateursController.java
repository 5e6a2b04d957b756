package fr.education.orion.compte.web;

import fr.education.orion.compte.CompteCourant;
import fr.education.orion.compte.CompteInvalideException;
import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.Droits;
import fr.education.orion.compte.FicheUtilisateur;
import fr.education.orion.compte.Portee;
import fr.education.orion.compte.Role;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.connexion.TentativesConnexion;
import fr.education.orion.compte.gestion.CreerCompte;
import fr.education.orion.compte.gestion.DebloquerConnexion;
import fr.education.orion.compte.gestion.Hierarchie;
import fr.education.orion.compte.gestion.Matrice;
import fr.education.orion.compte.gestion.ModifierCompte;
import fr.education.orion.referentiel.TerritoireQueries;
import fr.education.orion.system.Autorise;
import fr.education.orion.system.Permission;
import fr.education.orion.system.Problems;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administration of accounts: list (search, sort, paging, CSV and XLSX exports), creation,
 * edition and disabling. Reading needs {@code users/lecture}, changing {@code users/ecriture}; an
 * account outside the reader's région is refused (403), and {@link Hierarchie} limits the roles.
 */
@Controller
@Autorise(Permission.USERS_LECTURE)
class UtilisateursController {

  private static final int TAILLE = 50;

  /** The longest search: an e-mail address. */
  private static final int LONGUEUR_RECHERCHE = FicheUtilisateur.LONGUEUR_EMAIL;

  private final UtilisateurQueries queries;
  private final Comptes comptes;
  private final CompteCourant courant;
  private final Matrice matrice;
  private final CreerCompte creerCompte;
  private final ModifierCompte modifierCompte;
  private final ExportUtilisateurs export;
  private final DebloquerConnexion debloquerConnexion;
  private final TentativesConnexion tentatives;
  private final TerritoireQueries territoires;

  UtilisateursController(
      UtilisateurQueries queries,
      Comptes comptes,
      CompteCourant courant,
      Matrice matrice,
      CreerCompte creerCompte,
      ModifierCompte modifierCompte,
      ExportUtilisateurs export,
      DebloquerConnexion debloquerConnexion,
      TentativesConnexion tentatives,
      TerritoireQueries territoires) {
    this.queries = queries;
    this.comptes = comptes;
    this.courant = courant;
    this.matrice = matrice;
    this.creerCompte = creerCompte;
    this.modifierCompte = modifierCompte;
    this.export = export;
    this.debloquerConnexion = debloquerConnexion;
    this.tentatives = tentatives;
    this.territoires = territoires;
  }

  @GetMapping("/admin/utilisateurs")
  String list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "email") String tri,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    checkRecherche(q);
    Droits lecteur = courant.droits().orElseThrow();
    UtilisateurQueries.Tri ordre = UtilisateurQueries.Tri.of(tri);
    model.addAttribute(
        "page",
        new UtilisateursPage(
            queries.rechercher(lecteur, q, ordre, page, TAILLE),
            q,
            ordre.name().toLowerCase(java.util.Locale.ROOT),
            lecteur.possede(Permission.USERS_ECRITURE),
            libellesRoles(),
            regions()));
    return "compte/utilisateurs";
  }

  @GetMapping("/admin/utilisateurs/export.csv")
  void exportCsv(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "email") String tri,
      HttpServletResponse response)
      throws IOException {
    export.csv(lignes(q, tri), response);
  }

  @GetMapping("/admin/utilisateurs/export.xlsx")
  void exportXlsx(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "email") String tri,
      HttpServletResponse response)
      throws IOException {
    export.xlsx(lignes(q, tri), response);
  }

  @GetMapping("/admin/utilisateurs/nouveau")
  @Autorise(Permission.USERS_ECRITURE)
  String showNew(Model model) {
    return fiche(model, null, SaisieUtilisateur.vide(), null, null);
  }

  @PostMapping("/admin/utilisateurs/nouveau")
  @Autorise(Permission.USERS_ECRITURE)
  String create(@ModelAttribute SaisieUtilisateur saisie, Model model) {
    try {
      CreerCompte.Resultat resultat = creerCompte.create(saisie.fiche());
      return "redirect:/admin/utilisateurs/"
          + resultat.utilisateur().id()
          + (resultat.mailEnvoye() ? "?cree" : "?creeSansMail");
    } catch (CompteInvalideException refus) {
      return fiche(model, null, saisie, refus.getMessage(), null);
    }
  }

  @GetMapping("/admin/utilisateurs/{id}")
  String show(
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String cree,
      @RequestParam(required = false) @Nullable String creeSansMail,
      @RequestParam(required = false) @Nullable String enregistre,
      @RequestParam(required = false) @Nullable String debloque,
      Model model) {
    Utilisateur utilisateur = find(id);
    String information = null;
    if (cree != null) {
      information =
          "Compte créé : un e-mail d'activation a été envoyé à " + utilisateur.email() + ".";
    } else if (creeSansMail != null) {
      information =
          "Compte créé, mais l'e-mail d'activation n'a pas pu être envoyé : l'utilisateur peut"
              + " demander un lien avec « Mot de passe oublié ».";
    } else if (enregistre != null) {
      information = "Modifications enregistrées.";
    } else if (debloque != null) {
      information = "Les échecs de connexion de ce compte sont effacés : il peut se connecter.";
    }
    return fiche(model, utilisateur, SaisieUtilisateur.de(utilisateur), null, information);
  }

  @PostMapping("/admin/utilisateurs/{id}")
  @Autorise(Permission.USERS_ECRITURE)
  String update(@PathVariable long id, @ModelAttribute SaisieUtilisateur saisie, Model model) {
    Utilisateur utilisateur = find(id);
    try {
      modifierCompte.update(utilisateur, saisie.fiche());
      return "redirect:/admin/utilisateurs/" + id + "?enregistre";
    } catch (CompteInvalideException refus) {
      return fiche(model, utilisateur, saisie, refus.getMessage(), null);
    }
  }

  /**
   * Lifts the waits that failed logins put on the account, from every client address. The route
   * needs {@code users/ecriture}; {@link DebloquerConnexion} checks that the account is one the
   * administrator manages.
   */
  @PostMapping("/admin/utilisateurs/{id}/deblocage")
  @Autorise(Permission.USERS_ECRITURE)
  String unblock(@PathVariable long id) {
    debloquerConnexion.unblock(find(id));
    return "redirect:/admin/utilisateurs/" + id + "?debloque";
  }

  /** An account within the reader's scope: 404 if unknown, 403 if in another région. */
  private Utilisateur find(long id) {
    Utilisateur utilisateur =
        comptes.parId(id).orElseThrow(() -> Problems.notFound("Aucun compte n° " + id + "."));
    courant.checkRegion(Permission.USERS_LECTURE, utilisateur.codeRegion());
    return utilisateur;
  }

  private List<Utilisateur> lignes(String q, String tri) {
    checkRecherche(q);
    return queries.tous(courant.droits().orElseThrow(), q, UtilisateurQueries.Tri.of(tri));
  }

  private static void checkRecherche(String q) {
    if (q.length() > LONGUEUR_RECHERCHE) {
      throw Problems.badRequest(
          "La recherche ne doit pas dépasser " + LONGUEUR_RECHERCHE + " caractères.");
    }
  }

  private String fiche(
      Model model,
      @Nullable Utilisateur utilisateur,
      SaisieUtilisateur saisie,
      @Nullable String erreur,
      @Nullable String information) {
    Droits acteur = courant.droits().orElseThrow();
    boolean modifiable =
        acteur.possede(Permission.USERS_ECRITURE)
            && (utilisateur == null
                || matrice.rolesGeres(acteur.role()).contains(utilisateur.role()));
    List<Matrice.RoleDecrit> roles =
        matrice.roles().stream()
            .filter(role -> matrice.rolesGeres(acteur.role()).contains(role.role()))
            .toList();
    Map<String, String> regions = regions();
    if (acteur.portee(Permission.USERS_ECRITURE).orElse(null) == Portee.REGION) {
      String code = Objects.requireNonNull(acteur.codeRegion()).code();
      regions = Map.of(code, regions.get(code));
    }
    model.addAttribute(
        "page",
        new FicheUtilisateurPage(
            utilisateur == null ? null : utilisateur.id(),
            saisie,
            roles,
            regions,
            matrice.fonctions(),
            erreur,
            information,
            modifiable,
            utilisateur == null ? List.of() : tentatives.lister(utilisateur.email())));
    return "compte/utilisateur";
  }

  private Map<Role, String> libellesRoles() {
    Map<Role, String> libelles = new EnumMap<>(Role.class);
    matrice.roles().forEach(role -> libelles.put(role.role(), role.libelle()));
    return libelles;
  }

  private Map<String, String> regions() {
    Map<String, String> libelles = new LinkedHashMap<>();
    territoires
        .regions()
        .forEach(region -> libelles.put(region.codeRegion().code(), region.libelle()));
    return libelles;
  }
}
