package fr.education.orion.compte.connexion;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The recent failed logins of an account from one client address, as its administrator sees them.
 *
 * @param bloqueJusquAu until when this address must wait before trying again, null if it need not
 */
public record EchecsConnexion(
    String adresse,
    int echecs,
    OffsetDateTime dernierEchec,
    @Nullable OffsetDateTime bloqueJusquAu) {

  public boolean bloque() {
    return bloqueJusquAu != null && bloqueJusquAu.isAfter(OffsetDateTime.now());
  }
}
