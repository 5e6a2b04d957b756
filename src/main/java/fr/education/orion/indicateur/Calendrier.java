package fr.education.orion.indicateur;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The rentrées and millésimes the data hold, and those a page opens on. Years are data: the current
 * rentrée is the newest one with headcounts (constat de rentrée), not the newest one present (which
 * may have only capacities and wishes), the current millésime the newest one with InserJeunes
 * counts; what each year holds is {@link Disponibilites}'s answer.
 */
@Component
public class Calendrier {

  private final Disponibilites disponibilites;

  Calendrier(Disponibilites disponibilites) {
    this.disponibilites = disponibilites;
  }

  /**
   * The rentrées with offers of the voie scolaire (headcounts, capacities or wishes), newest first.
   */
  public List<String> rentrees() {
    return disponibilites.rentrees().stream().map(Disponibilites.Rentree::annee).toList();
  }

  /** The millésimes of the regional InserJeunes counts, newest first. */
  public List<String> millesimes() {
    return disponibilites.millesimes();
  }

  /**
   * The newest rentrée with headcounts; without any constat, the newest rentrée with offers; on an
   * empty database, the school year under way.
   */
  public String rentreeCourante() {
    return disponibilites
        .derniereRentreeAvecEffectifs()
        .or(() -> rentrees().stream().findFirst())
        .orElseGet(() -> RentreeScolaire.enCours(LocalDate.now()).code());
  }

  /**
   * The newest millésime of the InserJeunes counts; without any, the one of the current rentrée.
   */
  public String millesimeCourant() {
    List<String> millesimes = millesimes();
    return millesimes.isEmpty()
        ? RentreeScolaire.of(rentreeCourante()).millesime().code()
        : millesimes.get(0);
  }
}
