// Sends the CSRF token of the page with every htmx request and with fetch() calls that change
// something on Orion itself (never to another site), so that state-changing calls from scripts pass Orion's CSRF protection like forms do.
(function () {
  const entete = document.querySelector('meta[name="csrf-entete"]');
  const jeton = document.querySelector('meta[name="csrf-jeton"]');
  if (!entete || !jeton) {
    return;
  }
  document.addEventListener("htmx:configRequest", function (event) {
    event.detail.headers[entete.content] = jeton.content;
  });
  const fetchOrigine = window.fetch;
  window.fetch = function (ressource, options) {
    const methode = ((options && options.method) || "GET").toUpperCase();
    const adresse = typeof ressource === "string" || ressource instanceof URL ? ressource : ressource.url;
    const memeOrigine = new URL(adresse, window.location.href).origin === window.location.origin;
    if (methode === "GET" || methode === "HEAD" || !memeOrigine) {
      return fetchOrigine(ressource, options);
    }
    const suite = Object.assign({}, options);
    suite.headers = new Headers(suite.headers || {});
    suite.headers.set(entete.content, jeton.content);
    return fetchOrigine(ressource, suite);
  };
})();
