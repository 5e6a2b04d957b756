package fr.education.orion.panorama;

import static fr.education.orion.schema.Tables.FAMILLE_METIER;
import static fr.education.orion.schema.Tables.FORMATION;
import static fr.education.orion.schema.Tables.FORMATION_LIGNEE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.TestHttp.Answer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The formation page answers for the formations of the bundled référentiel. By default it renders
 * every formation that points at another one (renovation lineage, famille de métiers: the linked
 * formation may be missing or unlabelled, which once crashed the page) and one in twenty of the
 * others; {@code -Dformations.toutes=true} renders all 11,000 (about 2.5 minutes).
 */
@OrionIT
class FormationPageIT {

  private static final int PAS_ECHANTILLON = 20;

  @LocalServerPort int port;
  @Autowired DSLContext dsl;

  @Test
  void theFormationsOfTheReferentielHaveTheirPage() {
    List<String> cfds = Boolean.getBoolean("formations.toutes") ? toutes() : echantillon();
    assertThat(cfds).as("the sample holds the BIOQUALITE BTS that crashed").contains("32022106");
    TestHttp http = new TestHttp(port);
    Map<String, String> echecs = new ConcurrentHashMap<>();
    cfds.parallelStream()
        .forEach(
            cfd -> {
              Answer page = http.get("/formations/" + cfd, "text/html");
              if (page.status() != 200) {
                echecs.put(cfd, page.status() + "");
              }
            });
    assertThat(new TreeMap<>(echecs)).as("%d formations", cfds.size()).isEmpty();
  }

  private List<String> toutes() {
    return dsl.select(FORMATION.CFD).from(FORMATION).orderBy(FORMATION.CFD).fetch(FORMATION.CFD);
  }

  private List<String> echantillon() {
    var liees =
        DSL.select(FORMATION_LIGNEE.ANCIEN_CFD)
            .from(FORMATION_LIGNEE)
            .union(DSL.select(FORMATION_LIGNEE.NOUVEAU_CFD).from(FORMATION_LIGNEE))
            .union(DSL.select(FAMILLE_METIER.CFD).from(FAMILLE_METIER));
    var rang = DSL.rowNumber().over(DSL.orderBy(FORMATION.CFD));
    var numerotees = dsl.select(FORMATION.CFD, rang.as("rang")).from(FORMATION).asTable("f");
    return dsl.select(numerotees.field(FORMATION.CFD))
        .from(numerotees)
        .where(numerotees.field(FORMATION.CFD).in(liees))
        .or(numerotees.field("rang", Integer.class).mod(PAS_ECHANTILLON).eq(0))
        .orderBy(numerotees.field(FORMATION.CFD))
        .fetch(numerotees.field(FORMATION.CFD));
  }
}
