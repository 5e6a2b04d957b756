package fr.education.orion.compte.web;

import org.jspecify.annotations.Nullable;

/**
 * The page where a user chooses a password from an e-mailed link (activation or new password).
 *
 * @param jeton the link's token, null when the link is not valid (the page then says so)
 */
public record MotDePassePage(
    String titre,
    String action,
    @Nullable String jeton,
    @Nullable String email,
    @Nullable String erreur,
    String politique) {}
