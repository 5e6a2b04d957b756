package fr.education.orion.console;

import fr.education.orion.indicateur.Disponibilites;
import fr.education.orion.indicateur.Disponibilites.ChiffresPresents;
import fr.education.orion.indicateur.Millesime;
import fr.education.orion.indicateur.RentreeScolaire;
import fr.education.orion.ingestion.ImportRuns;
import fr.education.orion.ingestion.SelonImports;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * What the data lack for the rentrées and the millésime a console shows, in French, so that a page
 * says why a column is empty instead of showing zeros: the bundled files give headcounts for
 * rentrée 2020 only and capacities and wishes for 2021 to 2023 only.
 */
@Component
class DonneesManquantes {

  /** What the messages depend on. */
  private record Demande(
      Console console, List<String> rentrees, String millesime, boolean regionUnique) {}

  private final Disponibilites donnees;
  private final SelonImports<Demande, List<String>> manques;

  DonneesManquantes(Disponibilites donnees, ImportRuns imports) {
    this.donnees = donnees;
    this.manques = new SelonImports<>(imports, this::lire);
  }

  /**
   * The messages for the rentrées and the millésime of the filters, read again after each import.
   */
  List<String> de(Console console, FiltresConsole f, boolean regionUnique) {
    return manques.get(
        new Demande(
            console, f.rentreeScolaire(), Objects.requireNonNull(f.millesime()), regionUnique));
  }

  private List<String> lire(Demande demande) {
    Console console = demande.console();
    boolean regionUnique = demande.regionUnique();
    List<String> manques = new ArrayList<>();
    for (String rentree : demande.rentrees()) {
      ChiffresPresents presents = donnees.chiffres(rentree);
      boolean effectifs = presents.effectifs();
      boolean capacites = presents.capacites();
      boolean voeux = presents.voeux();
      if (!effectifs && !capacites) {
        manques.add(
            "Rentrée " + rentree + " : aucune donnée d'effectifs, de capacités ni de vœux.");
        continue;
      }
      if (!effectifs) {
        manques.add(
            "Rentrée "
                + rentree
                + " : pas d'effectifs (constat de rentrée absent) ; l'effectif en entrée et le"
                + " taux de remplissage ne sont pas calculables.");
      }
      if (!capacites) {
        manques.add(
            "Rentrée "
                + rentree
                + " : effectifs du constat de rentrée, mais ni capacités ni vœux (Affelnet et"
                + " Parcoursup absents pour cette rentrée) ; les taux de pression, de demande et"
                + " de remplissage ne sont pas calculables.");
      } else if (!voeux) {
        manques.add("Rentrée " + rentree + " : capacités sans vœux ; pas de taux de pression.");
      }
      String precedente = RentreeScolaire.of(rentree).precedente().code();
      if (!donnees.offres(precedente)) {
        manques.add(
            "Rentrée "
                + precedente
                + " absente des données : pas d'évolution par rapport à la rentrée précédente.");
      }
    }
    String millesime = demande.millesime();
    if (!donnees.inserJeunes(millesime)) {
      manques.add(
          "Millésime InserJeunes " + millesime + " absent : pas de taux d'emploi ni de poursuite.");
    }
    String precedent = Millesime.of(millesime).precedent().code();
    if (!donnees.inserJeunes(precedent)) {
      manques.add(
          "Millésime InserJeunes " + precedent + " absent : pas d'évolution des taux de sortie.");
    }
    if (console == Console.FORMATIONS && !regionUnique) {
      manques.add(
          "Position dans le quadrant : choisissez une seule région (ou un territoire d'une seule"
              + " région) ; le quadrant compare les formations d'une même région.");
    }
    if (console == Console.ETABLISSEMENTS && !donnees.inserJeunesParUai()) {
      manques.add(
          "Taux InserJeunes par établissement : aucun compte par établissement importé (API"
              + " InserJeunes) ; seuls les taux de la région et la valeur ajoutée de la DEPP sont"
              + " disponibles.");
    }
    return List.copyOf(manques);
  }
}
