// Panorama établissement: draws, beside each formation's table of InserJeunes rates, a line chart of
// the same rates. The tables stay the reference (they are what assistive technologies read); without
// JavaScript or ECharts the charts simply stay hidden.
// It also shows the search field that narrows the formations' tables and accordions as one types,
// and opens the tab and the accordion that a link to a formation (#formation-…) or a part of the
// page (#proches…) points to, which the DSFR would leave closed.
(function () {
  "use strict";

  function normaliser(texte) {
    return texte.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function chercher(champ, resultat) {
    const mots = normaliser(champ.value).split(/\s+/).filter((mot) => mot !== "");
    const correspond = (element) => {
      const texte = normaliser(element.dataset.recherche || "");
      return mots.every((mot) => texte.includes(mot));
    };
    document.querySelectorAll("[data-recherche]").forEach((element) => {
      element.hidden = !correspond(element);
    });
    document.querySelectorAll("[data-niveau]").forEach((niveau) => {
      niveau.hidden = niveau.querySelector(".fr-accordion:not([hidden])") === null;
    });
    const lignes = Array.from(document.querySelectorAll("#tableau-effectifs tbody tr"));
    const affichees = lignes.filter((ligne) => !ligne.hidden).length;
    resultat.textContent =
      mots.length === 0 ? "" : "Offres affichées : " + affichees + " sur " + lignes.length + ".";
  }

  function demarrerRecherche() {
    const bloc = document.getElementById("recherche-formation");
    if (!bloc) {
      return;
    }
    const champ = document.getElementById("formation-cherchee");
    const resultat = document.getElementById("formations-trouvees");
    bloc.hidden = false;
    champ.addEventListener("input", () => chercher(champ, resultat));
  }

  /** Opens, through the DSFR's API, the tab panel and the accordion around the element. */
  function ouvrir(element) {
    const panneau = element.closest(".fr-tabs__panel");
    if (panneau && window.dsfr) {
      window.dsfr(panneau).tabPanel.disclose();
    }
    const accordeon = element.classList.contains("fr-accordion") ? element : null;
    if (accordeon && window.dsfr) {
      window.dsfr(accordeon.querySelector(".fr-collapse")).collapse.disclose();
    }
    const cible = accordeon ? accordeon.querySelector(".fr-accordion__btn") : element;
    cible.scrollIntoView({ block: "start" });
    if (accordeon) {
      cible.focus({ preventScroll: true });
    }
  }

  function cibleDe(ancre) {
    const id = decodeURIComponent(ancre.replace(/^#/, ""));
    return id === "" ? null : document.getElementById(id);
  }

  function demarrerAncres() {
    document.querySelectorAll("a[href^='#']").forEach((lien) => {
      lien.addEventListener("click", (evenement) => {
        const cible = cibleDe(lien.getAttribute("href"));
        if (cible && cible.closest(".fr-tabs__panel")) {
          evenement.preventDefault();
          history.replaceState(null, "", lien.getAttribute("href"));
          ouvrir(cible);
        }
      });
    });
    const cible = cibleDe(window.location.hash);
    if (cible && cible.closest(".fr-tabs__panel")) {
      // The DSFR starts its tabs and accordions on DOMContentLoaded too: open after it.
      window.setTimeout(() => ouvrir(cible), 0);
    }
  }

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
    element.style.height = "18rem";
    const graphique = window.OrionGraphiques.graphique(element);
    graphique.setOption({
      aria: { enabled: false },
      animation: false,
      // The legend in a column above the plot: on a phone, a row of three would wrap onto the axis.
      grid: { left: 48, right: 16, top: 76, bottom: 32 },
      legend: { top: 0, left: 0, orient: "vertical", itemGap: 6 },
      tooltip: {
        trigger: "axis",
        valueFormatter: (valeur) => (valeur == null ? "—" : pourcentage.format(valeur)),
      },
      xAxis: { type: "category", data: donnees.millesimes },
      yAxis: {
        type: "value",
        min: 0,
        max: 1,
        axisLabel: {
          formatter: (valeur) => pourcentage.format(valeur),
          verticalAlignMaxLabel: "top",
        },
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
    if (!source) {
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

  function demarrerPage() {
    demarrerRecherche();
    demarrerAncres();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", demarrerPage);
  } else {
    demarrerPage();
  }
  window.OrionGraphiques.quandPret(demarrer);
})();
