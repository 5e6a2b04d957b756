package fr.education.orion.compte.web;

import fr.education.orion.compte.FicheUtilisateur;
import fr.education.orion.compte.connexion.EchecsConnexion;
import fr.education.orion.compte.gestion.Matrice;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The form to create ({@code id} null) or edit an account, with the roles the administrator may
 * give, the régions and the fonctions to choose from; for an existing account, its recent failed
 * logins per client address, which a manager of the account may lift.
 */
public record FicheUtilisateurPage(
    @Nullable Long id,
    SaisieUtilisateur saisie,
    List<Matrice.RoleDecrit> roles,
    Map<String, String> regions,
    List<String> fonctions,
    @Nullable String erreur,
    @Nullable String information,
    boolean modifiable,
    List<EchecsConnexion> echecs) {

  public FicheUtilisateurPage {
    echecs = List.copyOf(echecs);
  }

  public int longueurEmail() {
    return FicheUtilisateur.LONGUEUR_EMAIL;
  }

  public int longueurNom() {
    return FicheUtilisateur.LONGUEUR_NOM;
  }

  public int longueurUais() {
    return SaisieUtilisateur.LONGUEUR_UAIS;
  }

  /** Whether any client address must still wait before trying this account again. */
  public boolean bloque() {
    return echecs.stream().anyMatch(EchecsConnexion::bloque);
  }

  public String action() {
    return id == null ? "/admin/utilisateurs/nouveau" : "/admin/utilisateurs/" + id;
  }
}
