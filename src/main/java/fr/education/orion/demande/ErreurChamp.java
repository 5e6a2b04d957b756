package fr.education.orion.demande;

/**
 * What is wrong with one field of the form: {@code champ} is the name of the field as the form
 * sends it (the page places the message beside it), {@code message} says what is wrong in French.
 */
public record ErreurChamp(String champ, String message) {}
