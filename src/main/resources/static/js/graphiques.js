// One look for every chart of Orion, loaded after ECharts and before the page's own chart script:
// the DSFR's font, Marianne, in every text of a chart (legends, axes, labels, tooltips), at 12 px at
// least, and charts drawn once that font is loaded, so that ECharts measures its labels in the font
// it draws them with (it lays them out before the browser would swap a late font in).
(function () {
  "use strict";

  var POLICE = "Marianne, arial, sans-serif";
  var THEME = "orion";

  if (window.echarts) {
    window.echarts.registerTheme(THEME, {
      textStyle: { fontFamily: POLICE, fontSize: 12 },
      legend: { textStyle: { fontFamily: POLICE, fontSize: 12 } },
      tooltip: { textStyle: { fontFamily: POLICE, fontSize: 13 } },
    });
  }

  window.OrionGraphiques = {
    /** An ECharts chart in the element, with Orion's theme, drawn in SVG (its text stays text). */
    graphique: function (element) {
      return window.echarts.init(element, THEME, { renderer: "svg" });
    },

    /** Calls dessiner when ECharts is there and Marianne is loaded (or could not be). */
    quandPret: function (dessiner) {
      if (!window.echarts) {
        return;
      }
      if (document.fonts && document.fonts.load) {
        document.fonts.load("12px Marianne").then(dessiner, dessiner);
      } else {
        dessiner();
      }
    },
  };
})();
