"""mkdocs-gen-files script: writes one page per plan from the curated data."""

import mkdocs_gen_files

from qualityplans.catalog import plans
from qualityplans.pages import plan_page, plan_path, plans_index_page

with mkdocs_gen_files.open("plans/index.md", "w", encoding="utf-8") as page:
    page.write(plans_index_page())

for plan in plans():
    with mkdocs_gen_files.open(plan_path(plan), "w", encoding="utf-8") as page:
        page.write(plan_page(plan))
