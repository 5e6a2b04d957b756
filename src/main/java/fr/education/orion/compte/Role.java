package fr.education.orion.compte;

import fr.education.orion.compte.gestion.Matrice;
import java.util.Arrays;

/**
 * The roles an account may hold. Their labels, descriptions, the roles each may manage and their
 * permissions are data (tables {@code role}, {@code role_gere}, {@code role_permission}), read by
 * {@link Matrice}; this enum only names them for the code.
 */
public enum Role {
  ADMIN("admin"),
  PILOTE("pilote"),
  ADMIN_REGION("admin_region"),
  PILOTE_REGION("pilote_region"),
  GESTIONNAIRE_REGION("gestionnaire_region"),
  EXPERT_REGION("expert_region"),
  REGION("region"),
  PERDIR("perdir"),
  INVITE("invite");

  private final String code;

  Role(String code) {
    this.code = code;
  }

  /** The code stored in the database and shown in the API, e.g. {@code admin_region}. */
  public String code() {
    return code;
  }

  public static Role of(String code) {
    return Arrays.stream(values())
        .filter(role -> role.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Rôle inconnu : " + code));
  }
}
