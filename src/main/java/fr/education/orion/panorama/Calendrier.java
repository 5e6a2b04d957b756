package fr.education.orion.panorama;

import static fr.education.orion.schema.Tables.CONSTAT_RENTREE;
import static fr.education.orion.schema.Tables.INSERJEUNES_FORMATION_REGION;
import static fr.education.orion.schema.Tables.OFFRE;

import fr.education.orion.indicateur.Indicateurs;
import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.SelonImports;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The rentrées and millésimes the data hold. Years are data: the current rentrée is the newest one
 * with headcounts (constat de rentrée), the current millésime the newest one of the InserJeunes
 * counts; nothing here is hard-coded.
 */
@Component
public class Calendrier {

  private static final Pattern RENTREE = Pattern.compile("\\d{4}");
  private static final Pattern MILLESIME = Pattern.compile("(\\d{4})_(\\d{4})");

  /** What the data hold, read again after each import. */
  private record Annees(List<String> rentrees, List<String> millesimes, String rentreeCourante) {}

  private final DSLContext dsl;
  private final SelonImports<Boolean, Annees> annees;

  Calendrier(DSLContext dsl, ImportRuns imports) {
    this.dsl = dsl;
    this.annees =
        new SelonImports<>(
            imports,
            sansCle -> {
              List<String> rentrees = lireRentrees();
              return new Annees(rentrees, lireMillesimes(), lireRentreeCourante(rentrees));
            });
  }

  /**
   * The rentrées with offers of the voie scolaire (headcounts, capacities or wishes), newest first.
   */
  public List<String> rentrees() {
    return annees.get(true).rentrees();
  }

  /** The millésimes of the regional InserJeunes counts, newest first. */
  public List<String> millesimes() {
    return annees.get(true).millesimes();
  }

  /**
   * The newest rentrée with headcounts; without any constat, the newest rentrée with offers; on an
   * empty database, the school year under way.
   */
  public String rentreeCourante() {
    return annees.get(true).rentreeCourante();
  }

  private List<String> lireRentrees() {
    return dsl.selectDistinct(OFFRE.RENTREE_SCOLAIRE)
        .from(OFFRE)
        .where(OFFRE.VOIE.eq(Indicateurs.VOIE_SCOLAIRE))
        .orderBy(OFFRE.RENTREE_SCOLAIRE.desc())
        .fetch(OFFRE.RENTREE_SCOLAIRE);
  }

  private List<String> lireMillesimes() {
    return dsl.selectDistinct(INSERJEUNES_FORMATION_REGION.MILLESIME)
        .from(INSERJEUNES_FORMATION_REGION)
        .orderBy(INSERJEUNES_FORMATION_REGION.MILLESIME.desc())
        .fetch(INSERJEUNES_FORMATION_REGION.MILLESIME);
  }

  private String lireRentreeCourante(List<String> rentrees) {
    String constat =
        dsl.select(DSL.max(CONSTAT_RENTREE.RENTREE_SCOLAIRE))
            .from(CONSTAT_RENTREE)
            .fetchOne(0, String.class);
    if (constat != null) {
      return constat;
    }
    if (!rentrees.isEmpty()) {
      return rentrees.get(0);
    }
    LocalDate today = LocalDate.now();
    return String.valueOf(today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1);
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
    return String.valueOf(Integer.parseInt(rentree) - 1);
  }

  /** The millésime before {@code 2021_2022}: {@code 2020_2021}. */
  public static String millesimePrecedent(String millesime) {
    int debut = Integer.parseInt(millesime.substring(0, 4));
    return (debut - 1) + "_" + debut;
  }

  /** The leavers a rentrée's decisions are informed by: RS − 2 and RS − 1 (reference-data §3.1). */
  static String millesimeDeRentree(String rentree) {
    int annee = Integer.parseInt(rentree);
    return (annee - 2) + "_" + (annee - 1);
  }
}
