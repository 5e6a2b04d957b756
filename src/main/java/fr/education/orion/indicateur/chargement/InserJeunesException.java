package fr.education.orion.indicateur.chargement;

import java.io.IOException;

/**
 * The InserJeunes API did not give an answer Orion can use; the message says why, in French. An
 * {@link IOException} because the API is read like a file: an import that cannot read it is refused
 * and writes nothing.
 */
class InserJeunesException extends IOException {

  InserJeunesException(String message) {
    super(message);
  }
}
