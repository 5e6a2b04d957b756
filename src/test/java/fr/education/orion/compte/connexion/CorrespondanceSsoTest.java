package fr.education.orion.compte.connexion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.referentiel.CodeAcademie;
import fr.education.orion.referentiel.Uai;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * The default SSO mapping, as {@code application.yml} declares it (the ministry's rules): each
 * rule, their priority and the académie code.
 */
class CorrespondanceSsoTest {

  private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 3, 15);
  private static final CorrespondanceSso PAR_DEFAUT = correspondanceParDefaut();

  private static Optional<AttributionSso> attribuer(Map<String, Object> claims) {
    return PAR_DEFAUT.attribuer(new AttributsSso(claims), AUJOURDHUI);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "GRP_ORIONIJ_DRAFPIC       | pilote_region       | DRAFPIC                                      | ACADEMIE",
        "GRP_ORIONIJ_DRAFPIC_ETUDE | gestionnaire_region | Chargé(e) d'étude DRAFPIC                    | ACADEMIE",
        "GRP_ORIONIJ_DRAIO         | expert_region       | DRAIO                                        | ACADEMIE",
        "GRP_ORIONIJ_SGASGRA       | pilote_region       | SGRASGA                                      | ACADEMIE",
        "GRP_ORIONIJ_DOS           | invite              | Services DOS                                 | ACADEMIE",
        "GRP_ORIONIJ_SSA           | invite              | SSA                                          | ACADEMIE",
        "GRP_ORIONIJ_RDSI          | invite              | Référent(e) DSI                              | ACADEMIE",
        "GRP_ORIONIJ_CFP           | invite              | Conseiller(ère) en formation professionnelle | ACADEMIE",
        "GRP_ORIONIJ_CMQ           | invite              | Directeur(ice) de CMQ                        | ACADEMIE",
        "GRP_ORIONIJ_RECTEUR       | invite              | Recteur(ice)                                 | ACADEMIE",
        "GRP_ORIONIJ_DGESCO        | admin               | DGESCO                                       | AUCUNE",
        "GRP_ORIONIJ_IGESR         | pilote              | Inspecteur(ice) général(e)                   | AUCUNE",
      })
  void mapsEachOrionGroupToItsRole(
      String groupe, String role, String fonction, OrigineRegion region) {
    AttributionSso attribution =
        attribuer(Map.of("ctgrps", List.of("GRP_AUTRE_APPLI", groupe), "codaca", "010"))
            .orElseThrow();

    assertThat(attribution.role()).isEqualTo(role);
    assertThat(attribution.fonction()).isEqualTo(fonction);
    assertThat(attribution.region()).isEqualTo(region);
    assertThat(attribution.codeAcademie()).isEqualTo(new CodeAcademie("10"));
    assertThat(attribution.uais()).isEmpty();
  }

  @Test
  void mapsADasenFromTheEndOfItsManagementAttribute() {
    AttributionSso attribution =
        attribuer(
                Map.of(
                    "FrEduGestResp",
                    List.of("0690000X$123$AUTRE", "0690000X$805$ORIONINSERJEUNES")))
            .orElseThrow();

    assertThat(attribution.role()).isEqualTo("invite");
    assertThat(attribution.fonction()).isEqualTo("DASEN");
    assertThat(attribution.region()).isEqualTo(OrigineRegion.ACADEMIE);
  }

  @Test
  void ignoresAManagementAttributeForAnotherApplication() {
    assertThat(attribuer(Map.of("FrEduGestResp", List.of("0690000X$805$AUTREAPPLI")))).isEmpty();
  }

  @Test
  void mapsAnInspectorFromItsTitle() {
    AttributionSso attribution = attribuer(Map.of("title", "INS", "codaca", "025")).orElseThrow();

    assertThat(attribution.role()).isEqualTo("expert_region");
    assertThat(attribution.fonction()).isEqualTo("Inspecteur(ice)");
    assertThat(attribution.region()).isEqualTo(OrigineRegion.ACADEMIE);
    assertThat(attribution.codeAcademie()).isEqualTo(new CodeAcademie("25"));
  }

  @Test
  void mapsAHeadOfEtablissementWithTheEtablissementsHeHeads() {
    AttributionSso attribution =
        attribuer(
                Map.of(
                    "FrEduFonctAdm", "DIR",
                    "FrEduRne", List.of("0350001A$UAJ$PU$N$T3$LP$320"),
                    "FrEduRneResp", List.of("0350002B$UAJ$PU$N$T3$LP$320")))
            .orElseThrow();

    assertThat(attribution.role()).isEqualTo("perdir");
    assertThat(attribution.fonction()).isEqualTo("Chef(fe) d'établissement");
    assertThat(attribution.region()).isEqualTo(OrigineRegion.ETABLISSEMENT);
    assertThat(attribution.uais()).extracting(Uai::code).containsExactly("0350001A", "0350002B");
  }

  @Test
  void mapsADelegateOfAHeadOfEtablissementWithTheDelegatedEtablissements() {
    AttributionSso attribution =
        attribuer(
                Map.of(
                    "FrEduResDel",
                    List.of(
                        "orion|ressource|01/09/2025|31/08/2026|chef|FrEduRneResp=0350003C$UAJ$PU$N$T3$LP$320|srv|DIR")))
            .orElseThrow();

    assertThat(attribution.role()).isEqualTo("perdir");
    assertThat(attribution.uais()).extracting(Uai::code).containsExactly("0350003C");
  }

  @Test
  void aGroupComesBeforeAnyOtherRule() {
    AttributionSso attribution =
        attribuer(
                Map.of(
                    "ctgrps",
                    List.of("GRP_ORIONIJ_DRAIO"),
                    "title",
                    "INS",
                    "FrEduFonctAdm",
                    "DIR",
                    "FrEduRne",
                    List.of("0350001A$UAJ")))
            .orElseThrow();

    assertThat(attribution.role()).isEqualTo("expert_region");
    assertThat(attribution.fonction()).isEqualTo("DRAIO");
  }

  @Test
  void theFirstRuleOfTheListWinsBetweenTwoGroups() {
    AttributionSso attribution =
        attribuer(Map.of("ctgrps", List.of("GRP_ORIONIJ_IGESR", "GRP_ORIONIJ_DRAFPIC")))
            .orElseThrow();

    assertThat(attribution.role()).isEqualTo("pilote_region");
  }

  @Test
  void givesNothingToAUserNoRuleConcerns() {
    assertThat(attribuer(Map.of("ctgrps", List.of("GRP_AUTRE_APPLI"), "title", "ENS"))).isEmpty();
    assertThat(attribuer(Map.of())).isEmpty();
  }

  @Test
  void readsNoAcademieFromTheHubsEmptyCode() {
    AttributionSso attribution =
        attribuer(Map.of("ctgrps", List.of("GRP_ORIONIJ_DRAFPIC"), "codaca", "000")).orElseThrow();

    assertThat(attribution.codeAcademie()).isNull();
  }

  @Test
  void aDeploymentMayDeclareItsOwnRules() {
    CorrespondanceSso propre =
        new CorrespondanceSso(
            List.of(
                new RegleSso("groups", "orion-admins", null, "admin", null, OrigineRegion.AUCUNE),
                new RegleSso("department", null, null, "invite", "Invité", OrigineRegion.ACADEMIE)),
            "academie");

    assertThat(propre.attribuer(new AttributsSso(Map.of("groups", "orion-admins")), AUJOURDHUI))
        .map(AttributionSso::role)
        .contains("admin");
    AttributionSso invite =
        propre
            .attribuer(new AttributsSso(Map.of("department", "x", "academie", "25")), AUJOURDHUI)
            .orElseThrow();
    assertThat(invite.role()).isEqualTo("invite");
    assertThat(invite.codeAcademie()).isEqualTo(new CodeAcademie("25"));
  }

  /** The mapping {@code application.yml} declares, bound as the application binds it. */
  private static CorrespondanceSso correspondanceParDefaut() {
    try {
      List<PropertySource<?>> sources =
          new YamlPropertySourceLoader()
              .load("application.yml", new ClassPathResource("application.yml"));
      Binder binder = new Binder(ConfigurationPropertySources.from(sources));
      return binder.bindOrCreate("orion.sso", SsoProperties.class).correspondance();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
