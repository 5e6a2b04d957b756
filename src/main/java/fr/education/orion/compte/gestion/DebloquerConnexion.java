package fr.education.orion.compte.gestion;

import fr.education.orion.compte.CompteCourant;
import fr.education.orion.compte.Utilisateur;
import fr.education.orion.compte.connexion.TentativesConnexion;
import org.springframework.stereotype.Component;

/**
 * An administrator lifts the login waits of an account (its failures from every client address), as
 * a successful login or a new password would: it must manage the account, so an Admin RA only lifts
 * those of its région's accounts of the roles it manages.
 */
@Component
public class DebloquerConnexion {

  private final CompteCourant courant;
  private final Hierarchie hierarchie;
  private final TentativesConnexion tentatives;
  private final JournalCompte journal;

  DebloquerConnexion(
      CompteCourant courant,
      Hierarchie hierarchie,
      TentativesConnexion tentatives,
      JournalCompte journal) {
    this.courant = courant;
    this.hierarchie = hierarchie;
    this.tentatives = tentatives;
    this.journal = journal;
  }

  public void unblock(Utilisateur utilisateur) {
    hierarchie.check(courant.droits().orElseThrow(), utilisateur.role(), utilisateur.codeRegion());
    int adresses = tentatives.lister(utilisateur.email()).size();
    tentatives.effacer(utilisateur.email());
    journal.noter(
        Evenement.DEBLOCAGE_CONNEXION,
        utilisateur.id(),
        utilisateur.email(),
        "Échecs de connexion effacés (" + adresses + " adresse(s))");
  }
}
