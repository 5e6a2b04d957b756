package fr.education.orion.panorama;

/** A link to a page outside Orion, with what the user finds there and who publishes it. */
public record LienUtile(String titre, String description, String url, String source) {}
