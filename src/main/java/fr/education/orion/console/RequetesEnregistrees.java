package fr.education.orion.console;

import static fr.education.orion.schema.Tables.REQUETE_ENREGISTREE;

import fr.education.orion.system.Pagination;
import fr.education.orion.system.Problems;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The saved queries of the consoles, always those of one user: a user saves, lists and deletes only
 * their own. The stored query string keeps only the consoles' own parameters, checked as the
 * console checks them, so that a saved query can never lead elsewhere than to a console view; its
 * size and each user's number of queries are bounded, since every console page lists them.
 */
@Component
class RequetesEnregistrees {

  /** The DSFR illustrative colours offered, by badge class suffix, with their French names. */
  static final Map<String, String> COULEURS = couleurs();

  static final int NOM_MAX = 100;
  static final int PARAMETRES_MAX = 2000;
  static final int PAR_UTILISATEUR = 50;

  /** Line breaks, tabs and the other control characters, never in a name nor a view. */
  private static final Pattern CONTROLE = Pattern.compile("\\p{Cntrl}");

  /** First key of the advisory lock that serialises the saves of one user. */
  private static final int VERROU = 0x52455155;

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
   * Saves the view under its name; a query of the same name on the same console is replaced. Every
   * check comes before the write: a refused query changes nothing.
   *
   * @param parametres the query string of the view, as the console page gives it
   * @return the query string kept: the view's filters, order and columns, checked and re-encoded
   * @throws org.springframework.web.ErrorResponseException 400 with a French detail for an empty,
   *     too long or unprintable name, an unknown colour, parameters that are too long, unprintable
   *     or not a console view, or a user who already has {@value #PAR_UTILISATEUR} queries
   */
  String enregistrer(
      long utilisateurId, Console console, String nom, String couleur, String parametres) {
    String libelle = nom.strip();
    if (libelle.isEmpty() || libelle.length() > NOM_MAX || CONTROLE.matcher(libelle).find()) {
      throw Problems.badRequest(
          "Le nom de la requête est obligatoire et fait au plus "
              + NOM_MAX
              + " caractères, sans retour à la ligne.");
    }
    if (!COULEURS.containsKey(couleur)) {
      throw Problems.badRequest("Couleur inconnue : « " + couleur + " ».");
    }
    String vue = vue(console, parametres).parametres();
    if (vue.length() > PARAMETRES_MAX) {
      throw Problems.badRequest(
          "Les paramètres de la requête font au plus " + PARAMETRES_MAX + " caractères.");
    }
    dsl.transaction(
        transaction -> {
          DSLContext tx = transaction.dsl();
          // One save at a time per user, so that two at once cannot pass the limit together (ids
          // past 2^31 would only share a lock).
          tx.select(
                  DSL.function(
                      "pg_advisory_xact_lock",
                      Object.class,
                      DSL.val(VERROU),
                      DSL.val((int) utilisateurId)))
              .fetch();
          boolean remplace =
              tx.fetchExists(
                  REQUETE_ENREGISTREE,
                  REQUETE_ENREGISTREE
                      .UTILISATEUR_ID
                      .eq(utilisateurId)
                      .and(REQUETE_ENREGISTREE.CONSOLE.eq(console.chemin()))
                      .and(REQUETE_ENREGISTREE.NOM.eq(libelle)));
          if (!remplace
              && tx.fetchCount(
                      REQUETE_ENREGISTREE, REQUETE_ENREGISTREE.UTILISATEUR_ID.eq(utilisateurId))
                  >= PAR_UTILISATEUR) {
            throw Problems.badRequest(
                "Vous avez déjà "
                    + PAR_UTILISATEUR
                    + " requêtes enregistrées, le maximum : supprimez-en une pour en enregistrer"
                    + " une autre.");
          }
          tx.insertInto(REQUETE_ENREGISTREE)
              .set(REQUETE_ENREGISTREE.UTILISATEUR_ID, utilisateurId)
              .set(REQUETE_ENREGISTREE.CONSOLE, console.chemin())
              .set(REQUETE_ENREGISTREE.NOM, libelle)
              .set(REQUETE_ENREGISTREE.COULEUR, couleur)
              .set(REQUETE_ENREGISTREE.PARAMETRES, vue)
              .onConflict(
                  REQUETE_ENREGISTREE.UTILISATEUR_ID,
                  REQUETE_ENREGISTREE.CONSOLE,
                  REQUETE_ENREGISTREE.NOM)
              .doUpdate()
              .set(REQUETE_ENREGISTREE.COULEUR, couleur)
              .set(REQUETE_ENREGISTREE.PARAMETRES, vue)
              .execute();
        });
    return vue;
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

  /** A console view as a saved query keeps it: filters, order and chosen columns. */
  record VueEnregistree(Console console, FiltresConsole filtres, Tri tri, List<String> colonnes) {

    /** The query string of the view, re-encoded, without page nor size. */
    String parametres() {
      return new Liens(console, filtres, tri, colonnes, Pagination.DEFAULT_SIZE).parametres();
    }
  }

  /**
   * The view of a query string, checked as the console reads it: filters ({@link
   * FiltresConsole#verifiees()}), order ({@link Tri}) and columns of this console; any other
   * parameter is dropped, so that a saved query can only reopen a console view.
   *
   * @throws org.springframework.web.ErrorResponseException 400 for parameters longer than {@value
   *     #PARAMETRES_MAX} characters, with a control character (a line break), or that the console
   *     refuses
   */
  static VueEnregistree vue(Console console, String parametres) {
    if (parametres.length() > PARAMETRES_MAX) {
      throw Problems.badRequest(
          "Les paramètres de la requête font au plus " + PARAMETRES_MAX + " caractères.");
    }
    MultiValueMap<String, String> valeurs = decodes(parametres);
    valeurs.forEach(
        (nom, liste) -> {
          if (CONTROLE.matcher(nom).find()
              || liste.stream().anyMatch(v -> CONTROLE.matcher(v).find())) {
            throw Problems.badRequest(
                "Les paramètres de la requête contiennent un caractère de contrôle (retour à la"
                    + " ligne, tabulation…) : ils ne sont pas ceux d'une vue de la console.");
          }
        });
    FiltresConsole filtres =
        new FiltresConsole(
                valeurs.get("rentreeScolaire"),
                valeurs.get("codeRegion"),
                valeurs.get("codeAcademie"),
                valeurs.get("codeDepartement"),
                valeurs.get("commune"),
                valeurs.get("uai"),
                valeurs.get("secteur"),
                valeurs.get("codeNiveauDiplome"),
                valeurs.get("codeDispositif"),
                valeurs.get("codeNsf"),
                valeurs.get("cfdFamille"),
                valeurs.get("cfd"),
                valeurs.get("positionQuadrant"),
                valeurs.get("formationSpecifique"),
                valeurs.get("voie"),
                unique(valeurs, "classesCommunes"),
                unique(valeurs, "millesime"),
                unique(valeurs, "q"))
            .verifiees();
    Tri tri = Tri.of(console, unique(valeurs, "sort"), unique(valeurs, "order"));
    List<String> colonnes =
        valeurs.getOrDefault("colonnes", List.of()).stream()
            .filter(champ -> console.colonne(champ).isPresent())
            .distinct()
            .toList();
    return new VueEnregistree(console, filtres, tri, colonnes);
  }

  /** The parameters of a query string, decoded; a leading {@code ?} is allowed. */
  private static MultiValueMap<String, String> decodes(String parametres) {
    String brut = parametres.startsWith("?") ? parametres.substring(1) : parametres;
    MultiValueMap<String, String> valeurs = new LinkedMultiValueMap<>();
    for (String paire : brut.split("&")) {
      if (paire.isEmpty()) {
        continue;
      }
      int egal = paire.indexOf('=');
      String nom = egal < 0 ? paire : paire.substring(0, egal);
      String valeur = egal < 0 ? "" : paire.substring(egal + 1);
      try {
        valeurs.add(
            URLDecoder.decode(nom, StandardCharsets.UTF_8),
            URLDecoder.decode(valeur, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw Problems.badRequest(
            "Les paramètres de la requête sont mal encodés : « " + paire + " ».");
      }
    }
    return valeurs;
  }

  private static @Nullable String unique(MultiValueMap<String, String> valeurs, String nom) {
    List<String> liste = valeurs.get(nom);
    return liste == null || liste.isEmpty() ? null : String.join(",", liste);
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
