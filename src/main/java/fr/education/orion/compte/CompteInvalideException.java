package fr.education.orion.compte;

/** An account that cannot be saved as given; the message says why, in French, for the user. */
public class CompteInvalideException extends RuntimeException {

  public CompteInvalideException(String message) {
    super(message);
  }
}
