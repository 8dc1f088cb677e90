"""Xiangcheng District (苏州市相城区) bodies, as the Xiangcheng plans name them.

Xiangcheng is a district of Suzhou; its bodies are distinct from the Suzhou city
bodies in ``suzhou.py`` (区市场监管局 is not 市市场监管局). Short names are the
forms the documents write. 相政办〔2017〕98号 writes 区 only before the first
unit of each list (区市场监管局、住建局…), so a body may appear both with and
without 区; both forms are listed, and ``get_department(name, region="xiangcheng")``
finds the body under either.

The documents give short names only. Full Chinese names are this project's
expansion of those short names into the standard form of a Suzhou district
body's name (苏州市相城区 + the body's title); they are not quoted from a
curated document.

No lineage is recorded: the 2018-2019 reform of Xiangcheng's bodies is not
attested in the curated documents, and dates are not invented.
"""

from qualityplans.model import Department, DepartmentKind, LineageEvent

K = DepartmentKind
R = "xiangcheng"

NO_LINEAGE = (
    "Not followed through the 2018-2019 institutional reform: its successor is not attested "
    "in the curated documents, so no lineage is recorded."
)
NO_LINEAGE_ZH = (
    "未追溯其在2018—2019年机构改革中的变化：已整理的文件未载明其承继机构，因此未记录沿革。"
)

