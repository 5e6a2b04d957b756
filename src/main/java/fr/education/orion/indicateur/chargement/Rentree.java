package fr.education.orion.indicateur.chargement;

import fr.education.orion.indicateur.RentreeScolaire;
import fr.education.orion.ingestion.ImportRefusedException;
import fr.education.orion.ingestion.SourceRows;

/** The rentrée scolaire of a file of entry data: its year, from its name or {@code --annee}. */
final class Rentree {

  private Rentree() {}

  static String ofFile(SourceRows rows) {
    if (rows.annee() != null && RentreeScolaire.estValide(rows.annee())) {
      return rows.annee();
    }
    throw ImportRefusedException.of(
        rows.fichier(),
        "rentrée inconnue : le nom du fichier doit contenir l'année (ex. _2021.csv) ou précisez --annee AAAA");
  }
}
