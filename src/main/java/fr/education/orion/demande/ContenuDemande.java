package fr.education.orion.demande;

import fr.education.orion.campagne.TypeDemande;
import fr.education.orion.indicateur.RentreeScolaire;
import fr.education.orion.referentiel.Cfd;
import fr.education.orion.referentiel.Uai;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a demande says (§4.2), checked and typed: everything but its ids, authorship and status. The
 * sections that do not apply to its type are empty.
 */
public record ContenuDemande(
    Uai uai,
    Cfd cfd,
    String codeDispositif,
    @Nullable String libelleFCIL,
    RentreeScolaire rentreeScolaire,
    TypeDemande type,
    boolean coloration,
    @Nullable String libelleColoration1,
    @Nullable String libelleColoration2,
    Capacites capacites,
    List<String> motifs,
    @Nullable String autreMotif,
    @Nullable AmiCma amiCma,
    List<String> partenairesEconomiques,
    @Nullable Cmq cmq,
    @Nullable String inspecteurReferent,
    @Nullable BesoinRH recrutement,
    @Nullable BesoinRH reconversion,
    @Nullable BesoinRH professeurAssocie,
    @Nullable BesoinRH formation,
    @Nullable String besoinRHPrecisions,
    @Nullable Investissement travauxAmenagement,
    @Nullable Investissement achatEquipement,
    @Nullable Accueil hebergement,
    @Nullable Accueil restauration,
    @Nullable String commentaire,
    List<String> motifsRefus,
    @Nullable String autreMotifRefus) {

  /** Funding "Compétences et métiers d'avenir": obtained (and when) or being examined. */
  public record AmiCma(
      boolean valide, @Nullable Integer anneeValidation, boolean enCoursValidation) {}

  /** The Campus des métiers et des qualifications involved. */
  public record Cmq(@Nullable String filiere, @Nullable String nom) {}

  /** A need in staff: how many people, in up to two disciplines (codes). */
  public record BesoinRH(int nombre, List<String> disciplines) {}

  /** Works or equipment: the cost in euros when known, and what it is. */
  public record Investissement(@Nullable Integer cout, @Nullable String description) {}

  /** More boarding or catering places: how many, and what else to know. */
  public record Accueil(@Nullable Integer places, @Nullable String precisions) {}
}
