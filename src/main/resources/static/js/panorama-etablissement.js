// Panorama établissement: draws, beside each formation's table of InserJeunes rates, a line chart of
// the same rates. The tables stay the reference (they are what assistive technologies read); without
// JavaScript or ECharts the charts simply stay hidden.
(function () {
  "use strict";

  const SERIES = [
    { cle: "emploi", nom: "Taux d'emploi à 6 mois", couleur: "#000091", symbole: "circle" },
    { cle: "poursuite", nom: "Taux de poursuite d'études", couleur: "#18753c", symbole: "rect" },
    { cle: "devenirFavorable", nom: "Taux de devenir favorable", couleur: "#b34000", symbole: "triangle" },
  ];

  const pourcentage = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });

  function dessiner(element, donnees) {
    element.hidden = false;
    // Sized here, not by a style attribute, which the Content-Security-Policy forbids.
    element.style.width = "100%";
    element.style.height = "16rem";
    const graphique = window.echarts.init(element, null, { renderer: "svg" });
    graphique.setOption({
      aria: { enabled: false },
      animation: false,
      grid: { left: 48, right: 16, top: 56, bottom: 32 },
      legend: { top: 0, left: 0, itemGap: 12, textStyle: { fontSize: 11 } },
      tooltip: {
        trigger: "axis",
        valueFormatter: (valeur) => (valeur == null ? "—" : pourcentage.format(valeur)),
      },
      xAxis: { type: "category", data: donnees.millesimes },
      yAxis: {
        type: "value",
        min: 0,
        max: 1,
        axisLabel: { formatter: (valeur) => pourcentage.format(valeur) },
      },
      series: SERIES.map((serie) => ({
        name: serie.nom,
        type: "line",
        data: donnees[serie.cle],
        symbol: serie.symbole,
        symbolSize: 8,
        connectNulls: false,
        itemStyle: { color: serie.couleur },
        lineStyle: { color: serie.couleur },
      })),
    });
    window.addEventListener("resize", () => graphique.resize());
  }

  function demarrer() {
    const source = document.getElementById("graphiques-inserjeunes");
    if (!source || !window.echarts) {
      return;
    }
    const graphiques = JSON.parse(source.textContent);
    document.querySelectorAll("[data-graphique]").forEach((element) => {
      const donnees = graphiques[element.dataset.graphique];
      if (donnees) {
        dessiner(element, donnees);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", demarrer);
  } else {
    demarrer();
  }
})();
