package fr.education.orion.campagne;

/**
 * A reason a demande gives (or a refusal gives), as a campaign year offers it. A motif that {@code
 * declenchePrecision} needs a free text beside it (« autre », a partnership to describe).
 */
public record Motif(
    CategorieMotif categorie, String code, String libelle, boolean declenchePrecision) {}
