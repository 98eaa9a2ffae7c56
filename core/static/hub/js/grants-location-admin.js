// Admin: a small map under a grantee's latitude and longitude inputs. The marker follows
// the inputs; a click on the map fills them. Without this script the inputs still work.
(() => {
  "use strict";

  const precision = 6;

  function setup(container) {
    if (container.dataset.ready || !window.L) return;
    const L = window.L;
    const latInput = document.getElementById(container.dataset.latitudeInput);
    const lngInput = document.getElementById(container.dataset.longitudeInput);
    if (!latInput || !lngInput) return;
    container.dataset.ready = "true";
    container.setAttribute("role", "application");
    container.setAttribute("aria-label", container.dataset.label || "");
    container.classList.add("grantee-location-preview__map--ready");
    container.style.height = "18rem";

    const labels = container.dataset;
    const map = L.map(container, { zoomControl: false }).setView([42, 65], 4);
    // Leaflet's controls speak English; the template passes their labels in the admin's language.
    L.control
      .zoom({
        zoomInTitle: labels.zoomInLabel || "Zoom in",
        zoomOutTitle: labels.zoomOutLabel || "Zoom out",
      })
      .addTo(map);
    L.tileLayer(container.dataset.tileUrl, {
      attribution: container.dataset.attribution,
      maxZoom: 18,
    }).addTo(map);
    const marker = L.marker([42, 65], { draggable: true });

    const read = () => {
      const lat = Number.parseFloat(latInput.value);
      const lng = Number.parseFloat(lngInput.value);
      const valid = Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;
      return valid ? L.latLng(lat, lng) : null;
    };
    const show = () => {
      const point = read();
      if (point) {
        marker.setLatLng(point).addTo(map);
        map.setView(point, Math.max(map.getZoom(), 8));
      } else {
        marker.remove();
      }
    };
    const write = (point) => {
      latInput.value = point.lat.toFixed(precision);
      lngInput.value = L.Util.wrapNum(point.lng, [-180, 180], true).toFixed(precision);
      latInput.dispatchEvent(new Event("change", { bubbles: true }));
      lngInput.dispatchEvent(new Event("change", { bubbles: true }));
      show();
    };

    latInput.addEventListener("input", show);
    lngInput.addEventListener("input", show);
    map.on("click", (event) => write(event.latlng));
    marker.on("dragend", () => write(marker.getLatLng()));
    show();
  }

  const start = () => document.querySelectorAll("[data-location-preview]").forEach(setup);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
