package fr.education.orion.console;

/** A suggested query: a label and the console view it opens. */
public record Suggestion(String libelle, String url) {}
