package fr.education.orion.ingestion;

import fr.education.orion.system.Format;
import fr.education.orion.system.Pluriel;
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
 * @param lignesRejetees lines with at least one error (of a refused file), or not written (of an
 *     imported one)
 * @param lignesModifiees table rows inserted or changed: 0 on a second import of the same file
 * @param rejets the errors listed: all of them, or the first thousand
 * @param nombreRejets how many errors there are, listed or not
 * @param avertissements values set aside in lines that were accepted
 * @param alertes valid values that are implausible: they stop the import before writing unless
 *     someone accepts them
 * @param alertesAccepteesPar who accepted the {@code alertes}, when the file was written with them
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
    int nombreRejets,
    List<Rejet> avertissements,
    List<Rejet> alertes,
    @Nullable String alertesAccepteesPar,
    Duration duree) {

  public boolean succeeded() {
    return statut == ImportStatut.REUSSI || statut == ImportStatut.SIMULATION;
  }

  ImportReport withId(long recorded) {
    return new ImportReport(
        recorded,
        fichier,
        type,
        annee,
        statut,
        encodage,
        lignesLues,
        lignesAcceptees,
        lignesRejetees,
        lignesModifiees,
        rejets,
        nombreRejets,
        avertissements,
        alertes,
        alertesAccepteesPar,
        duree);
  }

  /** A few lines for a terminal or a log. */
  public String summary() {
    String lignes =
        statut == ImportStatut.REFUSE
            ? "%s, %s sur %s"
                .formatted(
                    Pluriel.de(lignesLues, "ligne lue", "lignes lues"),
                    Pluriel.de(nombreRejets, "erreur", "erreurs"),
                    Pluriel.de(lignesRejetees, "ligne", "lignes"))
            : "%d lignes lues, %d acceptées, %d rejetées, %d enregistrements ajoutés ou modifiés"
                .formatted(lignesLues, lignesAcceptees, lignesRejetees, lignesModifiees);
    StringBuilder text =
        new StringBuilder(
            "%s : %s — type %s%s, %s, %d ms"
                .formatted(
                    fichier,
                    statut.libelle(),
                    type == null ? "inconnu" : type,
                    annee == null ? "" : " (" + annee + ")",
                    lignes,
                    duree.toMillis()));
    describe(
        text, statut == ImportStatut.REFUSE ? "Erreurs" : "Lignes rejetées", rejets, nombreRejets);
    describe(text, "Avertissements", avertissements, avertissements.size());
    describe(
        text,
        alertesAccepteesPar == null
            ? "Valeurs invraisemblables"
            : "Valeurs invraisemblables acceptées par " + alertesAccepteesPar,
        alertes,
        alertes.size());
    return text.toString();
  }

  private void describe(StringBuilder text, String title, List<Rejet> items, int nombre) {
    if (nombre == 0) {
      return;
    }
    text.append("\n").append(title).append(" (").append(Format.nombre(nombre)).append(") :");
    items.stream().limit(20).forEach(item -> text.append("\n  - ").append(item.describe(fichier)));
    if (nombre > 20) {
      text.append("\n  … et ").append(Format.nombre(nombre - 20)).append(" autres");
    }
  }
}
