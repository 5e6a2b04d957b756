package fr.education.orion.compte;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.OrionIT;
import fr.education.orion.TestHttp;
import java.time.Duration;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * How long a signed-in session lasts (30 minutes without a request, 12 hours at most), shown by
 * ageing the session where Spring Session keeps it; and what the log keeps of refusals: every
 * access refused is logged with who and which route, and a line break a visitor slips into a logged
 * value cannot start a forged line.
 */
@OrionIT
@ExtendWith(OutputCaptureExtension.class)
class SessionsIT {

  @LocalServerPort int port;
  @Autowired DSLContext dsl;
  @Autowired Comptes comptes;

  @Test
  void aSessionUnusedForThirtyMinutesEnds() {
    TestHttp admin = new TestHttp(port).connecteEnDemo("admin");
    assertThat(admin.get("/admin/utilisateurs", "text/html").status()).isEqualTo(200);

    vieillir("last_access_time", Duration.ofMinutes(31));

    assertThat(admin.get("/admin/utilisateurs", "text/html").location()).endsWith("/connexion");
  }

  @Test
  void aSessionEndsAfterTwelveHoursHoweverActiveItIs() {
    TestHttp admin = new TestHttp(port).connecteEnDemo("admin");
    vieillir("creation_time", Duration.ofHours(11));
    assertThat(admin.get("/admin/utilisateurs", "text/html").status()).isEqualTo(200);

    vieillir("creation_time", Duration.ofHours(1).plusMinutes(1));

    assertThat(admin.get("/admin/utilisateurs", "text/html").location()).endsWith("/connexion");
  }

  @Test
  void everyRefusedAccessIsLoggedWithWhoAndWhere(CapturedOutput journal) {
    TestHttp perdir = new TestHttp(port).connecteEnDemo("perdir");
    long id = comptes.parEmail(TestHttp.demo("perdir")).orElseThrow().id();

    assertThat(perdir.get("/admin/utilisateurs", "text/html").status()).isEqualTo(403);
    assertThat(new TestHttp(port).get("/api/imports").status()).isEqualTo(401);

    assertThat(journal.getOut())
        .contains("Accès refusé au compte n° " + id + " (perdir) : GET /admin/utilisateurs")
        .contains("Accès refusé à un visiteur anonyme : GET /api/imports");
  }

  @Test
  void aLineBreakInALoggedValueForgesNoLine(CapturedOutput journal) {
    LoggerFactory.getLogger(SessionsIT.class)
        .warn("Fichier refusé : {}", "x.csv\r\n2026-12-04T10:00:00.000Z ERROR faux message");

    assertThat(journal.getOut())
        .contains("Fichier refusé : x.csv ⏎ 2026-12-04T10:00:00.000Z ERROR faux message")
        .doesNotContain("\n2026-12-04T10:00:00.000Z ERROR faux message");
  }

  /** Moves a time of every open session of the demo admin back by {@code duree}. */
  private void vieillir(String colonne, Duration duree) {
    long id = comptes.parEmail(TestHttp.demo("admin")).orElseThrow().id();
    dsl.execute(
        "update spring_session set " + colonne + " = " + colonne + " - ? where principal_name = ?",
        duree.toMillis(),
        CompteCourant.nomPrincipal(id));
  }
}
