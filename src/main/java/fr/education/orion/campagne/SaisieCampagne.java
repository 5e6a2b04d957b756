package fr.education.orion.campagne;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A national campaign as an administrator enters it; a missing value is an error beside its field,
 * not a failed read.
 */
public record SaisieCampagne(
    @Nullable StatutCampagne statut, @Nullable LocalDate dateDebut, @Nullable LocalDate dateFin) {}
