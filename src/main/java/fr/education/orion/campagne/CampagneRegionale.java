package fr.education.orion.campagne;

import fr.education.orion.referentiel.CodeRegion;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A région's campaign inside the national campaign of the same year (since 2025): opened by the
 * région's Admin RA, with its own dates (within the national ones), the date the regional council
 * votes, and whether heads of establishment (perdir) may enter demandes.
 */
public record CampagneRegionale(
    AnneeCampagne annee,
    CodeRegion codeRegion,
    StatutCampagne statut,
    LocalDate dateDebut,
    LocalDate dateFin,
    @Nullable LocalDate dateVote,
    boolean saisiePerdir) {

  public CampagneRegionale {
    if (dateFin.isBefore(dateDebut)) {
      throw new IllegalArgumentException(
          "La date de fin précède la date de début : " + dateDebut + " – " + dateFin);
    }
  }

  public boolean enCours() {
    return statut == StatutCampagne.EN_COURS;
  }

  /** Is {@code jour} between the regional campaign's first and last day? */
  public boolean couvre(LocalDate jour) {
    return !jour.isBefore(dateDebut) && !jour.isAfter(dateFin);
  }
}
