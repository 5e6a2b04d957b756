package fr.education.orion.compte;

import static fr.education.orion.schema.Tables.JOURNAL_COMPTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.education.orion.OrionIT;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Uai;
import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Creating, finding and updating accounts through the public API of the module. */
@OrionIT
public class ComptesIT {

  @Autowired Comptes comptes;
  @Autowired DSLContext dsl;

  @Test
  void anAccountIsCreatedWithItsEmailLowerCasedAndFoundWhateverTheCase() {
    Utilisateur cree =
        comptes.create(
            new FicheUtilisateur(
                " Camille.Durand@Example.FR ",
                "Camille",
                "Durand",
                Role.PILOTE_REGION,
                "DRAFPIC",
                new CodeRegion("84"),
                List.of(),
                true));

    assertThat(cree.email()).isEqualTo("camille.durand@example.fr");
    assertThat(cree.motDePasseDefini()).isFalse();
    assertThat(comptes.parEmail("CAMILLE.DURAND@example.fr")).contains(cree);
    assertThat(journal(cree.id())).contains("creation");
  }

  @Test
  void aDuplicateEmailIsRefused() {
    comptes.create(fiche("doublon@example.fr", Role.PILOTE, null, List.of()));

    assertThatThrownBy(
            () -> comptes.create(fiche("DOUBLON@example.fr", Role.PILOTE, null, List.of())))
        .isInstanceOf(CompteInvalideException.class)
        .hasMessage("Un compte existe déjà avec l'adresse doublon@example.fr.");
  }

  @Test
  void eachRoleGetsWhatItsScopeNeeds() {
    assertThatThrownBy(
            () ->
                comptes.create(
                    fiche("sans-region@example.fr", Role.EXPERT_REGION, null, List.of())))
        .hasMessage("Le rôle Expert RA demande une région.");
    assertThatThrownBy(
            () -> comptes.create(fiche("sans-uai@example.fr", Role.PERDIR, null, List.of())))
        .hasMessage("Le rôle Perdir demande au moins un établissement (UAI).");
    assertThatThrownBy(
            () -> comptes.create(fiche("national@example.fr", Role.PILOTE, "84", List.of())))
        .hasMessage("Le rôle Pilote National est national : il n'a pas de région.");
    assertThatThrownBy(
            () -> comptes.create(fiche("region-inconnue@example.fr", Role.REGION, "98", List.of())))
        .hasMessage("La région « 98 » n'existe pas.");
  }

  @Test
  void aPerdirKeepsItsUais() {
    Utilisateur perdir =
        comptes.create(
            fiche("perdir-uai@example.fr", Role.PERDIR, null, List.of("0693045k", "0010001W")));

    assertThat(comptes.parId(perdir.id()).orElseThrow().uais())
        .containsExactly(new Uai("0010001W"), new Uai("0693045K"));
  }

  @Test
  void aRoleChangeAndADisablingAreAuditedAsSuch() {
    Utilisateur cree =
        comptes.create(fiche("change@example.fr", Role.EXPERT_REGION, "84", List.of()));

    FicheUtilisateur fiche = cree.fiche();
    comptes.update(
        cree.id(),
        new FicheUtilisateur(
            fiche.email(),
            fiche.prenom(),
            fiche.nom(),
            Role.PILOTE_REGION,
            null,
            new CodeRegion("84"),
            List.of(),
            false));

    assertThat(comptes.parId(cree.id()).orElseThrow())
        .extracting(Utilisateur::role, Utilisateur::actif)
        .containsExactly(Role.PILOTE_REGION, false);
    assertThat(journal(cree.id()))
        .containsExactly("creation", "changement_role", "modification", "desactivation");
  }

  @Test
  void aSingleSignOnUserIsFoundBySubjectAndLosesLocalLogin() {
    Utilisateur cree = comptes.create(fiche("sso@example.fr", Role.PILOTE, null, List.of()));

    comptes.lierSso(cree.id(), "sujet-oidc-1");

    Utilisateur lie = comptes.parSub("sujet-oidc-1").orElseThrow();
    assertThat(lie.id()).isEqualTo(cree.id());
    assertThat(lie.motDePasseDefini()).isFalse();
    assertThat(lie.activeLe()).isNotNull();
  }

  private List<String> journal(long id) {
    return dsl.select(JOURNAL_COMPTE.EVENEMENT)
        .from(JOURNAL_COMPTE)
        .where(JOURNAL_COMPTE.UTILISATEUR_ID.eq(id))
        .orderBy(JOURNAL_COMPTE.ID)
        .fetch(JOURNAL_COMPTE.EVENEMENT);
  }

  /** An account of this role, its région and UAIs given as a form would send them. */
  public static FicheUtilisateur fiche(
      String email, Role role, @Nullable String codeRegion, List<String> uais) {
    return new FicheUtilisateur(
        email,
        "Prénom",
        "Nom",
        role,
        null,
        codeRegion == null ? null : CodeRegion.of(codeRegion),
        uais.stream().map(Uai::of).toList(),
        true);
  }
}
