# %% [markdown]
# # A worked analysis 分析示例
#
# Four questions an analyst brings to the plans, answered with the library and pandas.
# Run it as a script (`python docs/examples/analysis.py`) or open it in Jupyter or VS Code,
# which read the `# %%` cells. Every answer is printed and checked: the checks name facts of
# the plans this package ships, so they hold whatever extra plans are loaded beside them.
#
# Types, once: years are integers (pandas `Int64`, so a missing year stays an integer
# column), amounts are exact `Decimal` objects (use `.astype(float)` for arithmetic), and
# every row carries its plan and region ids and the verbatim quote.

# %%
from decimal import Decimal

import pandas as pd

import qualityplans

pd.set_option("display.width", 160)
pd.set_option("display.max_columns", 12)
pd.set_option("display.max_colwidth", 40)

# %% [markdown]
# ## 1. How many targets does each plan set, for which year? 各规划各年份的目标数
#
# `targets()` returns every target with its plan; `.to_pandas()` makes it a typed table.

# %%
targets = qualityplans.targets().to_pandas()
per_plan_year = targets.groupby(["plan", "year"], dropna=False).size().rename("targets")
print(per_plan_year.to_string())

assert str(targets["year"].dtype) == "Int64"
assert per_plan_year[("suzhou-2016", 2016)] == 15  # the 2016 action plan: 15 targets, all for 2016
assert per_plan_year[("pinzhi-suzhou-2025", 2025)] == 32
assert per_plan_year[("suzhou-14fyp", 2025)] == 104  # the 14th Five-Year Plan's 2025 targets

# %% [markdown]
# ## 2. Which bodies lead the most measures, across the 2018-2019 reform? 哪些部门牵头最多
#
# `department_roles()` counts each line of bodies once: the quality-supervision,
# industry-and-commerce and food-and-drug bureaus of 2016 and the market-regulation bureau
# they merged into are one line.

# %%
roles = qualityplans.department_roles(region="苏州市").to_pandas()
print(roles[["rank", "name_zh", "leads", "responsible", "bodies_zh"]].head(6).to_string())

# The same answer from the responsibilities table, whose `line` column names the body each
# unit's line runs into today: count each measure once per line.
units = pd.DataFrame(qualityplans.records("responsibilities"))
led = units[units["role"] == "lead"].drop_duplicates(["plan", "holder", "line"])
shipped_suzhou = led[led["plan"].isin(["suzhou-2016", "pinzhi-suzhou-2025"])]
by_line = shipped_suzhou.groupby("line_zh").size().sort_values(ascending=False)
print(by_line.head(3).to_string())

assert by_line.index[0] == "苏州市市场监督管理局"
assert by_line.iloc[0] == 17  # 12 measures in 2016 (as 市质监局, 市工商局, 市食药监局), 5 in 2025
assert set(roles.loc[roles["department"] == "suzhou.market-regulation", "bodies"].iloc[0]) >= {
    "suzhou.quality-supervision",
    "suzhou.industry-commerce",
    "suzhou.food-drug",
}

# %% [markdown]
# ## 3. One pass rate across plans 一个合格率指标的历次目标与实际值
#
# `history()` lists every target and report of one indicator in time order; `value_zh` is the
# figure as the one formatter says it (a change against a base year reads as a change).

# %%
history = qualityplans.history("大中型工程一次验收合格率").to_pandas()
print(history[["plan", "year", "statement", "value_zh", "quote"]].to_string())

shipped = history[history["plan"].isin(["suzhou-2016", "suzhou-14fyp"])]
facts = {(r.plan, r.year, r.statement, r.amount) for r in shipped.itertuples()}
assert ("suzhou-2016", 2016, "target", Decimal("100")) in facts
assert ("suzhou-14fyp", 2020, "observation", Decimal("97")) in facts  # 十三五末, reported
assert ("suzhou-14fyp", 2025, "target", Decimal("98")) in facts

# %% [markdown]
# ## 4. What changed from the 2016 plan to the 2025 plan? 2016年与2025年的规划有何变化
#
# `diff()` compares two plans: indicators only one of them targets, related but different
# indicators (not comparable), measures aligned one to one, lines of responsibility.

# %%
change = qualityplans.diff("苏府〔2016〕63号", "品质苏州")
print(change)
only_2016 = [i.name_zh for i in change.indicators_only_in_a]
only_2025 = [i.name_zh for i in change.indicators_only_in_b]
print("仅2016年 only in 2016:", "、".join(only_2016))
print("仅2025年 only in 2025:", "、".join(only_2025))
pairs = [(p.a.label, p.a.title_zh, p.b.label, p.b.title_zh) for p in change.measures.pairs]
print(pd.DataFrame(pairs, columns=["2016", "2016 measure", "2025", "2025 measure"]).to_string())

assert "大中型工程一次验收合格率" in only_2016
assert "制造业产品质量合格率" in only_2025
assert ("(五)", "(十七)") in {(a, b) for a, _, b, _ in pairs}  # quality culture, both years
