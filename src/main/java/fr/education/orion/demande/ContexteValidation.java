package fr.education.orion.demande;

import fr.education.orion.campagne.AnneeCampagne;
import fr.education.orion.campagne.CategorieMotif;
import fr.education.orion.campagne.TypeDemande;
import fr.education.orion.compte.Role;
import java.util.Map;
import java.util.Set;

/**
 * The facts a form is checked against, which the campagne module and the reference data provide:
 * the campaign year, the types and motifs it offers, and who writes.
 *
 * @param motifs the motif codes the year offers, per list
 * @param motifsAPreciser the codes whose choice requires a text (autre, partenariat)
 * @param fcil whether the formation typed is an FCIL, which names itself with a label
 */
public record ContexteValidation(
    AnneeCampagne annee,
    Set<TypeDemande> types,
    Map<CategorieMotif, Set<String>> motifs,
    Set<String> motifsAPreciser,
    boolean fcil,
    Role auteur) {}
