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
REFORM_BASIS_ZH = (
    "依据2018年党和国家机构改革（2018年3月《深化党和国家机构改革方案》）以及落实该方案的江苏省、"
    "苏州市机构改革方案；苏州市的新机构于2019年履职。苏府办〔2025〕77号提到的承继机构采用该文写法的"
    "简称，其余（市生态环境局、市卫健委）采用通常的简称。已整理的文件未记载每项变化的确切日期，"
    "因此只记年份。"
)
CIQ_BASIS = (
    "State Council institutional reform of March 2018: the entry-exit inspection and quarantine "
    "administration, its duties and its staff were merged into the General Administration of "
    "Customs (in force from 20 April 2018), so local inspection and quarantine bureaus became "
    "part of the customs houses. It was AQSIQ's domestic functions, not the local bureaus', "
    "that went to market regulation."
)
CIQ_BASIS_ZH = (
    "2018年3月国务院机构改革：出入境检验检疫管理职责和队伍划入海关总署（自2018年4月20日起施行），"
    "地方出入境检验检疫局随之并入海关。划入市场监管部门的是原国家质检总局的国内职能，"
    "而不是地方检验检疫局的职能。"
)
NO_SUCCESSOR = (
    "Its successor after the 2018-2019 reform is not attested in the curated documents, "
    "so no lineage is recorded."
)
NO_SUCCESSOR_ZH = "已整理的文件未载明其在2018—2019年机构改革后的承继机构，因此未记录沿革。"

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
        note_zh="国家出入境检验检疫系统的分支机构，不是市级机构。",
    ),
    Department(
        "suzhou.customs",
        "苏州海关",
        "Suzhou Customs",
        R,
        K.VERTICAL,
        ("苏州海关",),
        note="A branch of the General Administration of Customs under Nanjing Customs.",
        note_zh="海关总署的下属机构，隶属南京海关。",
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
        note=NO_SUCCESSOR,
        note_zh=NO_SUCCESSOR_ZH,
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
        note=NO_SUCCESSOR,
        note_zh=NO_SUCCESSOR_ZH,
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
        note_zh="在2018—2019年机构改革中整合多个机构的职能组建；已整理的文件未提到其前身机构，"
        "因此未记录沿革。",
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
        note_zh="《消费者权益保护法》所规定的消费者组织，不是政府部门。",
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
        basis_zh=REFORM_BASIS_ZH,
        note_zh="质监局 + 工商局 + 食药监局 → 市场监督管理局。",
    ),
    LineageEvent(
        2018,
        LineageKind.MERGE,
        ("suzhou.ciq",),
        ("suzhou.customs",),
        CIQ_BASIS,
        "The inspection and quarantine bureau merged into customs.",
        basis_zh=CIQ_BASIS_ZH,
        note_zh="出入境检验检疫局并入海关。",
    ),
    LineageEvent(
        2019,
        LineageKind.RENAME,
        ("suzhou.economy-it",),
        ("suzhou.industry-it",),
        REFORM_BASIS,
        "经信委 → 工信局.",
        basis_zh=REFORM_BASIS_ZH,
        note_zh="经信委 → 工信局。",
    ),
    LineageEvent(
        2019,
        LineageKind.RENAME,
        ("suzhou.agriculture-commission",),
        ("suzhou.agriculture-rural",),
        REFORM_BASIS,
        "农委 → 农业农村局.",
        basis_zh=REFORM_BASIS_ZH,
        note_zh="农委 → 农业农村局。",
    ),
    LineageEvent(
        2019,
        LineageKind.RENAME,
        ("suzhou.environmental-protection",),
        ("suzhou.ecology-environment",),
        REFORM_BASIS,
        "环保局 → 生态环境局.",
        basis_zh=REFORM_BASIS_ZH,
        note_zh="环保局 → 生态环境局。",
    ),
    LineageEvent(
        2019,
        LineageKind.MERGE,
        ("suzhou.tourism",),
        ("suzhou.culture-tourism",),
        REFORM_BASIS,
        "旅游局 → 文广旅局 (merged with the culture, radio and television bureau, which no curated plan names).",
        basis_zh=REFORM_BASIS_ZH,
        note_zh="旅游局 → 文广旅局（与文化广电部门合并，已整理的规划均未提到后者）。",
    ),
    LineageEvent(
        2019,
        LineageKind.RENAME,
        ("suzhou.health-family-planning",),
        ("suzhou.health",),
        REFORM_BASIS,
        "卫生计生委 → 卫生健康委.",
        basis_zh=REFORM_BASIS_ZH,
        note_zh="卫生计生委 → 卫生健康委。",
    ),
)
