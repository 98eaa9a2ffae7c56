// Title suggestions for the search boxes, as the WAI-ARIA combobox pattern with a listbox
// popup: type two letters, choose with the up and down arrow keys, Enter opens the page,
// Escape closes the list. A form opts in with data-search-autocomplete="<endpoint URL>".
// Without this file (or JavaScript) the boxes are plain search forms.
const MIN_LETTERS = 2;
const DELAY_MS = 150;

function enhance(form, index) {
  const input = form.querySelector('input[type="search"]');
  if (!input) return;
  const endpoint = new URL(form.dataset.searchAutocomplete, window.location.href);
  const locale = form.dataset.searchLocale || document.documentElement.lang;
  const listId = `${input.id || `search-${index}`}-suggestions`;

  const list = document.createElement("ul");
  list.id = listId;
  list.className = "search-suggestions";
  list.setAttribute("role", "listbox");
  list.setAttribute("aria-label", form.dataset.searchListLabel || "Suggestions");
  list.hidden = true;
  const status = document.createElement("p");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");
  form.classList.add("search-combobox");
  form.append(list, status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listId);

  let suggestions = [];
  let active = -1;
  let timer = null;
  let controller = null;

  const open = () => {
    list.hidden = suggestions.length === 0;
    input.setAttribute("aria-expanded", String(!list.hidden));
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
    for (const option of list.children) option.setAttribute("aria-selected", "false");
  };
  const activate = (position) => {
    active = position;
    [...list.children].forEach((option, number) => {
      const selected = number === active;
      option.setAttribute("aria-selected", String(selected));
      if (selected) {
        input.setAttribute("aria-activedescendant", option.id);
        option.scrollIntoView({ block: "nearest" });
      }
    });
  };
  const go = (suggestion) => {
    if (suggestion) window.location.assign(suggestion.url);
  };
  const render = () => {
    list.replaceChildren(
      ...suggestions.map((suggestion, number) => {
        const option = document.createElement("li");
        option.id = `${listId}-${number}`;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.textContent = suggestion.title;
        return option;
      }),
    );
    active = -1;
    input.removeAttribute("aria-activedescendant");
    const template = form.dataset.searchCountText || "{count}";
    status.textContent = suggestions.length ? template.replace("{count}", suggestions.length) : "";
    open();
  };
  const load = async () => {
    const text = input.value.trim();
    if (controller) controller.abort();
    if (text.length < MIN_LETTERS) {
      suggestions = [];
      render();
      return;
    }
    controller = new AbortController();
    endpoint.searchParams.set("q", text);
    endpoint.searchParams.set("locale", locale);
    try {
      const response = await fetch(endpoint, {
        signal: controller.signal,
        headers: { Accept: "application/json" },
      });
      if (!response.ok) throw new Error(String(response.status));
      const data = await response.json();
      suggestions = Array.isArray(data.results) ? data.results : [];
    } catch (error) {
      if (error.name === "AbortError") return;
      suggestions = [];
    }
    if (document.activeElement === input) render();
  };

  input.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(load, DELAY_MS);
  });
  input.addEventListener("keydown", (event) => {
    const count = suggestions.length;
    if (event.key === "ArrowDown" && count) {
      event.preventDefault();
      open();
      activate((active + 1) % count);
    } else if (event.key === "ArrowUp" && count) {
      event.preventDefault();
      open();
      activate(active <= 0 ? count - 1 : active - 1);
    } else if (event.key === "Enter" && !list.hidden && active >= 0) {
      event.preventDefault();
      go(suggestions[active]);
    } else if (event.key === "Escape" && !list.hidden) {
      event.preventDefault();
      close();
    } else if (event.key === "Tab") {
      close();
    }
  });
  input.addEventListener("blur", close);
  // Keep the focus in the box while an option is clicked, then open its page.
  list.addEventListener("mousedown", (event) => event.preventDefault());
  list.addEventListener("click", (event) => {
    const option = event.target.closest('[role="option"]');
    if (option) go(suggestions[[...list.children].indexOf(option)]);
  });
}

document.querySelectorAll("form[data-search-autocomplete]").forEach(enhance);
