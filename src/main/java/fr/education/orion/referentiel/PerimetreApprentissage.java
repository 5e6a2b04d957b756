package fr.education.orion.referentiel;

import static fr.education.orion.schema.Tables.DIPLOME_PROFESSIONNEL;

import fr.education.orion.ingestion.BulkWriter;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The apprenticeship side of Orion's perimeter of formations: the CFDs of CAP, bac pro, BTS and the
 * like (first character 3, 4 or 5) offered in the catalogue des formations en apprentissage. The
 * voie scolaire side (the DGESCO list) is never touched.
 */
@Component
public class PerimetreApprentissage {

  private final BulkWriter writer;

  PerimetreApprentissage(BulkWriter writer) {
    this.writer = writer;
  }

  /**
   * Makes the apprenticeship CFDs of the perimeter those of the catalogue.
   *
   * @param cfds every CFD of the catalogue; those outside the perimeter are left out
   * @return the number of CFDs added or removed
   */
  public int replace(Collection<String> cfds) {
    List<Object[]> rows =
        cfds.stream()
            .distinct()
            .filter(PerimetreApprentissage::inPerimetre)
            .map(cfd -> new Object[] {cfd, Voie.CODE_APPRENTISSAGE})
            .toList();
    return writer.replace(
        DIPLOME_PROFESSIONNEL,
        List.of(DIPLOME_PROFESSIONNEL.CFD, DIPLOME_PROFESSIONNEL.VOIE),
        rows,
        DIPLOME_PROFESSIONNEL.VOIE.eq(Voie.CODE_APPRENTISSAGE));
  }

  /** CAP, BEP, bac pro, BP, BTS, MC and the like: CFDs whose first character is 3, 4 or 5. */
  public static boolean inPerimetre(String cfd) {
    return !cfd.isEmpty() && "345".indexOf(cfd.charAt(0)) >= 0;
  }
}
