package fr.education.orion.compte.gestion;

/** What the audit of accounts records; {@link #code()} is stored. */
public enum Evenement {
  CONNEXION("connexion"),
  ECHEC_CONNEXION("echec_connexion"),
  CONNEXION_BLOQUEE("connexion_bloquee"),
  CREATION("creation"),
  MODIFICATION("modification"),
  CHANGEMENT_ROLE("changement_role"),
  DESACTIVATION("desactivation"),
  REACTIVATION("reactivation"),
  ACTIVATION("activation"),
  DEMANDE_REINITIALISATION("demande_reinitialisation"),
  REINITIALISATION("reinitialisation"),
  CHANGEMENT_MOT_DE_PASSE("changement_mot_de_passe"),
  FERMETURE_SESSIONS("fermeture_sessions"),
  RELANCE_ACTIVATION("relance_activation"),
  DEBLOCAGE_CONNEXION("deblocage_connexion"),
  LIAISON_SSO("liaison_sso"),
  ANONYMISATION("anonymisation");

  private final String code;

  Evenement(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
