package fr.education.orion.compte.gestion;

import fr.education.orion.compte.CompteCourant;
import fr.education.orion.compte.Comptes;
import fr.education.orion.compte.Droits;
import fr.education.orion.compte.FicheUtilisateur;
import fr.education.orion.compte.Utilisateur;
import org.springframework.stereotype.Component;

/**
 * An administrator edits an account (or disables it, which ends its sessions at once): it must
 * manage the account as it is and as it will be, so an Admin RA can neither reach another région's
 * accounts nor move one out of its région or into a role it does not manage.
 */
@Component
public class ModifierCompte {

  private final Comptes comptes;
  private final CompteCourant courant;
  private final Hierarchie hierarchie;

  ModifierCompte(Comptes comptes, CompteCourant courant, Hierarchie hierarchie) {
    this.comptes = comptes;
    this.courant = courant;
    this.hierarchie = hierarchie;
  }

  public Utilisateur update(Utilisateur avant, FicheUtilisateur fiche) {
    Droits acteur = courant.droits().orElseThrow();
    hierarchie.check(acteur, avant.role(), avant.codeRegion());
    hierarchie.check(acteur, fiche.role(), fiche.codeRegion());
    return comptes.update(avant.id(), fiche);
  }
}
