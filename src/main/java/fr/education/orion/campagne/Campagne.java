package fr.education.orion.campagne;

import java.time.LocalDate;

/** The national campaign of one year: its statut and the dates it is open between (inclusive). */
public record Campagne(
    AnneeCampagne annee, StatutCampagne statut, LocalDate dateDebut, LocalDate dateFin) {

  public Campagne {
    if (dateFin.isBefore(dateDebut)) {
      throw new IllegalArgumentException(
          "La date de fin précède la date de début : " + dateDebut + " – " + dateFin);
    }
  }

  public boolean enCours() {
    return statut == StatutCampagne.EN_COURS;
  }

  /** Is {@code jour} between the campaign's first and last day? */
  public boolean couvre(LocalDate jour) {
    return !jour.isBefore(dateDebut) && !jour.isAfter(dateFin);
  }
}
