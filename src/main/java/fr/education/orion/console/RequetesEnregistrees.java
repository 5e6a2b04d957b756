package fr.education.orion.console;

import static fr.education.orion.schema.Tables.REQUETE_ENREGISTREE;

import fr.education.orion.system.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The saved queries of the consoles, always those of one user: a user saves, lists and deletes only
 * their own. The stored query string keeps only the consoles' own parameters, so that a saved query
 * can never lead elsewhere than to a console view.
 */
@Component
class RequetesEnregistrees {

  /** The DSFR illustrative colours offered, by badge class suffix, with their French names. */
  static final Map<String, String> COULEURS = couleurs();

  private static final Set<String> AUTRES_PARAMETRES = Set.of("sort", "order", "colonnes");
  private static final int NOM_MAX = 100;

  private final DSLContext dsl;

  RequetesEnregistrees(DSLContext dsl) {
    this.dsl = dsl;
  }

  List<RequeteEnregistree> de(long utilisateurId) {
    return dsl.select(
            REQUETE_ENREGISTREE.ID,
            REQUETE_ENREGISTREE.CONSOLE,
            REQUETE_ENREGISTREE.NOM,
            REQUETE_ENREGISTREE.COULEUR,
            REQUETE_ENREGISTREE.PARAMETRES,
            REQUETE_ENREGISTREE.CREE_LE)
        .from(REQUETE_ENREGISTREE)
        .where(REQUETE_ENREGISTREE.UTILISATEUR_ID.eq(utilisateurId))
        .orderBy(REQUETE_ENREGISTREE.CONSOLE, REQUETE_ENREGISTREE.NOM)
        .fetch(Records.mapping(RequeteEnregistree::new));
  }

  /**
   * Saves the view under its name; a query of the same name on the same console is replaced.
   *
   * @throws org.springframework.web.ErrorResponseException 400 for an empty or too long name or an
   *     unknown colour
   */
  void enregistrer(
      long utilisateurId, Console console, String nom, String couleur, String parametres) {
    String libelle = nom.strip();
    if (libelle.isEmpty() || libelle.length() > NOM_MAX) {
      throw Problems.badRequest(
          "Le nom de la requête est obligatoire et fait au plus " + NOM_MAX + " caractères.");
    }
    if (!COULEURS.containsKey(couleur)) {
      throw Problems.badRequest("Couleur inconnue : « " + couleur + " ».");
    }
    dsl.insertInto(REQUETE_ENREGISTREE)
        .set(REQUETE_ENREGISTREE.UTILISATEUR_ID, utilisateurId)
        .set(REQUETE_ENREGISTREE.CONSOLE, console.chemin())
        .set(REQUETE_ENREGISTREE.NOM, libelle)
        .set(REQUETE_ENREGISTREE.COULEUR, couleur)
        .set(REQUETE_ENREGISTREE.PARAMETRES, nettoyes(parametres))
        .onConflict(
            REQUETE_ENREGISTREE.UTILISATEUR_ID,
            REQUETE_ENREGISTREE.CONSOLE,
            REQUETE_ENREGISTREE.NOM)
        .doUpdate()
        .set(REQUETE_ENREGISTREE.COULEUR, couleur)
        .set(REQUETE_ENREGISTREE.PARAMETRES, nettoyes(parametres))
        .execute();
  }

  /**
   * Deletes one of the user's queries.
   *
   * @throws org.springframework.web.ErrorResponseException 404 when the user has no query of that
   *     id (another user's included: its existence is not revealed)
   */
  void supprimer(long utilisateurId, long id) {
    int supprimees =
        dsl.deleteFrom(REQUETE_ENREGISTREE)
            .where(REQUETE_ENREGISTREE.ID.eq(id))
            .and(REQUETE_ENREGISTREE.UTILISATEUR_ID.eq(utilisateurId))
            .execute();
    if (supprimees == 0) {
      throw Problems.notFound("Aucune requête enregistrée de numéro " + id + ".");
    }
  }

  /** The query string with the consoles' parameters only, re-encoded. */
  static String nettoyes(String parametres) {
    String brut = parametres.startsWith("?") ? parametres.substring(1) : parametres;
    MultiValueMap<String, String> valeurs =
        UriComponentsBuilder.fromUriString("/?" + brut).build().getQueryParams();
    Set<String> admis = FiltresConsole.aucun().parametres().keySet();
    UriComponentsBuilder uri = UriComponentsBuilder.newInstance();
    valeurs.forEach(
        (nom, liste) -> {
          if (admis.contains(nom) || AUTRES_PARAMETRES.contains(nom)) {
            liste.stream()
                .filter(v -> v != null && !v.isBlank())
                .forEach(v -> uri.queryParam(nom, v));
          }
        });
    String query = uri.build().getQuery();
    return query == null ? "" : query;
  }

  private static Map<String, String> couleurs() {
    Map<String, String> c = new LinkedHashMap<>();
    c.put("green-menthe", "Vert menthe");
    c.put("blue-ecume", "Bleu écume");
    c.put("purple-glycine", "Violet glycine");
    c.put("pink-tuile", "Rose tuile");
    c.put("yellow-tournesol", "Jaune tournesol");
    c.put("orange-terre-battue", "Orange terre battue");
    c.put("brown-cafe-creme", "Brun café crème");
    return c;
  }
}
