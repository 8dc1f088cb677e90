"""Suzhou city (苏州市) bodies, as the Suzhou plans name them, and their lineage.

Short names are the forms the documents write (市质监局). Bodies abolished or
renamed in the 2018-2019 institutional reform keep their own record and are
linked to their successors in ``LINEAGE``.
"""

from qualityplans.model import Department, DepartmentKind, LineageEvent, LineageKind

K = DepartmentKind
R = "suzhou"

# What the lineage rests on; see LINEAGE below.
REFORM_BASIS = (
    "The 2018 Party and state institutional reform (深化党和国家机构改革方案, March 2018) and "
    "the Jiangsu and Suzhou reform plans that carried it out; Suzhou's new bodies took over in "
    "2019. Successors that 苏府办〔2025〕77号 names carry the short name it writes; others (市生态环境局, 市卫健委) the usual short form. Exact dates of "
    "each change are not recorded in the curated documents, so only the year is given."
)
CIQ_BASIS = (
    "State Council institutional reform of March 2018: the entry-exit inspection and quarantine "
    "administration, its duties and its staff were merged into the General Administration of "
    "Customs (in force from 20 April 2018), so local inspection and quarantine bureaus became "
    "part of the customs houses. It was AQSIQ's domestic functions, not the local bureaus', "
    "that went to market regulation."
)

