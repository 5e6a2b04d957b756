package fr.education.orion.indicateur;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An InserJeunes millésime: two cohorts of leavers, always cumulated, named by the two years their
 * school years end in. {@code 2021_2022} counts the pupils who left at the end of 2020–2021 and of
 * 2021–2022; its code ({@code "2021_2022"}) is how tables, files, the API and URLs write it.
 *
 * @param premiereAnnee the year the first cohort left in ({@code 2021} for {@code 2021_2022})
 */
public record Millesime(int premiereAnnee) implements Comparable<Millesime> {

  private static final Pattern CODE = Pattern.compile("(\\d{4})_(\\d{4})");

  public Millesime {
    if (premiereAnnee < 1000 || premiereAnnee > 9998) {
      throw new IllegalArgumentException("Un millésime commence par une année de 4 chiffres");
    }
  }

  /** {@code code} is a millésime: two years that follow each other, {@code AAAA_AAAA}. */
  public static boolean estValide(String code) {
    Matcher annees = CODE.matcher(code);
    return annees.matches()
        && Integer.parseInt(annees.group(2)) == Integer.parseInt(annees.group(1)) + 1;
  }

  /** The millésime of a code such as {@code 2021_2022}; {@link IllegalArgumentException} else. */
  public static Millesime of(String code) {
    if (!estValide(code)) {
      throw new IllegalArgumentException("« " + code + " » n'est pas un millésime AAAA_AAAA");
    }
    return new Millesime(Integer.parseInt(code.substring(0, 4)));
  }

  /** The year the second cohort left in ({@code 2022} for {@code 2021_2022}). */
  public int derniereAnnee() {
    return premiereAnnee + 1;
  }

  /** The millésime one year before, sharing one cohort: {@code 2021_2022} → {@code 2020_2021}. */
  public Millesime precedent() {
    return new Millesime(premiereAnnee - 1);
  }

  /** The millésime one year after: {@code 2021_2022} → {@code 2022_2023}. */
  public Millesime suivant() {
    return new Millesime(premiereAnnee + 1);
  }

  /** The years of its leavers, as a sentence says them: {@code 2021 et 2022}. */
  public String sortants() {
    return premiereAnnee + " et " + derniereAnnee();
  }

  public String code() {
    return premiereAnnee + "_" + derniereAnnee();
  }

  @Override
  public String toString() {
    return code();
  }

  @Override
  public int compareTo(Millesime autre) {
    return Integer.compare(premiereAnnee, autre.premiereAnnee);
  }
}
