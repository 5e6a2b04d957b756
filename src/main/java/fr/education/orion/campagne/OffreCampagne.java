package fr.education.orion.campagne;

import java.util.List;
import java.util.Optional;

/**
 * What a campaign year offers a demande: the types it may take and, per category, the motifs it
 * draws from, in the order they are shown. A motif is named by its category and its code, since
 * some codes ({@code autre}) belong to several categories.
 */
public record OffreCampagne(AnneeCampagne annee, List<TypeDemande> types, List<Motif> motifs) {

  public OffreCampagne {
    types = List.copyOf(types);
    motifs = List.copyOf(motifs);
  }

  /** The motifs of one category, in order. */
  public List<Motif> motifs(CategorieMotif categorie) {
    return motifs.stream().filter(motif -> motif.categorie() == categorie).toList();
  }

  public Optional<Motif> motif(CategorieMotif categorie, String code) {
    return motifs(categorie).stream().filter(motif -> motif.code().equals(code)).findFirst();
  }

  public boolean offre(TypeDemande type) {
    return types.contains(type);
  }
}
