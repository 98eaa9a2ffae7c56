"""The headless JSON API: Wagtail API v2 endpoints, their HTTP conventions, the OpenAPI
document, webhooks and headless preview. README.md, section "Headless API", documents it."""
