package fr.education.orion.demande;

/**
 * A change of status the workflow does not allow for this role from the demande's current status.
 * The web layer answers 409 Conflict: the request is well formed and its author holds the status
 * permission (the route's rule has already said 403 to the others); what conflicts is the state of
 * the demande, and the same request would succeed on a demande in another status.
 */
public class ChangementStatutRefuse extends RuntimeException {

  public ChangementStatutRefuse(String message) {
    super(message);
  }
}
