package fr.education.orion.compte.connexion;

import fr.education.orion.referentiel.Uai;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The UAIs of the établissements a user heads or is delegated, read from the ministry hub's
 * attributes, in the order it sends them and without duplicates.
 *
 * <ul>
 *   <li>A head of établissement ({@code FrEduFonctAdm = DIR}) heads the établissements of {@code
 *       FrEduRne} and {@code FrEduRneResp}: values such as {@code 0750001A$UAJ$PU$N$T3$LP$320},
 *       whose UAI is the part before the first {@code $}.
 *   <li>Anyone may hold delegations ({@code FrEduResDel}): {@code
 *       appli|ressource|début|fin|délégant|FrEduRneResp=UAI$…;UAI$…|serveur|fonction}, dates as
 *       {@code dd/MM/yyyy}. Only a delegation in force today counts, its first and last days
 *       included; the hub keeps old delegations in the list.
 * </ul>
 */
final class EtablissementsDiriges {

  static final String FONCTION_ADMINISTRATIVE = "FrEduFonctAdm";
  static final String DIRECTEUR = "DIR";
  static final String ETABLISSEMENTS = "FrEduRne";
  static final String ETABLISSEMENTS_RESPONSABLE = "FrEduRneResp";
  static final String DELEGATIONS = "FrEduResDel";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final String PREFIXE_DELEGATION = "FrEduRneResp=";

  private EtablissementsDiriges() {}

  /**
   * The établissements a head of établissement heads or is delegated; a malformed value names no
   * établissement Orion knows, and is left out as an unknown one would be.
   */
  static List<Uai> uais(AttributsSso attributs, LocalDate aujourdhui) {
    Set<String> uais = new LinkedHashSet<>();
    if (attributs.valeurs(FONCTION_ADMINISTRATIVE).contains(DIRECTEUR)) {
      attributs.valeurs(ETABLISSEMENTS).forEach(valeur -> uais.add(uai(valeur)));
      attributs.valeurs(ETABLISSEMENTS_RESPONSABLE).forEach(valeur -> uais.add(uai(valeur)));
    }
    for (String delegation : attributs.valeurs(DELEGATIONS)) {
      uais.addAll(uaisDelegues(delegation, aujourdhui));
    }
    return uais.stream().flatMap(uai -> Uai.parse(uai).stream()).toList();
  }

  private static List<String> uaisDelegues(String delegation, LocalDate aujourdhui) {
    String[] champs = delegation.split("\\|", -1);
    if (champs.length < 6 || !enVigueur(champs[2], champs[3], aujourdhui)) {
      return List.of();
    }
    String etablissements = champs[5].trim();
    if (etablissements.startsWith(PREFIXE_DELEGATION)) {
      etablissements = etablissements.substring(PREFIXE_DELEGATION.length());
    }
    List<String> uais = new ArrayList<>();
    for (String etablissement : etablissements.split(";")) {
      uais.add(uai(etablissement));
    }
    return uais;
  }

  private static boolean enVigueur(String debut, String fin, LocalDate aujourdhui) {
    Optional<LocalDate> du = date(debut);
    Optional<LocalDate> au = date(fin);
    return du.isPresent()
        && au.isPresent()
        && !aujourdhui.isBefore(du.get())
        && !aujourdhui.isAfter(au.get());
  }

  /** A malformed date makes the delegation not count: better no right than a wrong one. */
  private static Optional<LocalDate> date(String texte) {
    try {
      return Optional.of(LocalDate.parse(texte.trim(), DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static String uai(String valeur) {
    int dollar = valeur.indexOf('$');
    return (dollar < 0 ? valeur : valeur.substring(0, dollar)).trim().toUpperCase(Locale.ROOT);
  }
}
