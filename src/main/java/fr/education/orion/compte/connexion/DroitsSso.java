package fr.education.orion.compte.connexion;

import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.EtablissementQueries;
import fr.education.orion.referentiel.TerritoireQueries;
import fr.education.orion.referentiel.Territoires.Academie;
import fr.education.orion.referentiel.Uai;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rights an SSO login gives: the mapping's role and fonction, the région of the académie or of
 * the établissement, and the établissements of a head of établissement that Orion knows (an unknown
 * UAI would give rights over nothing Orion can show, and could not be checked).
 */
@Component
class DroitsSso {

  /**
   * Rights as they will be stored on the account.
   *
   * @param codeRegion null for a national role
   * @param uais the known établissements, in the order the hub sent them
   */
  record Accordes(
      String role, @Nullable String fonction, @Nullable CodeRegion codeRegion, List<Uai> uais) {

    /** The same rights with sorted UAIs, to compare rights whatever the order of their UAIs. */
    Accordes tries() {
      return new Accordes(
          role,
          fonction,
          codeRegion,
          uais.stream().sorted(Comparator.comparing(Uai::code)).toList());
    }
  }

  private final CorrespondanceSso correspondance;
  private final TerritoireQueries territoires;
  private final EtablissementQueries etablissements;

  DroitsSso(
      SsoProperties settings, TerritoireQueries territoires, EtablissementQueries etablissements) {
    this.correspondance = settings.correspondance();
    this.territoires = territoires;
    this.etablissements = etablissements;
  }

  /**
   * @throws ConnexionSsoRefusee when no rule concerns the user, the académie is unknown, or none of
   *     a head of établissement's établissements is known
   */
  Accordes de(AttributsSso attributs) {
    AttributionSso attribution =
        correspondance
            .attribuer(attributs, LocalDate.now())
            .orElseThrow(() -> new ConnexionSsoRefusee(RefusSso.AUCUN_DROIT));
    return switch (attribution.region()) {
      case AUCUNE -> new Accordes(attribution.role(), attribution.fonction(), null, List.of());
      case ACADEMIE ->
          new Accordes(
              attribution.role(),
              attribution.fonction(),
              regionDeLAcademie(attribution),
              List.of());
      case ETABLISSEMENT -> droitsDeDirection(attribution);
    };
  }

  private CodeRegion regionDeLAcademie(AttributionSso attribution) {
    return Optional.ofNullable(attribution.codeAcademie())
        .flatMap(
            code ->
                territoires.academies().stream()
                    .filter(academie -> academie.codeAcademie().equals(code))
                    .findFirst())
        .map(Academie::codeRegion)
        .orElseThrow(() -> new ConnexionSsoRefusee(RefusSso.ACADEMIE_INCONNUE));
  }

  private Accordes droitsDeDirection(AttributionSso attribution) {
    Map<Uai, @Nullable CodeRegion> regionsDesConnus = etablissements.regions(attribution.uais());
    List<Uai> connus = attribution.uais().stream().filter(regionsDesConnus::containsKey).toList();
    CodeRegion codeRegion =
        connus.stream()
            .map(regionsDesConnus::get)
            .filter(code -> code != null)
            .findFirst()
            .orElseThrow(() -> new ConnexionSsoRefusee(RefusSso.ETABLISSEMENT_INCONNU));
    return new Accordes(attribution.role(), attribution.fonction(), codeRegion, connus);
  }
}
