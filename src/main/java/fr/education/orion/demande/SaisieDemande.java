package fr.education.orion.demande;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the demande form sends, as typed, so that a rejected form is shown again exactly as
 * the user left it. A check box is its value when ticked ({@code "true"} or {@code "on"}), null
 * otherwise. {@link ValidationDemande} turns it into a {@link ContenuDemande}.
 *
 * <p>{@code statut} is the status the demande will have once saved (the use case puts the current
 * one when the form does not change it): the motifs de refus are kept only for a refusée.
 */
public record SaisieDemande(
    @Nullable String uai,
    @Nullable String cfd,
    @Nullable String codeDispositif,
    @Nullable String libelleFCIL,
    @Nullable String rentreeScolaire,
    @Nullable String typeDemande,
    @Nullable String coloration,
    @Nullable String libelleColoration1,
    @Nullable String libelleColoration2,
    @Nullable String capaciteScolaireActuelle,
    @Nullable String capaciteScolaire,
    @Nullable String capaciteScolaireColoreeActuelle,
    @Nullable String capaciteScolaireColoree,
    @Nullable String capaciteApprentissageActuelle,
    @Nullable String capaciteApprentissage,
    @Nullable String capaciteApprentissageColoreeActuelle,
    @Nullable String capaciteApprentissageColoree,
    List<String> motifs,
    @Nullable String autreMotif,
    @Nullable String amiCma,
    @Nullable String amiCmaValide,
    @Nullable String amiCmaValideAnnee,
    @Nullable String amiCmaEnCoursValidation,
    @Nullable String partenairesEconomiquesImpliques,
    @Nullable String partenaireEconomique1,
    @Nullable String partenaireEconomique2,
    @Nullable String cmqImplique,
    @Nullable String filiereCmq,
    @Nullable String nomCmq,
    @Nullable String inspecteurReferent,
    @Nullable String recrutementRH,
    @Nullable String nbRecrutementRH,
    @Nullable String discipline1RecrutementRH,
    @Nullable String discipline2RecrutementRH,
    @Nullable String reconversionRH,
    @Nullable String nbReconversionRH,
    @Nullable String discipline1ReconversionRH,
    @Nullable String discipline2ReconversionRH,
    @Nullable String professeurAssocieRH,
    @Nullable String nbProfesseurAssocieRH,
    @Nullable String discipline1ProfesseurAssocieRH,
    @Nullable String discipline2ProfesseurAssocieRH,
    @Nullable String formationRH,
    @Nullable String nbFormationRH,
    @Nullable String discipline1FormationRH,
    @Nullable String discipline2FormationRH,
    @Nullable String besoinRHPrecisions,
    @Nullable String travauxAmenagement,
    @Nullable String travauxAmenagementCout,
    @Nullable String travauxAmenagementDescription,
    @Nullable String achatEquipement,
    @Nullable String achatEquipementCout,
    @Nullable String achatEquipementDescription,
    @Nullable String augmentationCapaciteAccueilHebergement,
    @Nullable String augmentationCapaciteAccueilHebergementPlaces,
    @Nullable String augmentationCapaciteAccueilHebergementPrecisions,
    @Nullable String augmentationCapaciteAccueilRestauration,
    @Nullable String augmentationCapaciteAccueilRestaurationPlaces,
    @Nullable String augmentationCapaciteAccueilRestaurationPrecisions,
    @Nullable String commentaire,
    @Nullable String statut,
    List<String> motifsRefus,
    @Nullable String autreMotifRefus) {

  public SaisieDemande {
    motifs = List.copyOf(motifs);
    motifsRefus = List.copyOf(motifsRefus);
  }
}
