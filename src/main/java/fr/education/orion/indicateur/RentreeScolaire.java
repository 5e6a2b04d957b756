package fr.education.orion.indicateur;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Pattern;

/**
 * A rentrée scolaire, named by the year it starts in: {@code 2024} is the school year 2024–2025.
 * Its code ({@code "2024"}) is how tables, files, URLs and JSON write it.
 */
public record RentreeScolaire(int annee) implements Comparable<RentreeScolaire> {

  private static final Pattern CODE = Pattern.compile("\\d{4}");

  public RentreeScolaire {
    if (annee < 1000 || annee > 9999) {
      throw new IllegalArgumentException("Une rentrée scolaire est une année de 4 chiffres");
    }
  }

  /** {@code code} is a rentrée: a year of 4 digits. */
  public static boolean estValide(String code) {
    return CODE.matcher(code).matches();
  }

  /** The rentrée of a code such as {@code 2024}; {@link IllegalArgumentException} otherwise. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static RentreeScolaire of(String code) {
    if (!estValide(code)) {
      throw new IllegalArgumentException("« " + code + " » n'est pas une rentrée scolaire");
    }
    return new RentreeScolaire(Integer.parseInt(code));
  }

  /** The school year under way on {@code jour}: from 1 September, the one that began then. */
  public static RentreeScolaire enCours(LocalDate jour) {
    return new RentreeScolaire(
        jour.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? jour.getYear() : jour.getYear() - 1);
  }

  public RentreeScolaire precedente() {
    return new RentreeScolaire(annee - 1);
  }

  public RentreeScolaire suivante() {
    return new RentreeScolaire(annee + 1);
  }

  /**
   * The millésime of the leavers a rentrée's decisions are informed by, the newest one published
   * before it: the leavers of RS − 2 and RS − 1, so 2024 → {@code 2022_2023}.
   */
  public Millesime millesime() {
    return new Millesime(annee - 2);
  }

  /** 1 September: a formation is taught at the rentrée when it is open on that day. */
  public LocalDate premierSeptembre() {
    return LocalDate.of(annee, Month.SEPTEMBER, 1);
  }

  @JsonValue
  public String code() {
    return String.valueOf(annee);
  }

  @Override
  public String toString() {
    return code();
  }

  @Override
  public int compareTo(RentreeScolaire autre) {
    return Integer.compare(annee, autre.annee);
  }
}
