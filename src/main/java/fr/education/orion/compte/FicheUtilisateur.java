package fr.education.orion.compte;

import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Uai;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What is given to create or update an account: by an administrator's form, or by a single sign-on
 * login. {@link Comptes} checks it against the role (a regional role needs a région, a perdir at
 * least one UAI).
 */
public record FicheUtilisateur(
    String email,
    String prenom,
    String nom,
    Role role,
    @Nullable String fonction,
    @Nullable CodeRegion codeRegion,
    List<Uai> uais,
    boolean actif) {

  /** The longest e-mail address (RFC 5321), and the column's width. */
  public static final int LONGUEUR_EMAIL = 254;

  /** The longest first name or name. */
  public static final int LONGUEUR_NOM = 100;

  /** The longest fonction, and the column's width. */
  public static final int LONGUEUR_FONCTION = 100;

  public FicheUtilisateur {
    email = email.strip().toLowerCase(Locale.ROOT);
    prenom = prenom.strip();
    nom = nom.strip();
    fonction = fonction == null || fonction.isBlank() ? null : fonction.strip();
    uais = uais.stream().distinct().toList();
  }

  /** The same account, enabled or disabled. */
  public FicheUtilisateur withActif(boolean actif) {
    return new FicheUtilisateur(email, prenom, nom, role, fonction, codeRegion, uais, actif);
  }
}
