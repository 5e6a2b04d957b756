package fr.education.orion.console;

/**
 * A filter the user set, shown when the results are empty: what it keeps, the view without it, and
 * how many rows that view has, so that the page says which filter emptied the results.
 */
public record FiltreActif(String libelle, String sansCeFiltre, long lignesSansCeFiltre) {}
