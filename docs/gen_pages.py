"""mkdocs-gen-files script: writes every page and download the library renders.

A page without a ``description`` in its front matter gets one from its own content
(``qualityplans.site.metadata.with_description``), as ``write_tree`` does.
"""

import mkdocs_gen_files

import qualityplans.site
from qualityplans.site.metadata import with_description

for path, markdown in qualityplans.site.pages():
    with mkdocs_gen_files.open(path, "w", encoding="utf-8") as page:
        page.write(with_description(markdown))

for path, content in qualityplans.site.files():
    with mkdocs_gen_files.open(path, "wb") as file:
        file.write(content)
