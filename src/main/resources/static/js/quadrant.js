// The quadrant of the région and département panoramas, drawn with ECharts from the JSON block of the
// page (#quadrant-donnees). Without JavaScript the page shows the same data in its table; this script
// only adds the chart: x = taux de poursuite d'études, y = taux d'emploi à 6 mois, axes crossing at the
// regional averages, bubble area proportional to the headcount at entry, click to open the formation.
// On a phone (under 500 px) the chart is shorter, its bubbles smaller, its axes named in fewer words
// with a tick every 25 %, and the averages' lines unlabelled: the paragraph above the chart gives them.
(function () {
  "use strict";

  var TELEPHONE = 500;
  var COULEURS = { Q1: "#18753c", Q2: "#0063cb", Q3: "#b34000", Q4: "#ce0500" };
  var pourcentage = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });
  var nombre = new Intl.NumberFormat("fr-FR");

  function taux(valeur) {
    return valeur === null || valeur === undefined ? "—" : pourcentage.format(valeur);
  }

  function echapper(texte) {
    var div = document.createElement("div");
    div.textContent = texte;
    return div.innerHTML;
  }

  function dessiner() {
    var bloc = document.getElementById("quadrant-donnees");
    var conteneur = document.getElementById("quadrant-graphique");
    if (!bloc || !conteneur) {
      return;
    }
    var donnees = JSON.parse(bloc.textContent);
    var formations = donnees.formations || [];
    if (formations.length === 0 || donnees.moyenneEmploi === null || donnees.moyennePoursuite === null) {
      return;
    }
    conteneur.hidden = false;
    // Sized here, not by a style attribute, which the Content-Security-Policy forbids.
    conteneur.style.width = "100%";
    var telephone = conteneur.clientWidth < TELEPHONE;
    conteneur.style.height = telephone ? "420px" : "560px";
    var tailleMax = telephone ? 24 : 40;
    var effectifMax = Math.max.apply(null, formations.map(function (f) { return f.effectif || 0; })) || 1;
    var graphique = window.OrionGraphiques.graphique(conteneur);
    var series = ["Q1", "Q2", "Q3", "Q4"].map(function (position) {
      return {
        name: position,
        type: "scatter",
        itemStyle: { color: COULEURS[position], opacity: 0.75, borderColor: "#fff", borderWidth: 1 },
        symbolSize: function (valeur, parametres) {
          return 8 + tailleMax * Math.sqrt((parametres.data.effectif || 0) / effectifMax);
        },
        data: formations
          .filter(function (f) { return f.position === position; })
          .map(function (f) {
            return {
              value: [Number(f.poursuite), Number(f.emploi)],
              cfd: f.cfd,
              libelle: f.libelle,
              dispositif: f.dispositif,
              effectif: f.effectif,
              devenir: f.devenir,
              position: f.position,
            };
          }),
      };
    });
    // The averages are drawn once, as the lines of the first series.
    series[0].markLine = {
      silent: true,
      symbol: "none",
      label: { formatter: "{b}", color: "#3a3a3a", position: "insideEndTop" },
      lineStyle: { color: "#666", type: "dashed" },
      data: [
        { name: "Poursuite moyenne : " + taux(donnees.moyennePoursuite), xAxis: Number(donnees.moyennePoursuite) },
        { name: "Emploi moyen : " + taux(donnees.moyenneEmploi), yAxis: Number(donnees.moyenneEmploi) },
      ],
    };
    graphique.setOption({
      baseOption: {
        aria: { enabled: true },
        animation: false,
        legend: { top: 0, data: ["Q1", "Q2", "Q3", "Q4"] },
        grid: { left: 70, right: 40, top: 50, bottom: 60 },
        tooltip: {
          trigger: "item",
          formatter: function (parametres) {
            var f = parametres.data;
            return (
              "<strong>" + echapper(f.libelle) + "</strong><br>" +
              echapper(f.dispositif) + " — CFD " + echapper(f.cfd) + "<br>" +
              "Effectif en entrée : " + nombre.format(f.effectif) + "<br>" +
              "Taux d'emploi à 6 mois : " + taux(f.value[1]) + "<br>" +
              "Taux de poursuite d'études : " + taux(f.value[0]) + "<br>" +
              "Taux de devenir favorable : " + taux(f.devenir) + "<br>" +
              "Position : " + echapper(f.position)
            );
          },
        },
        xAxis: {
          name: "Taux de poursuite d'études",
          nameLocation: "middle",
          nameGap: 35,
          min: 0,
          max: 1,
          // The ends' labels inside the plot: 0 % clear of the other axis's 0 %, 100 % on screen.
          axisLabel: { formatter: taux, alignMinLabel: "left", alignMaxLabel: "right" },
          splitLine: { show: false },
        },
        yAxis: {
          name: "Taux d'emploi à 6 mois",
          nameLocation: "middle",
          nameGap: 50,
          min: 0,
          max: 1,
          axisLabel: { formatter: taux, verticalAlignMinLabel: "bottom", verticalAlignMaxLabel: "top" },
          splitLine: { show: false },
        },
        series: series,
      },
      media: [
        {
          query: { maxWidth: TELEPHONE },
          option: {
            legend: { itemGap: 8 },
            grid: { left: 56, right: 16, top: 40, bottom: 48 },
            xAxis: { name: "Poursuite d'études", nameGap: 28, interval: 0.25 },
            yAxis: { name: "Emploi à 6 mois", nameGap: 40, interval: 0.25 },
            series: [{ markLine: { label: { show: false } } }],
          },
        },
      ],
    });
    graphique.on("click", function (parametres) {
      if (parametres.data && parametres.data.cfd) {
        window.location.href = "/formations/" + encodeURIComponent(parametres.data.cfd);
      }
    });
    window.addEventListener("resize", function () { graphique.resize(); });
  }

  window.OrionGraphiques.quandPret(dessiner);
})();
