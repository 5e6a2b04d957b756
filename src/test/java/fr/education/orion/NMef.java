package fr.education.orion;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The BCN table N_MEF read from the bundled file, independently of the importer: which formation,
 * dispositif and year of it a MEFSTAT11 of the constat, Affelnet or Parcoursup stands for.
 */
public final class NMef {

  private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /** A line of N_MEF. */
  public record Mef(
      String cfd,
      String dispositif,
      int annee,
      @Nullable LocalDate ouverture,
      @Nullable LocalDate fermeture) {

    boolean openAt(LocalDate date) {
      return (ouverture == null || !ouverture.isAfter(date))
          && (fermeture == null || fermeture.isAfter(date));
    }
  }

  private NMef() {}

  /**
   * MEFSTAT11 → the MEF open on 1 September of the rentrée, else the most recently opened one (a
   * MEFSTAT11 may stand for several MEFs over time).
   */
  public static Map<String, Mef> atRentree(int year) {
    LocalDate rentree = LocalDate.of(year, 9, 1);
    Map<String, List<Mef>> byMefstat = new HashMap<>();
    for (String[] r : RealFiles.rows("bcn/nMef.csv.gz", StandardCharsets.UTF_8)) {
      // MEF;DISPOSITIF_FORMATION;FORMATION_DIPLOME;DUREE;ANNEE;…;DATE_OUVERTURE(7);
      // DATE_FERMETURE(8);…;MEF_STAT_11(17)
      byMefstat
          .computeIfAbsent(r[17], k -> new ArrayList<>())
          .add(new Mef(r[2], r[1], Integer.parseInt(r[4]), date(r[7]), date(r[8])));
    }
    Map<String, Mef> chosen = new HashMap<>();
    byMefstat.forEach(
        (mefstat, mefs) ->
            chosen.put(
                mefstat,
                mefs.stream()
                    .sorted(
                        Comparator.comparing((Mef m) -> !m.openAt(rentree))
                            .thenComparing(
                                Mef::ouverture, Comparator.nullsLast(Comparator.reverseOrder())))
                    .findFirst()
                    .orElseThrow()));
    return chosen;
  }

  private static @Nullable LocalDate date(String value) {
    return value.isEmpty() ? null : LocalDate.parse(value, FRENCH);
  }
}
