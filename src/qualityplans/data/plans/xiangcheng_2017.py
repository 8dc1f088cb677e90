"""相城区质量强区工作2017年行动计划 (相政办〔2017〕98号), seed 000.

Xiangcheng District's annual action plan for building a quality district in
2017, issued by the district government's general office: 4 sections and 16
measures numbered through the whole document, each with lead units and
"各成员单位配合". Its units are Xiangcheng district bodies (区市场监管局 …),
not the Suzhou city bodies of the Suzhou plans; each list writes 区 only before
its first unit.
"""

from decimal import Decimal

from qualityplans.data._build import MEMBER_UNITS_COOPERATE, lead
from qualityplans.model import (
    Adoption,
    CitedDocument,
    Comparator,
    DateKind,
    Direction,
    DocNumber,
    Erratum,
    LedgerEntry,
    LedgerReason,
    Locality,
    Measure,
    Observation,
    Paragraph,
    PartialDate,
    Period,
    Plan,
    PlanDate,
    PlanKind,
    Quantity,
    Section,
    Source,
    Target,
    Unit,
    ValueKind,
)

V = ValueKind
D = Direction
LR = LedgerReason

MR = "xiangcheng.market-regulation"
ACCEPTANCE_PART = (
    "Introduced by 其中: one of the parts of the completion acceptance target "
    "(竣工验收合格率达到100%) stated just before."
)
ACCEPTANCE_PART_ZH = (
    "以“其中”引出：是前文所述竣工验收合格率目标（竣工验收合格率达到100%）的组成部分之一。"
)
ZHENGCHUANG_TOO = "争创 (strive to win) in the preceding clause applies to this figure too."
ZHENGCHUANG_TOO_ZH = "前一分句中的“争创”同样适用于这一数字。"

