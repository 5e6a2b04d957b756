package fr.education.orion.indicateur.chargement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The InserJeunes API of the DEPP and the DARES: what became of the leavers of vocational
 * education, per région or établissement and millésime. An interface because it is an external
 * boundary: tests put a real local server behind the HTTP implementation ({@link
 * InserJeunesClient}).
 */
interface InserJeunesSource {

  /** Dimension of a measure of the voie scolaire: the MEFSTAT11 of the final year. */
  String MEFSTAT11 = "id_mefstat11";

  /** Dimension of a measure of apprenticeship: the CFD. */
  String FORMATION_APPRENTISSAGE = "id_formation_apprentissage";

  /** Dimension of a measure of a whole établissement: ensemble, apprentis or voieprosco. */
  String ENSEMBLE = "ensemble";

  /**
   * One measure of an answer, as the API writes it: {@code {"id_mesure": "nb_sortant",
   * "valeur_mesure": 12, "filiere": "apprentissage", "dimensions": [{"id_formation_apprentissage":
   * "40023303"}]}}.
   *
   * @param filiere {@code voie_pro_sco_educ_nat}, {@code voie_pro_sco_agri} or {@code
   *     apprentissage}
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Mesure(
      @JsonProperty("id_mesure") String idMesure,
      @JsonProperty("valeur_mesure") @Nullable BigDecimal valeur,
      @Nullable String filiere,
      @Nullable List<Map<String, String>> dimensions) {

    /** The value of a dimension of the measure, if it has that one. */
    Optional<String> dimension(String name) {
      return dimensions == null
          ? Optional.empty()
          : dimensions.stream().map(d -> d.get(name)).filter(Objects::nonNull).findFirst();
    }
  }

  /**
   * The measures of a région for a millésime, empty when the API has none.
   *
   * @param codeRegion the INSEE code (the API's own code is derived from it)
   */
  List<Mesure> region(String codeRegion, String millesime) throws InserJeunesException;

  /** The measures of an établissement for a millésime, empty when the API has none. */
  List<Mesure> uai(String uai, String millesime) throws InserJeunesException;
}
