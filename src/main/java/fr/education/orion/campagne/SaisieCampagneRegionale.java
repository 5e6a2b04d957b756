package fr.education.orion.campagne;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A regional campaign as an administrator enters it (the year and région come from the URL). */
public record SaisieCampagneRegionale(
    @Nullable StatutCampagne statut,
    @Nullable LocalDate dateDebut,
    @Nullable LocalDate dateFin,
    @Nullable LocalDate dateVote,
    boolean saisiePerdir) {}
