package fr.education.orion.panorama.web;

import fr.education.orion.glossaire.Terme;
import org.jspecify.annotations.Nullable;

/**
 * A key figure as the page shows it, already formatted in French.
 *
 * @param terme the glossary entry its label links to, null for a plain count
 * @param valeur the figure, or "—" when missing
 * @param evolution the change against the previous rentrée or millésime ("+12", "−3 points"), null
 *     when either figure is missing
 * @param note what the figure covers, or why it is missing
 */
public record ChiffreCle(
    String libelle,
    @Nullable Terme terme,
    String valeur,
    @Nullable String evolution,
    @Nullable String note) {}
