package fr.education.orion.compte;

import static fr.education.orion.schema.Tables.ACADEMIE;
import static fr.education.orion.schema.Tables.ETABLISSEMENT;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The rights an SSO login gives: the mapping's role and fonction, the région of the académie or of
 * the établissement, and the établissements of a head of établissement that Orion knows (an unknown
 * UAI would give rights over nothing Orion can show, and could not be checked).
 *
 * <p>It reads the référentiel's tables ({@code academie}, {@code etablissement}) rather than module
 * {@code referentiel}'s queries, as {@link Comptes} does for the régions: every module depends on
 * this one for its route rules ({@link Public}, {@link Autorise}), so depending on {@code
 * referentiel} would make the modules a cycle.
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
      String role, @Nullable String fonction, @Nullable String codeRegion, List<String> uais) {

    /** The same rights with sorted UAIs, to compare rights whatever the order of their UAIs. */
    Accordes tries() {
      return new Accordes(role, fonction, codeRegion, uais.stream().sorted().toList());
    }
  }

  private final CorrespondanceSso correspondance;
  private final DSLContext dsl;

  DroitsSso(SsoProperties settings, DSLContext dsl) {
    this.correspondance = settings.correspondance();
    this.dsl = dsl;
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

  private String regionDeLAcademie(AttributionSso attribution) {
    return Optional.ofNullable(attribution.codeAcademie())
        .flatMap(
            code ->
                dsl.select(ACADEMIE.CODE_REGION)
                    .from(ACADEMIE)
                    .where(ACADEMIE.CODE_ACADEMIE.eq(code))
                    .fetchOptional(ACADEMIE.CODE_REGION))
        .orElseThrow(() -> new ConnexionSsoRefusee(RefusSso.ACADEMIE_INCONNUE));
  }

  private Accordes droitsDeDirection(AttributionSso attribution) {
    Map<String, @Nullable String> regionsDesConnus =
        dsl.select(ETABLISSEMENT.UAI, ETABLISSEMENT.CODE_REGION)
            .from(ETABLISSEMENT)
            .where(ETABLISSEMENT.UAI.in(attribution.uais()))
            .fetchMap(ETABLISSEMENT.UAI, ETABLISSEMENT.CODE_REGION);
    List<String> connus =
        attribution.uais().stream().filter(regionsDesConnus::containsKey).toList();
    String codeRegion =
        connus.stream()
            .map(regionsDesConnus::get)
            .filter(code -> code != null)
            .findFirst()
            .orElseThrow(() -> new ConnexionSsoRefusee(RefusSso.ETABLISSEMENT_INCONNU));
    return new Accordes(attribution.role(), attribution.fonction(), codeRegion, connus);
  }
}