DEPARTMENTS: tuple[Department, ...] = (
    Department(
        "suzhou.government",
        "苏州市人民政府",
        "Suzhou Municipal People's Government",
        R,
        K.GOVERNMENT,
        ("市政府", "苏州市政府"),
    ),
    Department(
        "suzhou.general-office",
        "苏州市人民政府办公室",
        "General Office of the Suzhou Municipal People's Government",
        R,
        K.GENERAL_OFFICE,
        ("市政府办公室", "市政府办"),
    ),
    Department(
        "suzhou.party-publicity",
        "中共苏州市委宣传部",
        "Publicity Department of the CPC Suzhou Municipal Committee",
        R,
        K.PARTY,
        ("市委宣传部",),
    ),
    # Market regulation and its predecessors.
    Department(
        "suzhou.quality-supervision",
        "苏州市质量技术监督局",
        "Suzhou Bureau of Quality and Technical Supervision",
        R,
        names=("市质监局",),
    ),
    Department(
        "suzhou.industry-commerce",
        "苏州市工商行政管理局",
        "Suzhou Administration for Industry and Commerce",
        R,
        names=("市工商局",),
    ),
    Department(
        "suzhou.food-drug",
        "苏州市食品药品监督管理局",
        "Suzhou Food and Drug Administration",
        R,
        names=("市食药监局",),
    ),
    Department(
        "suzhou.market-regulation",
        "苏州市市场监督管理局",
        "Suzhou Administration for Market Regulation",
        R,
        names=("市市场监管局",),
    ),
    Department(
        "suzhou.ciq",
        "苏州出入境检验检疫局",
        "Suzhou Entry-Exit Inspection and Quarantine Bureau",
        R,
        K.VERTICAL,
        ("苏州出入境检验检疫局",),
        note="A branch of the national inspection and quarantine system, not a city body.",
    ),
    Department(
        "suzhou.customs",
        "苏州海关",
        "Suzhou Customs",
        R,
        K.VERTICAL,
        ("苏州海关",),
        note="A branch of the General Administration of Customs under Nanjing Customs.",
    ),
    # Economy and industry.
    Department(
        "suzhou.development-reform",
        "苏州市发展和改革委员会",
        "Suzhou Municipal Development and Reform Commission",
        R,
        names=("市发改委",),
    ),
    Department(
        "suzhou.economy-it",
        "苏州市经济和信息化委员会",
        "Suzhou Municipal Commission of Economy and Information Technology",
        R,
        names=("市经信委",),
    ),
    Department(
        "suzhou.industry-it",
        "苏州市工业和信息化局",
        "Suzhou Municipal Bureau of Industry and Information Technology",
        R,
        names=("市工信局",),
    ),
    Department(
        "suzhou.finance", "苏州市财政局", "Suzhou Municipal Finance Bureau", R, names=("市财政局",)
    ),
    Department(
        "suzhou.science-technology",
        "苏州市科学技术局",
        "Suzhou Municipal Science and Technology Bureau",
        R,
        names=("市科技局",),
    ),
    Department(
        "suzhou.education",
        "苏州市教育局",
        "Suzhou Municipal Education Bureau",
        R,
        names=("市教育局",),
    ),
    # Agriculture and grain.
    Department(
        "suzhou.agriculture-commission",
        "苏州市农业委员会",
        "Suzhou Municipal Agriculture Commission",
        R,
        names=("市农委",),
    ),
    Department(
        "suzhou.agriculture-rural",
        "苏州市农业农村局",
        "Suzhou Municipal Bureau of Agriculture and Rural Affairs",
        R,
        names=("市农业农村局",),
    ),
    Department(
        "suzhou.grain",
        "苏州市粮食局",
        "Suzhou Municipal Grain Bureau",
        R,
        names=("市粮食局",),
        note="Its successor after the 2018-2019 reform is not attested in the curated documents, "
        "so no lineage is recorded.",
    ),
    # Construction, land, environment.
    Department(
        "suzhou.housing-construction",
        "苏州市住房和城乡建设局",
        "Suzhou Municipal Bureau of Housing and Urban-Rural Development",
        R,
        names=("市住建局",),
    ),
    Department(
        "suzhou.land-resources",
        "苏州市国土资源局",
        "Suzhou Municipal Bureau of Land and Resources",
        R,
        names=("市国土局",),
        note="Its successor after the 2018-2019 reform is not attested in the curated documents, "
        "so no lineage is recorded.",
    ),
    Department(
        "suzhou.environmental-protection",
        "苏州市环境保护局",
        "Suzhou Municipal Environmental Protection Bureau",
        R,
        names=("市环保局",),
    ),
    Department(
        "suzhou.ecology-environment",
        "苏州市生态环境局",
        "Suzhou Municipal Bureau of Ecology and Environment",
        R,
        names=("市生态环境局",),
    ),
    # Tourism and culture.
    Department(
        "suzhou.tourism", "苏州市旅游局", "Suzhou Municipal Tourism Bureau", R, names=("市旅游局",)
    ),
    Department(
        "suzhou.culture-tourism",
        "苏州市文化广电和旅游局",
        "Suzhou Municipal Bureau of Culture, Radio, Television and Tourism",
        R,
        names=("市文广旅局",),
    ),
    # Health.
    Department(
        "suzhou.health-family-planning",
        "苏州市卫生和计划生育委员会",
        "Suzhou Municipal Health and Family Planning Commission",
        R,
        names=("市卫生计生委",),
    ),
    Department(
        "suzhou.health",
        "苏州市卫生健康委员会",
        "Suzhou Municipal Health Commission",
        R,
        names=("市卫生健康委", "市卫健委"),
    ),
    # ---- added for pinzhi-suzhou-2025 ----
    Department(
        "suzhou.commerce",
        "苏州市商务局",
        "Suzhou Municipal Bureau of Commerce",
        R,
        names=("市商务局",),
    ),
    Department(
        "suzhou.civil-affairs",
        "苏州市民政局",
        "Suzhou Municipal Bureau of Civil Affairs",
        R,
        names=("市民政局",),
    ),
    Department(
        "suzhou.sports",
        "苏州市体育局",
        "Suzhou Municipal Sports Bureau",
        R,
        names=("市体育局",),
    ),
    Department(
        "suzhou.healthcare-security",
        "苏州市医疗保障局",
        "Suzhou Municipal Healthcare Security Bureau",
        R,
        names=("市医保局",),
        note="Created in the 2018-2019 reform from functions of several bodies; no predecessor "
        "is named in the curated documents, so no lineage is recorded.",
    ),
    Department(
        "suzhou.transport",
        "苏州市交通运输局",
        "Suzhou Municipal Transport Bureau",
        R,
        names=("市交通局",),
    ),
    Department(
        "suzhou.water-affairs",
        "苏州市水务局",
        "Suzhou Municipal Water Affairs Bureau",
        R,
        names=("市水务局",),
    ),
    Department(
        "suzhou.landscape-greening",
        "苏州市园林和绿化管理局",
        "Suzhou Municipal Administration of Gardens and Greening",
        R,
        names=("市园林绿化局",),
    ),
    Department(
        "suzhou.public-security",
        "苏州市公安局",
        "Suzhou Municipal Public Security Bureau",
        R,
        names=("市公安局",),
    ),
    Department(
        "suzhou.justice",
        "苏州市司法局",
        "Suzhou Municipal Bureau of Justice",
        R,
        names=("市司法局",),
    ),
    Department(
        "suzhou.intermediate-court",
        "苏州市中级人民法院",
        "Suzhou Intermediate People's Court",
        R,
        K.JUDICIAL,
        ("市中级法院",),
    ),
    Department(
        "suzhou.procuratorate",
        "苏州市人民检察院",
        "Suzhou Municipal People's Procuratorate",
        R,
        K.JUDICIAL,
        ("市检察院",),
    ),
    Department(
        "suzhou.consumer-council",
        "苏州市消费者权益保护委员会",
        "Suzhou Consumer Rights Protection Committee",
        R,
        K.ORGANIZATION,
        ("市消保委",),
        note="A consumer organization of the kind the Consumer Rights Protection Law provides "
        "for (消费者组织), not a government department.",
    ),
    Department(
        "suzhou.social-sciences-federation",
        "苏州市社会科学界联合会",
        "Suzhou Federation of Social Science Circles",
        R,
        K.ORGANIZATION,
        ("市社科联",),
    ),
)

