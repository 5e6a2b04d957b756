package fr.education.orion.panorama;

import static org.assertj.core.api.Assertions.assertThat;

import fr.education.orion.Browser;
import fr.education.orion.OrionIT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A filter that could only return nothing shows disabled, its reason in its label (so that a screen
 * reader reads it with the field's name), on the bundled data: the constat de rentrée is of 2020
 * only, Affelnet of 2021 only. Every page passes axe-core without a serious or critical violation.
 */
@OrionIT
class FiltresIndisponiblesBrowserIT {

  @LocalServerPort int port;

  private Browser browser;

  @BeforeEach
  void startBrowser() {
    browser = new Browser("http://127.0.0.1:" + port);
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @Test
  void pressionWithoutCapacitiesIsDisabledWithItsReason() {
    browser.open("/panorama/region/53?codeNiveauDiplome=400");

    // The page opens on the rentrée with headcounts, 2020, which has no capacities nor wishes.
    WebElement pression = find(By.id("pression"));
    assertThat(pression.isEnabled()).isFalse();
    assertThat(pression.getAccessibleName())
        .contains(
            "Taux de pression",
            "Indisponible : pas de capacités ni de premiers vœux Affelnet à la rentrée 2020.");
    assertThat(find(By.id("pression-indisponible")).isDisplayed()).isTrue();
    // No headcounts in 2019 to compare with; the millésimes 2020_2021 and 2021_2022 are there.
    assertThat(find(By.id("effectif")).isEnabled()).isFalse();
    assertThat(find(By.id("effectif")).getAccessibleName())
        .contains("pas d'effectifs à la rentrée précédente (2019)");
    assertThat(find(By.id("emploi")).isEnabled()).isTrue();
    assertThat(find(By.id("poursuite")).isEnabled()).isTrue();
    assertThat(find(By.id("effectifMinimum")).isEnabled()).isTrue();
    // Beside the rentrée selector, what each rentrée holds.
    assertThat(find(By.id("rentreeScolaire-couverture")).getText())
        .contains(
            "Effectifs : rentrée 2020.", "Capacités et premiers vœux (hors BTS) : rentrée 2021.");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();
  }

  @Test
  void aRentreeWithoutHeadcountsSaysSoAndLeadsToTheOneWithThem() {
    browser.open("/panorama/region/53?codeNiveauDiplome=400&rentreeScolaire=2021");

    assertThat(find(By.id("effectifMinimum")).isEnabled()).isFalse();
    assertThat(find(By.id("pression")).getAccessibleName())
        .contains("pas d'effectifs à la rentrée 2021");
    assertThat(browser.driver().findElements(By.cssSelector("#quadrant-tableau tbody tr")))
        .isEmpty();
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    browser.clickAndWaitForPage(By.id("rentree-avec-effectifs"));
    assertThat(browser.currentPath()).contains("rentreeScolaire=2020");
    assertThat(browser.driver().findElements(By.cssSelector("#quadrant-tableau tbody tr")))
        .isNotEmpty();
  }

  @Test
  void theConsolesPositionFilterWantsASingleRegion() {
    browser.open("/console/formations?codeRegion=");

    WebElement position = find(By.id("positionQuadrant"));
    assertThat(position.findElements(By.cssSelector("input[type=checkbox]")))
        .allSatisfy(caseACocher -> assertThat(caseACocher.isEnabled()).isFalse());
    assertThat(find(By.id("positionQuadrant-indisponible")).getText())
        .startsWith("Indisponible : choisissez une seule région");
    assertThat(browser.seriousAccessibilityViolations()).isEmpty();

    browser.open("/console/formations?codeRegion=53");
    assertThat(find(By.id("positionQuadrant")).findElements(By.cssSelector("input[type=checkbox]")))
        .allSatisfy(caseACocher -> assertThat(caseACocher.isEnabled()).isTrue());
    assertThat(browser.driver().findElements(By.id("positionQuadrant-indisponible"))).isEmpty();
  }

  private WebElement find(By by) {
    return browser.driver().findElement(by);
  }
}
