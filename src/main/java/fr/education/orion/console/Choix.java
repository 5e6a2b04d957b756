package fr.education.orion.console;

/** A value a filter offers: its code and its label. */
public record Choix(String code, String libelle) {}
