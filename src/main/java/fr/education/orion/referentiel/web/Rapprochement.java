package fr.education.orion.referentiel.web;

import fr.education.orion.referentiel.Recherche;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How close a label is to a search that found nothing, for « Vouliez-vous dire … ? »: each word of
 * the search is compared with the closest word of the label by their trigrams, as PostgreSQL's
 * {@code pg_trgm} does (a word padded with two spaces before and one after, shared trigrams over
 * all trigrams), and the label scores the mean over the search's words. Texts are compared in their
 * search form ({@link Recherche#normalize}: no accents, no case), so « cuisinne » finds « Cuisine »
 * and « electrotechnique » finds « Électrotechnique ».
 */
final class Rapprochement {

  /** Below this score, a label is too far to be offered: about two letters wrong in six. */
  static final double SEUIL = 0.4;

  private Rapprochement() {}

  /** The words of a text in its search form. */
  static List<String> mots(String texte) {
    String normalise = Recherche.normalize(texte);
    return normalise.isEmpty() ? List.of() : Arrays.asList(normalise.split(" "));
  }

  /** The trigrams of a word (in its search form). */
  static Set<String> trigrammes(String mot) {
    String borde = "  " + mot + " ";
    Set<String> trigrammes = new HashSet<>();
    for (int i = 0; i + 3 <= borde.length(); i++) {
      trigrammes.add(borde.substring(i, i + 3));
    }
    return trigrammes;
  }

  /** Shared trigrams over all trigrams of two words: 1 for the same word, 0 for nothing shared. */
  static double similarite(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0;
    }
    int communs = 0;
    for (String t : a) {
      if (b.contains(t)) {
        communs++;
      }
    }
    return (double) communs / (a.size() + b.size() - communs);
  }

  /**
   * The score of a label for a search: for each word of the search, its similarity with the closest
   * word of the label, averaged; 0 when either has no word.
   *
   * @param recherche the trigrams of each word of the search
   * @param libelle the trigrams of each word of the label
   */
  static double score(List<Set<String>> recherche, List<Set<String>> libelle) {
    if (recherche.isEmpty() || libelle.isEmpty()) {
      return 0;
    }
    double somme = 0;
    for (Set<String> mot : recherche) {
      double meilleure = 0;
      for (Set<String> autre : libelle) {
        meilleure = Math.max(meilleure, similarite(mot, autre));
      }
      somme += meilleure;
    }
    return somme / recherche.size();
  }
}
