// Boots Swagger UI (from drf-spectacular-sidecar's bundle, loaded just before this module)
// on /api/docs/. The document's address comes from a data attribute: no inline script.
const container = document.getElementById("api-docs");

if (container && window.SwaggerUIBundle) {
  window.SwaggerUIBundle({
    url: container.dataset.openapiUrl,
    domNode: container,
    deepLinking: true,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
    tryItOutEnabled: true,
  });
}
