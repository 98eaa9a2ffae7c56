// Forms on cached pages (marked data-csrf) are rendered without a CSRF token, since the same
// copy of the page is served to everyone. Just before such a form is sent, this fetches the
// visitor's own token from /csrf-token (which also sets the CSRF cookie) and adds it.
// Without this script the server shows the form again with a token (core/csrf.py).
const FIELD = "csrfmiddlewaretoken";

async function addToken(form) {
  const response = await fetch(form.dataset.csrf, {
    credentials: "same-origin",
    headers: { Accept: "application/json" },
  });
  if (!response.ok) return;
  const { token } = await response.json();
  let input = form.querySelector(`input[name="${FIELD}"]`);
  if (!input) {
    input = document.createElement("input");
    input.type = "hidden";
    input.name = FIELD;
    form.prepend(input);
  }
  input.value = token;
}

for (const form of document.querySelectorAll("form[data-csrf]")) {
  form.addEventListener("submit", async (event) => {
    if (form.dataset.csrfReady === "true") return;
    event.preventDefault();
    const submitter = event.submitter;
    try {
      await addToken(form);
    } catch {
      // Offline or refused: send the form anyway; the server asks again with a token.
    }
    form.dataset.csrfReady = "true";
    form.requestSubmit(submitter && submitter.form === form ? submitter : undefined);
  });
}
