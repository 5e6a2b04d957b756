package fr.education.orion.compte.gestion;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;

/**
 * The password policy, stated to users as {@link #ENONCE}: length matters more than character
 * classes (ANSSI and NIST guidance), so a passphrase is welcome and no mix of classes is asked for.
 * A password is refused when it takes up the user's e-mail or names, or when it is easy to guess:
 * nbvcxz estimates how many guesses it takes, against its lists of the 100,000 most common leaked
 * passwords, English words, first names and surnames, and keyboard rows (qwerty and azerty alike
 * are in the leaked lists), sequences, repetitions and dates. The upper bound comes from BCrypt,
 * which reads 72 bytes at most.
 */
public final class PolitiqueMotDePasse {

  static final int LONGUEUR_MINIMALE = 12;
  static final int OCTETS_MAXIMUM = 72;

  /**
   * Bits of entropy nbvcxz must find, its own default: about 3.4 × 10¹⁰ guesses, out of reach of an
   * online attack and costly offline against BCrypt at cost 12.
   */
  static final double ENTROPIE_MINIMALE = 35;

  public static final String ENONCE =
      "Au moins 12 caractères (une phrase de passe de quelques mots sans rapport entre eux convient"
          + " très bien), 72 octets au plus (une lettre accentuée en compte 2), sans reprendre votre"
          + " adresse e-mail, votre prénom ou votre nom, et ni un mot de passe courant ou déjà"
          + " divulgué, ni une suite facile à deviner (123456…, azerty…, une date).";

  /** The part of a name or e-mail shorter than this is not looked for in the password. */
  private static final int LONGUEUR_MINIMALE_RECHERCHEE = 4;

  private static final String DICTIONNAIRE_PERSONNEL = "personnel";
  private static final String DICTIONNAIRE_MOTS_DE_PASSE = "passwords";

  private PolitiqueMotDePasse() {}

  /**
   * Why {@code motDePasse} is refused for the account of this e-mail, first name and name, empty
   * when it is accepted.
   */
  static Optional<String> refus(String motDePasse, String email, String prenom, String nom) {
    if (motDePasse.codePointCount(0, motDePasse.length()) < LONGUEUR_MINIMALE) {
      return Optional.of("Le mot de passe doit compter au moins 12 caractères.");
    }
    if (motDePasse.getBytes(StandardCharsets.UTF_8).length > OCTETS_MAXIMUM) {
      return Optional.of(
          "Le mot de passe est trop long : 72 octets au plus (une lettre accentuée en compte 2).");
    }
    if (motDePasse.codePoints().distinct().count() == 1) {
      return Optional.of("Le mot de passe ne doit pas répéter un seul caractère.");
    }
    String simplifie = simplifier(motDePasse);
    String identifiant = simplifier(email).split("@")[0];
    if (identifiant.length() >= LONGUEUR_MINIMALE_RECHERCHEE && simplifie.contains(identifiant)) {
      return Optional.of("Le mot de passe ne doit pas reprendre votre adresse e-mail.");
    }
    List<String> personnel = motsPersonnels(email, prenom, nom);
    if (personnel.stream().anyMatch(simplifie::contains)) {
      return Optional.of(
          "Le mot de passe ne doit pas reprendre votre prénom, votre nom ou votre adresse e-mail.");
    }
    return faiblesse(motDePasse, personnel);
  }

  /** Why nbvcxz finds the password too easy to guess, said in French; empty when it is not. */
  private static Optional<String> faiblesse(String motDePasse, List<String> personnel) {
    Result estimation = new Nbvcxz(configuration(personnel)).estimate(motDePasse);
    if (estimation.isMinimumEntropyMet()) {
      return Optional.empty();
    }
    return Optional.of(
        "Ce mot de passe est trop facile à deviner : "
            + raison(estimation)
            + ". Choisissez plutôt une phrase de passe de quelques mots sans rapport entre eux.");
  }

  /** The main weakness nbvcxz found, from the matches it used and its feedback's warning key. */
  private static String raison(Result estimation) {
    List<String> dictionnaires =
        estimation.getMatches().stream()
            .filter(DictionaryMatch.class::isInstance)
            .map(match -> ((DictionaryMatch) match).getDictionaryName())
            .toList();
    if (dictionnaires.contains(DICTIONNAIRE_PERSONNEL)) {
      return "il reprend votre nom, votre prénom, votre adresse e-mail ou le nom d'Orion";
    }
    if (dictionnaires.contains(DICTIONNAIRE_MOTS_DE_PASSE)) {
      return "il repose sur un mot de passe parmi les plus courants, ou déjà divulgué lors d'une"
          + " fuite de données";
    }
    String avertissement = String.valueOf(estimation.getFeedback().getWarningKey());
    if (avertissement.startsWith("feedback.spatial")) {
      return "il suit une rangée ou un motif du clavier";
    }
    if (avertissement.startsWith("feedback.repeat")) {
      return "il répète des caractères ou des mots";
    }
    if (avertissement.startsWith("feedback.sequence")) {
      return "il suit une séquence comme abcd ou 6543";
    }
    if (avertissement.startsWith("feedback.year") || avertissement.startsWith("feedback.date")) {
      return "il repose sur une date ou une année";
    }
    if (!dictionnaires.isEmpty()) {
      return "il repose sur des mots, des prénoms ou des noms très répandus";
    }
    return "il est trop court ou trop prévisible";
  }

  /**
   * The common lists of nbvcxz, loaded once (about half a second), plus the user's own words as an
   * exclusion list, which is small, so a configuration per estimate costs little.
   */
  private static me.gosimple.nbvcxz.resources.Configuration configuration(List<String> personnel) {
    List<Dictionary> dictionnaires = new ArrayList<>(Listes.COMMUNES);
    DictionaryBuilder propres =
        new DictionaryBuilder().setDictionaryName(DICTIONNAIRE_PERSONNEL).setExclusion(true);
    Stream.concat(personnel.stream(), Stream.of("orion"))
        .distinct()
        .forEach(mot -> propres.addWord(mot, 0));
    dictionnaires.add(propres.createDictionary());
    return new ConfigurationBuilder()
        .setDictionaries(dictionnaires)
        .setMinimumEntropy(ENTROPIE_MINIMALE)
        .setLocale(Locale.FRENCH)
        .createConfiguration();
  }

  /** The e-mail's local part, its pieces, the first name and the name, and their pieces. */
  private static List<String> motsPersonnels(String email, String prenom, String nom) {
    String identifiant = simplifier(email).split("@")[0];
    return Stream.of(identifiant, simplifier(prenom), simplifier(nom))
        .flatMap(mot -> Stream.concat(Stream.of(mot), Arrays.stream(mot.split("[^\\p{L}\\d]+"))))
        .filter(mot -> mot.length() >= LONGUEUR_MINIMALE_RECHERCHEE)
        .distinct()
        .toList();
  }

  /** Lower case without accents, so that « Hélène » is found in « helene2025 ». */
  private static String simplifier(String texte) {
    return Normalizer.normalize(texte, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT);
  }

  /** Holder of the lists, loaded at the first estimate rather than when the class is. */
  private static final class Listes {
    static final List<Dictionary> COMMUNES =
        List.copyOf(ConfigurationBuilder.getDefaultDictionaries());
  }
}
