package fr.education.orion.compte.connexion;

/** An SSO login Orion refuses, for a reason the user is told. */
final class ConnexionSsoRefusee extends RuntimeException {

  private final RefusSso motif;

  ConnexionSsoRefusee(RefusSso motif) {
    super(motif.titre());
    this.motif = motif;
  }

  RefusSso motif() {
    return motif;
  }
}
