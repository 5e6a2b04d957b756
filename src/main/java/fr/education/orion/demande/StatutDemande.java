package fr.education.orion.demande;

import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a demande stands, from draft to decision (§4.5). Its step ({@link #etape()}, 0 to 4) places
 * it on the synthèse's stepper and decides the type of avis; its order ({@link #ordre()}) says
 * which statuses lie ahead: dossier complet and dossier incomplet share one.
 */
public enum StatutDemande {
  BROUILLON("brouillon", "Brouillon", 0, 0),
  PROPOSITION("proposition", "Proposition", 1, 1),
  DOSSIER_COMPLET("dossier_complet", "Dossier complet", 1, 2),
  DOSSIER_INCOMPLET("dossier_incomplet", "Dossier incomplet", 1, 2),
  PROJET_DE_DEMANDE("projet_de_demande", "Projet de demande", 2, 3),
  PRET_POUR_LE_VOTE("pret_pour_le_vote", "Prêt pour le vote", 3, 4),
  DEMANDE_VALIDEE("demande_validee", "Demande validée", 4, 5),
  REFUSEE("refusee", "Refusée", 4, 5),
  /** Soft-deleted: excluded everywhere, hence no step nor order. */
  SUPPRIMEE("supprimee", "Supprimée", -1, -1);

  private final String code;
  private final String libelle;
  private final int etape;
  private final int ordre;

  StatutDemande(String code, String libelle, int etape, int ordre) {
    this.code = code;
    this.libelle = libelle;
    this.etape = etape;
    this.ordre = ordre;
  }

  /** The code stored and shown in the API, e.g. {@code dossier_complet}. */
  public String code() {
    return code;
  }

  public String libelle() {
    return libelle;
  }

  /** 0 (draft) to 4 (decision); none for {@link #SUPPRIMEE}. */
  public OptionalInt etape() {
    return etape < 0 ? OptionalInt.empty() : OptionalInt.of(etape);
  }

  /** Higher is further in the workflow; none for {@link #SUPPRIMEE}. */
  public OptionalInt ordre() {
    return ordre < 0 ? OptionalInt.empty() : OptionalInt.of(ordre);
  }

  /** The stepper's step; none for a draft or a deleted demande. */
  public Optional<Etape> etapeStepper() {
    return Arrays.stream(Etape.values()).filter(e -> e.numero() == etape).findFirst();
  }

  /** Validée or refusée: the end of the workflow, which only admins may reopen. */
  public boolean estDecision() {
    return this == DEMANDE_VALIDEE || this == REFUSEE;
  }

  /** The status of a code; {@link IllegalArgumentException} for an unknown one. */
  public static StatutDemande of(String code) {
    return Arrays.stream(values())
        .filter(statut -> statut.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Statut de demande inconnu : " + code));
  }
}
