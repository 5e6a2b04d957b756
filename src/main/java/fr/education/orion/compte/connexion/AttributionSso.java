package fr.education.orion.compte.connexion;

import fr.education.orion.referentiel.CodeAcademie;
import fr.education.orion.referentiel.Uai;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the SSO mapping gives a user, before the référentiel is asked which académie and which
 * établissements it knows.
 *
 * @param role code of the Orion role
 * @param fonction the rule's fonction
 * @param region where the région comes from
 * @param codeAcademie the académie the hub names, when it names one with a well-formed code
 * @param uais the établissements the user heads or is delegated, for {@link
 *     OrigineRegion#ETABLISSEMENT} rules; empty otherwise
 */
record AttributionSso(
    String role,
    @Nullable String fonction,
    OrigineRegion region,
    @Nullable CodeAcademie codeAcademie,
    List<Uai> uais) {}
