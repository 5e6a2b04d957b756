package fr.education.orion.panorama;

import static fr.education.orion.schema.Tables.FORMATION;
import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import fr.education.orion.TestHttp.Answer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The formation page answers for every formation of the bundled référentiel. */
@OrionIT
class FormationPageIT {

  @LocalServerPort int port;
  @Autowired DSLContext dsl;

  @Test
  void everyFormationOfTheReferentielHasItsPage() {
    List<String> cfds =
        dsl.select(FORMATION.CFD).from(FORMATION).orderBy(FORMATION.CFD).fetch(FORMATION.CFD);
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
}
