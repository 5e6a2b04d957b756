package fr.education.orion.console;

/**
 * The form that saves a query, given back as the user typed it with the reason it was refused.
 *
 * @param erreur the French reason of the refusal
 */
public record SaisieRequete(String nom, String couleur, String erreur) {}
