package fr.education.orion.console;

import java.util.List;

/** The values the filters of a console offer, from the data. */
public record OptionsConsole(
    List<String> rentrees,
    List<String> millesimes,
    List<Choix> regions,
    List<Choix> academies,
    List<Choix> departements,
    List<Choix> niveaux,
    List<Choix> dispositifs,
    List<Choix> domaines,
    List<Choix> familles) {}
