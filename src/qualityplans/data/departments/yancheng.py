"""Yancheng city (盐城市) bodies, as the Yancheng plans name them, and their lineage.

Short names are the forms the documents write (市质监局); the full names are the
standard forms those short names stand for, since the 2017-2018 creation plan
gives only short names. Yancheng's 市质监局 is Yancheng's own bureau, not
Suzhou's. Bodies abolished or renamed in the 2018-2019 institutional reform keep
their own record and are linked to their successors in ``LINEAGE``; the
successors are named by their standard titles and have no short names because no
curated Yancheng document writes them yet.
"""

from qualityplans.model import Department, DepartmentKind, LineageEvent, LineageKind

K = DepartmentKind
R = "yancheng"

# What the lineage rests on; see LINEAGE below.
REFORM_BASIS = (
    "The 2018 Party and state institutional reform (深化党和国家机构改革方案, March 2018) and "
    "the Jiangsu and Yancheng reform plans that carried it out at city level, whose new bodies "
    "took over in 2019. The pattern (质监局 + 工商局 + 食药监局 → 市场监督管理局, 经信委 → 工信局, "
    "农委 → 农业农村局, 环保局 → 生态环境局, 旅游局 → 文广旅局, 卫生计生委 → 卫生健康委, "
    "安监局 → 应急管理局) is the national one that every Jiangsu prefecture city followed; no "
    "curated document records Yancheng's own reform plan or the exact dates, so only the year "
    "is given."
)
REFORM_BASIS_ZH = (
    "依据2018年党和国家机构改革（2018年3月《深化党和国家机构改革方案》）以及在市级落实该方案的"
    "江苏省、盐城市机构改革方案，新机构于2019年履职。这一格局（质监局 + 工商局 + 食药监局 → "
    "市场监督管理局，经信委 → 工信局，农委 → 农业农村局，环保局 → 生态环境局，旅游局 → 文广旅局，"
    "卫生计生委 → 卫生健康委，安监局 → 应急管理局）是江苏各设区市都遵循的全国统一格局；已整理的文件"
    "均未记载盐城市自己的改革方案或确切日期，因此只记年份。"
)
CONSTRUCTION_BASIS = (
    "The 2018-2019 institutional reform at city level, after which Yancheng's construction "
    "department is the 盐城市住房和城乡建设局. Not attested in a curated document; recorded "
    "from the city's present structure, year only."
)
CONSTRUCTION_BASIS_ZH = (
    "2018—2019年的市级机构改革，此后盐城市的建设主管部门为盐城市住房和城乡建设局。已整理的文件未载明；"
    "依据该市现行的机构设置记录，只记年份。"
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
SUPERVISION_BASIS = (
    "The national supervision-system reform: the NPC Standing Committee decision of November "
    "2017 extended the pilot to every province, and city-level supervision commissions "
    "(监察委员会) were set up in early 2018, taking over the supervision bureaus (监察局) and "
    "the corruption-prevention functions. Year only."
)
SUPERVISION_BASIS_ZH = (
    "国家监察体制改革：2017年11月全国人大常委会决定将试点推广到全国各省，市级监察委员会于2018年初"
    "设立，承接监察局和预防腐败的职能。只记年份。"
)

DEPARTMENTS: tuple[Department, ...] = (
    Department(
        "yancheng.government",
        "盐城市人民政府",
        "Yancheng Municipal People's Government",
        R,
        K.GOVERNMENT,
        ("市政府", "盐城市政府"),
    ),
    Department(
        "yancheng.supervision-office",
        "中共盐城市委、盐城市人民政府督查室",
        "Supervision Office of the CPC Yancheng Municipal Committee and the Yancheng Municipal "
        "People's Government",
        R,
        K.GENERAL_OFFICE,
        ("市委、市政府督查室",),
        note="Written 市委、市政府督查室 and treated as one unit: the joint (合署) inspection office "
        "of the Party committee's and the government's general offices, as the pairing "
        "市委、市政府 before a single office name conventionally denotes. The plan lists it as the "
        "one lead unit of the inspection and assessment task group.",
        note_zh="写作“市委、市政府督查室”，按一个单位处理：按惯例，“市委、市政府”后接单一机构名，指市委办公室与市政府办公室合署的督查室。计划将其列为督查考核专责小组唯一的牵头单位。",
    ),
    Department(
        "yancheng.party-organization",
        "中共盐城市委组织部",
        "Organization Department of the CPC Yancheng Municipal Committee",
        R,
        K.PARTY,
        ("市委组织部",),
    ),
    Department(
        "yancheng.party-publicity",
        "中共盐城市委宣传部",
        "Publicity Department of the CPC Yancheng Municipal Committee",
        R,
        K.PARTY,
        ("市委宣传部",),
    ),
    # Market regulation and its predecessors.
    Department(
        "yancheng.quality-supervision",
        "盐城市质量技术监督局",
        "Yancheng Bureau of Quality and Technical Supervision",
        R,
        names=("市质监局",),
        note="Houses the office of the city's quality-city leading group; its director is the "
        "contact person of the 2017-2018 creation plan.",
        note_zh="市质量强市（创建工作）领导小组办公室设在该局；该局局长是2017—2018年创建计划的联系人。",
    ),
    Department(
        "yancheng.industry-commerce",
        "盐城市工商行政管理局",
        "Yancheng Administration for Industry and Commerce",
        R,
        names=("市工商局",),
    ),
    Department(
        "yancheng.food-drug",
        "盐城市食品药品监督管理局",
        "Yancheng Food and Drug Administration",
        R,
        names=("市食药监局",),
    ),
    Department(
        "yancheng.market-regulation",
        "盐城市市场监督管理局",
        "Yancheng Administration for Market Regulation",
        R,
    ),
    Department(
        "yancheng.ciq",
        "盐城出入境检验检疫局",
        "Yancheng Entry-Exit Inspection and Quarantine Bureau",
        R,
        K.VERTICAL,
        ("盐城检验检疫局",),
        note="A branch of the national inspection and quarantine system, not a city body.",
        note_zh="国家出入境检验检疫系统的分支机构，不是市级机构。",
    ),
    Department(
        "yancheng.customs",
        "盐城海关",
        "Yancheng Customs",
        R,
        K.VERTICAL,
        note="A branch of the General Administration of Customs under Nanjing Customs.",
        note_zh="海关总署的下属机构，隶属南京海关。",
    ),
    # Economy, industry, finance.
    Department(
        "yancheng.development-reform",
        "盐城市发展和改革委员会",
        "Yancheng Municipal Development and Reform Commission",
        R,
        names=("市发改委",),
    ),
    Department(
        "yancheng.economy-it",
        "盐城市经济和信息化委员会",
        "Yancheng Municipal Commission of Economy and Information Technology",
        R,
        names=("市经信委",),
    ),
    Department(
        "yancheng.industry-it",
        "盐城市工业和信息化局",
        "Yancheng Municipal Bureau of Industry and Information Technology",
        R,
    ),
    Department(
        "yancheng.commerce",
        "盐城市商务局",
        "Yancheng Municipal Bureau of Commerce",
        R,
        names=("市商务局",),
    ),
    Department(
        "yancheng.finance",
        "盐城市财政局",
        "Yancheng Municipal Finance Bureau",
        R,
        names=("市财政局",),
    ),
    Department(
        "yancheng.statistics",
        "盐城市统计局",
        "Yancheng Municipal Bureau of Statistics",
        R,
        names=("市统计局",),
    ),
    Department(
        "yancheng.pboc",
        "中国人民银行盐城市中心支行",
        "Yancheng Central Sub-branch of the People's Bank of China",
        R,
        K.VERTICAL,
        ("人民银行盐城市中心支行",),
        note="A branch of the central bank, not a city body.",
        note_zh="中国人民银行（中央银行）的分支机构，不是市级机构。",
    ),
    # Agriculture.
    Department(
        "yancheng.agriculture-commission",
        "盐城市农业委员会",
        "Yancheng Municipal Agriculture Commission",
        R,
        names=("市农委",),
    ),
    Department(
        "yancheng.agriculture-rural",
        "盐城市农业农村局",
        "Yancheng Municipal Bureau of Agriculture and Rural Affairs",
        R,
    ),
    # Public security, supervision, safety.
    Department(
        "yancheng.public-security",
        "盐城市公安局",
        "Yancheng Municipal Public Security Bureau",
        R,
        names=("市公安局",),
    ),
    Department(
        "yancheng.supervision",
        "盐城市监察局",
        "Yancheng Municipal Supervision Bureau",
        R,
        names=("市监察局",),
    ),
    Department(
        "yancheng.supervision-commission",
        "盐城市监察委员会",
        "Yancheng Municipal Supervisory Commission",
        R,
        note="Set up in 2018 by the national supervision-system reform; works together with the "
        "city's Party discipline inspection commission.",
        note_zh="2018年国家监察体制改革中设立；与市纪律检查委员会合署办公。",
    ),
    Department(
        "yancheng.work-safety",
        "盐城市安全生产监督管理局",
        "Yancheng Municipal Work Safety Administration",
        R,
        names=("市安监局",),
    ),
    Department(
        "yancheng.emergency-management",
        "盐城市应急管理局",
        "Yancheng Municipal Emergency Management Bureau",
        R,
    ),
    # Education, human resources, health.
    Department(
        "yancheng.education",
        "盐城市教育局",
        "Yancheng Municipal Education Bureau",
        R,
        names=("市教育局",),
    ),
    Department(
        "yancheng.human-resources",
        "盐城市人力资源和社会保障局",
        "Yancheng Municipal Bureau of Human Resources and Social Security",
        R,
        names=("市人社局",),
    ),
    Department(
        "yancheng.health-family-planning",
        "盐城市卫生和计划生育委员会",
        "Yancheng Municipal Health and Family Planning Commission",
        R,
        names=("市卫生局",),
        note="The 2017-2018 creation plan writes 市卫生局, the name of the health bureau before it "
        "was merged with the population and family planning commission (the reform begun "
        "in 2013); in 2017 the city's health body was this commission, which the short name is taken to mean.",
        note_zh="2017—2018年创建计划写作“市卫生局”，这是卫生局与人口和计划生育委员会合并（2013年开始的改革）之前的名称；2017年盐城市的卫生机构是本委员会，故将该简称理解为指本委员会。",
    ),
    Department(
        "yancheng.health",
        "盐城市卫生健康委员会",
        "Yancheng Municipal Health Commission",
        R,
    ),
    # Construction, transport, water, urban management, environment.
    Department(
        "yancheng.construction",
        "盐城市城乡建设局",
        "Yancheng Municipal Urban and Rural Construction Bureau",
        R,
        names=("市城建局",),
        note="Yancheng's construction department (住房和城乡建设 in most cities) was named "
        "城乡建设局 before the 2018-2019 reform.",
        note_zh="盐城市的建设主管部门（多数城市称住房和城乡建设）在2018—2019年机构改革前名为城乡建设局。",
    ),
    Department(
        "yancheng.housing-construction",
        "盐城市住房和城乡建设局",
        "Yancheng Municipal Bureau of Housing and Urban-Rural Development",
        R,
    ),
    Department(
        "yancheng.transport",
        "盐城市交通运输局",
        "Yancheng Municipal Transport Bureau",
        R,
        names=("市交通局",),
        note="The plan writes only the short name 市交通局; the full name is the standard title "
        "of the city's transport department.",
        note_zh="计划只写简称“市交通局”；全称是该市交通运输主管部门的标准名称。",
    ),
    Department(
        "yancheng.water",
        "盐城市水利局",
        "Yancheng Municipal Water Resources Bureau",
        R,
        names=("市水利局",),
    ),
    Department(
        "yancheng.urban-management",
        "盐城市城市管理局",
        "Yancheng Municipal Urban Management Bureau",
        R,
        names=("市城管局",),
        note="The plan writes only the short name 市城管局; the full name is the standard title "
        "it stands for.",
        note_zh="计划只写简称“市城管局”；全称是该简称所指的标准名称。",
    ),
    Department(
        "yancheng.environmental-protection",
        "盐城市环境保护局",
        "Yancheng Municipal Environmental Protection Bureau",
        R,
        names=("市环保局",),
    ),
    Department(
        "yancheng.ecology-environment",
        "盐城市生态环境局",
        "Yancheng Municipal Bureau of Ecology and Environment",
        R,
    ),
    # Tourism and culture.
    Department(
        "yancheng.tourism",
        "盐城市旅游局",
        "Yancheng Municipal Tourism Bureau",
        R,
        names=("市旅游局",),
    ),
    Department(
        "yancheng.culture-tourism",
        "盐城市文化广电和旅游局",
        "Yancheng Municipal Bureau of Culture, Radio, Television and Tourism",
        R,
    ),
)

LINEAGE: tuple[LineageEvent, ...] = (
    LineageEvent(
        2019,
        LineageKind.MERGE,
        ("yancheng.quality-supervision", "yancheng.industry-commerce", "yancheng.food-drug"),
        ("yancheng.market-regulation",),
        REFORM_BASIS,
        "质监局 + 工商局 + 食药监局 → 市场监督管理局.",
        basis_zh=REFORM_BASIS_ZH,
        note_zh="质监局 + 工商局 + 食药监局 → 市场监督管理局。",
    ),
    LineageEvent(
        2018,
        LineageKind.MERGE,
        ("yancheng.ciq",),
        ("yancheng.customs",),
        CIQ_BASIS,
        "The inspection and quarantine bureau merged into customs.",
        basis_zh=CIQ_BASIS_ZH,
        note_zh="出入境检验检疫局并入海关。",
    ),
    LineageEvent(
        2019,
        LineageKind.RENAME,
        ("yancheng.economy-it",),
        ("yancheng.industry-it",),
        REFORM_BASIS,
        "经信委 → 工信局.",
        basis_zh=REFORM_BASIS_ZH,
        note_zh="经信委 → 工信局。",
    ),
    LineageEvent(
        2019,
        LineageKind.RENAME,
        ("yancheng.agriculture-commission",),
        ("yancheng.agriculture-rural",),
        REFORM_BASIS,
        "农委 → 农业农村局.",
        basis_zh=REFORM_BASIS_ZH,
        note_zh="农委 → 农业农村局。",
    ),
    LineageEvent(
        2019,
        LineageKind.RENAME,
        ("yancheng.environmental-protection",),
        ("yancheng.ecology-environment",),
        REFORM_BASIS,
        "环保局 → 生态环境局.",
        basis_zh=REFORM_BASIS_ZH,
        note_zh="环保局 → 生态环境局。",
    ),
    LineageEvent(
        2019,
        LineageKind.MERGE,
        ("yancheng.tourism",),
        ("yancheng.culture-tourism",),
        REFORM_BASIS,
        "旅游局 → 文广旅局 (merged with the culture, radio and television bureau, which the "
        "curated plan does not name).",
        basis_zh=REFORM_BASIS_ZH,
        note_zh="旅游局 → 文广旅局（与文化广电部门合并，已整理的计划未提到后者）。",
    ),
    LineageEvent(
        2019,
        LineageKind.RENAME,
        ("yancheng.health-family-planning",),
        ("yancheng.health",),
        REFORM_BASIS,
        "卫生计生委 (written 市卫生局 in the 2017-2018 plan) → 卫生健康委.",
        basis_zh=REFORM_BASIS_ZH,
        note_zh="卫生计生委（2017—2018年计划写作“市卫生局”）→ 卫生健康委。",
    ),
    LineageEvent(
        2019,
        LineageKind.MERGE,
        ("yancheng.work-safety",),
        ("yancheng.emergency-management",),
        REFORM_BASIS,
        "安监局 → 应急管理局 (with emergency functions gathered from other bodies).",
        basis_zh=REFORM_BASIS_ZH,
        note_zh="安监局 → 应急管理局（并整合其他机构的应急职能）。",
    ),
    LineageEvent(
        2019,
        LineageKind.RENAME,
        ("yancheng.construction",),
        ("yancheng.housing-construction",),
        CONSTRUCTION_BASIS,
        "城乡建设局 → 住房和城乡建设局.",
        basis_zh=CONSTRUCTION_BASIS_ZH,
        note_zh="城乡建设局 → 住房和城乡建设局。",
    ),
    LineageEvent(
        2018,
        LineageKind.MERGE,
        ("yancheng.supervision",),
        ("yancheng.supervision-commission",),
        SUPERVISION_BASIS,
        "监察局 → 监察委员会.",
        basis_zh=SUPERVISION_BASIS_ZH,
        note_zh="监察局 → 监察委员会。",
    ),
)
