"""盐城市“全国质量强市示范城市”创建计划报告表 (2017-2018年度), seed 004.

Yancheng's report form for creating a National Quality City Demonstration City:
a cover page, the form's instructions, the form itself (创建计划基本情况), and the
creation plan report with 6 sections: the guiding idea and the goal (both also
stated in the form), 10 numbered main tasks, 9 task groups (专责小组) with lead
and member units, safeguards, and a schedule of 3 phases.

The two office holders the form names are in ``people``; their phone numbers
are redacted from the transcription itself (``source.redactions``): personal
data is not shipped.
"""

from decimal import Decimal

from qualityplans.data._build import collective, lead, member
from qualityplans.model import (
    CitedDocument,
    Comparator,
    DateKind,
    DocNumber,
    Erratum,
    FormField,
    LedgerEntry,
    LedgerReason,
    Locality,
    Measure,
    Observation,
    Paragraph,
    PartialDate,
    Period,
    Person,
    Phase,
    Plan,
    PlanDate,
    PlanKind,
    Quantity,
    Redaction,
    Role,
    Section,
    Source,
    Target,
    TaskGroup,
    Unit,
    ValueKind,
)

V = ValueKind
LR = LedgerReason

# 等相关单位 closing a list of member units: the list is left open.
OTHER_UNITS = collective("等相关单位", Role.MEMBER, "other-relevant-units")

ORIGIN = (
    "Seed 004_c0de2ff003b0bce9.txt: a Markdown/HTML conversion of the PDF of the report form. "
    "Systematic clean-up, not listed as errata: Markdown and HTML marks removed (---, #, **, "
    "<b>, list dashes before the instructions); blank lines dropped, one paragraph per line; the "
    "title, printed on two lines of the cover, written as one line; spaces next to digits "
    "removed (2017 年 → 2017年, 市直 26 个 → 市直26个, 达到 85 以上 → 达到85以上); words and "
    "sentences broken by page breaks joined (示范单|位, 市|统计局, 在|创建中, 工|业化). Spaces between "
    "a filled-in value and the printed words of the cover (申报城市 盐城市, 所在地: 江苏 省 …) and "
    "the space in the slogan 盐城质监 计量惠民 are kept. The form table (创建计划基本情况) is one "
    "line per row with cells joined by ' | ' and empty trailing cells dropped; its first column "
    "(申报城市基本信息, 申报城市质量状况分析, 申报城市创建计划内容) spans several rows and is written "
    "once, as the first cell of the first row it spans, with the line break inside it "
    "(申报城市 基本信息) removed. The city-category checkboxes are rendered as ☐ (empty) or ☑ "
    '(checked) after each option, where the converter put its <input type="checkbox"> tags; '
    "only 地级城市 is checked. Individual corrections are the errata."
)

