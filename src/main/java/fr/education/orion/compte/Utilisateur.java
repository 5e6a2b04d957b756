package fr.education.orion.compte;

import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Uai;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A user as Orion knows it. The password hash never leaves the module: {@code motDePasseDefini}
 * says whether one is set.
 *
 * @param sub the OpenID Connect subject of a single sign-on user, null for a local account
 * @param uais the établissements of a perdir, empty for other roles
 */
public record Utilisateur(
    long id,
    String email,
    String prenom,
    String nom,
    Role role,
    @Nullable String fonction,
    @Nullable CodeRegion codeRegion,
    List<Uai> uais,
    @Nullable String sub,
    boolean actif,
    boolean motDePasseDefini,
    @Nullable OffsetDateTime activeLe,
    OffsetDateTime creeLe,
    OffsetDateTime modifieLe,
    @Nullable OffsetDateTime vuLe) {

  public Utilisateur {
    uais = List.copyOf(uais);
  }

  public String nomComplet() {
    return prenom + " " + nom;
  }

  /** The codes of the user's UAIs, joined by {@code separator}, for pages and exports. */
  public String joinUais(String separator) {
    return String.join(separator, uais.stream().map(Uai::code).toList());
  }

  /** The fields an administrator edits, as they are now. */
  public FicheUtilisateur fiche() {
    return new FicheUtilisateur(email, prenom, nom, role, fonction, codeRegion, uais, actif);
  }
}
