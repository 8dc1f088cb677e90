"""mkdocs-gen-files script: writes every page and download the library renders.

A page without a ``description`` in its front matter gets one from its own content
(``qualityplans.site.metadata.with_description``), as ``write_tree`` does. Data that
does not load (a module with a syntax error, an exception, a float for a Decimal) or
that shadows a shipped record stops the build in one line naming the file and line,
as every command says it, instead of a traceback.
"""

import mkdocs_gen_files
from mkdocs.exceptions import PluginError

import qualityplans.site
from qualityplans.catalog import DataConflictError, DataLoadError
from qualityplans.site.metadata import with_description

try:
    for path, markdown in qualityplans.site.pages():
        with mkdocs_gen_files.open(path, "w", encoding="utf-8") as page:
            page.write(with_description(markdown))

    for path, content in qualityplans.site.files():
        with mkdocs_gen_files.open(path, "wb") as file:
            file.write(content)
except (DataLoadError, DataConflictError) as error:
    raise PluginError(str(error)) from None