PLAN = Plan(
    id="yancheng-2017-2018",
    title_zh="“全国质量强市示范城市”创建计划报告表",
    title_en="Report Form on the Plan for Creating a National Quality City Demonstration City "
    "(2017–2018): Yancheng",
    aliases=(
        "盐城市“全国质量强市示范城市”创建计划报告表",
        "盐城市全国质量强市示范城市创建计划报告表",
    ),
    kind=PlanKind.CREATION_PLAN,
    region="yancheng",
    issuer="yancheng.government",
    period=Period(2017, 2018),
    dates=(
        PlanDate(DateKind.SIGNED, PartialDate(2017, 3, 10), "2017年3月10日"),
        PlanDate(DateKind.FILLED, PartialDate(2017, 2), "填表日期2017年2月"),
    ),
    basis=(
        CitedDocument(
            title_zh="质量发展纲要（2011—2020年）",
            title_en="Outline of Quality Development (2011–2020) (State Council)",
            quote="为认真贯彻国务院《质量发展纲要（2011—2020年）》",
        ),
        CitedDocument(
            title_zh="省政府关于加快推进质量强省建设的意见",
            title_en="Opinions of the Jiangsu Provincial Government on Accelerating the Building "
            "of a Quality Province",
            quote="《省政府关于加快推进质量强省建设的意见》（苏政发〔2012〕91号）",
            doc_number=DocNumber.parse("苏政发〔2012〕91号"),
        ),
        CitedDocument(
            title_zh="关于2016年创建“全国质量强市示范城市”创建工作有关安排的通知",
            title_en="Notice on Arrangements for the 2016 Work of Creating National Quality City "
            "Demonstration Cities (AQSIQ)",
            quote="根据国家质检总局《关于2016年创建“全国质量强市示范城市”创建工作有关安排的通知》"
            "（质检质函〔2016〕31号）",
            doc_number=DocNumber.parse("质检质函〔2016〕31号"),
        ),
    ),
    people=(
        Person(
            role_zh="行政负责人",
            role_en="Administrative head (responsible official)",
            name="戴源",
            post="市长",
            quote="行政负责人 | 戴源 | 职务：市长",
        ),
        Person(
            role_zh="创建工作联系人",
            role_en="Contact person for the creation work",
            name="尹贵尧",
            post="市质监局局长",
            quote="创建工作联系人 | 尹贵尧 | 职务：市质监局局长",
        ),
    ),
    source=Source(
        file="yancheng-2017-2018.txt",
        sha256="9e5d026118fe4a1e0579f018f3dabed1ddc099fcab876422a709258166ef2568",
        origin=ORIGIN,
        redactions=(
            Redaction(
                "行政负责人 | 戴源 | 职务：市长 | 联系方式：［已删除：个人电话号码］",
                "The administrative head's office phone number (a landline number).",
                "Personal data is not shipped: a person's phone number is contact data, not "
                "part of the plan; the name and post of the official acting in office stay.",
            ),
            Redaction(
                "创建工作联系人 | 尹贵尧 | 职务：市质监局局长 | 联系方式（手机）：［已删除：个人电话号码］",
                "The contact person's mobile phone number.",
                "Personal data is not shipped: a person's phone number is contact data, not "
                "part of the plan; the name and post of the official acting in office stay.",
            ),
        ),
        errata=(
            Erratum(
                "产业结构调整 and 转型升级",
                "产业结构调整和转型升级",
                "Extraction artifact: an English “and” stands where the original has 和.",
                reason_zh="提取痕迹：原文为“和”处出现了英文“and”。",
            ),
            Erratum(
                "有关研究机构 and 高等院校",
                "有关研究机构和高等院校",
                "Extraction artifact: an English “and” stands where the original has 和.",
                reason_zh="提取痕迹：原文为“和”处出现了英文“and”。",
            ),
            Erratum(
                "利用民营检测机构 and 高校",
                "利用民营检测机构和高校",
                "Extraction artifact: an English “and” stands where the original has 和.",
                reason_zh="提取痕迹：原文为“和”处出现了英文“and”。",
            ),
            Erratum(
                "行政负责人\t戴 源\t职务：市长",
                "行政负责人 | 戴源 | 职务：市长",
                "Form padding, not part of the name: the form spaces out a two-character name "
                "(戴 源) to the width of a three-character one. The name is 戴源, and is written so "
                "that it can be searched.",
                reason_zh="表格填充，不属于姓名：表格用空格将两字姓名（戴 源）"
                "撑开至三字姓名的宽度。姓名为戴源，如此书写以便检索。",
            ),
        ),
    ),
    body=(
        Section(
            eid="cover",
            number="",
            label="",
            heading_zh="创建计划报告表",
            heading_en="Report form: cover page",
            items=(
                FormField(
                    eid="cover__declaring_city",
                    group_zh="创建计划报告表",
                    label_zh="申报城市",
                    label_en="Declaring city",
                    value="盐城市",
                ),
                FormField(
                    eid="cover__location",
                    group_zh="创建计划报告表",
                    label_zh="所在地",
                    label_en="Location: province (autonomous region, municipality) and city",
                    value="江苏 省 (自治区、直辖市) 盐城 市",
                ),
                FormField(
                    eid="cover__date_filled",
                    group_zh="创建计划报告表",
                    label_zh="填表日期",
                    label_en="Date filled in",
                    value="2017年2月",
                ),
            ),
        ),
        Section(
            eid="instructions",
            number="",
            label="",
            heading_zh="填表说明",
            heading_en="Instructions for filling in the form",
            items=(
                Paragraph(
                    eid="instructions__para_1",
                    text="一、本表用计算机填写，使用仿宋小四号，数字统一用阿拉伯数字。",
                ),
                Paragraph(
                    eid="instructions__para_2", text="二、要求简明扼要，特点突出，可另附页。"
                ),
                Paragraph(
                    eid="instructions__para_3",
                    text="三、此表上报一式5份，规格为A3对开印刷成册。（注：请提供此表盖章后的电子扫描文件）",
                ),
            ),
        ),
        Section(
            eid="form",
            number="",
            label="",
            heading_zh="创建计划基本情况",
            heading_en="Basic information on the creation plan",
            items=(
                Section(
                    eid="form__basic_info",
                    number="",
                    label="",
                    heading_zh="申报城市基本信息",
                    heading_en="Basic information on the declaring city",
                    items=(
                        FormField(
                            eid="form__city_name",
                            group_zh="申报城市基本信息",
                            label_zh="城市名称",
                            label_en="City name",
                            value="盐城市",
                        ),
                        FormField(
                            eid="form__city_category",
                            group_zh="申报城市基本信息",
                            label_zh="城市类别",
                            label_en="City category (the box checked: prefecture-level city)",
                            value="计划单列市☐ 副省级城市☐ 地级城市☑ 直辖市的城区☐ 县级市☐",
                        ),
                        FormField(
                            eid="form__administrative_head",
                            group_zh="申报城市基本信息",
                            label_zh="行政负责人",
                            label_en="Administrative head and post (phone number redacted)",
                            value="戴源 | 职务：市长",
                        ),
                        FormField(
                            eid="form__contact_person",
                            group_zh="申报城市基本信息",
                            label_zh="创建工作联系人",
                            label_en="Contact person for the creation work and post (phone number redacted)",
                            value="尹贵尧 | 职务：市质监局局长",
                        ),
                    ),
                ),
                Section(
                    eid="form__quality_status",
                    number="",
                    label="",
                    heading_zh="申报城市质量状况分析",
                    heading_en="Analysis of the declaring city's quality status",
                    items=(
                        FormField(
                            eid="form__satisfaction_survey",
                            group_zh="申报城市质量状况分析",
                            label_zh="了解市民对质量的满意程度及开展状况分析的时间和形式",
                            label_en="When and how citizens' satisfaction with quality was surveyed and the status analysed",
                            value="近两年，省质量协会每年对盐城市重点服务行业公众满意度进行调查。",
                        ),
                        FormField(
                            eid="form__analysis_results",
                            group_zh="申报城市质量状况分析",
                            label_zh="开展状况分析的结果和内容",
                            label_en="Results and content of the status analysis",
                            value="开展对全市2015年、2016年质量分析，形成质量分析报告。2015年全市市民质量满意度指数为76.069",
                            observations=(
                                Observation(
                                    eid="form__analysis_results__obs_1",
                                    quote="2015年全市市民质量满意度指数为76.069",
                                    kind=V.LEVEL,
                                    indicator="citizen-quality-satisfaction-index",
                                    value=Quantity(Decimal("76.069"), Unit.INDEX, "76.069"),
                                    year=2015,
                                    period_label="2015年",
                                ),
                            ),
                        ),
                    ),
                ),
                Section(
                    eid="form__plan_content",
                    number="",
                    label="",
                    heading_zh="申报城市创建计划内容",
                    heading_en="Content of the declaring city's creation plan",
                    items=(
                        FormField(
                            eid="form__leading_group",
                            group_zh="申报城市创建计划内容",
                            label_zh="创建工作领导小组设置",
                            label_en="Set-up of the leading group for the creation work",
                            value="市政府主要领导任组长、分管领导任副组长，成员包括市直26个部门主要负责人，领导小组办公室设在市质监局",
                        ),
                        FormField(
                            eid="form__guiding_idea",
                            group_zh="申报城市创建计划内容",
                            label_zh="创建工作指导思想",
                            label_en="Guiding idea of the creation work",
                            value="深入贯彻党的十八大和十八届三中、四中、五中、六中全会精神，认真落实省委省政府的决策部署，树立质量第一的强烈意识，坚持以推进供给侧结构性改革为主线，突出抓好质量品牌提升、质量安全监管、质量基础建设、质量文化培育、质量工作创新，着力推进产业强市、生态立市、富民兴市，为建设经济强、百姓富、环境美、社会文明程度高的新盐城奠定坚实的质量基础。",
                        ),
                        FormField(
                            eid="form__goal",
                            group_zh="申报城市创建计划内容",
                            label_zh="创建工作目标和主要任务",
                            label_en="Goal and main tasks of the creation work",
                            value="紧紧围绕“四个全面”战略布局，大力践行创新、协调、绿色、开放、共享的新发展理念，全面提升全市产品质量、工程质量、服务质量和环境质量，质量发展环境全面优化，质量发展基础进一步夯实，质量发展的成果进一步全民共享，适应城市质量发展的体制和机制基本建立，确保2018年通过验收正式创成“全国质量强市示范城市”。",
                            targets=(
                                Target(
                                    eid="form__goal__tgt_1",
                                    quote="确保2018年通过验收正式创成“全国质量强市示范城市”",
                                    kind=V.QUALITATIVE,
                                    indicator="national-quality-city-demonstration",
                                    year=2018,
                                    modal="确保",
                                    qualitative="通过验收正式创成“全国质量强市示范城市”",
                                ),
                            ),
                        ),
                        FormField(
                            eid="form__responsibility_breakdown",
                            group_zh="申报城市创建计划内容",
                            label_zh="创建工作责任分解情况",
                            label_en="How responsibility for the creation work is broken down",
                            value="把创建目标任务分解成121项工作指标逐一明确落实到相关责任部门。",
                        ),
                        FormField(
                            eid="form__policy_measures",
                            group_zh="申报城市创建计划内容",
                            label_zh="城市拟出台的支持提升质量总体水平的政策措施等情况",
                            label_en="Policies the city plans to issue to raise the overall level of quality",
                            value="一是加大对企业品牌、质量管理的奖励力度；二是力争将对各县（市、区）质量工作考核结果纳入市委市政府的全市年度综合目标考核体系；三是制定出台《盐城市产品质量监督抽查管理办法》。",
                        ),
                    ),
                ),
            ),
        ),
        Section(
            eid="report",
            number="",
            label="",
            heading_zh="申报城市创建计划报告",
            heading_en="Creation plan report of the declaring city",
            items=(
                Paragraph(
                    eid="report__para_1",
                    text="为认真贯彻国务院《质量发展纲要（2011—2020年）》和《省政府关于加快推进质量强省建设的意见》（苏政发〔2012〕91号），全面提升我市质量发展水平，不断推进质量强市工作，根据国家质检总局《关于2016年创建“全国质量强市示范城市”创建工作有关安排的通知》（质检质函〔2016〕31号）等文件精神，现就我市创建“全国质量强市示范城市”工作制定如下计划：",
                ),
                Section(
                    eid="sec_1",
                    number="一",
                    label="一、",
                    heading_zh="指导思想",
                    heading_en="Guiding idea",
                    items=(
                        Paragraph(
                            eid="sec_1__para_1",
                            text="深入贯彻党的十八大和十八届三中、四中、五中、六中全会精神，认真落实省委省政府的决策部署，树立质量第一的强烈意识，坚持以推进供给侧结构性改革为主线，突出抓好质量品牌提升、质量安全监管、质量基础建设、质量文化培育、质量工作创新，着力推进产业强市、生态立市、富民兴市，为建设经济强、百姓富、环境美、社会文明程度高的新盐城奠定坚实的质量基础。",
                        ),
                    ),
                ),
                Section(
                    eid="sec_2",
                    number="二",
                    label="二、",
                    heading_zh="总体目标",
                    heading_en="Overall goal",
                    items=(
                        Paragraph(
                            eid="sec_2__para_1",
                            text="紧紧围绕“四个全面”战略布局，大力践行创新、协调、绿色、开放、共享的新发展理念，全面提升全市产品质量、工程质量、服务质量和环境质量，质量发展环境全面优化，质量发展基础进一步夯实，质量发展的成果进一步全民共享，适应城市质量发展的体制和机制基本建立，确保2018年通过验收正式创成“全国质量强市示范城市”。",
                            targets=(
                                Target(
                                    eid="sec_2__para_1__tgt_1",
                                    quote="确保2018年通过验收正式创成“全国质量强市示范城市”",
                                    kind=V.QUALITATIVE,
                                    indicator="national-quality-city-demonstration",
                                    year=2018,
                                    modal="确保",
                                    qualitative="通过验收正式创成“全国质量强市示范城市”",
                                ),
                            ),
                        ),
                    ),
                ),
                Section(
                    eid="sec_3",
                    number="三",
                    label="三、",
                    heading_zh="主要任务",
                    heading_en="Main tasks",
                    items=(
                        Measure(
                            eid="sec_3__item_1",
                            number=1,
                            label="1、",
                            title_zh="明确城市质量发展战略规划",
                            title_en="Set out a strategic plan for the city's quality development",
                            text="明确城市质量发展战略规划。将质量发展作为城市发展战略的核心内容，质量发展目标纳入全市国民经济和社会发展规划，制定加快推进质量强市建设的总体意见。成立以市长为组长，分管副市长为副组长的盐城市质量强市推进工作领导小组，统筹规划和全面领导质量强市和“全国质量强市示范城市”创建工作，建立起质量强市联席会议制度，定期召开联席会议解决质量问题，不断加大对产品、工程、服务、环境质量发展的政策支持和资金投入力度，全市用于质量发展的经费数额占年度公共财政预算收入比例达到1%。推动城市质量水平显著提升，城市质量竞争力实现可持续发展。",
                            targets=(
                                Target(
                                    eid="sec_3__item_1__tgt_1",
                                    quote="全市用于质量发展的经费数额占年度公共财政预算收入比例达到1%",
                                    kind=V.LEVEL,
                                    indicator="quality-funding-budget-share",
                                    value=Quantity(Decimal("1"), Unit.PERCENT, "1%"),
                                    year=2018,
                                    modal="达到",
                                ),
                            ),
                            themes=("quality-city", "planning-assessment", "funding"),
                        ),
                        Measure(
                            eid="sec_3__item_2",
                            number=2,
                            label="2、",
                            title_zh="形成特色鲜明的质量文化",
                            title_en="Build a distinctive quality culture",
                            text="形成特色鲜明的质量文化。大力宣传“绿色盐城，质量致远”的城市质量精神，制定《盐城市创建全国质量强市示范城市宣传工作方案》，编制《盐城市质量城市质量文化宣传手册》，引导企业树立质量理念，发挥企业质量主体作用，将创新发展、追求卓越等要求转化为行为准则，建立企业质量文化，推动广大企业普遍开展质量攻关、质量改进、质量风险分析等活动，建立起完善的质量诚信体系，推动全社会质量诚信意识普遍增强。继续通过多媒体、多形式、多层次进行宣传，使城市质量精神深入人心，让讲质量、守诚信成为企业和全体市民的价值追求和自觉行动。",
                            themes=("culture", "credit"),
                        ),
                        Measure(
                            eid="sec_3__item_3",
                            number=3,
                            label="3、",
                            title_zh="夯实城市质量发展的基础",
                            title_en="Consolidate the foundations of the city's quality development",
                            text="夯实城市质量发展的基础。一是强化标准对产业的支撑作用。将标准化工作作为推进质量强市战略的首要任务，推动质量强市建设。加快构建战略性新兴产业、先进制造业、现代服务业及节能减排等领域的标准体系，推动和引领产业结构调整和转型升级。强化标准对品牌的提升作用，推动标准与知识产权的融合，促进自主知识产权专利化、标准化和产业化。以采用国际标准和国外先进标准为基础，以企业自主创新为驱动，在优势传统产业大力推进标准化战略，用先进标准促进产业转型升级，进一步提高标准对优势传统产业转型升级的技术支撑作用。二是加强计量基础能力建设。完善全市计量技术规范体系建设，构建全过程产业计量测试服务，提高计量对全市经济社会发展和产业转型升级的技术支撑水平。促进计量技术机构、高校和企事业单位的合作，形成“检学研产”相结合的计量科技创新机制，促进计量检测科技成果的推广转化。围绕我市实施创新驱动发展战略需求，深入研究计量对经济发展水平、企业管理水平以及科技创新水平的影响，充分发挥计量在服务创新驱动发展中的重要基础作用。构建能源环保计量服务体系，深入推进“两免费”检定实事工程，推进民用水、电、气计量放心消费工程，进一步升华“盐城质监 计量惠民”服务品牌效应。三是努力推进认证认可工作。围绕我市发展重点，着力推进环境管理体系、职业健康安全管理体系和能源管理体系认证，积极推进节能、节水、可再生能源等领域的产品认证，服务我市经济转型升级。推进服务业认证，扩大认证空间，开拓金融、老年健康、电子商务、信息技术等服务和知识产权管理体系认证。继续组织实施管理体系获证企业的现场巡查，督促认证机构、认证人员强化自律。推动有机产品认证工作，在大丰、射阳、东台等地新增3-5个规模较大的有机产品生产基地。围绕认证监管和执法能力提升，加强认证监管队伍建设，每年组织开展认证监管专题培训，提高我市质量认证的整体水平。四是持续增强检验检测能力。推进技术机构向集约化、规模化、市场化发展，鼓励技术机构以重点项目为纽带，对人才、市场、装备、资质和品牌等资源进行优势互补的整合，积极支持检测资源跨部门、跨层跨地区整合，促进检验检测市场的发展与繁荣。以项目为基础，根据全市产业发展现状和规划，加快检验检测能力规划和建设步伐，重点强化国家和省级检验检测中心建设，抓紧建设高层次的公共技术服务平台，大力推进国家风电检测中心风电叶片检测项目建设，争取小投入快产出；加快新能源汽车动力系统电源设备检定与测试实验室筹建速度，建成2个新能源汽车检测实验室；省级环保滤料质检中心和高新区省级智能终端产品质检中心建设取得实质进展；石油机械和风电设备2个国家级中心通过国家局综合验收。重点引进和培养各专业领域的学科带头人，提高检测人员的素质和水平，为产业升级和企业创新提供技术支撑。",
                            targets=(
                                Target(
                                    eid="sec_3__item_3__tgt_1",
                                    quote="在大丰、射阳、东台等地新增3-5个规模较大的有机产品生产基地",
                                    kind=V.NEW,
                                    indicator="organic-production-bases",
                                    value=Quantity(
                                        Decimal("3"),
                                        Unit.GE,
                                        "3-5个",
                                        Comparator.RANGE,
                                        Decimal("5"),
                                    ),
                                    period=Period(2017, 2018),
                                    modal="新增",
                                ),
                                Target(
                                    eid="sec_3__item_3__tgt_2",
                                    quote="建成2个新能源汽车检测实验室",
                                    kind=V.NEW,
                                    indicator="nev-testing-labs",
                                    value=Quantity(Decimal("2"), Unit.GE, "2个"),
                                    period=Period(2017, 2018),
                                    modal="建成",
                                ),
                                Target(
                                    eid="sec_3__item_3__tgt_3",
                                    quote="石油机械和风电设备2个国家级中心通过国家局综合验收",
                                    kind=V.NEW,
                                    indicator="national-testing-centres-accepted",
                                    value=Quantity(Decimal("2"), Unit.GE, "2个"),
                                    period=Period(2017, 2018),
                                    note="The two centres are named: petroleum machinery and wind-power equipment.",
                                    note_zh="2个中心已列明：石油机械和风电设备。",
                                ),
                            ),
                            localities=(
                                Locality("dafeng", "大丰"),
                                Locality("sheyang", "射阳"),
                                Locality("dongtai", "东台"),
                            ),
                            themes=(
                                "standards",
                                "metrology",
                                "certification",
                                "testing",
                                "infrastructure",
                            ),
                        ),
                        Measure(
                            eid="sec_3__item_4",
                            targets=(
                                Target(
                                    eid="sec_3__item_4__tgt_1",
                                    quote="实现市、县(市、区)、镇(街道)质量工作组织的全覆盖",
                                    kind=V.QUALITATIVE,
                                    year=2018,
                                    qualitative="实现市、县(市、区)、镇(街道)质量工作组织的全覆盖",
                                    modal="实现",
                                ),
                                Target(
                                    eid="sec_3__item_4__tgt_2",
                                    quote="实现政府质量奖励全覆盖",
                                    kind=V.QUALITATIVE,
                                    year=2018,
                                    qualitative="实现政府质量奖励全覆盖",
                                    modal="实现",
                                ),
                            ),
                            number=4,
                            label="4、",
                            title_zh="建立高效的质量保障组织",
                            title_en="Establish an efficient organization to safeguard quality",
                            text="建立高效的质量保障组织。建立健全全市质量强市推进工作领导小组，实现市、县(市、区)、镇(街道)质量工作组织的全覆盖。制定完善全市质量强市工作考核办法，将质量强市工作作为单列考核指标，纳入地方政府综合绩效考核评价内容，提高考核权重，切实增强地方政府对质量强市工作的责任感和紧迫感。\n每年召开质量强市推进工作会议，布置质量强市工作任务。进一步完善《盐城市市长质量奖管理办法》，推动县（市、区）设立政府质量奖励制度，实现政府质量奖励全覆盖。依法严厉打击质量违法行为，建立起执法联动机制。建立以预防为主的质量安全风险防控和管理体系。定期分析城市和重点产业质量状况，为城市发展提供决策依据。",
                            themes=(
                                "planning-assessment",
                                "quality-awards",
                                "market-order",
                                "risk",
                            ),
                        ),
                        Measure(
                            eid="sec_3__item_5",
                            number=5,
                            label="5、",
                            title_zh="质量宏观管理取得明显成效",
                            title_en="Achieve clear results in the macro-management of quality",
                            text="质量宏观管理取得明显成效。通过深入开展质量强市，构建起“政府监管、市场调节、企业主体、行业自律、社会参与”的大质量工作格局。一是增强产业联动辐射力。重抓产业转型升级，促进传统产业高端化、品牌化、集群化发展。打造100万辆汽车整车、零部件和服务业全产业链，建设沿海汽车名城和国家新能源汽车产业基地。推进“智慧盐城”建设，建成国家级大数据产业基地和国家电子商务示范城市。二是增强园区示范影响力。大力实施国家特色产业基地培育行动计划，加快中韩盐城产业园、国家级经济技术开发区、国家高新区、综合保税区等省级以上重点载体建设，推动各类特色园区提档升级，成为盐城质量高地、知名品牌示范区、优质产品示范区。三是增强企业核心竞争力。落实中国制造2025盐城行动计划，全面提升企业数字化、智能化水平。加快培育以高新技术企业为主体的创新型企业集群，形成一批省级以上质量标杆企业，实现中国质量奖零的突破。省级及以上名牌、驰（著）名商标分别达到300个（件）以上，主导或参与制修订国际、国家标准60个以上，全市综合质量竞争力位于江苏省前列。",
                            targets=(
                                Target(
                                    eid="sec_3__item_5__tgt_1",
                                    quote="打造100万辆汽车整车、零部件和服务业全产业链",
                                    kind=V.LEVEL,
                                    indicator="automobile-industry-chain-scale",
                                    value=Quantity(Decimal("1000000"), Unit.LIANG, "100万辆"),
                                    year=2018,
                                    modal="打造",
                                    note="An industry-scale aim: a whole chain of vehicle assembly, parts and services "
                                    "for one million vehicles. The text gives no year; recorded as due by the end of the "
                                    "plan period.",
                                    note_zh="产业规模目标：形成100万辆汽车的整车、"
                                    "零部件和服务业全产业链。原文未写年份；记为计划期末完成。",
                                ),
                                Target(
                                    eid="sec_3__item_5__tgt_7",
                                    quote="建成国家级大数据产业基地和国家电子商务示范城市",
                                    kind=V.QUALITATIVE,
                                    year=2018,
                                    qualitative="建成国家级大数据产业基地和国家电子商务示范城市",
                                    modal="建成",
                                    note="The text gives no year; recorded as due by the end of the plan period.",
                                    note_zh="原文未写年份；记为计划期末完成。",
                                ),
                                Target(
                                    eid="sec_3__item_5__tgt_2",
                                    quote="实现中国质量奖零的突破",
                                    kind=V.QUALITATIVE,
                                    indicator="china-quality-award-winners",
                                    year=2018,
                                    modal="实现",
                                    qualitative="中国质量奖零的突破",
                                    note="零的突破: the city's first China Quality Award.",
                                    note_zh="“零的突破”：本市首个中国质量奖。",
                                ),
                                Target(
                                    eid="sec_3__item_5__tgt_3",
                                    quote="省级及以上名牌、驰（著）名商标分别达到300个（件）以上",
                                    kind=V.LEVEL,
                                    indicator="provincial-and-above-famous-brands",
                                    value=Quantity(
                                        Decimal("300"), Unit.GE, "300个（件）以上", Comparator.GE
                                    ),
                                    year=2018,
                                    modal="达到",
                                    note="分别 (respectively): 300 or more brands (个) and, separately, 300 or more "
                                    "trademarks (件); this is the brands' figure. A stock held, not new awards.",
                                    note_zh="“分别”：名牌300个以上，另有商标300件以上；"
                                    "本条为名牌的数字。指拥有的总量，不是新获数量。",
                                ),
                                Target(
                                    eid="sec_3__item_5__tgt_4",
                                    quote="省级及以上名牌、驰（著）名商标分别达到300个（件）以上",
                                    kind=V.LEVEL,
                                    indicator="well-known-and-famous-trademarks",
                                    value=Quantity(
                                        Decimal("300"), Unit.JIAN, "300个（件）以上", Comparator.GE
                                    ),
                                    year=2018,
                                    modal="达到",
                                    note="分别 (respectively): the trademarks' figure, counted in 件 as the bracket says; "
                                    "驰（著）名 covers China well-known and provincial famous trademarks together.",
                                    note_zh="“分别”：本条为商标的数字，按括号所示以“件”计；"
                                    "“驰（著）名”合指中国驰名商标和省著名商标。",
                                ),
                                Target(
                                    eid="sec_3__item_5__tgt_5",
                                    quote="主导或参与制修订国际、国家标准60个以上",
                                    kind=V.LEVEL,
                                    indicator="intl-national-standards-led-or-joined",
                                    value=Quantity(
                                        Decimal("60"), Unit.GE, "60个以上", Comparator.GE
                                    ),
                                    year=2018,
                                    note="The text does not say whether the 60 are counted over the plan period or as a "
                                    "running total; recorded as a level due by 2018.",
                                    note_zh="原文未说明这60个是计划期内的数量还是累计数；"
                                    "记为到2018年达到的水平值。",
                                ),
                                Target(
                                    eid="sec_3__item_5__tgt_6",
                                    quote="全市综合质量竞争力位于江苏省前列",
                                    kind=V.QUALITATIVE,
                                    indicator="overall-quality-competitiveness",
                                    year=2018,
                                    qualitative="位于江苏省前列",
                                ),
                            ),
                            themes=("manufacturing", "brands", "standards", "quality-awards"),
                        ),
                        Measure(
                            eid="sec_3__item_6",
                            number=6,
                            label="6、",
                            title_zh="产品质量得到显著提升",
                            title_en="Raise product quality markedly",
                            text="产品质量得到显著提升。推动制定《盐城市产品质量监督抽查管理办法》，国家、省级监督抽查后处理率100%，生产企业产品质量监督合格率达到95%以上，生产许可证、CCC目录内产品认证证书覆盖率达到100%。地产农产品抽检合格率达到98%以上；重点食品监督抽查合格率达到98%以上。加大农产品源头质量监管，加大无公害、绿色、有机产品培育力度，到2020年“三品”获证总数突破3000个，继续保持江苏省前列。建立食品安全事故应急预案，健全日常防控、舆情监测、隐患排查、紧急处置、事故调查、信息发布等和食品安全综合协调机制；建立特种设备安全保障长效机制，建立特种设备安全状况分析报告制度和地方政府及相关部门特种设备“一岗双责”制度特种设备万台设备事故死亡率低于0.3。",
                            targets=(
                                Target(
                                    eid="sec_3__item_6__tgt_1",
                                    quote="国家、省级监督抽查后处理率100%",
                                    kind=V.LEVEL,
                                    indicator="supervision-follow-up-rate",
                                    value=Quantity(Decimal("100"), Unit.PERCENT, "100%"),
                                    year=2018,
                                ),
                                Target(
                                    eid="sec_3__item_6__tgt_2",
                                    quote="生产企业产品质量监督合格率达到95%以上",
                                    kind=V.LEVEL,
                                    indicator="producer-product-supervision-pass-rate",
                                    value=Quantity(
                                        Decimal("95"), Unit.PERCENT, "95%以上", Comparator.GE
                                    ),
                                    year=2018,
                                    modal="达到",
                                ),
                                Target(
                                    eid="sec_3__item_6__tgt_3",
                                    quote="生产许可证、CCC目录内产品认证证书覆盖率达到100%",
                                    kind=V.LEVEL,
                                    indicator="production-licence-coverage",
                                    value=Quantity(Decimal("100"), Unit.PERCENT, "100%"),
                                    year=2018,
                                    modal="达到",
                                    note="One clause, two rates: production licences and CCC certificates.",
                                    note_zh="一个分句含两个比率：生产许可证和CCC认证证书。",
                                ),
                                Target(
                                    eid="sec_3__item_6__tgt_4",
                                    quote="生产许可证、CCC目录内产品认证证书覆盖率达到100%",
                                    kind=V.LEVEL,
                                    indicator="ccc-certificate-coverage",
                                    value=Quantity(Decimal("100"), Unit.PERCENT, "100%"),
                                    year=2018,
                                    modal="达到",
                                    note="One clause, two rates: production licences and CCC certificates.",
                                    note_zh="一个分句含两个比率：生产许可证和CCC认证证书。",
                                ),
                                Target(
                                    eid="sec_3__item_6__tgt_5",
                                    quote="地产农产品抽检合格率达到98%以上",
                                    kind=V.LEVEL,
                                    indicator="local-farm-produce-pass-rate",
                                    value=Quantity(
                                        Decimal("98"), Unit.PERCENT, "98%以上", Comparator.GE
                                    ),
                                    year=2018,
                                    modal="达到",
                                ),
                                Target(
                                    eid="sec_3__item_6__tgt_6",
                                    quote="重点食品监督抽查合格率达到98%以上",
                                    kind=V.LEVEL,
                                    indicator="key-food-pass-rate",
                                    value=Quantity(
                                        Decimal("98"), Unit.PERCENT, "98%以上", Comparator.GE
                                    ),
                                    year=2018,
                                    modal="达到",
                                ),
                                Target(
                                    eid="sec_3__item_6__tgt_7",
                                    quote="到2020年“三品”获证总数突破3000个",
                                    kind=V.LEVEL,
                                    indicator="three-products-certified",
                                    value=Quantity(
                                        Decimal("3000"), Unit.GE, "3000个", Comparator.GT
                                    ),
                                    year=2020,
                                    modal="突破",
                                    note="Due in 2020, after the plan period, as the text says.",
                                    note_zh="按原文所写，于计划期之后的2020年完成。",
                                ),
                                Target(
                                    eid="sec_3__item_6__tgt_8",
                                    quote="继续保持江苏省前列",
                                    kind=V.QUALITATIVE,
                                    indicator="three-products-certified",
                                    year=2020,
                                    modal="继续保持",
                                    qualitative="江苏省前列",
                                    note="The rank of the “three products” certificates among Jiangsu's cities, in the "
                                    "same sentence as the 2020 figure.",
                                    note_zh="“三品”获证数在江苏省各市中的位次，"
                                    "与2020年的数字同在一句。",
                                ),
                                Target(
                                    eid="sec_3__item_6__tgt_9",
                                    quote="特种设备万台设备事故死亡率低于0.3",
                                    kind=V.LEVEL,
                                    indicator="special-equipment-fatality-rate",
                                    value=Quantity(
                                        Decimal("0.3"),
                                        Unit.DEATHS_PER_10K_UNITS,
                                        "0.3",
                                        Comparator.LT,
                                    ),
                                    year=2018,
                                    note="The rate is per 10,000 units of equipment (万台设备), as the indicator's name "
                                    "says; the figure itself is written without a unit.",
                                    note_zh="如指标名称所示，该比率以万台设备计；"
                                    "数字本身未写单位。",
                                ),
                            ),
                            themes=(
                                "product-safety",
                                "certification",
                                "agriculture",
                                "food-drug",
                                "special-equipment",
                            ),
                        ),
                        Measure(
                            eid="sec_3__item_7",
                            number=7,
                            label="7、",
                            title_zh="工程质量大幅度提高",
                            title_en="Raise construction quality substantially",
                            text="工程质量大幅度提高。围绕生态人文、宜居宜业要求，进一步提升城市设计、建筑、美化质量，着力打造现代化、国际化、绿色化沿海中心城市。大力推进棚户区、城中村改造，改善老城区人居环境，市区未来两年将实施棚户区（危旧房、城中村）改造项目68个，征收拆迁住宅2万户左右，完成投资200亿元以上。严格落实工程质量责任，完善建设工程质量监管体系，大中型工程和保障房工程一次验收合格率达到100%，其他工程一次验收合格率达到98%以上，新开工建筑节能标准执行率、保障房新开工受监工程覆盖率达到100%。",
                            targets=(
                                Target(
                                    eid="sec_3__item_7__tgt_1",
                                    quote="市区未来两年将实施棚户区（危旧房、城中村）改造项目68个",
                                    kind=V.NEW,
                                    indicator="shanty-town-renewal-projects",
                                    value=Quantity(Decimal("68"), Unit.GE, "68个"),
                                    period=Period(2017, 2018),
                                    note="未来两年: the two years of the plan; 市区 is the urban districts.",
                                    note_zh="“未来两年”：指计划的两个年度；“市区”指市辖城区。",
                                ),
                                Target(
                                    eid="sec_3__item_7__tgt_2",
                                    quote="征收拆迁住宅2万户左右",
                                    kind=V.NEW,
                                    indicator="shanty-town-households",
                                    value=Quantity(
                                        Decimal("20000"), Unit.HU, "2万户左右", Comparator.APPROX
                                    ),
                                    period=Period(2017, 2018),
                                ),
                                Target(
                                    eid="sec_3__item_7__tgt_3",
                                    quote="完成投资200亿元以上",
                                    kind=V.NEW,
                                    indicator="shanty-town-renewal-investment",
                                    value=Quantity(
                                        Decimal("200"), Unit.YI_YUAN, "200亿元以上", Comparator.GE
                                    ),
                                    period=Period(2017, 2018),
                                    modal="完成",
                                ),
                                Target(
                                    eid="sec_3__item_7__tgt_4",
                                    quote="大中型工程和保障房工程一次验收合格率达到100%",
                                    kind=V.LEVEL,
                                    indicator="large-medium-project-acceptance-rate",
                                    value=Quantity(Decimal("100"), Unit.PERCENT, "100%"),
                                    year=2018,
                                    modal="达到",
                                    note="One clause, two rates: large and medium-sized projects, and affordable housing.",
                                    note_zh="一个分句含两个比率：大中型工程和保障房工程。",
                                ),
                                Target(
                                    eid="sec_3__item_7__tgt_5",
                                    quote="大中型工程和保障房工程一次验收合格率达到100%",
                                    kind=V.LEVEL,
                                    indicator="affordable-housing-acceptance-rate",
                                    value=Quantity(Decimal("100"), Unit.PERCENT, "100%"),
                                    year=2018,
                                    modal="达到",
                                    note="One clause, two rates: large and medium-sized projects, and affordable housing.",
                                    note_zh="一个分句含两个比率：大中型工程和保障房工程。",
                                ),
                                Target(
                                    eid="sec_3__item_7__tgt_6",
                                    quote="其他工程一次验收合格率达到98%以上",
                                    kind=V.LEVEL,
                                    indicator="other-project-acceptance-rate",
                                    value=Quantity(
                                        Decimal("98"), Unit.PERCENT, "98%以上", Comparator.GE
                                    ),
                                    year=2018,
                                    modal="达到",
                                ),
                                Target(
                                    eid="sec_3__item_7__tgt_7",
                                    quote="新开工建筑节能标准执行率、保障房新开工受监工程覆盖率达到100%",
                                    kind=V.LEVEL,
                                    indicator="new-building-energy-standard-compliance",
                                    value=Quantity(Decimal("100"), Unit.PERCENT, "100%"),
                                    year=2018,
                                    modal="达到",
                                    note="One clause, two rates: energy-standard compliance and supervision coverage.",
                                    note_zh="一个分句含两个比率："
                                    "建筑节能标准执行率和受监工程覆盖率。",
                                ),
                                Target(
                                    eid="sec_3__item_7__tgt_8",
                                    quote="新开工建筑节能标准执行率、保障房新开工受监工程覆盖率达到100%",
                                    kind=V.LEVEL,
                                    indicator="affordable-housing-supervision-coverage",
                                    value=Quantity(Decimal("100"), Unit.PERCENT, "100%"),
                                    year=2018,
                                    modal="达到",
                                    note="One clause, two rates: energy-standard compliance and supervision coverage.",
                                    note_zh="一个分句含两个比率："
                                    "建筑节能标准执行率和受监工程覆盖率。",
                                ),
                            ),
                            themes=("engineering",),
                        ),
                        Measure(
                            eid="sec_3__item_8",
                            number=8,
                            label="8、",
                            title_zh="服务质量满意度不断提高",
                            title_en="Keep raising satisfaction with service quality",
                            text="服务质量满意度不断提高。全方位提高服务质量，市政务服务中心按照“时效最短、服务最优、收费最低”的目标，创建全国政务服务标准化示范单位。大力发展金融、科技、现代物流等生产性服务业和医疗教育、养老休闲、生态旅游、健身娱乐等生活性服务业，提升市民的幸福感和获得感。支持商贸、旅游、餐饮等重点领域质量标准与国际先进水平接轨，骨干企业和重点行业的服务质量达到或接近国际先进水平，生产性服务业顾客满意度达到85以上，生活性服务业顾客满意度达到80以上。",
                            targets=(
                                Target(
                                    eid="sec_3__item_8__tgt_3",
                                    quote="创建全国政务服务标准化示范单位",
                                    kind=V.QUALITATIVE,
                                    year=2018,
                                    qualitative="创建全国政务服务标准化示范单位",
                                    modal="创建",
                                ),
                                Target(
                                    eid="sec_3__item_8__tgt_1",
                                    quote="生产性服务业顾客满意度达到85以上",
                                    kind=V.LEVEL,
                                    indicator="producer-services-satisfaction",
                                    value=Quantity(
                                        Decimal("85"), Unit.INDEX, "85以上", Comparator.GE
                                    ),
                                    year=2018,
                                    modal="达到",
                                    note="No unit is written; the figure is a customer-satisfaction value on a 100-point "
                                    "scale, kept unitless (指数) rather than read as 分.",
                                    note_zh="原文未写单位；该数字为百分制的顾客满意度数值，"
                                    "不带单位记录（指数），不读作“分”。",
                                ),
                                Target(
                                    eid="sec_3__item_8__tgt_2",
                                    quote="生活性服务业顾客满意度达到80以上",
                                    kind=V.LEVEL,
                                    indicator="consumer-services-satisfaction",
                                    value=Quantity(
                                        Decimal("80"), Unit.INDEX, "80以上", Comparator.GE
                                    ),
                                    year=2018,
                                    modal="达到",
                                    note="No unit is written; the figure is a customer-satisfaction value on a 100-point "
                                    "scale, kept unitless (指数) rather than read as 分.",
                                    note_zh="原文未写单位；该数字为百分制的顾客满意度数值，"
                                    "不带单位记录（指数），不读作“分”。",
                                ),
                            ),
                            themes=("services", "public-services"),
                        ),
                        Measure(
                            eid="sec_3__item_9",
                            number=9,
                            label="9、",
                            title_zh="质量发展成果全民共享",
                            title_en="Let all citizens share the fruits of quality development",
                            text="质量发展成果全民共享。充分发挥“12345”、“12315”、“12365”、“12331”等质量投诉热线作用，畅通质量投诉渠道。建立社会质量监督员制度，有效调解和处理质量纠纷，使人民群众关心的产品、工程、服务、环境等质量安全问题及时得到有效解决，市民对城市综合质量水平的满意度位居全国创建城市前列。",
                            targets=(
                                Target(
                                    eid="sec_3__item_9__tgt_1",
                                    quote="市民对城市综合质量水平的满意度位居全国创建城市前列",
                                    kind=V.QUALITATIVE,
                                    indicator="citizen-quality-satisfaction-index",
                                    year=2018,
                                    qualitative="位居全国创建城市前列",
                                ),
                            ),
                            themes=("consumer",),
                        ),
                        Measure(
                            eid="sec_3__item_10",
                            number=10,
                            label="10、",
                            title_zh="质量发展的制度、方法和机制不断创新",
                            title_en="Keep innovating the systems, methods and mechanisms of quality development",
                            text="质量发展的制度、方法和机制不断创新。突出政府对质量工作的主导地位，通过质量统计分析、质量状况通报、质量工作考核、质量奖励制度建立、区域质量整治等多种手段，向地方党委政府多汇报、提建议、定方案，让各级政府更加重视质量、抓好质量；主动提请市县各级政府研究制定加强质量工作的意见措施，落实各相关部门联动抓质量的责任机制，增强质量工作的主动性、创造性、有效性。督促企业健全质量管理体系，继续推广实施企业首席质量官制度，实行质量安全“一票否决”。加强质量诚信体系建设，动态发布失信企业名单，建立跨部门、跨区域、跨行业质量失信联合惩戒机制，推进质量信用信息在行政许可、招投标、政府采购、工程建设、公共资源交易、评先评优等方面的综合应用。大力推广先进质量管理方法，使企业在抓质量的过程中实现科学管理，更好地担负起质量主体责任。发挥全社会的监督作用。通过组织“质量月”、“世界计量日”、“世界标准日”、“世界认可日”等，广泛开展群众性质量活动。加强质量普法，宣传普及质量基础知识，推进质量监督信息综合利用，努力满足全社会对产品质量信息的需求。发挥行业组织、新闻媒体和第三方检测认证机构等社会力量的作用，促进行业自律，加强社会监督。通过大力宣传发动，营造政府重视质量、企业追求质量、社会崇尚质量、人人关心质量的浓厚氛围。",
                            themes=("enterprise-responsibility", "credit", "culture"),
                        ),
                    ),
                ),
                Section(
                    eid="sec_4",
                    number="四",
                    label="四、",
                    heading_zh="责任分解",
                    heading_en="Division of responsibilities",
                    items=(
                        Paragraph(
                            eid="sec_4__para_1",
                            text="为了组织开展好全国质量强市示范城市创建工作，在市质量强市推进工作领导小组下，设立产品质量、工程质量、服务质量、环境质量、安全保障、督查考核、经费保障、宣传教育、专家咨询等9个专责小组，既分工明确又合力推动全国质量强市示范城市创建工作。",
                        ),
                        TaskGroup(
                            eid="sec_4__group_1",
                            targets=(
                                Target(
                                    eid="sec_4__group_1__tgt_1",
                                    quote="确保产品质量安全指标全面达到国家强制性标准要求",
                                    kind=V.QUALITATIVE,
                                    year=2018,
                                    qualitative="产品质量安全指标全面达到国家强制性标准要求",
                                    modal="确保",
                                ),
                            ),
                            number=1,
                            label="（一）",
                            name_zh="产品质量专责小组",
                            name_en="Product Quality Task Group",
                            lead_text="牵头单位：市质监局。",
                            member_text="成员单位：市发改委、市经信委、市农委、市公安局、市卫生局、市食药监局、市工商局、盐城检验检疫局等相关单位。",
                            duties="工作职责：完善产品质量保障体系，确保产品质量安全指标全面达到国家强制性标准要求；农产品、食品等重点产品质量安全得到有效保障；进出口商品质量安全水平稳步提升；特种设备质量安全得到有效保障。负责《全国质量强市示范城市考核验收细则》中产品质量相关资料的收集、整理和汇总。",
                            responsibilities=(
                                lead("市质监局", "yancheng.quality-supervision"),
                                member("市发改委", "yancheng.development-reform"),
                                member("市经信委", "yancheng.economy-it"),
                                member("市农委", "yancheng.agriculture-commission"),
                                member("市公安局", "yancheng.public-security"),
                                member("市卫生局", "yancheng.health-family-planning"),
                                member("市食药监局", "yancheng.food-drug"),
                                member("市工商局", "yancheng.industry-commerce"),
                                member("盐城检验检疫局", "yancheng.ciq"),
                                OTHER_UNITS,
                            ),
                            themes=(
                                "product-safety",
                                "agriculture",
                                "food-drug",
                                "special-equipment",
                            ),
                        ),
                        TaskGroup(
                            eid="sec_4__group_2",
                            number=2,
                            label="（二）",
                            name_zh="工程质量专责小组",
                            name_en="Construction Quality Task Group",
                            lead_text="牵头单位：市城建局。",
                            member_text="成员单位：市交通局、市水利局等相关单位。",
                            duties="工作职责：健全工程质量监管机制，大中型工程竣工验收一次验收合格率和工程竣工验收一次验收合格率达到创建要求；工程项目严格执行工程建设强制性标准规范要求，严格执行节能标准规定，建筑工程节能效率和工业化建造比重不断提高；有效保证保障房工程建设质量水平，引入重大设备监理机制，有效保证设备工程质量和安全；依照国家相关标准进一步提升房屋住宅居住性能，满足人民群众需求。负责《全国质量强市示范城市考核验收细则》中工程质量相关资料的收集、整理和汇总。",
                            responsibilities=(
                                lead("市城建局", "yancheng.construction"),
                                member("市交通局", "yancheng.transport"),
                                member("市水利局", "yancheng.water"),
                                OTHER_UNITS,
                            ),
                            themes=("engineering",),
                        ),
                        TaskGroup(
                            eid="sec_4__group_3",
                            number=3,
                            label="（三）",
                            name_zh="服务质量专责小组",
                            name_en="Service Quality Task Group",
                            lead_text="牵头单位：市发改委。",
                            member_text="成员单位：市商务局、市经信委、市旅游局、市工商局、市质监局、市食药监局、人民银行盐城市中心支行等相关单位。",
                            duties="工作职责：建设一批国家级综合服务业标准化试点；积极承办金融、餐饮、旅游等重点服务行业国际性会议，并组织骨干企业和重点项目与世界先进企业进行交流研讨；在重点生产性服务领域，培育形成一批品牌影响力大、质量竞争力强的大型服务企业；在生活性服务领域，培育形成一批凝聚民族文化特色的服务品牌和精品服务项目；服务产品种类不断丰富，顾客满意指数不断提高。负责《全国质量强市示范城市考核验收细则》中服务质量相关资料的收集、整理和汇总。",
                            responsibilities=(
                                lead("市发改委", "yancheng.development-reform"),
                                member("市商务局", "yancheng.commerce"),
                                member("市经信委", "yancheng.economy-it"),
                                member("市旅游局", "yancheng.tourism"),
                                member("市工商局", "yancheng.industry-commerce"),
                                member("市质监局", "yancheng.quality-supervision"),
                                member("市食药监局", "yancheng.food-drug"),
                                member("人民银行盐城市中心支行", "yancheng.pboc"),
                                OTHER_UNITS,
                            ),
                            themes=("services", "standards"),
                        ),
                        TaskGroup(
                            eid="sec_4__group_4",
                            number=4,
                            label="（四）",
                            name_zh="环境质量专责小组",
                            name_en="Environmental Quality Task Group",
                            lead_text="牵头单位：市环保局。",
                            member_text="成员单位：市公安局、市水利局、市卫生局、市城管局等相关单位。",
                            duties="工作职责：制定实施促进质量发展的环保政策，推动环境污染治理设施质量提升，负责对影响质量发展的重大环境问题的统筹协调和监督管理；控制污染行业发展，建立完善的环境监测与评价体系，严格执行污染物排放标准，完成国家规定的节能减排任务，维护盐城良好生态环境。负责《全国质量强市示范城市考核验收细则》中环境质量相关资料的收集、整理和汇总。",
                            responsibilities=(
                                lead("市环保局", "yancheng.environmental-protection"),
                                member("市公安局", "yancheng.public-security"),
                                member("市水利局", "yancheng.water"),
                                member("市卫生局", "yancheng.health-family-planning"),
                                member("市城管局", "yancheng.urban-management"),
                                OTHER_UNITS,
                            ),
                            themes=("environment",),
                        ),
                        TaskGroup(
                            eid="sec_4__group_5",
                            number=5,
                            label="（五）",
                            name_zh="安全保障专责小组",
                            name_en="Safety Assurance Task Group",
                            lead_text="牵头单位：市安监局。",
                            member_text="成员单位：市委宣传部、市发改委、市经信委、市农委、市公安局、市教育局、市人社局、市城管局、市商务局、市城建局、市交通局、市水利局、市卫生局、市环保局、市工商局、市质监局、市食药监局、市旅游局、盐城检验检疫局等相关单位。",
                            duties="工作职责：负责质量强市安全生产监督管理工作，对质量强市工作所涉及企事业单位的安全生产指标和绩效做出评价。负责《全国质量强市示范城市考核验收细则》中安全保障相关资料的收集、整理和汇总。",
                            responsibilities=(
                                lead("市安监局", "yancheng.work-safety"),
                                member("市委宣传部", "yancheng.party-publicity"),
                                member("市发改委", "yancheng.development-reform"),
                                member("市经信委", "yancheng.economy-it"),
                                member("市农委", "yancheng.agriculture-commission"),
                                member("市公安局", "yancheng.public-security"),
                                member("市教育局", "yancheng.education"),
                                member("市人社局", "yancheng.human-resources"),
                                member("市城管局", "yancheng.urban-management"),
                                member("市商务局", "yancheng.commerce"),
                                member("市城建局", "yancheng.construction"),
                                member("市交通局", "yancheng.transport"),
                                member("市水利局", "yancheng.water"),
                                member("市卫生局", "yancheng.health-family-planning"),
                                member("市环保局", "yancheng.environmental-protection"),
                                member("市工商局", "yancheng.industry-commerce"),
                                member("市质监局", "yancheng.quality-supervision"),
                                member("市食药监局", "yancheng.food-drug"),
                                member("市旅游局", "yancheng.tourism"),
                                member("盐城检验检疫局", "yancheng.ciq"),
                                OTHER_UNITS,
                            ),
                            themes=("risk", "special-equipment"),
                        ),
                        TaskGroup(
                            eid="sec_4__group_6",
                            number=6,
                            label="（六）",
                            name_zh="督查考核专责小组",
                            name_en="Inspection and Assessment Task Group",
                            lead_text="牵头单位：市委、市政府督查室。",
                            member_text="成员单位：市委组织部、市委宣传部、市监察局、市质监局、市发改委、市财政局、市城建局、市环保局、市安监局、市统计局等相关单位。",
                            duties="工作职责：建立健全创建工作效果的评价体系，将全国质量强市示范城市创建工作及其效果纳入各级党政领导班子和领导干部落实科学发展观评价指标体系及考核办法，严格质量工作责任追究。",
                            responsibilities=(
                                lead("市委、市政府督查室", "yancheng.supervision-office"),
                                member("市委组织部", "yancheng.party-organization"),
                                member("市委宣传部", "yancheng.party-publicity"),
                                member("市监察局", "yancheng.supervision"),
                                member("市质监局", "yancheng.quality-supervision"),
                                member("市发改委", "yancheng.development-reform"),
                                member("市财政局", "yancheng.finance"),
                                member("市城建局", "yancheng.construction"),
                                member("市环保局", "yancheng.environmental-protection"),
                                member("市安监局", "yancheng.work-safety"),
                                member("市统计局", "yancheng.statistics"),
                                OTHER_UNITS,
                            ),
                            themes=("planning-assessment",),
                        ),
                        TaskGroup(
                            eid="sec_4__group_7",
                            targets=(
                                Target(
                                    eid="sec_4__group_7__tgt_1",
                                    quote="专项经费数额达到创建规定水平",
                                    kind=V.QUALITATIVE,
                                    year=2018,
                                    qualitative="专项经费数额达到创建规定水平",
                                    modal="达到",
                                    note="A duty of the funding task group (确保每年…): the level is the one the creation rules set, not a figure.",
                                    note_zh="经费保障专责小组的一项职责（确保每年…）："
                                    "所指水平是创建规定的水平，不是一个数字。",
                                ),
                            ),
                            number=7,
                            label="（七）",
                            name_zh="经费保障专责小组",
                            name_en="Funding Task Group",
                            lead_text="牵头单位：市财政局。",
                            member_text="成员单位：市质量强市推进工作领导小组各成员单位。",
                            duties="工作职责：制定落实支持促进创建工作的财政政策；确保每年对贯彻落实国务院《质量发展纲要（2011—2020年）》、全市质量发展规划或创建质量强市工作专项经费数额达到创建规定水平；将监督检查、行政执法、技术标准等有关质量工作经费纳入财政预算，加大质量工作的投入，提供经费保障，确保质量工作正常开展。负责《全国质量强市示范城市考核验收细则》中经费保障相关资料的收集、整理和汇总。",
                            responsibilities=(
                                lead("市财政局", "yancheng.finance"),
                                collective(
                                    "市质量强市推进工作领导小组各成员单位",
                                    Role.MEMBER,
                                    "member-units",
                                ),
                            ),
                            themes=("funding",),
                        ),
                        TaskGroup(
                            eid="sec_4__group_8",
                            number=8,
                            label="（八）",
                            name_zh="宣传教育专责小组",
                            name_en="Publicity and Education Task Group",
                            lead_text="牵头单位：市委宣传部。",
                            member_text="成员单位：市质量强市推进工作领导小组各成员单位。",
                            duties="工作职责：组织开展全国质量强市示范城市主题宣传教育活动；加强对质量强市创建工作相关知识的普及、宣传，在全社会形成良好的社会氛围；利用展板、显示屏、路牌、橱窗以及电视、广播电台、报纸、网络等途径宣传质量精神。负责《全国质量强市示范城市考核验收细则》中宣传教育相关资料的收集、整理和汇总。",
                            responsibilities=(
                                lead("市委宣传部", "yancheng.party-publicity"),
                                collective(
                                    "市质量强市推进工作领导小组各成员单位",
                                    Role.MEMBER,
                                    "member-units",
                                ),
                            ),
                            themes=("culture",),
                        ),
                        TaskGroup(
                            eid="sec_4__group_9",
                            number=9,
                            label="（九）",
                            name_zh="专家咨询专责小组",
                            name_en="Expert Advice Task Group",
                            lead_text="牵头单位：市质监局。",
                            member_text="成员单位：市质量强市推进工作领导小组各成员单位。",
                            duties="工作职责：联络上级主管部门、有关研究机构和高等院校的领导专家，根据创建工作需要组建质量专家团；对创建工作中的重大问题开展调查研究，论证有关调研报告、工作方案和决策事项，召开专题研讨会、组织专家论坛等活动为创建工作提供智力支持。",
                            responsibilities=(
                                lead("市质监局", "yancheng.quality-supervision"),
                                collective(
                                    "市质量强市推进工作领导小组各成员单位",
                                    Role.MEMBER,
                                    "member-units",
                                ),
                            ),
                            themes=("quality-city",),
                        ),
                        Paragraph(
                            eid="sec_4__para_2",
                            text="各专责小组要根据本小组的工作职责及相关要求，形成本专责项目的工作体系，建立长效机制。各专责小组的牵头单位负责协调相关单位制定本专责项目的具体创建方案。各成员单位要按照创建方案要求以及各专题的工作计划，结合部门工作职能，制定具体工作计划，推进全国质量强市示范城市创建工作。",
                        ),
                        Paragraph(
                            eid="sec_4__para_3",
                            text="创建工作具体任务分解见《盐城市创建全国质量强市示范城市目标任务分解表》（附后）。",
                        ),
                    ),
                ),
                Section(
                    eid="sec_5",
                    number="五",
                    label="五、",
                    heading_zh="保障措施",
                    heading_en="Safeguards",
                    items=(
                        Section(
                            eid="sec_5__sub_1",
                            number="一",
                            label="（一）",
                            heading_zh="加强质量发展战略规划",
                            heading_en="Strengthen strategic planning for quality development",
                            items=(
                                Paragraph(
                                    eid="sec_5__sub_1__para_1",
                                    text="将创建全国质量强市示范城市列为政府重点工作，制定质量强镇、质量强业和质量强企业工作的指导意见，出台《贯彻落实江苏省质量发展规划（2014—2020年）的实施意见》，充分运用政府与市场两种手段，强力推动质量强市建设。在创建中注重创与建的结合，努力做到“三个同步”，即贯彻落实《质量发展纲要》与加强城市质量规划同步，质量基础建设与质量发展机制建设同步，工作推动与政策引导同步。",
                                ),
                            ),
                        ),
                        Section(
                            eid="sec_5__sub_2",
                            number="二",
                            label="（二）",
                            heading_zh="发挥各类社会主体作用",
                            heading_en="Bring every kind of social actor into play",
                            items=(
                                Section(
                                    eid="sec_5__sub_2__sub_1",
                                    number="1",
                                    label="1. ",
                                    heading_zh="提升技术标准水平",
                                    heading_en="Raise the level of technical standards",
                                    items=(
                                        Paragraph(
                                            eid="sec_5__sub_2__sub_1__para_1",
                                            text="全面落实《市政府办公室关于进一步加强标准化工作的意见》（盐政办发〔2016〕94号），进一步发挥技术标准在增强企业自主创新能力、引领产业转型升级、促进经济发展方式转变、加快推进新型工业化进程中的重要支撑作用，推动我市企业掌握市场话语权，提升综合竞争力。根据市内主导产业和优势产业标准化需求，在企业建设一批省级标准化专业技术委员会、分委会，促进各专业领域标准体系的完善，推进重要标准的制订与实施。引导企业积极承担国家标准、行业标准和地方标准的制（修）订工作，以及国家标准科研项目，推动企业自觉运用标准实现技术领先和市场主导的跨越式发展。",
                                        ),
                                    ),
                                ),
                                Section(
                                    eid="sec_5__sub_2__sub_2",
                                    number="2",
                                    label="2. ",
                                    heading_zh="推进品牌战略实施",
                                    heading_en="Carry out the brand strategy",
                                    items=(
                                        Paragraph(
                                            eid="sec_5__sub_2__sub_2__para_1",
                                            text="认真落实《盐城市人民政府关于加快推进实施品牌战略的意见》（盐政发【2012】208号），积极推动企业创建名牌、名标和省、市“老字号”，培育中华“老字号”。鼓励企业采用卓越绩效模式等先进管理办法，支持企业申报国家及省、市质量奖，培育一批具有核心竞争力和国际影响力的知名品牌、龙头服务企业和集团，积极组织各类园区申报全国知名品牌示范区。推动企业结合自身总体发展战略、内外资源禀赋、企业文化遗产等因素，加强品牌顶层设计，制定适合企业自身、具有独创性和吸引力的品牌战略，与企业发展战略同步实施、系统推进。鼓励品牌企业、上市企业和优秀企业积极参与国家品牌价值评价工作，提升品牌价值和影响力。",
                                        ),
                                    ),
                                ),
                                Section(
                                    eid="sec_5__sub_2__sub_3",
                                    number="3",
                                    label="3. ",
                                    heading_zh="强化科技研发创新",
                                    heading_en="Strengthen research, development and innovation",
                                    items=(
                                        Paragraph(
                                            eid="sec_5__sub_2__sub_3__para_1",
                                            text="鼓励采取高等院校独立办、企业自己办以及政府企业混合所有制等模式，大力建设研发机构，推动产学研协调发展，促进企业技术进步，提高产品质量。创新科研机制，努力把盐城打造成为知识产权入股研发机构、入股企业实体机制最灵活的城市之一。",
                                        ),
                                    ),
                                ),
                                Section(
                                    eid="sec_5__sub_2__sub_4",
                                    number="4",
                                    label="4. ",
                                    heading_zh="优化企业质量管理",
                                    heading_en="Improve enterprises' quality management",
                                    items=(
                                        Paragraph(
                                            eid="sec_5__sub_2__sub_4__para_1",
                                            text="严格企业质量主体责任，引导企业牢固树立“质量第一”理念，推广先进的质量管理方法和经验。鼓励企业在质量管理上创新方法，设立总经理质量奖、质量发展资金，调动企业内部组织、部门和员工的质量工作积极性，提升企业质量管理水平，增强企业质量竞争力。推动完善认证认可体系，进一步培育和规范认证市场，推广低碳、节能和环保产品认证，逐步在质量、环境、能源、职业健康、社会管理、文化、卫生等领域推行管理体系认证，探索在交通运输业、金融服务业、旅游业、体育产业中推行服务质量管理体系认证。",
                                        ),
                                    ),
                                ),
                                Section(
                                    eid="sec_5__sub_2__sub_5",
                                    number="5",
                                    label="5. ",
                                    heading_zh="提高质量安全水平",
                                    heading_en="Raise the level of quality safety",
                                    items=(
                                        Paragraph(
                                            eid="sec_5__sub_2__sub_5__para_1",
                                            text="完善产品侵权企业首负责任制，探索设立产品质量责任保险制度，发挥社会保险机构救助与监督双重作用，拓宽质量安全救济渠道，建立质量安全救济多元机制。研究在骨干医院试点开展产品质量伤害监测工作，建立以试点医院为基础的产品伤害监测模式和产品质量伤害监测制度，提升经营者产品安全意识和产品质量安全水平。推广建立产品质量追溯体系，加快信息化与工业化深度融合，实现从原料进厂到产品销售的全过程可追溯与召回。",
                                        ),
                                    ),
                                ),
                                Section(
                                    eid="sec_5__sub_2__sub_6",
                                    number="6",
                                    label="6. ",
                                    heading_zh="培育检验检测体系",
                                    heading_en="Develop the testing and inspection system",
                                    items=(
                                        Paragraph(
                                            eid="sec_5__sub_2__sub_6__para_1",
                                            text="围绕全市产业集群的质量需求，主要依靠社会资源和企业力量，加快建设国家级、省级质检机构和重点实验室。积极探索政府、企业混合所有制模式，合作共建重点项目和共享共用平台。利用民营检测机构和高校、科研院所的检测资源，实现公共检测平台和社会检测资源的良性互动、优势互补。充分发挥各级检测机构规范市场秩序、引领产业发展、提升企业创新、保障质量安全的作用。建立完善检验机构资质认定制度和实验室评价制度，在重点领域实现检测结果的国际互认，为有效应对技术性贸易措施提供检验检测技术保障。",
                                        ),
                                    ),
                                ),
                                Section(
                                    eid="sec_5__sub_2__sub_7",
                                    number="7",
                                    label="7. ",
                                    heading_zh="加强人才队伍建设",
                                    heading_en="Build up the quality workforce",
                                    items=(
                                        Paragraph(
                                            eid="sec_5__sub_2__sub_7__para_1",
                                            text="积极推动质量人才队伍建设，鼓励企业通过提高薪资待遇等激励措施，引进和培养质量专业人才，在职称、待遇方面对质量人才做出明确规定；积极推动企业首席质量官队伍建设，组织企业首席质量官资格教育培训，引导企业实行首席质量官制度。",
                                        ),
                                    ),
                                ),
                                Section(
                                    eid="sec_5__sub_2__sub_8",
                                    number="8",
                                    label="8. ",
                                    heading_zh="构建行业自律体系",
                                    heading_en="Build a system of industry self-regulation",
                                    items=(
                                        Paragraph(
                                            eid="sec_5__sub_2__sub_8__para_1",
                                            text="推动行业协会健全各项自律性管理制度，完善行业自律性管理约束机制，规范会员行为，维护公平竞争的市场环境；同时，为企业提供技术开发、经营管理、投资决策、招商引资、技术培训、法律服务、专利申请等全方位服务，构筑起政府宏观调控、中介组织服务、企业自主经营的经济发展新格局。",
                                        ),
                                    ),
                                ),
                            ),
                        ),
                        Section(
                            eid="sec_5__sub_3",
                            number="三",
                            label="（三）",
                            heading_zh="加强政府层面指导监管",
                            heading_en="Strengthen guidance and supervision by government",
                            items=(
                                Section(
                                    eid="sec_5__sub_3__sub_1",
                                    number="1",
                                    label="1. ",
                                    heading_zh="加强组织保障领导",
                                    heading_en="Strengthen organization and leadership",
                                    items=(
                                        Paragraph(
                                            eid="sec_5__sub_3__sub_1__para_1",
                                            text="市质量强市推进工作领导小组负责“全国质量强市示范城市”创建工作的组织领导，并按年度开展质量工作考核，考核结果纳入市委、政府对县区的年度综合目标考核体系。定期对质量工作进行专项督查，确保创建工作各项措施落到实处。各地、各部门成立或加强相应机构，负责本地、本部门创建工作的统筹协调。认真落实市委市政府对质量工作的要求，广泛开展质量宣传教育活动，积极营造“人人关心质量、人人参与质量”的浓厚氛围。加强宏观质量统计分析，建立和完善质量状况分析报告制度，积极探索推动第三方机构开展质量分析调查以及市民对城市质量综合满意度指数调查，定期评估分析产品、工程、服务、环境运行质量状况，并及时向社会公布，通过鼓励“顾客投票”来促进市场的优胜劣汰。",
                                        ),
                                    ),
                                ),
                                Section(
                                    eid="sec_5__sub_3__sub_2",
                                    number="2",
                                    label="2. ",
                                    heading_zh="加强市场综合监管",
                                    heading_en="Strengthen comprehensive market supervision",
                                    items=(
                                        Paragraph(
                                            eid="sec_5__sub_3__sub_2__para_1",
                                            text="建立政府负责、部门监管、行业自律、公众参与，覆盖生产、流通、消费全过程的统一市场监督管理体系，加强对关系国计民生、健康安全、节能环保的重点产品、重大设备、重点工程及重点服务项目的监管，加大对制售假冒伪劣产品的打击力度以及对专利、商标侵权等违法行为的查办力度。构建执法协作体系，加强部门间质量执法工作协作，逐步健全处置重大质量违法突发案件快速反应机制和联动执法机制，做好行政执法与刑事司法的有效衔接。以行政审批改革为契机，全面建立各级政府及相关部门质量工作的权力清单制度；凡是通过间接管理、事后监管可以达到管理目的的审批事项，一律取消。",
                                        ),
                                        Paragraph(
                                            eid="sec_5__sub_3__sub_2__para_2",
                                            text="加快推进企业质量信用体系建设，将企业质量信用纳入全市社会信用体系建设工作，大力推广第三方信用产品的运用。建立质量失信惩戒制度，将严重违法违规企业纳入“黑名单”并向社会公布。",
                                        ),
                                    ),
                                ),
                                Section(
                                    eid="sec_5__sub_3__sub_3",
                                    number="3",
                                    label="3. ",
                                    heading_zh="加强政策资金引导",
                                    heading_en="Guide through policies and funds",
                                    items=(
                                        Paragraph(
                                            eid="sec_5__sub_3__sub_3__para_1",
                                            text="进一步发挥各类相关政策和财政资金的引导作用，通过评选市长质量奖、资助技术标准化活动及奖励名牌、名标等措施，引导激励我市企业和各行业组织提升质量管理水平。通过政府购买服务形式，定期不定期地开展质量专家企业行等活动，为企业提供公益性的质量管理咨询诊断服务，帮助企业提高管理水平。各级政府将质量强市工作经费纳入财政预算，为质量工作提供有力保障。",
                                        ),
                                    ),
                                ),
                            ),
                        ),
                    ),
                ),
                Section(
                    eid="sec_6",
                    number="六",
                    label="六、",
                    heading_zh="进度安排",
                    heading_en="Schedule",
                    items=(
                        Phase(
                            eid="sec_6__phase_1",
                            number=1,
                            label="（一）",
                            title_zh="规划部署",
                            title_en="Planning and deployment",
                            range_text="（2017年1月—2017年6月）",
                            start=PartialDate(2017, 1),
                            end=PartialDate(2017, 6),
                            text="召开质量强市推进工作领导小组成员单位联席会议，传达学习质检总局关于创建“全国质量强市示范城市”的相关文件精神，分析研究我市创建工作并进行总体部署。按要求编制上报创建工作计划，及时召开创建动员大会，进一步统一思想认识、分解目标任务、明确工作措施，形成创建工作合力。",
                        ),
                        Phase(
                            eid="sec_6__phase_2",
                            number=2,
                            label="（二）",
                            title_zh="创建实施",
                            title_en="Implementation of the creation work",
                            range_text="（2017年7月—2018年6月）",
                            start=PartialDate(2017, 7),
                            end=PartialDate(2018, 6),
                            text="按照国家质检总局的要求，组织实施创建工作计划，确保在规定时间内完成建设任务，有效构建促进优胜劣汰、引导诚信守法、激励质量创新的市场发展环境，市场主体活力明显增强，质量发展质态更加优化，各项指标达到“全国质量强市示范城市”创建要求。",
                        ),
                        Phase(
                            eid="sec_6__phase_3",
                            number=3,
                            label="（三）",
                            title_zh="总结验收",
                            title_en="Review and acceptance",
                            range_text="（2018年7月—12月）",
                            start=PartialDate(2018, 7),
                            end=PartialDate(2018, 12),
                            text="经组织自查并整改后，由市政府提出验收申请，经省质量强省推进工作领导小组审核（预验收）同意后，提请国家质检总局进行考核验收。",
                        ),
                    ),
                ),
                Paragraph(eid="report__para_2", text="创建工作领导小组组长（签名）："),
                Paragraph(eid="report__para_3", text="市政府（盖章）"),
                Paragraph(eid="report__para_4", text="2017年3月10日"),
            ),
        ),
    ),
    ledger=(
        # Cover page and instructions.
        LedgerEntry(
            "2017-2018",
            "(2017-2018年度)",
            LR.DATE,
            "The years the plan covers, under the title; recorded as the plan's period.",
            note_zh="标题下所写本计划涵盖的年度；记为本计划的期间。",
        ),
        LedgerEntry(
            "2017年2月",
            "填表日期2017年2月",
            LR.DATE,
            "Date the form was filled in (填表日期).",
            note_zh="填写表格的日期（填表日期）。",
        ),
        LedgerEntry(
            "5",
            "此表上报一式5份",
            LR.DOCUMENT,
            "Number of copies of the form to submit.",
            note_zh="表格须报送的份数。",
        ),
        LedgerEntry(
            "A3",
            "规格为A3对开",
            LR.DOCUMENT,
            "Paper size of the printed form.",
            note_zh="表格打印的纸张规格。",
        ),
        # The form.
        LedgerEntry(
            "2015年、2016年",
            "开展对全市2015年、2016年质量分析",
            LR.DATE,
            "The years whose quality the city analysed; the analysis itself is not a figure.",
            note_zh="全市对其质量进行分析的年份；分析本身不是数字。",
        ),
        LedgerEntry(
            "26",
            "成员包括市直26个部门主要负责人",
            LR.CONTEXT,
            "How the leading group is made up (the heads of 26 municipal departments): an "
            "organisational fact, neither a target nor a measure of quality.",
            note_zh="领导小组的组成（市直26个部门主要负责人）：属组织方面的事实，既不是目标，"
            "也不是对质量的衡量。",
        ),
        LedgerEntry(
            "121",
            "把创建目标任务分解成121项工作指标",
            LR.DOCUMENT,
            "Counts the work indicators of the plan's own task breakdown (the 目标任务分解表 "
            "annexed to the report, not in the seed).",
            note_zh="本计划自身任务分解中的工作指标数（附于报告后的目标任务分解表，原文未收录）。",
        ),
        # The report's preamble and cited documents.
        LedgerEntry(
            "2011—2020",
            "《质量发展纲要（2011—2020年）》",
            LR.NAME,
            "Title of the State Council outline: in the preamble and in the funding task group's "
            "duties.",
            occurrences=2,
            note_zh="国务院纲要的标题：见于前言和经费保障专责小组的职责中。",
        ),
        LedgerEntry(
            "苏政发〔2012〕91号",
            "（苏政发〔2012〕91号）",
            LR.DOC_NUMBER,
            "Number of the provincial opinions on a quality province, a basis of the plan.",
            note_zh="省关于质量强省的意见的文号，为本计划的依据之一。",
        ),
        LedgerEntry(
            "2016",
            "《关于2016年创建“全国质量强市示范城市”创建工作有关安排的通知》",
            LR.NAME,
            "Title of the AQSIQ notice the plan follows.",
            note_zh="本计划所依循的国家质检总局通知的标题。",
        ),
        LedgerEntry(
            "质检质函〔2016〕31号",
            "（质检质函〔2016〕31号）",
            LR.DOC_NUMBER,
            "Number of the AQSIQ notice, a basis of the plan.",
            note_zh="国家质检总局该通知的文号，为本计划的依据之一。",
        ),
        # The main tasks.
        LedgerEntry(
            "2025",
            "中国制造2025盐城行动计划",
            LR.NAME,
            "Name of Yancheng's Made in China 2025 action plan.",
            note_zh="盐城市中国制造2025行动计划的名称。",
        ),
        LedgerEntry(
            "“12345”、“12315”、“12365”、“12331”",
            "“12345”、“12315”、“12365”、“12331”等质量投诉热线",
            LR.NAME,
            "Numbers of the complaint hotlines (government service, consumer, quality and "
            "tourism complaints): public service numbers, not personal contact details.",
            note_zh="投诉热线的号码（政务服务、消费者、质量和旅游投诉）：属公共服务号码，"
            "不是个人联系方式。",
        ),
        # Task groups.
        LedgerEntry(
            "9",
            "等9个专责小组",
            LR.DOCUMENT,
            "Counts the task groups the section sets up, each of which is curated.",
            note_zh="本部分设立的专责小组数，每个专责小组均已收录。",
        ),
        # Safeguards.
        LedgerEntry(
            "2014—2020",
            "《贯彻落实江苏省质量发展规划（2014—2020年）的实施意见》",
            LR.NAME,
            "Title of the implementing opinions on Jiangsu's quality development plan that the "
            "city is to issue.",
            note_zh="本市拟出台的贯彻江苏省质量发展规划实施意见的标题。",
        ),
        LedgerEntry(
            "盐政办发〔2016〕94号",
            "（盐政办发〔2016〕94号）",
            LR.DOC_NUMBER,
            "Number of the municipal general office's opinions on standardization.",
            note_zh="市政府办公室关于标准化工作的意见的文号。",
        ),
        LedgerEntry(
            "盐政发【2012】208号",
            "（盐政发【2012】208号）",
            LR.DOC_NUMBER,
            "Number of the municipal government's opinions on the brand strategy.",
            note_zh="市政府关于品牌战略的意见的文号。",
        ),
        # Schedule and signature.
        LedgerEntry(
            "2017年1月—2017年6月",
            "（2017年1月—2017年6月）",
            LR.SCHEDULE,
            "Date range of phase 1 (planning and deployment).",
            note_zh="第一阶段（规划部署）的起止时间。",
        ),
        LedgerEntry(
            "2017年7月—2018年6月",
            "（2017年7月—2018年6月）",
            LR.SCHEDULE,
            "Date range of phase 2 (implementation).",
            note_zh="第二阶段（创建实施）的起止时间。",
        ),
        LedgerEntry(
            "2018年7月—12月",
            "（2018年7月—12月）",
            LR.SCHEDULE,
            "Date range of phase 3 (review and acceptance).",
            note_zh="第三阶段（总结验收）的起止时间。",
        ),
        LedgerEntry(
            "2017年3月10日",
            "2017年3月10日",
            LR.DATE,
            "Date under the government's seal (成文日期).",
            note_zh="政府印章下的日期（成文日期）。",
        ),
    ),
)
