package fr.education.orion.ingestion;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one import.
 *
 * @param id the recorded run
 * @param fichier the file name
 * @param type the type of the file, when recognised
 * @param annee rentrée or millésime
 * @param statut {@link ImportStatut}
 * @param encodage the detected encoding
 * @param lignesLues data lines read
 * @param lignesAcceptees lines written or confirmed
 * @param lignesRejetees lines refused (all of them when the file is refused)
 * @param lignesModifiees table rows inserted or changed: 0 on a second import of the same file
 * @param rejets why lines were refused
 * @param avertissements values set aside in lines that were accepted
 * @param duree how long it took
 */
public record ImportReport(
    long id,
    String fichier,
    @Nullable String type,
    @Nullable String annee,
    ImportStatut statut,
    @Nullable String encodage,
    int lignesLues,
    int lignesAcceptees,
    int lignesRejetees,
    int lignesModifiees,
    List<Rejet> rejets,
    List<Rejet> avertissements,
    Duration duree) {

  public boolean succeeded() {
    return statut != ImportStatut.REFUSE;
  }

  /** A few lines for a terminal or a log. */
  public String summary() {
    String base =
        "%s : %s — type %s%s, %d lignes lues, %d acceptées, %d rejetées, %d enregistrements ajoutés ou modifiés, %d ms"
            .formatted(
                fichier,
                statut.libelle(),
                type == null ? "inconnu" : type,
                annee == null ? "" : " (" + annee + ")",
                lignesLues,
                lignesAcceptees,
                lignesRejetees,
                lignesModifiees,
                duree.toMillis());
    StringBuilder text = new StringBuilder(base);
    describe(text, "Lignes rejetées", rejets);
    describe(text, "Avertissements", avertissements);
    return text.toString();
  }

  private void describe(StringBuilder text, String title, List<Rejet> items) {
    if (items.isEmpty()) {
      return;
    }
    text.append("\n").append(title).append(" (").append(items.size()).append(") :");
    items.stream().limit(20).forEach(item -> text.append("\n  - ").append(item.describe(fichier)));
    if (items.size() > 20) {
      text.append("\n  … et ").append(items.size() - 20).append(" autres");
    }
  }
}
