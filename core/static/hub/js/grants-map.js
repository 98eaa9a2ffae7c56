// Progressive enhancement of the grants pages: the clustered map of grantees, filters that
// update map, figures and list without a reload, and a grantee's small location map.
// Without JavaScript the filter form submits normally and the list shows every grantee.
const L = window.L;

function tiles(element) {
  return L.tileLayer(element.dataset.tileUrl, {
    attribution: element.dataset.attribution,
    maxZoom: 18,
  });
}

// Leaflet's own controls speak English; the page passes their labels in its language
// (templates/grants/includes/map_labels.html).
function createMap(element, options) {
  const labels = element.dataset;
  const map = L.map(element, { ...options, zoomControl: false });
  L.control
    .zoom({
      zoomInTitle: labels.zoomInLabel || "Zoom in",
      zoomOutTitle: labels.zoomOutLabel || "Zoom out",
    })
    .addTo(map);
  if (labels.leafletTitle && map.attributionControl) {
    const link = document.createElement("a");
    link.href = "https://leafletjs.com";
    link.title = labels.leafletTitle;
    link.textContent = "Leaflet";
    map.attributionControl.setPrefix(link.outerHTML);
  }
  if (labels.closeLabel) {
    map.on("popupopen", (event) => {
      const button = event.popup.getElement()?.querySelector(".leaflet-popup-close-button");
      button?.setAttribute("aria-label", labels.closeLabel);
    });
  }
  return map;
}

// Leaflet finds its default marker images next to leaflet.css by URL, which fails once the
// collected file names carry a hash (/en/grants/marker-icon.png, a 404); the page names them.
function markerIcon(element) {
  const images = element.dataset;
  return L.icon({
    iconUrl: images.markerIcon,
    iconRetinaUrl: images.markerIcon2x,
    shadowUrl: images.markerShadow,
    iconSize: [25, 41],
    iconAnchor: [12, 41],
    popupAnchor: [1, -34],
    tooltipAnchor: [16, -28],
    shadowSize: [41, 41],
  });
}

function reveal(element) {
  element.hidden = false;
  element.setAttribute("role", "region");
  element.setAttribute("aria-label", element.dataset.label || "");
}

function popupContent(properties) {
  const root = document.createElement("div");
  root.className = "grants-popup";
  if (properties.photo) {
    const image = document.createElement("img");
    image.src = properties.photo;
    image.alt = "";
    image.width = 240;
    image.height = 160;
    image.loading = "lazy";
    root.append(image);
  }
  const title = document.createElement("p");
  title.className = "grants-popup__title";
  const link = document.createElement("a");
  link.href = properties.url || "#";
  link.textContent = properties.name;
  title.append(link);
  root.append(title);
  const place = document.createElement("p");
  place.className = "grants-popup__place";
  place.textContent = [properties.city, properties.country_name].filter(Boolean).join(", ");
  root.append(place);
  if (properties.summary) {
    const summary = document.createElement("p");
    summary.textContent = properties.summary;
    root.append(summary);
  }
  return root;
}

function grantsMap(element) {
  reveal(element);
  const map = createMap(element, { scrollWheelZoom: false }).setView([42, 65], 4);
  tiles(element).addTo(map);
  const group = typeof L.markerClusterGroup === "function"
    ? L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50 })
    : L.featureGroup();
  map.addLayer(group);
  const icon = markerIcon(element);
  let controller = null;

  async function show(query) {
    const url = new URL(element.dataset.geojsonUrl, window.location.href);
    for (const name of ["country", "theme", "year"]) {
      const value = query.get(name);
      if (value) url.searchParams.set(name, value);
      else url.searchParams.delete(name);
    }
    controller?.abort();
    controller = new AbortController();
    try {
      const response = await fetch(url, { signal: controller.signal });
      if (!response.ok) return;
      const data = await response.json();
      const layer = L.geoJSON(data, {
        pointToLayer: (feature, latlng) =>
          L.marker(latlng, {
            icon,
            title: feature.properties.name,
            alt: feature.properties.name,
          }),
        onEachFeature: (feature, marker) =>
          marker.bindPopup(() => popupContent(feature.properties), { maxWidth: 260 }),
      });
      group.clearLayers();
      group.addLayers ? group.addLayers(layer.getLayers()) : layer.eachLayer((m) => group.addLayer(m));
      if (layer.getLayers().length) {
        map.fitBounds(layer.getBounds(), { maxZoom: 9, padding: [24, 24] });
      }
    } catch (error) {
      if (error.name !== "AbortError") console.warn("grants map:", error);
    }
  }

  show(new URLSearchParams(window.location.search));
  return { show };
}

function liveFilters(form, map) {
  const results = document.querySelector("[data-grants-results]");
  if (!results) return;
  let controller = null;

  async function apply() {
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (value) query.set(name, value);
    }
    const search = query.toString() ? `?${query}` : window.location.pathname;
    window.history.replaceState(null, "", search);
    map?.show(query);
    controller?.abort();
    controller = new AbortController();
    results.setAttribute("aria-busy", "true");
    try {
      const response = await fetch(`${window.location.pathname}?${query}`, {
        signal: controller.signal,
        headers: { Accept: "text/html" },
      });
      if (!response.ok) return;
      const html = new DOMParser().parseFromString(await response.text(), "text/html");
      for (const selector of [".grants-stats", ".grants__list"]) {
        const fresh = html.querySelector(selector);
        const current = results.querySelector(selector);
        if (fresh && current) current.replaceWith(document.importNode(fresh, true));
      }
    } catch (error) {
      if (error.name !== "AbortError") form.submit();
    } finally {
      results.removeAttribute("aria-busy");
    }
  }

  form.addEventListener("change", apply);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply();
  });
}

function locationMap(element) {
  const latitude = Number.parseFloat(element.dataset.latitude);
  const longitude = Number.parseFloat(element.dataset.longitude);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return;
  reveal(element);
  const map = createMap(element, { scrollWheelZoom: false }).setView([latitude, longitude], 10);
  tiles(element).addTo(map);
  L.marker([latitude, longitude], {
    icon: markerIcon(element),
    title: element.dataset.name,
    alt: element.dataset.name,
  }).addTo(map);
}

const mapElement = L ? document.querySelector("[data-grants-map]") : null;
const grants = mapElement ? grantsMap(mapElement) : null;
const filterForm = document.querySelector("[data-grants-filters]");
if (filterForm) liveFilters(filterForm, grants);
if (L) document.querySelectorAll("[data-location-map]").forEach(locationMap);
