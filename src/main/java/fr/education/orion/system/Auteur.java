package fr.education.orion.system;

import java.util.Optional;

/**
 * Who acts in the current request, for the modules that record it but that module compte depends
 * on: compte reads territories from referentiel, which reads import runs from ingestion, so
 * ingestion cannot ask compte's {@code CompteCourant} directly. Compte implements it.
 */
public interface Auteur {

  /** The e-mail of the signed-in user; empty for anonymous visitors. */
  Optional<String> email();
}
