// Draws the InserJeunes rates of a formation per millésime (grouped bars) in every element marked
// data-graphique-inserjeunes, from the JSON block its data-donnees names. The page's table gives the
// same figures: the chart only enhances it, and without JavaScript the element stays empty.
(function () {
  "use strict";

  function pourcentage(valeur) {
    return valeur === null || valeur === undefined
      ? "— (moins de 20 sortants)"
      : Math.round(valeur * 100) + " %";
  }

  function dessiner(element) {
    var donnees = JSON.parse(document.getElementById(element.dataset.donnees).textContent);
    element.style.height = "360px";
    var graphique = window.OrionGraphiques.graphique(element);
    graphique.setOption({
      color: ["#000091", "#E1000F", "#68A532"],
      tooltip: { trigger: "axis", valueFormatter: pourcentage },
      // The legend in a column above the plot: on a phone, a row of three would wrap onto the axis.
      legend: { top: 0, left: 0, orient: "vertical", itemGap: 6 },
      grid: { left: 50, right: 20, top: 84, bottom: 32 },
      xAxis: { type: "category", data: donnees.millesimes },
      yAxis: {
        type: "value",
        min: 0,
        max: 1,
        axisLabel: { formatter: pourcentage },
      },
      series: [
        { name: "Taux d'emploi à 6 mois", type: "bar", data: donnees.tauxInsertion6mois },
        { name: "Taux de poursuite d'études", type: "bar", data: donnees.tauxPoursuite },
        { name: "Taux de devenir favorable", type: "bar", data: donnees.tauxDevenirFavorable },
      ],
    });
    window.addEventListener("resize", function () {
      graphique.resize();
    });
  }

  window.OrionGraphiques.quandPret(function () {
    document.querySelectorAll("[data-graphique-inserjeunes]").forEach(dessiner);
  });
})();
