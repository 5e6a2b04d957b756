/**
 * The imports stopped for implausible values: an administrator confirms one (its kept file is
 * imported as it was sent) or cancels it.
 */
@NullMarked
package fr.education.orion.ingestion.confirmation;

import org.jspecify.annotations.NullMarked;
