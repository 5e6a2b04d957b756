package fr.education.orion.compte.web;

/** The page to ask for a new password by e-mail; {@code envoye} once the form was sent. */
public record MotDePasseOubliePage(boolean envoye) {}
