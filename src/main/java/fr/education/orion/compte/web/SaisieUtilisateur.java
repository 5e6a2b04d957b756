package fr.education.orion.compte.web;

import fr.education.orion.compte.CompteInvalideException;
import fr.education.orion.compte.FicheUtilisateur;
import fr.education.orion.compte.Role;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Uai;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The account form as typed, given back with the error when it is refused. */
public record SaisieUtilisateur(
    String email,
    String prenom,
    String nom,
    String role,
    String fonction,
    String codeRegion,
    String uais,
    @Nullable Boolean actif) {

  /** A field missing from the form reads as empty; an unticked "actif" box is not sent. */
  public SaisieUtilisateur {
    email = Objects.requireNonNullElse(email, "");
    prenom = Objects.requireNonNullElse(prenom, "");
    nom = Objects.requireNonNullElse(nom, "");
    role = Objects.requireNonNullElse(role, "");
    fonction = Objects.requireNonNullElse(fonction, "");
    codeRegion = Objects.requireNonNullElse(codeRegion, "");
    uais = Objects.requireNonNullElse(uais, "");
    actif = Boolean.TRUE.equals(actif);
  }

  static SaisieUtilisateur vide() {
    return new SaisieUtilisateur("", "", "", "", "", "", "", true);
  }

  static SaisieUtilisateur de(Utilisateur utilisateur) {
    return new SaisieUtilisateur(
        utilisateur.email(),
        utilisateur.prenom(),
        utilisateur.nom(),
        utilisateur.role().code(),
        utilisateur.fonction() == null ? "" : utilisateur.fonction(),
        utilisateur.codeRegion() == null ? "" : utilisateur.codeRegion().code(),
        utilisateur.joinUais(" "),
        utilisateur.actif());
  }

  /** The longest list of UAIs typed: a hundred UAIs and their separators. */
  public static final int LONGUEUR_UAIS = 1000;

  /**
   * The account to save, its codes read as the référentiel's types; UAIs are separated by spaces or
   * commas.
   */
  FicheUtilisateur fiche() {
    if (uais.length() > LONGUEUR_UAIS) {
      throw new CompteInvalideException(
          "La liste des établissements (UAI) ne doit pas dépasser "
              + LONGUEUR_UAIS
              + " caractères.");
    }
    Role choisi;
    try {
      choisi = Role.of(role);
    } catch (IllegalArgumentException e) {
      throw new CompteInvalideException("Choisissez un rôle.");
    }
    List<Uai> listeUais =
        Arrays.stream(uais.split("[\\s,;]+"))
            .filter(uai -> !uai.isBlank())
            .map(SaisieUtilisateur::uai)
            .toList();
    return new FicheUtilisateur(
        email, prenom, nom, choisi, fonction, region(), listeUais, Boolean.TRUE.equals(actif));
  }

  /** No région when none is chosen; a code that is none cannot name an existing one. */
  private @Nullable CodeRegion region() {
    if (codeRegion.isBlank()) {
      return null;
    }
    String code = codeRegion.strip();
    if (code.length() > 3) {
      throw new CompteInvalideException("La région choisie n'existe pas.");
    }
    if (!CodeRegion.estValide(code)) {
      throw new CompteInvalideException("La région « " + code + " » n'existe pas.");
    }
    return new CodeRegion(code);
  }

  private static Uai uai(String saisi) {
    return Uai.parse(saisi)
        .orElseThrow(
            () -> {
              String uai = saisi.strip().toUpperCase(Locale.ROOT);
              return new CompteInvalideException(
                  "« "
                      + (uai.length() > 20 ? uai.substring(0, 20) + "…" : uai)
                      + " » n'est pas un UAI (7 chiffres et une lettre).");
            });
  }
}
