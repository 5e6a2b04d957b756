package fr.education.orion.compte.connexion;

import fr.education.orion.referentiel.CodeAcademie;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The configurable mapping from the hub's attributes to an Orion role ({@code orion.sso.regles}):
 * the first rule that concerns the user wins, so the order of the rules is their priority. The
 * default rules, the ministry's, put the Orion LDAP groups first, then DASEN, inspectors and heads
 * of établissement, as the reference does.
 *
 * @param regles the rules, by priority
 * @param attributAcademie the claim naming the user's académie ({@code codaca}: {@code 0} followed
 *     by the académie code, {@code 000} when the hub has none)
 */
record CorrespondanceSso(List<RegleSso> regles, String attributAcademie) {

  private static final String AUCUNE_ACADEMIE = "000";

  /** The rights of a user, or nothing when no rule concerns them. */
  Optional<AttributionSso> attribuer(AttributsSso attributs, LocalDate aujourdhui) {
    return regles.stream()
        .filter(regle -> regle.concerne(attributs))
        .findFirst()
        .map(
            regle ->
                new AttributionSso(
                    regle.role(),
                    regle.fonction(),
                    regle.region(),
                    codeAcademie(attributs).orElse(null),
                    regle.region() == OrigineRegion.ETABLISSEMENT
                        ? EtablissementsDiriges.uais(attributs, aujourdhui)
                        : List.of()));
  }

  /**
   * {@code 012} names académie {@code 12}; a two-character code is taken as it is. Any other
   * writing names no académie: the user's académie is then unknown.
   */
  private Optional<CodeAcademie> codeAcademie(AttributsSso attributs) {
    return attributs
        .valeur(attributAcademie)
        .filter(code -> !code.equals(AUCUNE_ACADEMIE))
        .map(code -> code.length() == 3 && code.startsWith("0") ? code.substring(1) : code)
        .filter(CodeAcademie::estValide)
        .map(CodeAcademie::new);
  }
}
