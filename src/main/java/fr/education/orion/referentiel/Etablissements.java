package fr.education.orion.referentiel;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The records of établissements, as pages, the API and exports show them. */
public final class Etablissements {

  private Etablissements() {}

  /**
   * An établissement as the API lists it.
   *
   * @param secteur {@code PU} (public) or {@code PR} (privé), when known
   * @param libelleDepartement the name of the département, when known
   */
  public record EtablissementResume(
      Uai uai,
      String libelle,
      @Nullable String commune,
      @Nullable CodeDepartement codeDepartement,
      @Nullable String libelleDepartement,
      @Nullable CodeAcademie codeAcademie,
      @Nullable CodeRegion codeRegion,
      @Nullable String secteur) {}

  /**
   * Where an établissement is, in WGS84.
   *
   * @param source {@code onisep_secondaire}, {@code onisep_superieur} or {@code annuaire}
   */
  public record Geolocalisation(double latitude, double longitude, String source) {}

  /**
   * An établissement with everything the référentiel knows of it.
   *
   * @param latitude WGS84, from ONISEP or else the annuaire de l'éducation
   * @param sourceGeolocalisation {@code onisep_secondaire}, {@code onisep_superieur} or {@code
   *     annuaire}, when the coordinates are known
   * @param dateFermeture set when the ACCE says the établissement closed (or will close)
   */
  public record EtablissementDetail(
      Uai uai,
      String libelle,
      @Nullable String commune,
      @Nullable CodeDepartement codeDepartement,
      @Nullable CodeAcademie codeAcademie,
      @Nullable CodeRegion codeRegion,
      @Nullable String secteur,
      @Nullable String libelleDepartement,
      @Nullable String libelleAcademie,
      @Nullable String libelleRegion,
      @Nullable String typeEtablissement,
      @Nullable String adresse,
      @Nullable String codePostal,
      @Nullable String siret,
      @Nullable Double latitude,
      @Nullable Double longitude,
      @Nullable String sourceGeolocalisation,
      @Nullable LocalDate dateOuverture,
      @Nullable LocalDate dateFermeture,
      String source) {

    public @Nullable String libelleSecteur() {
      return Secteur.libelleDe(secteur);
    }

    public String libelleSource() {
      return switch (source) {
        case "acce" -> "ACCE (base centrale des établissements)";
        case "annuaire" -> "Annuaire de l'éducation";
        default -> "Fichiers InserJeunes de la DEPP (identité partielle)";
      };
    }
  }
}
