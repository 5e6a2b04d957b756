package fr.education.orion.ingestion;

import java.util.List;

/**
 * What a loader did with the lines it was given.
 *
 * @param acceptees lines written or confirmed unchanged
 * @param modifiees table rows inserted or changed (0 when the same file is imported again)
 * @param rejets well-formed lines that were not written, each with its reason
 * @param avertissements values set aside in lines that were written (e.g. a link to an old code)
 */
public record LoadResult(
    int acceptees, int modifiees, List<Rejet> rejets, List<Rejet> avertissements) {

  public static LoadResult of(
      SourceRows rows, int modifiees, List<Rejet> rejets, List<Rejet> avertissements) {
    long rejectedLines = rejets.stream().map(Rejet::ligne).distinct().count();
    return new LoadResult(
        rows.size() - (int) rejectedLines,
        modifiees,
        List.copyOf(rejets),
        List.copyOf(avertissements));
  }

  public static LoadResult of(SourceRows rows, int modifiees, List<Rejet> rejets) {
    return of(rows, modifiees, rejets, List.of());
  }

  public static LoadResult of(SourceRows rows, int modifiees) {
    return of(rows, modifiees, List.of(), List.of());
  }
}
