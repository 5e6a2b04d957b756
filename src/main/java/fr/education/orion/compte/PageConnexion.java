package fr.education.orion.compte;

import org.jspecify.annotations.Nullable;

/** What the login page shows: the reason of a refused login, or that the user signed out. */
public record PageConnexion(@Nullable String erreur, boolean deconnecte) {}