DEPARTMENTS: tuple[Department, ...] = (
    Department(
        "xiangcheng.government",
        "苏州市相城区人民政府",
        "Xiangcheng District People's Government",
        R,
        K.GOVERNMENT,
        ("区政府",),
    ),
    Department(
        "xiangcheng.general-office",
        "苏州市相城区人民政府办公室",
        "General Office of the Xiangcheng District People's Government",
        R,
        K.GENERAL_OFFICE,
        ("苏州相城区人民政府办公室",),
        note="相政办〔2017〕98号 signs as 苏州相城区人民政府办公室 (without 市) and prints "
        "苏州市相城区人民政府办公室 in its 印发 line; both name this office.",
        note_zh="相政办〔2017〕98号落款为“苏州相城区人民政府办公室”（无“市”字），印发栏写作"
        "“苏州市相城区人民政府办公室”；二者均指本机构。",
    ),
    Department(
        "xiangcheng.party-publicity",
        "中共苏州市相城区委员会宣传部",
        "Publicity Department of the CPC Xiangcheng District Committee",
        R,
        K.PARTY,
        ("区委宣传部",),
    ),
    Department(
        "xiangcheng.market-regulation",
        "苏州市相城区市场监督管理局",
        "Xiangcheng District Administration for Market Regulation",
        R,
        names=("区市场监管局", "市场监管局"),
        note="Already a single market regulation body in 2017: 相政办〔2017〕98号 names 区市场监管局 "
        "(not 区质监局 or 区工商局) as lead unit. When it was formed is not stated in the curated "
        f"documents. {NO_LINEAGE}",
        note_zh="2017年已是统一的市场监管机构：相政办〔2017〕98号以“区市场监管局”（而非区质监局或"
        f"区工商局）为牵头单位。其组建时间已整理的文件未载明。{NO_LINEAGE_ZH}",
    ),
    Department(
        "xiangcheng.development-reform",
        "苏州市相城区发展和改革局",
        "Xiangcheng District Development and Reform Bureau",
        R,
        names=("区发改局", "发改局"),
    ),
    Department(
        "xiangcheng.economy-it",
        "苏州市相城区经济和信息化局",
        "Xiangcheng District Bureau of Economy and Information Technology",
        R,
        names=("区经信局", "经信局"),
        note=NO_LINEAGE,
        note_zh=NO_LINEAGE_ZH,
    ),
    Department(
        "xiangcheng.statistics",
        "苏州市相城区统计局",
        "Xiangcheng District Statistics Bureau",
        R,
        names=("统计局",),
    ),
    Department(
        "xiangcheng.housing-construction",
        "苏州市相城区住房和城乡建设局",
        "Xiangcheng District Bureau of Housing and Urban-Rural Development",
        R,
        names=("区住建局", "住建局"),
    ),
    Department(
        "xiangcheng.transport",
        "苏州市相城区交通运输局",
        "Xiangcheng District Transport Bureau",
        R,
        names=("交通局",),
    ),
    Department(
        "xiangcheng.water",
        "苏州市相城区水利局",
        "Xiangcheng District Water Resources Bureau",
        R,
        names=("水利局",),
        note=NO_LINEAGE,
        note_zh=NO_LINEAGE_ZH,
    ),
    Department(
        "xiangcheng.environmental-protection",
        "苏州市相城区环境保护局",
        "Xiangcheng District Environmental Protection Bureau",
        R,
        names=("区环保局", "环保局"),
        note=NO_LINEAGE,
        note_zh=NO_LINEAGE_ZH,
    ),
    Department(
        "xiangcheng.land-resources-branch",
        "苏州市国土资源局相城分局",
        "Xiangcheng Branch of the Suzhou Municipal Bureau of Land and Resources",
        R,
        K.VERTICAL,
        ("国土分局",),
        note="A branch (分局) of the Suzhou Municipal Bureau of Land and Resources "
        "serving Xiangcheng, not a district government bureau and not "
        "the city bureau itself. The record rests on: the document's own form 国土分局 (a 分局, "
        "where every other unit is a 局 or 部) in a list of district units; the arrangement under "
        "the State Council's 2004 reform of land and resources administration below the "
        "provincial level (国发〔2004〕12号), by which the land bodies of a prefecture-level "
        "city's districts became branches of the city bureau; and the parallel lead units of "
        "the environment measure in the 2016 Suzhou plan (市环保局、市经信委、市国土局). The full "
        f"name is this project's expansion of 国土分局. {NO_LINEAGE}",
        note_zh="苏州市国土资源局在相城区的分局，既不是区政府的工作部门，也不是市局本身。此记录的依据："
        "文件本身写作“国土分局”（在一份区级单位名单中，其余单位均为“局”或“部”，唯此为“分局”）；"
        "国务院2004年省级以下国土资源管理体制改革（国发〔2004〕12号）的安排，即设区的市所辖区的"
        "国土资源机构改为市局的分局；以及2016年苏州市计划环境一项的并列牵头单位（市环保局、市经信委、"
        f"市国土局）。全称是本项目对“国土分局”的补全。{NO_LINEAGE_ZH}",
    ),
    Department(
        "xiangcheng.agriculture",
        "苏州市相城区农业局",
        "Xiangcheng District Agriculture Bureau",
        R,
        names=("农业局",),
        note=NO_LINEAGE,
        note_zh=NO_LINEAGE_ZH,
    ),
    Department(
        "xiangcheng.tourism",
        "苏州市相城区旅游局",
        "Xiangcheng District Tourism Bureau",
        R,
        names=("旅游局",),
        note=NO_LINEAGE,
        note_zh=NO_LINEAGE_ZH,
    ),
    Department(
        "xiangcheng.education",
        "苏州市相城区教育局",
        "Xiangcheng District Education Bureau",
        R,
        names=("区教育局", "教育局"),
    ),
    Department(
        "xiangcheng.human-resources-social-security",
        "苏州市相城区人力资源和社会保障局",
        "Xiangcheng District Human Resources and Social Security Bureau",
        R,
        names=("人社局",),
    ),
    Department(
        "xiangcheng.trade-union",
        "苏州市相城区总工会",
        "Xiangcheng District Federation of Trade Unions",
        R,
        K.ORGANIZATION,
        ("总工会",),
        note="相政办〔2017〕98号 writes 总工会 in a list that begins with 区委宣传部; it is the "
        "district's trade union federation, not the Suzhou one.",
        note_zh="相政办〔2017〕98号在以“区委宣传部”开头的名单中写作“总工会”，指相城区总工会，"
        "不是苏州市总工会。",
    ),
)

LINEAGE: tuple[LineageEvent, ...] = ()
