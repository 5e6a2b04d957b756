package fr.education.orion.panorama;

import fr.education.orion.indicateur.Disponibilites;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The rentrées and millésimes the data hold, and those a page opens on. Years are data: the current
 * rentrée is the newest one with headcounts (constat de rentrée), not the newest one present (which
 * may have only capacities and wishes), the current millésime the newest one with InserJeunes
 * counts; what each year holds is {@link Disponibilites}'s answer.
 */
@Component
public class Calendrier {

  private static final Pattern RENTREE = Pattern.compile("\\d{4}");
  private static final Pattern MILLESIME = Pattern.compile("(\\d{4})_(\\d{4})");

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
        .orElseGet(
            () -> {
              LocalDate today = LocalDate.now();
              return String.valueOf(
                  today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1);
            });
  }

  /**
   * The newest millésime of the InserJeunes counts; without any, the one of the current rentrée.
   */
  public String millesimeCourant() {
    List<String> millesimes = millesimes();
    return millesimes.isEmpty() ? millesimeDeRentree(rentreeCourante()) : millesimes.get(0);
  }

  static boolean estRentree(String value) {
    return RENTREE.matcher(value).matches();
  }

  static boolean estMillesime(String value) {
    var matcher = MILLESIME.matcher(value);
    return matcher.matches()
        && Integer.parseInt(matcher.group(2)) == Integer.parseInt(matcher.group(1)) + 1;
  }

  public static String rentreePrecedente(String rentree) {
    return Disponibilites.rentreePrecedente(rentree);
  }

  /** The millésime before {@code 2021_2022}: {@code 2020_2021}. */
  public static String millesimePrecedent(String millesime) {
    return Disponibilites.millesimePrecedent(millesime);
  }

  /** The leavers a rentrée's decisions are informed by: RS − 2 and RS − 1 (reference-data §3.1). */
  static String millesimeDeRentree(String rentree) {
    int annee = Integer.parseInt(rentree);
    return (annee - 2) + "_" + (annee - 1);
  }
}
