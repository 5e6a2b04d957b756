package fr.education.orion.panorama;

import fr.education.orion.indicateur.Millesime;
import fr.education.orion.indicateur.RentreeScolaire;
import fr.education.orion.referentiel.NiveauDiplome;
import fr.education.orion.referentiel.Territoire;
import org.jspecify.annotations.Nullable;

/**
 * What a territorial panorama looks at: a territory, a niveau de diplôme and a NSF domain (all when
 * null), the rentrée of the entry figures and the millésime of the InserJeunes figures, chosen
 * separately because the newest of each rarely match: they come from different sources.
 */
public record Selection(
    Territoire territoire,
    @Nullable NiveauDiplome codeNiveauDiplome,
    @Nullable String codeNsf,
    String rentreeScolaire,
    String millesime) {

  /** The same selection one rentrée and one millésime earlier, for the evolutions. */
  public Selection precedente() {
    return new Selection(
        territoire,
        codeNiveauDiplome,
        codeNsf,
        RentreeScolaire.of(rentreeScolaire).precedente().code(),
        Millesime.of(millesime).precedent().code());
  }
}
