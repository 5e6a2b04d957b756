package fr.education.orion.referentiel;

/** The records of territories. */
public final class Territoires {

  private Territoires() {}

  public record Region(String codeRegion, String libelle) {}

  public record Academie(String codeAcademie, String libelle, String codeRegion) {}

  public record Departement(
      String codeDepartement, String libelle, String codeAcademie, String codeRegion) {}
}
