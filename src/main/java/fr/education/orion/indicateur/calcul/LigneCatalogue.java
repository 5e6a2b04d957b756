package fr.education.orion.indicateur.calcul;

import fr.education.orion.indicateur.RentreeScolaire;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One line of the catalogue des formations en apprentissage, and Orion's rules to turn it into
 * apprenticeship offers: where, which rentrées, which dispositif.
 *
 * @param tags the rentrées the CFA announces, comma-separated ({@code 2023,2024,2025})
 * @param codesMef BCN MEF codes of the formation, comma-separated, if the CFA gave them
 * @param duree the duration collected, in years ({@code 2}), if any
 */
record LigneCatalogue(
    int ligne,
    @Nullable String uaiLieu,
    @Nullable String uaiFormateur,
    @Nullable String uaiResponsable,
    String cfd,
    @Nullable String tags,
    @Nullable String codesMef,
    @Nullable String duree) {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d+)");

  /**
   * The dispositif of an apprenticeship formation without MEF code, from the niveau (first three
   * characters of the CFD) and the duration in years; {@code 0} stands for any duration.
   */
  private static final Map<String, Map<Integer, String>> DISPOSITIF_BY_NIVEAU_AND_DUREE =
      Map.ofEntries(
          Map.entry("320", Map.of(1, "310", 2, "311", 3, "312")),
          Map.entry("323", Map.of(1, "370")),
          Map.entry("363", Map.of(0, "372")),
          Map.entry("400", Map.of(1, "247", 2, "247", 3, "247")),
          Map.entry("401", Map.of(3, "252")),
          Map.entry("403", Map.of(2, "273")),
          Map.entry("450", Map.of(1, "890", 2, "890", 3, "890")),
          Map.entry("453", Map.of(1, "275", 2, "281")),
          Map.entry("460", Map.of(1, "390", 2, "291", 3, "292")),
          Map.entry("461", Map.of(0, "258")),
          Map.entry("463", Map.of(0, "278")),
          Map.entry("500", Map.of(1, "240", 2, "241", 3, "242")),
          Map.entry("503", Map.of(1, "270")),
          Map.entry("553", Map.of(1, "277", 2, "282")),
          Map.entry("560", Map.of(0, "293")),
          Map.entry("561", Map.of(0, "257")),
          Map.entry("563", Map.of(0, "279")));

  /** Where the apprentices are taught: the lieu, else the formateur, else the responsable. */
  @Nullable String uai() {
    if (uaiLieu != null) {
      return uaiLieu;
    }
    return uaiFormateur != null ? uaiFormateur : uaiResponsable;
  }

  /**
   * The rentrées of the offer: every tagged year Y and the year before (as Orion reads the tags),
   * up to the current rentrée, while the formation is open on 1 September of that year (opened by
   * then, not closed before). A formation without opening date has none.
   */
  SortedSet<Integer> rentrees(
      @Nullable LocalDate ouverture, @Nullable LocalDate fermeture, int rentreeCourante) {
    SortedSet<Integer> rentrees = new TreeSet<>();
    if (tags == null || ouverture == null) {
      return rentrees;
    }
    for (String tag : tags.split(",")) {
      String year = tag.trim();
      if (!YEAR.matcher(year).matches()) {
        continue;
      }
      for (int rentree : List.of(Integer.parseInt(year), Integer.parseInt(year) - 1)) {
        LocalDate premierSeptembre = new RentreeScolaire(rentree).premierSeptembre();
        boolean open =
            !premierSeptembre.isBefore(ouverture)
                && (fermeture == null || !premierSeptembre.isAfter(fermeture));
        if (rentree <= rentreeCourante && open) {
          rentrees.add(rentree);
        }
      }
    }
    return rentrees;
  }

  /** The MEF codes given, in upper case, without blanks. */
  List<String> mefs() {
    if (codesMef == null) {
      return List.of();
    }
    return Arrays.stream(codesMef.split(","))
        .map(code -> code.trim().toUpperCase(Locale.ROOT))
        .filter(code -> !code.isEmpty())
        .toList();
  }

  /** The duration in years, read as its leading number ({@code 2}, {@code 2 ans}). */
  Optional<Integer> dureeAnnees() {
    if (duree == null) {
      return Optional.empty();
    }
    Matcher number = LEADING_NUMBER.matcher(duree);
    return number.find() ? Optional.of(Integer.valueOf(number.group(1))) : Optional.empty();
  }

  /** The dispositif deduced from the niveau of the CFD and the duration, when a rule gives one. */
  Optional<String> dispositifDeduit() {
    Map<Integer, String> byDuree = DISPOSITIF_BY_NIVEAU_AND_DUREE.get(cfd.substring(0, 3));
    if (byDuree == null) {
      return Optional.empty();
    }
    if (byDuree.containsKey(0)) {
      return Optional.of(byDuree.get(0));
    }
    return dureeAnnees().map(byDuree::get);
  }
}
