package fr.education.orion.compte.connexion;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The claims of one SSO login (ID token and userinfo together), read as strings. The ministry's hub
 * sends some attributes as one string ({@code title}, {@code codaca}) and others as lists ({@code
 * ctgrps}, {@code FrEduRne}); both read the same way here.
 */
record AttributsSso(Map<String, Object> claims) {

  /** Every non-blank value of an attribute, trimmed, in the order sent; empty when absent. */
  List<String> valeurs(String attribut) {
    Object valeur = claims.get(attribut);
    Collection<?> valeurs = valeur instanceof Collection<?> liste ? liste : Arrays.asList(valeur);
    return valeurs.stream()
        .filter(Objects::nonNull)
        .map(v -> v.toString().trim())
        .filter(v -> !v.isEmpty())
        .toList();
  }

  /** The first value of an attribute. */
  Optional<String> valeur(String attribut) {
    return valeurs(attribut).stream().findFirst();
  }
}