PLAN = Plan(
    id="xiangcheng-2017",
    title_zh="相城区质量强区工作2017年行动计划",
    title_en="Xiangcheng District 2017 Action Plan for Building a Quality District",
    kind=PlanKind.ACTION_PLAN,
    region="xiangcheng",
    issuer="xiangcheng.general-office",
    doc_number=DocNumber.parse("相政办〔2017〕98号"),
    period=Period(2017, 2017),
    dates=(
        PlanDate(DateKind.SIGNED, PartialDate(2017, 7, 3), "2017年7月3日"),
        PlanDate(DateKind.ISSUED, PartialDate(2017, 7, 3), "2017年7月3日印发"),
    ),
    addressees="各镇（街道）人民政府（办事处），开发区、高新区（筹）、高铁新城、度假区管委会，区政府各办、局，各直属事业单位（公司），各垂直管理部门",
    notice_text="《相城区质量强区工作2017年行动计划》已经区政府办公会议研究通过，现印发给你们，请结合各自实际，认真组织实施。",
    copied_to=("区委办公室", "区人大常委会办公室", "区政协办公室"),
    basis=(
        CitedDocument(
            title_zh="质量发展纲要（2011～2020年）",
            title_en="Outline of Quality Development (2011-2020)",
            quote="深入贯彻落实国务院《质量发展纲要（2011～2020年）》",
        ),
        CitedDocument(
            title_zh="苏州市质量强市工作2017年行动计划",
            title_en="Suzhou 2017 Action Plan for Building a Quality City",
            quote="根据《苏州市质量强市工作2017年行动计划》精神",
        ),
    ),
    adoption=Adoption(
        meeting_zh="区政府办公会议",
        meeting_en="a working meeting of the Xiangcheng District People's Government",
        quote="已经区政府办公会议研究通过",
    ),
    source=Source(
        file="xiangcheng-2017.txt",
        sha256="1a2dbb9281d1d69d2bd4f5bc43ee7ac8897e451adda0a9e4268e3be844b04200",
        origin="Seed 000_d937d475bbe45022.txt: text extracted from the PDF of the notice as "
        "printed: the 文号 line, addressees, notice sentence, signature and date, "
        "(此件公开发布), the plan text, and the 抄送 and 印发 lines. The extraction holds no "
        "title line for the notice or the plan, so none is transcribed. Systematic clean-up: "
        "blank padding lines and the space opening each page-break line dropped; lines broken "
        "mid-paragraph joined (in the seed only a paragraph's last line ends with a space); "
        "PDF spacing around digits and Latin letters removed (2017 年 → 2017年, 98 号 → 98号, "
        "（含 35 蒸吨/小时） → （含35蒸吨/小时）, 采用 5S、6T等 → 采用5S、6T等, Z 计划 → Z计划); "
        "the letter-spacing of the 抄送 label removed (抄  送： → 抄送：) and the wide gap "
        "between the office and the date in the 印发 line reduced to one space. Full-width "
        "punctuation is kept as the seed has it. Apart from whitespace the transcription holds "
        "exactly the seed's characters, in order. The signature reads 苏州相城区人民政府办公室 "
        "(without 市) while the 印发 line reads 苏州市相城区人民政府办公室; both are kept as "
        "extracted.",
        errata=(
            Erratum(
                "（十三） 提升服务业质量水平",
                "（十三）提升服务业质量水平",
                "A space between the item label and its title, which no other item has: a "
                "layout artifact.",
                reason_zh="条目序号与标题之间有一个空格，其他条目均无：属排版痕迹。",
            ),
            Erratum(
                "严格落实 “土十条”",
                "严格落实“土十条”",
                "A stray space before the opening quotation mark: a layout artifact.",
                reason_zh="前引号前多出一个空格：属排版痕迹。",
            ),
        ),
    ),
    body=(
        Paragraph(
            eid="preamble",
            text="为深入贯彻落实国务院《质量发展纲要（2011～2020年）》，巩固和扩大“全国质量强市示范城市”创建成果，更好发挥质量工作在推进我区经济转型升级和供给侧结构性改革中的战略性、基础性作用，根据《苏州市质量强市工作2017年行动计划》精神，结合我区实际，特制定本方案。",
        ),
        Section(
            eid="sec_1",
            number="一",
            label="一、",
            heading_zh="深化质量强区建设，为“两聚一高”提供保障",
            heading_en="Deepen the building of a quality district and underpin the “Two Focuses, "
            "One High” goals",
            items=(
                Measure(
                    eid="sec_1__item_1",
                    number=1,
                    label="（一）",
                    title_zh="健全质量工作机制，更高水平建设质量强区",
                    title_en="Improve the mechanisms of quality work and build the quality "
                    "district to a higher standard",
                    text=(
                        "健全质量工作机制，更高水平建设质量强区。以苏州市获批“全国质量强市示范城市”为新起点、新动力，总结推广经验，进一步健全长效工作机制，打造以质量品牌为核心的质量强区建设新格局。"
                    ),
                    responsibility_text="（区市场监管局牵头，各成员单位配合）",
                    responsibilities=(lead("区市场监管局", MR), MEMBER_UNITS_COOPERATE),
                    observations=(
                        Observation(
                            eid="sec_1__item_1__obs_1",
                            quote="以苏州市获批“全国质量强市示范城市”为新起点",
                            kind=V.QUALITATIVE,
                            indicator="national-quality-city-demonstration",
                            qualitative="获批“全国质量强市示范城市”",
                            year=2017,
                            note="Reports that Suzhou, the city Xiangcheng belongs to (not the "
                            "district itself), has been approved as a National Quality City "
                            "Demonstration City: a state that holds at the plan's date (2017年7月3日), "
                            "hence 2017; the document does not say when the approval came.",
                            note_zh="报告相城区所属的苏州市（而非相城区本身）"
                            "已获批“全国质量强市示范城市”：这是计划成文之日（2017年7月3日）"
                            "已有的状态，因此记为2017年；文件未写明何时获批。",
                        ),
                    ),
                    themes=("quality-city",),
                ),
                Measure(
                    eid="sec_1__item_2",
                    number=2,
                    label="（二）",
                    title_zh="出台质量品牌建设意见",
                    title_en="Issue opinions on quality and brand building",
                    text=(
                        "出台质量品牌建设意见。围绕我区“十三五”发展目标，结合国家、省有关质量发展的政策规划，制定我区加强质量品牌建设的意见，落实相关配套政策。"
                    ),
                    responsibility_text="（区市场监管局牵头，各成员单位配合）",
                    responsibilities=(lead("区市场监管局", MR), MEMBER_UNITS_COOPERATE),
                    themes=("brands", "planning-assessment"),
                ),
                Measure(
                    eid="sec_1__item_3",
                    number=3,
                    label="（三）",
                    title_zh="建立目标责任制",
                    title_en="Establish a target responsibility system",
                    text=(
                        "建立目标责任制。质量强区领导小组成员单位要按照确定的工作职责和工作任务，加强协调，密切配合，细化落实质量强区工作的实施方案，制定年度工作计划，扎实稳步推进。市场监管、住建、发改、环保等牵头部门，应于每半年结束前的10日内，向质量强区领导小组办公室报送实施方案的落实情况，质量强区领导小组办公室负责汇总并定期向区委、区政府报告质量强区活动的开展情况。各地要高度重视质量工作，将质量工作纳入重要议事日程，将本行政区域质量整体水平和质量工作等纳入政府目标管理范围，防止严重区域性质量安全问题的发生。"
                    ),
                    responsibility_text="（区市场监管局、住建局、发改局、环保局牵头，各成员单位配合）",
                    responsibilities=(
                        lead("区市场监管局", MR),
                        lead("住建局", "xiangcheng.housing-construction"),
                        lead("发改局", "xiangcheng.development-reform"),
                        lead("环保局", "xiangcheng.environmental-protection"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("planning-assessment",),
                ),
                Measure(
                    eid="sec_1__item_4",
                    number=4,
                    label="（四）",
                    title_zh="做好制造业质量竞争力指数测算试点衔接",
                    title_en="Link up with the pilot calculation of the manufacturing quality "
                    "competitiveness index",
                    text=(
                        "做好制造业质量竞争力指数测算试点衔接。按照省质监局的统一部署，开展全区制造业质量竞争力指数调查统计工作，做好苏州市“制造业质量竞争力指数”指标体系测算的衔接工作。提高质量理论研究水平和质量创新成果转化，为各级政府和有关部门抓制造业质量发展提供科学有效的依据。"
                    ),
                    responsibility_text="（区市场监管局、统计局牵头，各成员单位配合）",
                    responsibilities=(
                        lead("区市场监管局", MR),
                        lead("统计局", "xiangcheng.statistics"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("manufacturing", "innovation"),
                ),
            ),
        ),
        Section(
            eid="sec_2",
            number="二",
            label="二、",
            heading_zh="推进质量品牌提升工程，打响“相城制造”品牌",
            heading_en="Advance the quality and brand improvement project and make the “Made "
            "in Xiangcheng” brand known",
            items=(
                Measure(
                    eid="sec_2__item_5",
                    number=5,
                    label="（五）",
                    title_zh="完善品牌培育、发展和保护机制",
                    title_en="Improve the mechanisms for cultivating, developing and protecting "
                    "brands",
                    text=(
                        "完善品牌培育、发展和保护机制。建立健全我区品牌培育机制，壮大国内知名品牌、省级名牌等品牌群体。针对各区域产业特色，重点围绕新兴产业、先进制造业和现代服务业发展需求，建立科学完善的品牌培育库和三级品牌发展梯队，一是相城区省级以上质量品牌建设培育企业；二是相城区市级质量品牌建设培育企业；三是相城区质量品牌基础提升企业，主要面向品牌发展基础较低的企业，针对上述质量品牌发展成熟度不同的企业采取有针对性的帮扶措施，帮助企业进一步提档升级。启动本地品牌培育工作，实施区域品牌培育工程，深化全国知名品牌示范区建设和江苏省区域名牌创建工作，对品牌建设基础较好的区域列为重点培育提升区域进行重点帮扶。做好高铁新城数字文创园创建“全国知名品牌创建示范区”的创建工作。开展各级名牌、知名商标申报工作，2017年争创江苏名牌产品10个、苏州名牌产品35个，中国驰名商标1件、江苏省著名商标5件，市级以上品牌企业销售收入占规模以上企业销售收入比重提高0.1%。以各产业集聚区为依托，加强区域内产业协作和产业融合，打造一批产业集中度高、辐射带动作用强、质量效益好的产业集聚区域品牌，推动全市品牌向区域化、集约化方向协同发展。"
                    ),
                    responsibility_text="（区经信局、市场监管局、发改局牵头，各成员单位配合）",
                    responsibilities=(
                        lead("区经信局", "xiangcheng.economy-it"),
                        lead("市场监管局", MR),
                        lead("发改局", "xiangcheng.development-reform"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    targets=(
                        Target(
                            eid="sec_2__item_5__tgt_1",
                            quote="2017年争创江苏名牌产品10个",
                            kind=V.NEW,
                            indicator="jiangsu-famous-brand-products",
                            value=Quantity(Decimal("10"), Unit.GE, "10个"),
                            year=2017,
                            modal="争创",
                        ),
                        Target(
                            eid="sec_2__item_5__tgt_2",
                            quote="苏州名牌产品35个",
                            kind=V.NEW,
                            indicator="suzhou-famous-brand-products",
                            value=Quantity(Decimal("35"), Unit.GE, "35个"),
                            year=2017,
                            note=ZHENGCHUANG_TOO,
                            note_zh=ZHENGCHUANG_TOO_ZH,
                        ),
                        Target(
                            eid="sec_2__item_5__tgt_3",
                            quote="中国驰名商标1件",
                            kind=V.NEW,
                            indicator="china-well-known-trademarks",
                            value=Quantity(Decimal("1"), Unit.JIAN, "1件"),
                            year=2017,
                            note=ZHENGCHUANG_TOO,
                            note_zh=ZHENGCHUANG_TOO_ZH,
                        ),
                        Target(
                            eid="sec_2__item_5__tgt_4",
                            quote="江苏省著名商标5件",
                            kind=V.NEW,
                            indicator="jiangsu-famous-trademarks",
                            value=Quantity(Decimal("5"), Unit.JIAN, "5件"),
                            year=2017,
                            note=ZHENGCHUANG_TOO,
                            note_zh=ZHENGCHUANG_TOO_ZH,
                        ),
                        Target(
                            eid="sec_2__item_5__tgt_5",
                            quote="市级以上品牌企业销售收入占规模以上企业销售收入比重提高0.1%",
                            kind=V.CHANGE,
                            indicator="brand-enterprise-revenue-share",
                            value=Quantity(Decimal("0.1"), Unit.PERCENT, "0.1%"),
                            year=2017,
                            direction=D.UP,
                            note="As in the 2016 Suzhou plan, % is written for the rise of a "
                            "share, which most likely means 0.1 percentage point; the figure is "
                            "kept as written. No base year is stated.",
                            note_zh="与苏州市2016年计划一样，比重的提高写作%，"
                            "很可能指0.1个百分点；数字按原文记录。文件未写明基年。",
                        ),
                    ),
                    themes=("brands", "manufacturing"),
                    localities=(Locality("suzhou-hsr-new-town", "高铁新城"),),
                ),
                Measure(
                    eid="sec_2__item_6",
                    number=6,
                    label="（六）",
                    title_zh="夯实质量提升基础",
                    title_en="Consolidate the foundations of quality improvement",
                    text=(
                        "夯实质量提升基础。开展先进制造业标准化提升行动，深入推进“强企制标（准）”工作，探索科技创新、专利研究与技术标准研制同步的试点，充分发挥标准引领作用。2017年新增国际或全国标准化专业技术机构1个，组织起草国家、行业或地方标准8项，采用国际标准30项，新申报国家级或省级标准化试点示范2个。探索符合相城产业特征的能源计量服务模式，开展绿色低碳计量试点和重点领域资源计量示范活动，开展诚信计量示范单位评比，强化对在用强制检定计量器具的监督检查，推动量值溯源体系的完善，发挥计量保障作用。"
                    ),
                    responsibility_text="（区市场监管局牵头，各成员单位配合）",
                    responsibilities=(lead("区市场监管局", MR), MEMBER_UNITS_COOPERATE),
                    targets=(
                        Target(
                            eid="sec_2__item_6__tgt_1",
                            quote="2017年新增国际或全国标准化专业技术机构1个",
                            kind=V.NEW,
                            indicator="standardization-bodies",
                            value=Quantity(Decimal("1"), Unit.GE, "1个"),
                            year=2017,
                            note="标准化专业技术机构 (technical committees, subcommittees and "
                            "working groups) is read as the same count as the 2016 Suzhou "
                            "plan's 国际、国家标准化工作组织.",
                            note_zh="“标准化专业技术机构”（技术委员会、分技术委员会和工作组）"
                            "读作与苏州市2016年计划中的“国际、国家标准化工作组织”为同一计数。",
                        ),
                        Target(
                            eid="sec_2__item_6__tgt_2",
                            quote="组织起草国家、行业或地方标准8项",
                            kind=V.NEW,
                            indicator="standards-drafted",
                            value=Quantity(Decimal("8"), Unit.XIANG, "8项"),
                            year=2017,
                        ),
                        Target(
                            eid="sec_2__item_6__tgt_3",
                            quote="采用国际标准30项",
                            kind=V.NEW,
                            indicator="international-standards-adopted",
                            value=Quantity(Decimal("30"), Unit.XIANG, "30项"),
                            year=2017,
                        ),
                        Target(
                            eid="sec_2__item_6__tgt_4",
                            quote="新申报国家级或省级标准化试点示范2个",
                            kind=V.NEW,
                            indicator="standardization-pilot-applications",
                            value=Quantity(Decimal("2"), Unit.GE, "2个"),
                            year=2017,
                            note="Counts applications newly filed, not pilots approved.",
                            note_zh="统计新申报的数量，而非获批的试点数量。",
                        ),
                    ),
                    themes=("standards", "metrology"),
                ),
                Measure(
                    eid="sec_2__item_7",
                    number=7,
                    label="（七）",
                    title_zh="树立推广质量先进标杆",
                    title_en="Set up and promote quality benchmarks",
                    text=(
                        "树立推广质量先进标杆。通过申报、宣传苏州市市长质量奖等形式，大力树立质量管理标杆，推广获奖组织的先进管理经验和方法，建设质量成果展示平台。有针对性分层次开展质量主题培训，组织质量管理优秀企业副总以上人员参加质量品牌提升专项培训，组织企业质量总监以上质量管理人员开展首席质量官专项培训，组织品牌培育库内企业质量管理人员开展先进质量管理方法和工具培训。加大质量奖项奖励力度，鼓励企业参评中国质量奖、省质量奖和市长质量奖，并推进各级政府对奖励的落实。组织开展第七届苏州市市长质量奖的申报工作，加强对质量奖获奖企业的宣传，推广质量管理和品牌管理先进经验，进一步提升“相城制造”美誉度。"
                    ),
                    responsibility_text="（区市场监管局牵头，各成员单位配合）",
                    responsibilities=(lead("区市场监管局", MR), MEMBER_UNITS_COOPERATE),
                    themes=("quality-awards", "talent"),
                ),
            ),
        ),
        Section(
            eid="sec_3",
            number="三",
            label="三、",
            heading_zh="创新监管方式方法，严守质量安全底线",
            heading_en="Find new ways of supervision and hold the bottom line of quality and "
            "safety",
            items=(
                Measure(
                    eid="sec_3__item_8",
                    number=8,
                    label="（八）",
                    title_zh="开展重点领域质量提升行动",
                    title_en="Carry out quality improvement campaigns in key fields",
                    text=(
                        "开展重点领域质量提升行动。按照质检总局的统一部署，重点抓好妇幼用品、学生用具、纺织产品、建筑装修材料、生活家电、家具、新兴消费品、食品接触类产品、节能环保产品、农用生产资料等行业产品质量提升。对涉及安全、健康、节能、环保等重点工业产品强化质量监管，开展电线电缆等热点消费产品质量专项监督检查，加大对各地支柱产业、特色产业产品质量隐患和突出问题综合治理。"
                    ),
                    responsibility_text="（区市场监管局牵头，各成员单位配合）",
                    responsibilities=(lead("区市场监管局", MR), MEMBER_UNITS_COOPERATE),
                    themes=("product-safety", "manufacturing"),
                ),
                Measure(
                    eid="sec_3__item_9",
                    number=9,
                    label="（九）",
                    title_zh="健全质量安全风险监管体系",
                    title_en="Improve the system for supervising quality and safety risks",
                    text=(
                        "健全质量安全风险监管体系。加快建立“政府协调、部门监管、企业主体、社会监督”四位一体的质量安全监管体系。严格落实产品“三包”、缺陷产品强制召回等质量安全责任。加强质量准入和退出监管，加快建立完善质量安全风险评估、监测、预警、信息通报和应急处置机制，切实增强事前防范、事中控制和事后处置能力。建立健全以重点产品日常抽查为主、季节性产品专项抽查和风险产品随机抽查为补充的质量监督抽查机制，全面提升质量安全监管效能。"
                    ),
                    responsibility_text="（区市场监管局牵头，各成员单位配合）",
                    responsibilities=(lead("区市场监管局", MR), MEMBER_UNITS_COOPERATE),
                    themes=("risk", "product-safety"),
                ),
                Measure(
                    eid="sec_3__item_10",
                    number=10,
                    label="（十）",
                    title_zh="加强食品药品生产经营全过程监管",
                    title_en="Supervise the whole process of food and drug production and trade",
                    text=(
                        "加强食品药品生产经营全过程监管。组织开展2017年全区食品药品安全“放心行动”，建立源头可溯、环节可控、去向可查的监管体系。建立和完善加强农产品（含生鲜渔业产品）、食品质量安全监管制度措施，做好食品生产、流通、餐饮服务环节的食品安全监督管理工作，制定地方性食品安全监管年度计划、重大整顿治理方案并组织落实。建立健全食品药品安全考核评价制度，严格落实对食品生产加工小作坊的相关管理要求。食品生产企业产品省级监督抽查合格率达93%（含93%）以上。继续开展餐饮单位量化分级评定管理，引导重点餐饮单位采用5S、6T等科学管理方法和“明厨亮灶”建设。建立处置重大食品、药品质量违法突发案件快速反应机制、执法联动机制、行政执法与刑事司法衔接机制和重点质量案件挂牌督办制度。健全质量分析统计制度，建立本地区食品、药品质量状况分析报告制度，及时公开质量安全信息。加强粮食质量安全监管，制定加强粮食质量安全监管制度措施，建立本地区质量安全风险监测制度，开展原粮质量专项检查。建立重大粮食质量案件处置机制及重点案件督办制度。"
                    ),
                    responsibility_text="（区市场监管局、农业局牵头，各成员单位配合）",
                    responsibilities=(
                        lead("区市场监管局", MR),
                        lead("农业局", "xiangcheng.agriculture"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    targets=(
                        Target(
                            eid="sec_3__item_10__tgt_1",
                            quote="食品生产企业产品省级监督抽查合格率达93%（含93%）以上",
                            kind=V.LEVEL,
                            indicator="food-producer-provincial-sampling-pass-rate",
                            value=Quantity(
                                Decimal("93"), Unit.PERCENT, "93%（含93%）以上", Comparator.GE
                            ),
                            year=2017,
                            modal="达",
                            note="One target: （含93%） says the bound 93% itself is included.",
                            note_zh="一个目标：“（含93%）”表示93%这一界值本身也包括在内。",
                        ),
                    ),
                    themes=("food-drug", "agriculture"),
                ),
                Measure(
                    eid="sec_3__item_11",
                    number=11,
                    label="（十一）",
                    title_zh="加强工程质量安全监管",
                    title_en="Strengthen supervision of construction quality and safety",
                    text=(
                        "加强工程质量安全监管。加强工程质量监管，制定加强工程质量监管措施，强化对建筑、交通、水利工程参建各方（建设、勘察、设计、施工、监理）质量行为的监督管理。建立健全工程质量和贯标管理制度，出台相关政策措施。竣工交付使用的工程质量达到国家标准或规范要求，竣工验收合格率达到100%，其中，大中型工程一次验收合格率100%，保障房工程质量一次验收合格率达到100%，其他工程一次验收合格率达到98%以上。加大对住宅工程质量的监管力度，推行住宅工程分户验收制度。工程质量监督覆盖率达100%，新开工保障房受监工程覆盖率达100%，住宅工程分户验收率达到100%。加强工程质量监督执法检查，按有关规定组织或参与工程质量事故质量问题的调查处理。健全工程质量分析统计制度、定期发布全区工程质量分析报告。组织企业积极争创省级及以上优质工程奖，提高在全市的获奖比例。"
                    ),
                    responsibility_text="（区住建局、交通局、水利局牵头，各成员单位配合）",
                    responsibilities=(
                        lead("区住建局", "xiangcheng.housing-construction"),
                        lead("交通局", "xiangcheng.transport"),
                        lead("水利局", "xiangcheng.water"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    targets=(
                        Target(
                            eid="sec_3__item_11__tgt_1",
                            quote="竣工交付使用的工程质量达到国家标准或规范要求",
                            kind=V.QUALITATIVE,
                            year=2017,
                            modal="达到",
                            qualitative="达到国家标准或规范要求",
                            note="A promised state without a figure; no indicator fits it. The "
                            "completion acceptance rate that follows quantifies it.",
                            note_zh="承诺达到的一种状态，没有数字；没有相符的指标。"
                            "其后的竣工验收合格率对其作了量化。",
                        ),
                        Target(
                            eid="sec_3__item_11__tgt_2",
                            quote="竣工验收合格率达到100%",
                            kind=V.LEVEL,
                            indicator="completion-acceptance-pass-rate",
                            value=Quantity(Decimal("100"), Unit.PERCENT, "100%"),
                            year=2017,
                            modal="达到",
                        ),
                        Target(
                            eid="sec_3__item_11__tgt_3",
                            quote="大中型工程一次验收合格率100%",
                            kind=V.LEVEL,
                            indicator="large-medium-project-acceptance-rate",
                            value=Quantity(Decimal("100"), Unit.PERCENT, "100%"),
                            year=2017,
                            note=ACCEPTANCE_PART,
                            note_zh=ACCEPTANCE_PART_ZH,
                        ),
                        Target(
                            eid="sec_3__item_11__tgt_4",
                            quote="保障房工程质量一次验收合格率达到100%",
                            kind=V.LEVEL,
                            indicator="affordable-housing-acceptance-rate",
                            value=Quantity(Decimal("100"), Unit.PERCENT, "100%"),
                            year=2017,
                            modal="达到",
                            note=ACCEPTANCE_PART,
                            note_zh=ACCEPTANCE_PART_ZH,
                        ),
                        Target(
                            eid="sec_3__item_11__tgt_5",
                            quote="其他工程一次验收合格率达到98%以上",
                            kind=V.LEVEL,
                            indicator="other-project-acceptance-rate",
                            value=Quantity(Decimal("98"), Unit.PERCENT, "98%以上", Comparator.GE),
                            year=2017,
                            modal="达到",
                            note=ACCEPTANCE_PART,
                            note_zh=ACCEPTANCE_PART_ZH,
                        ),
                        Target(
                            eid="sec_3__item_11__tgt_6",
                            quote="工程质量监督覆盖率达100%",
                            kind=V.LEVEL,
                            indicator="project-quality-supervision-coverage",
                            value=Quantity(Decimal("100"), Unit.PERCENT, "100%"),
                            year=2017,
                            modal="达",
                        ),
                        Target(
                            eid="sec_3__item_11__tgt_7",
                            quote="新开工保障房受监工程覆盖率达100%",
                            kind=V.LEVEL,
                            indicator="affordable-housing-supervision-coverage",
                            value=Quantity(Decimal("100"), Unit.PERCENT, "100%"),
                            year=2017,
                            modal="达",
                        ),
                        Target(
                            eid="sec_3__item_11__tgt_8",
                            quote="住宅工程分户验收率达到100%",
                            kind=V.LEVEL,
                            indicator="residential-unit-acceptance-rate",
                            value=Quantity(Decimal("100"), Unit.PERCENT, "100%"),
                            year=2017,
                            modal="达到",
                        ),
                        Target(
                            eid="sec_3__item_11__tgt_9",
                            quote="组织企业积极争创省级及以上优质工程奖，提高在全市的获奖比例",
                            kind=V.QUALITATIVE,
                            indicator="quality-project-award-share",
                            year=2017,
                            direction=D.UP,
                            qualitative="提高在全市的获奖比例",
                            note="A direction without a figure: the district's share of the "
                            "provincial-and-above quality project awards won in Suzhou is to "
                            "rise. No base or amount is stated.",
                            note_zh="只有方向，没有数字："
                            "本区在全市所获省级及以上优质工程奖中的占比要提高。"
                            "文件未写明基数或幅度。",
                        ),
                    ),
                    themes=("engineering",),
                ),
                Measure(
                    eid="sec_3__item_12",
                    targets=(
                        Target(
                            eid="sec_3__item_12__tgt_1",
                            quote="完成省批化工园区泄漏检测及修复",
                            kind=V.QUALITATIVE,
                            year=2017,
                            qualitative="完成省批化工园区泄漏检测及修复",
                            modal="完成",
                        ),
                        Target(
                            eid="sec_3__item_12__tgt_2",
                            quote="完成老旧机动车淘汰任务",
                            kind=V.QUALITATIVE,
                            year=2017,
                            qualitative="完成老旧机动车淘汰任务",
                            modal="完成",
                        ),
                        Target(
                            eid="sec_3__item_12__tgt_3",
                            quote="完成重点地区土壤污染状况详查",
                            kind=V.QUALITATIVE,
                            year=2017,
                            qualitative="完成重点地区土壤污染状况详查",
                            modal="完成",
                        ),
                    ),
                    number=12,
                    label="（十二）",
                    title_zh="提升环境质量水平",
                    title_en="Raise environmental quality",
                    text=(
                        "提升环境质量水平。扎实推进生态文明建设，严格落实苏州市生态文明建设“630”行动计划（2017-2020），以及年度生态文明建设工作要点，落实年度生态文明建设“十大工程”。提高环保准入门槛，实行严格的污染物排放标准，严控污染项目。推动排污企业清洁化改造，实施蓝天行动，整治淘汰10-35蒸吨/小时（含35蒸吨/小时）燃煤锅炉，推动石油炼制、石油化工、合成树脂3个行业挥发性有机物提标改造，完成省批化工园区泄漏检测及修复，整治工地和工业企业码头堆场扬尘污染，完成老旧机动车淘汰任务，启动非道路移动机械排放控制区划定工作。完善大气污染应急管控机制，落实重污染天气应急预案，强化重点时段常态管控，全力保障重大活动空气质量。实施清水行动，落实苏州市“水十条”年度工作计划，实施“水十条”国考、省考断面达标整治行动。实施净土行动，严格落实“土十条”工作方案，完成重点地区土壤污染状况详查，加强土壤污染治理技术研究，强化“退二进三”污染土地监管和治理修复。"
                    ),
                    responsibility_text="（区环保局、经信局、国土分局牵头，各成员单位配合）",
                    responsibilities=(
                        lead("区环保局", "xiangcheng.environmental-protection"),
                        lead("经信局", "xiangcheng.economy-it"),
                        lead("国土分局", "xiangcheng.land-resources-branch"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("environment",),
                ),
                Measure(
                    eid="sec_3__item_13",
                    number=13,
                    label="（十三）",
                    title_zh="提升服务业质量水平",
                    title_en="Raise the quality of services",
                    text=(
                        "提升服务业质量水平。贯彻落实《相城区现代服务业发展“十三五”规划》，以提质增效为目标，优化服务业发展的市场主体、产业业态、动力机制和制度保障，推动生产性服务业向专业化和高端化拓展、生活性服务业向精细化和高品质提升，加快构建与经济社会发展阶段相匹配、与先进制造业相融合、与城市化进程相统一、与扩大居民生活消费相适应，规模提升、结构优化、布局合理和集聚发展的现代服务业产业体系。开展旅游市场监管整治系列活动。推进文旅融合发展，以文化提升旅游内涵和品位，以旅游带动文化传播与繁荣。开展全区服务业顾客满意度和市民质量满意度调查。"
                    ),
                    responsibility_text="（区发改局、旅游局牵头，各成员单位配合）",
                    responsibilities=(
                        lead("区发改局", "xiangcheng.development-reform"),
                        lead("旅游局", "xiangcheng.tourism"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("services",),
                ),
            ),
        ),
        Section(
            eid="sec_4",
            number="四",
            label="四、",
            heading_zh="弘扬质量先进文化，营造全社会崇尚质量氛围",
            heading_en="Promote an advanced quality culture and foster respect for quality "
            "throughout society",
            items=(
                Measure(
                    eid="sec_4__item_14",
                    number=14,
                    label="（十四）",
                    title_zh="加强质量文化宣传",
                    title_en="Strengthen publicity for quality culture",
                    text=(
                        "加强质量文化宣传。广泛宣传“精致苏州、品质为本”的城市质量精神，组织新闻媒体宣传报道质量强区工作及质量先进典型，做好相关信息发布和政策解读工作。继续做好“时代工匠”申报和宣传工作，树立工匠精神先进典型。挖掘各类质量管理先进典型，加大宣传推广力度，带动其他企业和整个行业培养质量理念。"
                    ),
                    responsibility_text="（区委宣传部、市场监管局、教育局、人社局、总工会牵头，各成员单位配合）",
                    responsibilities=(
                        lead("区委宣传部", "xiangcheng.party-publicity"),
                        lead("市场监管局", MR),
                        lead("教育局", "xiangcheng.education"),
                        lead("人社局", "xiangcheng.human-resources-social-security"),
                        lead("总工会", "xiangcheng.trade-union"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("culture",),
                ),
                Measure(
                    eid="sec_4__item_15",
                    number=15,
                    label="（十五）",
                    title_zh="推进质量主题教育",
                    title_en="Advance education on the theme of quality",
                    text=(
                        "推进质量主题教育。继续推进苏州市中小学质量教育Z计划，开展校园质量教育活动，推动各级中小学质量教育社会实践基地开展形式多样的实践活动，帮助青少年增强质量意识、掌握质量知识。"
                    ),
                    responsibility_text="（区教育局、市场监管局牵头，各成员单位配合）",
                    responsibilities=(
                        lead("区教育局", "xiangcheng.education"),
                        lead("市场监管局", MR),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("culture",),
                ),
                Measure(
                    eid="sec_4__item_16",
                    number=16,
                    label="（十六）",
                    title_zh="深化信用体系建设",
                    title_en="Deepen the building of the credit system",
                    text=(
                        "深化信用体系建设。健全社会信用体系，加大质量信息归集和公开力度，推动质量信息数据库与各级公共信用信息平台的互联互通，大力开展“诚信计量”创建活动，加强质量信用分类管理，完善质量信用评价、质量信用“黑名单”等制度，在政府采购、工程招投标、银行信贷等领域加大质量信用使用力度。"
                    ),
                    responsibility_text="（区经信局、市场监管局牵头，各成员单位配合）",
                    responsibilities=(
                        lead("区经信局", "xiangcheng.economy-it"),
                        lead("市场监管局", MR),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("credit",),
                ),
            ),
        ),
    ),
    ledger=(
        LedgerEntry(
            "相政办〔2017〕98号",
            "相政办〔2017〕98号",
            LR.DOC_NUMBER,
            "This document's number.",
            note_zh="本文件的文号。",
        ),
        LedgerEntry(
            "2017",
            "《相城区质量强区工作2017年行动计划》",
            LR.NAME,
            "The year in this plan's own title, in the notice sentence.",
            note_zh="本计划自身标题中的年份，见于通知正文的句子中。",
        ),
        LedgerEntry(
            "2017年7月3日",
            "2017年7月3日",
            LR.DATE,
            "The date under the issuing office's name (成文日期) and, in the closing line "
            "2017年7月3日印发, the printing date (印发日期).",
            occurrences=2,
            note_zh="发文机关署名下的日期（成文日期），也是文末“2017年7月3日印发”"
            "一行中的印发日期。",
        ),
        LedgerEntry(
            "2011～2020",
            "《质量发展纲要（2011～2020年）》",
            LR.NAME,
            "Title of the State Council outline the plan implements.",
            note_zh="本计划所贯彻的国务院纲要的标题。",
        ),
        LedgerEntry(
            "2017",
            "《苏州市质量强市工作2017年行动计划》",
            LR.NAME,
            "Title of the Suzhou 2017 plan this plan follows.",
            note_zh="本计划所依循的苏州市2017年行动计划的标题。",
        ),
        LedgerEntry(
            "10",
            "应于每半年结束前的10日内",
            LR.SCHEDULE,
            "Reporting deadline: the lead departments report within the last 10 days of each "
            "half-year.",
            note_zh="报送时限：牵头部门在每半年结束前的10日内报送。",
        ),
        LedgerEntry(
            "2017",
            "2017年全区食品药品安全“放心行动”",
            LR.NAME,
            "Names the year's district food and drug safety campaign.",
            note_zh="当年全区食品药品安全专项行动的名称。",
        ),
        LedgerEntry(
            "5S、6T",
            "5S、6T等科学管理方法",
            LR.NAME,
            "Names of workplace management methods.",
            note_zh="现场管理方法的名称。",
        ),
        LedgerEntry(
            "630",
            "“630”行动计划",
            LR.NAME,
            "Name of Suzhou's “630” action plan for ecological civilisation.",
            note_zh="苏州市生态文明建设“630”行动计划的名称。",
        ),
        LedgerEntry(
            "2017-2020",
            "行动计划（2017-2020）",
            LR.NAME,
            "The period in the title of the “630” action plan.",
            note_zh="“630”行动计划标题中的期间。",
        ),
        LedgerEntry(
            "10-35蒸吨/小时（含35蒸吨/小时）",
            "整治淘汰10-35蒸吨/小时（含35蒸吨/小时）燃煤锅炉",
            LR.SCOPE,
            "Says which coal-fired boilers the clean-up covers (10 to 35 tonnes of steam per "
            "hour, 35 included), not a level to reach.",
            note_zh="说明整治涉及哪些燃煤锅炉（10至35蒸吨/小时，含35蒸吨/小时），"
            "不是要达到的水平。",
        ),
        LedgerEntry(
            "3",
            "石油炼制、石油化工、合成树脂3个行业",
            LR.SCOPE,
            "Counts the three industries named in the same clause whose volatile organic "
            "compound emissions are to be brought up to stricter standards; it says what the "
            "task covers, not a level to reach.",
            note_zh="同一分句所列3个行业的数量，这些行业的挥发性有机物排放要提标改造；"
            "说明该项任务涵盖的范围，不是要达到的水平。",
        ),
    ),
)
