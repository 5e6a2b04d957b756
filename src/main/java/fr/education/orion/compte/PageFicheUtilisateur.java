package fr.education.orion.compte;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The form to create ({@code id} null) or edit an account, with the roles the administrator may
 * give, the régions and the fonctions to choose from.
 */
public record PageFicheUtilisateur(
    @Nullable Long id,
    SaisieUtilisateur saisie,
    List<Matrice.RoleDecrit> roles,
    Map<String, String> regions,
    List<String> fonctions,
    @Nullable String erreur,
    @Nullable String information,
    boolean modifiable) {

  public String action() {
    return id == null ? "/admin/utilisateurs/nouveau" : "/admin/utilisateurs/" + id;
  }
}