LINEAGE: tuple[LineageEvent, ...] = (
    LineageEvent(
        2019,
        LineageKind.MERGE,
        ("suzhou.quality-supervision", "suzhou.industry-commerce", "suzhou.food-drug"),
        ("suzhou.market-regulation",),
        REFORM_BASIS,
        "质监局 + 工商局 + 食药监局 → 市场监督管理局.",
    ),
    LineageEvent(
        2018,
        LineageKind.MERGE,
        ("suzhou.ciq",),
        ("suzhou.customs",),
        CIQ_BASIS,
        "The inspection and quarantine bureau merged into customs.",
    ),
    LineageEvent(
        2019,
        LineageKind.RENAME,
        ("suzhou.economy-it",),
        ("suzhou.industry-it",),
        REFORM_BASIS,
        "经信委 → 工信局.",
    ),
    LineageEvent(
        2019,
        LineageKind.RENAME,
        ("suzhou.agriculture-commission",),
        ("suzhou.agriculture-rural",),
        REFORM_BASIS,
        "农委 → 农业农村局.",
    ),
    LineageEvent(
        2019,
        LineageKind.RENAME,
        ("suzhou.environmental-protection",),
        ("suzhou.ecology-environment",),
        REFORM_BASIS,
        "环保局 → 生态环境局.",
    ),
    LineageEvent(
        2019,
        LineageKind.MERGE,
        ("suzhou.tourism",),
        ("suzhou.culture-tourism",),
        REFORM_BASIS,
        "旅游局 → 文广旅局 (merged with the culture, radio and television bureau, which no curated plan names).",
    ),
    LineageEvent(
        2019,
        LineageKind.RENAME,
        ("suzhou.health-family-planning",),
        ("suzhou.health",),
        REFORM_BASIS,
        "卫生计生委 → 卫生健康委.",
    ),
)
