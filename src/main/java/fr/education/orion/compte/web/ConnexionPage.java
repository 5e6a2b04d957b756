package fr.education.orion.compte.web;

import org.jspecify.annotations.Nullable;

/**
 * What the login page shows: the reason of a refused login, or a confirmation (signed out, password
 * chosen).
 */
public record ConnexionPage(@Nullable String erreur, @Nullable String confirmation) {}
