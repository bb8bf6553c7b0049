// The API docs: Swagger UI from the bundled swagger-ui-dist files, reading /openapi.json.
(function () {
  "use strict";
  function start() {
    var node = document.getElementById("swagger-ui");
    window.SwaggerUIBundle({ url: node.dataset.spec, domNode: node, deepLinking: true });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
