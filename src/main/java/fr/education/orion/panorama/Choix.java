package fr.education.orion.panorama;

/** An option of a select: its code and its label. */
public record Choix(String code, String libelle) {}
