"""mkdocs hooks for the site's addresses: a 404 page that works wherever the site lives.

mkdocs writes 404.html with links from the server's root (``/assets/…``) when no
``site_url`` is set, so the page loses its styles and navigation as soon as the site
is served from a sub-path (a project page, a folder on a server) or from a zip. With
no ``site_url`` the 404 page's links are made relative to the site's root folder,
where 404.html lies; with a ``site_url`` (``QUALITYPLANS_SITE_URL``, see mkdocs.yml)
mkdocs' own links from that URL's path are kept, which work from any depth.
"""

from typing import Any


def on_template_context(context: dict[str, Any], template_name: str, config: Any) -> dict[str, Any]:
    if template_name == "404.html" and not config.site_url:
        context["base_url"] = "."
    return context
