package fr.education.orion.panorama;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One imported file a page's figures come from.
 *
 * @param libelle the source, as a page names it
 * @param rentree the rentrée of the file, when it holds one rentrée
 * @param importe when the import ended
 */
public record SourceDesChiffres(
    String libelle, @Nullable String rentree, String fichier, @Nullable OffsetDateTime importe) {}
