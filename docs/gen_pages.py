"""mkdocs-gen-files script: writes every page and download the library renders."""

import mkdocs_gen_files

import qualityplans.site

for path, markdown in qualityplans.site.pages():
    with mkdocs_gen_files.open(path, "w", encoding="utf-8") as page:
        page.write(markdown)

for path, content in qualityplans.site.files():
    with mkdocs_gen_files.open(path, "wb") as file:
        file.write(content)
