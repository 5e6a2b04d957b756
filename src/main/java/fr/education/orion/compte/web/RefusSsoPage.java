package fr.education.orion.compte.web;

/** What the page of a refused SSO login says (template {@code compte/refus-sso}). */
public record RefusSsoPage(String titre, String message) {}
