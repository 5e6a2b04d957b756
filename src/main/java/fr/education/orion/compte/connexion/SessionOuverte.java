package fr.education.orion.compte.connexion;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * An open session of the signed-in user, as « Mon compte » lists it. Its id is not here: a session
 * id is a credential, never written into a page.
 *
 * @param navigateur the summary of the browser that opened it ({@link Navigateur}), null for a
 *     session opened before Orion noted it
 * @param courante whether it is the session of the request showing the list
 */
public record SessionOuverte(
    OffsetDateTime ouverteLe,
    OffsetDateTime dernierAcces,
    @Nullable String navigateur,
    boolean courante) {}
