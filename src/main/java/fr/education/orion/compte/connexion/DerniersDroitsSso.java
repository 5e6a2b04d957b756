package fr.education.orion.compte.connexion;

import static fr.education.orion.schema.Tables.DROITS_SSO;

import fr.education.orion.compte.connexion.DroitsSso.Accordes;
import fr.education.orion.referentiel.CodeRegion;
import fr.education.orion.referentiel.Uai;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/** The rights the last SSO login of each account gave (table {@code droits_sso}). */
@Component
class DerniersDroitsSso {

  private final DSLContext dsl;

  DerniersDroitsSso(DSLContext dsl) {
    this.dsl = dsl;
  }

  Optional<Accordes> de(long utilisateurId) {
    return dsl.selectFrom(DROITS_SSO)
        .where(DROITS_SSO.UTILISATEUR_ID.eq(utilisateurId))
        .fetchOptional(
            r ->
                new Accordes(
                    r.getRole(),
                    r.getFonction(),
                    r.get(DROITS_SSO.CODE_REGION, CodeRegion.CONVERTER),
                    r.getUais().isEmpty()
                        ? List.of()
                        : Arrays.stream(r.getUais().split(" ")).map(Uai::new).toList()));
  }

  void retenir(long utilisateurId, Accordes droits) {
    String uais = String.join(" ", droits.tries().uais().stream().map(Uai::code).toList());
    dsl.insertInto(DROITS_SSO)
        .set(DROITS_SSO.UTILISATEUR_ID, utilisateurId)
        .set(DROITS_SSO.ROLE, droits.role())
        .set(DROITS_SSO.FONCTION, droits.fonction())
        .set(DROITS_SSO.CODE_REGION, CodeRegion.CONVERTER.to(droits.codeRegion()))
        .set(DROITS_SSO.UAIS, uais)
        .set(DROITS_SSO.LE, OffsetDateTime.now())
        .onConflict(DROITS_SSO.UTILISATEUR_ID)
        .doUpdate()
        .set(DROITS_SSO.ROLE, droits.role())
        .set(DROITS_SSO.FONCTION, droits.fonction())
        .set(DROITS_SSO.CODE_REGION, CodeRegion.CONVERTER.to(droits.codeRegion()))
        .set(DROITS_SSO.UAIS, uais)
        .set(DROITS_SSO.LE, OffsetDateTime.now())
        .execute();
  }
}
