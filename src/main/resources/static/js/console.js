/*
 * The consoles, once JavaScript runs (the pages work without it):
 * - each filter with many choices shows a field that narrows its list as one types;
 * - the table scrolls sideways to bring the sorted column into view, beside the frozen column.
 * htmx replaces the results in place, so both run again after each swap.
 */
(function () {
  "use strict";

  /** Lower case without accents, so that « region » finds « Région ». */
  function simple(texte) {
    return texte.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function rechercheDansLesChoix(racine) {
    racine.querySelectorAll(".console-choix").forEach(function (groupe) {
      var zone = groupe.querySelector(".console-choix__recherche");
      var champ = zone && zone.querySelector("input");
      if (!champ || champ.dataset.pret) {
        return;
      }
      champ.dataset.pret = "1";
      zone.hidden = false;
      champ.addEventListener("input", function () {
        var cherche = simple(champ.value.trim());
        groupe.querySelectorAll(".console-choix__liste .fr-fieldset__element").forEach(function (choix) {
          choix.hidden = cherche !== "" && simple(choix.textContent).indexOf(cherche) < 0;
        });
      });
      // Enter in the search field narrows the list; it must not submit the filters.
      champ.addEventListener("keydown", function (evenement) {
        if (evenement.key === "Enter") {
          evenement.preventDefault();
        }
      });
    });
  }

  /** Scrolls each console table so that its sorted column shows right of the frozen one. */
  function colonneTrieeEnVue(racine) {
    racine.querySelectorAll(".console-tableau").forEach(function (cadre) {
      var triee = cadre.querySelector("thead th[aria-sort]");
      if (!triee || triee.classList.contains("console-fige")) {
        return;
      }
      var figee = cadre.querySelector("thead th.console-fige");
      var largeurFigee = figee ? figee.getBoundingClientRect().width : 0;
      var rectangle = triee.getBoundingClientRect();
      var gauche = rectangle.left - cadre.getBoundingClientRect().left + cadre.scrollLeft;
      var debut = gauche - largeurFigee;
      var fin = gauche + rectangle.width;
      if (debut < cadre.scrollLeft || fin > cadre.scrollLeft + cadre.clientWidth) {
        cadre.scrollLeft = Math.max(0, debut);
      }
    });
  }

  function preparer(racine) {
    rechercheDansLesChoix(racine);
    colonneTrieeEnVue(racine);
  }

  document.addEventListener("DOMContentLoaded", function () {
    preparer(document);
  });
  document.addEventListener("htmx:afterSettle", function () {
    preparer(document);
  });
})();
