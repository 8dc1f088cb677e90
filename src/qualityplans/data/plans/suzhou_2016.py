"""2016年苏州市质量强市工作行动计划 (苏府〔2016〕63号), seed 002.

Suzhou's annual action plan for building a quality city in 2016: 3 sections and
18 measures numbered through the whole document, each with lead units and
"各成员单位配合".
"""

from decimal import Decimal

from qualityplans.data._build import MEMBER_UNITS_COOPERATE, lead
from qualityplans.model import (
    CitedDocument,
    Commitment,
    Comparator,
    DateKind,
    Direction,
    DocNumber,
    LedgerEntry,
    LedgerReason,
    Locality,
    Measure,
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
C = Commitment
D = Direction
LR = LedgerReason

PLAN = Plan(
    id="suzhou-2016",
    title_zh="2016年苏州市质量强市工作行动计划",
    title_en="Suzhou 2016 Action Plan for Building a Quality City",
    aliases=("市政府关于印发2016年苏州市质量强市工作行动计划的通知",),
    kind=PlanKind.ACTION_PLAN,
    region="suzhou",
    issuer="suzhou.government",
    doc_number=DocNumber.parse("苏府〔2016〕63号"),
    period=Period(2016, 2016),
    dates=(
        PlanDate(DateKind.SIGNED, PartialDate(2016, 4, 25), "2016年4月25日"),
        PlanDate(DateKind.PUBLISHED, PartialDate(2016, 4, 25), "发布时间:2016年04月25日"),
    ),
    notice_title_zh="市政府关于印发2016年苏州市质量强市工作行动计划的通知",
    addressees="各市、区人民政府,苏州工业园区、苏州高新区管委会;市各委办局,各直属单位",
    notice_text="现将《2016年苏州市质量强市工作行动计划》印发给你们,请结合实际,认真执行落实。",
    basis=(
        CitedDocument(
            title_zh="质量发展纲要(2011~2020年)",
            title_en="Outline of Quality Development (2011-2020)",
            quote="为贯彻落实《质量发展纲要(2011~2020年)》",
        ),
    ),
    source=Source(
        file="suzhou-2016.txt",
        sha256="9ca430c1f3958ae1b0b1e1b2679cf557d792fd638c62cce63bef0ef1ac060ba4",
        origin="Seed 002_ddecad1bf628223d.txt: text extracted from the notice as published on a "
        "government policy portal, including the portal's header lines (发布部门, 发布时间, 政策文号, "
        "有效性) and the attachment's file name. The extraction needed no corrections.",
    ),
    body=(
        Paragraph(
            eid="preamble",
            text="为贯彻落实《质量发展纲要(2011~2020年)》,以提高发展质量和效益为中心,开展质量品牌提升行动,加强供给侧结构性改革,推动建设质量强市,努力打造具有国际竞争力的先进制造业基地,特制定本行动计划。",
        ),
        Section(
            eid="sec_1",
            number="一",
            label="一、",
            heading_zh="深入推进质量强市战略",
            heading_en="Advance the quality-city strategy in depth",
            items=(
                Measure(
                    eid="sec_1__item_1",
                    number=1,
                    label="(一)",
                    title_zh="完成全国质量强市示范城市创建工作",
                    title_en="Complete the National Quality City Demonstration City programme",
                    text=(
                        "完成全国质量强市示范城市创建工作。做好各项迎检准备工作,力争高分通过创建全国质量强市示范城市国家级考核验收。根据验收反馈意见,认真总结推广创建工作经验,及时整改存在的问题和不足,巩固创建阶段成果,建立长效工作机制。"
                    ),
                    responsibility_text="(市政府办公室、市质监局牵头,各成员单位配合)",
                    responsibilities=(
                        lead("市政府办公室", "suzhou.general-office"),
                        lead("市质监局", "suzhou.quality-supervision"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    targets=(
                        Target(
                            eid="sec_1__item_1__tgt_1",
                            quote="力争高分通过创建全国质量强市示范城市国家级考核验收",
                            kind=V.QUALITATIVE,
                            indicator="national-quality-city-demonstration",
                            year=2016,
                            commitment=C.ASPIRATIONAL,
                            modal="力争",
                            qualitative="高分通过创建全国质量强市示范城市国家级考核验收",
                        ),
                    ),
                    themes=("quality-city",),
                ),
                Measure(
                    eid="sec_1__item_2",
                    number=2,
                    label="(二)",
                    title_zh="编制质量发展中长期规划",
                    title_en="Draw up a medium- and long-term quality development plan",
                    text=(
                        "编制质量发展中长期规划。结合国家及省、市国民经济和社会发展“十三五”规划纲要和《中国制造2025苏州实施纲要》,制定我市“十三五”质量发展规划,科学确定未来五年城市质量建设目标任务、政策措施和重点工作。各相关部门在“十三五”各分项规划制定中,要充分融入质量元素。"
                    ),
                    responsibility_text="(市质监局、苏州出入境检验检疫局牵头,各成员单位配合)",
                    responsibilities=(
                        lead("市质监局", "suzhou.quality-supervision"),
                        lead("苏州出入境检验检疫局", "suzhou.ciq"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("planning-assessment",),
                ),
                Measure(
                    eid="sec_1__item_3",
                    number=3,
                    label="(三)",
                    title_zh="组织质量工作考核",
                    title_en="Organize the assessment of quality work",
                    text=(
                        "组织质量工作考核。根据省政府质量工作考核安排,分解细化任务,明确部门责任,做好各项迎检准备。依据《苏州市质量工作考核管理办法》,对各市、区政府和相关部门质量工作落实情况开展目标考核,科学制定考核方案,推动用好考核结果。"
                    ),
                    responsibility_text="(市政府办公室、市质监局牵头,各成员单位配合)",
                    responsibilities=(
                        lead("市政府办公室", "suzhou.general-office"),
                        lead("市质监局", "suzhou.quality-supervision"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("planning-assessment",),
                ),
                Measure(
                    eid="sec_1__item_4",
                    number=4,
                    label="(四)",
                    title_zh="保障质量发展工作经费",
                    title_en="Secure funding for quality development",
                    text=(
                        "保障质量发展工作经费。围绕市委、市政府年度工作要点,根据我市质量强市建设开展情况和项目预算执行情况,继续加大质量发展工作的经费保障力度,为质量强市战略的实施提供有力支持。"
                    ),
                    responsibility_text="(市财政局牵头,各成员单位配合)",
                    responsibilities=(
                        lead("市财政局", "suzhou.finance"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("funding",),
                ),
                Measure(
                    eid="sec_1__item_5",
                    number=5,
                    label="(五)",
                    title_zh="开展质量宣传教育和质量文化建设",
                    title_en="Carry out quality publicity and education and build a quality culture",
                    text=(
                        "开展质量宣传教育和质量文化建设。组织新闻媒体宣传报道质量强市工作及质量先进典型,做好相关信息发布和政策解读工作。广泛宣传“精致苏州、品质为本”的城市质量精神和精益求精的工匠精神,利用“质量月”等契机开展形式多样的群众性质量活动,倡导科学理性、优质安全、节能环保的消费理念,营造政府重视质量、企业追求质量、社会崇尚质量、人人关心质量的良好氛围。开展校园质量教育活动,试点开展质量教育课程化,帮助学生增强质量意识、掌握质量知识。"
                    ),
                    responsibility_text="(市委宣传部、市质监局、市教育局牵头,各成员单位配合)",
                    responsibilities=(
                        lead("市委宣传部", "suzhou.party-publicity"),
                        lead("市质监局", "suzhou.quality-supervision"),
                        lead("市教育局", "suzhou.education"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("culture",),
                ),
            ),
        ),
        Section(
            eid="sec_2",
            number="二",
            label="二、",
            heading_zh="开展质量品牌提升行动",
            heading_en="Carry out the quality and brand improvement campaign",
            items=(
                Measure(
                    eid="sec_2__item_6",
                    number=6,
                    label="(六)",
                    title_zh="加大品牌培育力度",
                    title_en="Step up brand cultivation",
                    text=(
                        "加大品牌培育力度。大力推动品牌建设,制定推动品牌提升的行动计划。深入实施品牌发展和商标战略,重点围绕新兴产业、先进制造业和现代服务业发展需求,建立品牌培育库,有目标、有计划地指导培育。开展各级名牌、知名商标评定工作,2016年争创江苏名牌产品80个,新增中国驰名商标5件、江苏省著名商标60件,市级以上品牌企业销售收入占规模以上企业销售收入比重提高0.1%。落实《中国制造2025苏州实施纲要》,全力提升“苏州制造”品牌影响力。在全国率先开展制造业质量竞争力指数模型研究,科学确定我市制造业竞争力指数模型指标及测评方法。加强全国知名品牌创建示范区和省区域名牌创建工作,扩大品牌积聚效应。建立健全服务质量标准体系,强化服务业品牌建设,形成一批服务水平达到国际标准、具有较强竞争力的服务业品牌企业,努力打造“苏州服务”品牌。"
                    ),
                    responsibility_text="(市经信委、市质监局、市工商局、市发改委牵头,各成员单位配合)",
                    responsibilities=(
                        lead("市经信委", "suzhou.economy-it"),
                        lead("市质监局", "suzhou.quality-supervision"),
                        lead("市工商局", "suzhou.industry-commerce"),
                        lead("市发改委", "suzhou.development-reform"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    targets=(
                        Target(
                            eid="sec_2__item_6__tgt_1",
                            quote="2016年争创江苏名牌产品80个",
                            kind=V.NEW,
                            indicator="jiangsu-famous-brand-products",
                            value=Quantity(Decimal("80"), Unit.GE, "80个"),
                            year=2016,
                            modal="争创",
                        ),
                        Target(
                            eid="sec_2__item_6__tgt_2",
                            quote="新增中国驰名商标5件",
                            kind=V.NEW,
                            indicator="china-well-known-trademarks",
                            value=Quantity(Decimal("5"), Unit.JIAN, "5件"),
                            year=2016,
                        ),
                        Target(
                            eid="sec_2__item_6__tgt_3",
                            quote="江苏省著名商标60件",
                            kind=V.NEW,
                            indicator="jiangsu-famous-trademarks",
                            value=Quantity(Decimal("60"), Unit.JIAN, "60件"),
                            year=2016,
                            note="新增 (new) in the preceding clause applies to this figure too.",
                            note_zh="前一分句中的“新增”同样适用于这一数字。",
                        ),
                        Target(
                            eid="sec_2__item_6__tgt_4",
                            quote="市级以上品牌企业销售收入占规模以上企业销售收入比重提高0.1%",
                            kind=V.CHANGE,
                            indicator="brand-enterprise-revenue-share",
                            value=Quantity(Decimal("0.1"), Unit.PERCENT, "0.1%"),
                            year=2016,
                            direction=D.UP,
                            note="The document writes % for the rise of a share, which most likely means 0.1 "
                            "percentage point; the figure is kept as written. No base year is stated.",
                            note_zh="文件对比重的提高写作%，很可能指0.1个百分点；数字按原文记录。"
                            "文件未写明基年。",
                        ),
                    ),
                    themes=("brands", "manufacturing", "services"),
                ),
                Measure(
                    eid="sec_2__item_7",
                    number=7,
                    label="(七)",
                    title_zh="加强品牌引导扶持",
                    title_en="Strengthen guidance and support for brands",
                    text=(
                        "加强品牌引导扶持。开展名牌企业跟踪分析,及时掌握品牌经营状况和企业发展动态。对我市重点地标型企业,组织质量管理专家为其把脉咨询,巩固和扩大在国内国际的品牌知名度。及时跟踪新技术新产业新业态,扶持一批“小而精”、“小而优”、“小而特”的“单打冠军”自主品牌。加大自主品牌宣传力度,推动自主品牌制造服务化转型。动员我市名牌企业积极参加品牌价值评价。完善“苏州名牌网”建设,定期发布名牌企业质量管理、品牌运营创新经验等信息。"
                    ),
                    responsibility_text="(市经信委、市工商局、市质监局牵头,各成员单位配合)",
                    responsibilities=(
                        lead("市经信委", "suzhou.economy-it"),
                        lead("市工商局", "suzhou.industry-commerce"),
                        lead("市质监局", "suzhou.quality-supervision"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("brands",),
                ),
                Measure(
                    eid="sec_2__item_8",
                    number=8,
                    label="(八)",
                    title_zh="优化质量品牌发展环境",
                    title_en="Improve the environment for quality and brand development",
                    text=(
                        "优化质量品牌发展环境。加强质量整治淘汰落后产能和化解过剩产能,在高能耗、高污染行业严格执行生产许可及其他行业准入制度,按标准淘汰落后产能和化解过剩产能。依法严厉打击质量违法和侵权盗版行为,推进“质检利剑”行动、“2016红盾网剑专项行动”、知识产权执法维权“护航”专项行动、农资打假“绿剑护农”行动等,强化事中事后监管,促进市场公平竞争。加强质量诚信体系建设,完善“一网三库”,建设公共信用基础数据库和服务平台二期项目,健全企业质量信用档案,开展工业企业质量信用评价工作,积极推广信用信息和信用产品的使用,做好行政许可和行政处罚等信用信息公示工作。"
                    ),
                    responsibility_text="(市经信委、市质监局、苏州出入境检验检疫局牵头,各成员单位配合)",
                    responsibilities=(
                        lead("市经信委", "suzhou.economy-it"),
                        lead("市质监局", "suzhou.quality-supervision"),
                        lead("苏州出入境检验检疫局", "suzhou.ciq"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("market-order", "credit", "brands"),
                ),
                Measure(
                    eid="sec_2__item_9",
                    number=9,
                    label="(九)",
                    title_zh="积极推动质量技术创新",
                    title_en="Actively promote innovation in quality technology",
                    text=(
                        "积极推动质量技术创新。围绕我市“十三五”规划确定的新一代电子信息、高端装备制造、新材料、软件和集成电路、新能源与节能环保、医疗器械和生物医药等重点产业,开展质量攻关,攻克一批影响质量提升的关键共性质量技术。建立工业技术改造重点项目库,加大对制造业企业质量技术改造的支持、引导力度。在重点工业领域,推广可靠性设计、试验与验证以及可制造性设计等先进质量工程技术。广泛开展质量改进、质量攻关等多种形式的群众性创新活动,推动质量技术万众创新。支持开展质量现场诊断、质量标杆经验交流、质量管理小组、质量信得过班组等活动,提升企业质量管理水平。"
                    ),
                    responsibility_text="(市发改委、市经信委、市科技局牵头,各成员单位配合)",
                    responsibilities=(
                        lead("市发改委", "suzhou.development-reform"),
                        lead("市经信委", "suzhou.economy-it"),
                        lead("市科技局", "suzhou.science-technology"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("innovation", "manufacturing"),
                ),
                Measure(
                    eid="sec_2__item_10",
                    number=10,
                    label="(十)",
                    title_zh="夯实质量品牌发展基础",
                    title_en="Consolidate the foundations of quality and brand development",
                    text=(
                        "夯实质量品牌发展基础。大力实施技术标准战略,出台《苏州市实施技术标准战略行动计划(2016~2020年)》,研究制定我市电子信息产业标准化“十三五”规划。深入推进“强企制标(准)”工作,2016年新增国际、国家标准化工作组织2个,组织起草国家、行业或地方标准50个,采用国际标准200项,制订、修订市级农业地方标准30项。引导苏州纳米技术、机器人、电子信息等产业集聚度高、行业领先的新兴产业,开展团体标准化培育试点。推进新兴产业标准化(苏州)协作平台建设,召开第二次联席会议。落实《市政府关于进一步推进计量工作发展的意见》,加大产业计量和民生计量工作力度。出台《关于加快发展检验检测认证产业的指导意见》,做好吴中区创建国家检验检测公共服务平台示范区工作,新建一批检验检测平台项目。完善强制性产品认证制度,大力开展自愿性产品和服务认证。"
                    ),
                    responsibility_text="(市质监局牵头,各成员单位配合)",
                    responsibilities=(
                        lead("市质监局", "suzhou.quality-supervision"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    targets=(
                        Target(
                            eid="sec_2__item_10__tgt_1",
                            quote="2016年新增国际、国家标准化工作组织2个",
                            kind=V.NEW,
                            indicator="standardization-bodies",
                            value=Quantity(Decimal("2"), Unit.GE, "2个"),
                            year=2016,
                        ),
                        Target(
                            eid="sec_2__item_10__tgt_2",
                            quote="组织起草国家、行业或地方标准50个",
                            kind=V.NEW,
                            indicator="standards-drafted",
                            value=Quantity(Decimal("50"), Unit.GE, "50个"),
                            year=2016,
                        ),
                        Target(
                            eid="sec_2__item_10__tgt_3",
                            quote="采用国际标准200项",
                            kind=V.NEW,
                            indicator="international-standards-adopted",
                            value=Quantity(Decimal("200"), Unit.XIANG, "200项"),
                            year=2016,
                        ),
                        Target(
                            eid="sec_2__item_10__tgt_4",
                            quote="制订、修订市级农业地方标准30项",
                            kind=V.NEW,
                            indicator="agricultural-local-standards",
                            value=Quantity(Decimal("30"), Unit.XIANG, "30项"),
                            year=2016,
                        ),
                    ),
                    themes=("standards", "metrology", "testing", "certification"),
                    localities=(Locality("wuzhong", "吴中区"),),
                ),
                Measure(
                    eid="sec_2__item_11",
                    number=11,
                    label="(十一)",
                    title_zh="发挥质量奖示范效应",
                    title_en="Make quality awards set an example",
                    text=(
                        "发挥质量奖示范效应。修订《苏州市市长质量奖评定管理办法》,组织做好第六届苏州市市长质量奖评定表彰工作。组织企业积极争创中国质量奖、江苏省质量奖和江苏省质量管理优秀奖。加强对质量奖获奖企业的宣传,推广质量管理和品牌管理先进经验,进一步提升“苏州制造”美誉度。"
                    ),
                    responsibility_text="(市质监局牵头,各成员单位配合)",
                    responsibilities=(
                        lead("市质监局", "suzhou.quality-supervision"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("quality-awards",),
                ),
            ),
        ),
        Section(
            eid="sec_3",
            number="三",
            label="三、",
            heading_zh="提高重点领域质量管理水平",
            heading_en="Raise the level of quality management in key fields",
            items=(
                Measure(
                    eid="sec_3__item_12",
                    number=12,
                    label="(十二)",
                    title_zh="加强重点消费品监管",
                    title_en="Strengthen supervision of key consumer goods",
                    text=(
                        "加强重点消费品监管。对涉及安全、健康、节能、环保等重点工业产品强化质量监管,开展儿童、妇女、学生、老人、残疾人等特殊用品以及节日热点消费产品、时令季节性产品质量专项监督检查,加大对各地支柱产业、特色产业产品质量隐患和突出问题综合治理。开展空气净化器、电饭煲、智能马桶盖、智能手机、儿童纸尿裤、儿童玩具、婴幼儿童装、厨具、床上用品、家具等10类消费品的质量提升工作。建立“风险监测、网上抽查、源头追溯、属地查处、信用管理”机制,切实提高对电商产品的质量监管水平。"
                    ),
                    responsibility_text="(市质监局、市工商局牵头,各成员单位配合)",
                    responsibilities=(
                        lead("市质监局", "suzhou.quality-supervision"),
                        lead("市工商局", "suzhou.industry-commerce"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("product-safety",),
                ),
                Measure(
                    eid="sec_3__item_13",
                    number=13,
                    label="(十三)",
                    title_zh="加强食品生产经营全过程监管",
                    title_en="Supervise the whole process of food production and trade",
                    text=(
                        "加强食品生产经营全过程监管。组织开展2016年全市食品安全“放心行动”,持续加大食品安全专项整治力度。完善食品生产分类监管,以乳制品、肉制品、白酒、食品添加剂等为重点品种,以大型生产企业、生产加工小作坊为重点对象,开展日常监督检查和风险排查。继续开展餐饮单位量化分级评定管理,引导重点餐饮单位5S、6T等科学管理方法和“明厨亮灶”建设。强化食品相关产品生产企业监管,加大食品相关产品质量监督抽查力度。加强食用农产品监管,大力推行标准化生产和质量控制,严格管控化肥、农药兽药等投入品使用,推动病虫害绿色防控和病死畜禽无害化处理。推进食用农产品产地准出制度。强化粮食市场监管,开展粮食质量调查和原粮卫生监测。加强进出口食品监管和风险管控,严格进口食品准入。"
                    ),
                    responsibility_text="(市食药监局、市农委、市粮食局牵头,各成员单位配合)",
                    responsibilities=(
                        lead("市食药监局", "suzhou.food-drug"),
                        lead("市农委", "suzhou.agriculture-commission"),
                        lead("市粮食局", "suzhou.grain"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("food-drug", "agriculture"),
                ),
                Measure(
                    eid="sec_3__item_14",
                    number=14,
                    label="(十四)",
                    title_zh="加强工程质量安全监管",
                    title_en="Strengthen supervision of construction quality and safety",
                    text=(
                        "加强工程质量安全监管。按照《苏州市工程治理两年行动实施方案》工作部署,落实质量责任,健全监管机制,引导工程创优,提高建设工程质量水平。2016年大中型工程一次验收合格率达到100%,保障房工程质量一次验收合格率达到100%,其他工程一次验收合格率达到98%以上。推行质量终身责任承诺制度和工程竣工后永久性标牌制度,推动工程质量标准化建设。加强工程建设全过程质量监管,加大日常巡查、飞行检查和随机抽查力度,实行差别化监管,提升监管效能。开展轨道交通工程重点部位、关键环节的专项检查,加强对轨道交通建设各环节的监管。按照新版《住宅工程质量通病控制标准》的各项规定,开展对渗漏、裂缝以及水暖、电气、节能保温等影响使用功能的住宅工程质量常见问题专项治理活动。"
                    ),
                    responsibility_text="(市住建局牵头,各成员单位配合)",
                    responsibilities=(
                        lead("市住建局", "suzhou.housing-construction"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    targets=(
                        Target(
                            eid="sec_3__item_14__tgt_1",
                            quote="2016年大中型工程一次验收合格率达到100%",
                            kind=V.LEVEL,
                            indicator="large-medium-project-acceptance-rate",
                            value=Quantity(Decimal("100"), Unit.PERCENT, "100%"),
                            year=2016,
                            modal="达到",
                        ),
                        Target(
                            eid="sec_3__item_14__tgt_2",
                            quote="保障房工程质量一次验收合格率达到100%",
                            kind=V.LEVEL,
                            indicator="affordable-housing-acceptance-rate",
                            value=Quantity(Decimal("100"), Unit.PERCENT, "100%"),
                            year=2016,
                            modal="达到",
                        ),
                        Target(
                            eid="sec_3__item_14__tgt_3",
                            quote="其他工程一次验收合格率达到98%以上",
                            kind=V.LEVEL,
                            indicator="other-project-acceptance-rate",
                            value=Quantity(Decimal("98"), Unit.PERCENT, "98%以上", Comparator.GE),
                            year=2016,
                            modal="达到",
                        ),
                    ),
                    themes=("engineering",),
                ),
                Measure(
                    eid="sec_3__item_15",
                    number=15,
                    label="(十五)",
                    title_zh="提升服务业质量水平",
                    title_en="Raise the quality of services",
                    text=(
                        "提升服务业质量水平。贯彻落实《2016年苏州市服务业发展工作要点》,以提质增效为目标,提升现代金融、现代物流、科技服务、电子商务、信息和软件、文化创意、健康养老、人力资源、旅游会展、服务外包和房地产等重点服务产业层次。按照服务业集聚区认定办法,新增认定一批优秀市级服务业集聚区,打造我市现代服务业集聚区的升级版。积极开展各类服务业创新发展试点,推动服务业试点成果区域共享。应用大数据平台加强旅游智慧监管工作,开展旅游市场监管整治系列活动。开展全市服务业顾客满意度和市民质量满意度调查。"
                    ),
                    responsibility_text="(市发改委、市旅游局牵头,各成员单位配合)",
                    responsibilities=(
                        lead("市发改委", "suzhou.development-reform"),
                        lead("市旅游局", "suzhou.tourism"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("services",),
                ),
                Measure(
                    eid="sec_3__item_16",
                    number=16,
                    label="(十六)",
                    title_zh="提升环境质量水平",
                    title_en="Raise environmental quality",
                    text=(
                        "提升环境质量水平。深入贯彻新《大气污染防治法》,狠抓环境治理,大力推进节能减排,发展低碳经济。2016年PM2.5年均浓度较2013年下降比例达到13%,城市区域环境噪声平均值小于55分贝。主要污染物排放总量持续削减。严守耕地保护、开发强度和生态保护红线,优化提升“四个百万亩”布局。继续实施生态文明建设三年行动计划,继续推进上方山石湖生态园、虎丘湿地公园等重点项目。"
                    ),
                    responsibility_text="(市环保局、市经信委、市国土局牵头,各成员单位配合)",
                    responsibilities=(
                        lead("市环保局", "suzhou.environmental-protection"),
                        lead("市经信委", "suzhou.economy-it"),
                        lead("市国土局", "suzhou.land-resources"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    targets=(
                        Target(
                            eid="sec_3__item_16__tgt_1",
                            quote="2016年PM2.5年均浓度较2013年下降比例达到13%",
                            kind=V.CHANGE,
                            indicator="pm25-annual-mean",
                            value=Quantity(Decimal("13"), Unit.PERCENT, "13%"),
                            year=2016,
                            base_year=2013,
                            direction=D.DOWN,
                            modal="达到",
                        ),
                        Target(
                            eid="sec_3__item_16__tgt_2",
                            quote="城市区域环境噪声平均值小于55分贝",
                            kind=V.LEVEL,
                            indicator="urban-noise-mean",
                            value=Quantity(Decimal("55"), Unit.DECIBEL, "55分贝", Comparator.LT),
                            year=2016,
                        ),
                        Target(
                            eid="sec_3__item_16__tgt_3",
                            quote="主要污染物排放总量持续削减",
                            kind=V.QUALITATIVE,
                            indicator="major-pollutant-emissions",
                            year=2016,
                            direction=D.DOWN,
                            qualitative="持续削减",
                        ),
                    ),
                    themes=("environment",),
                ),
                Measure(
                    eid="sec_3__item_17",
                    number=17,
                    label="(十七)",
                    title_zh="严格企业质量主体责任",
                    title_en="Enforce enterprises' primary responsibility for quality",
                    text=(
                        "严格企业质量主体责任。牢固树立“质量第一”理念,建立健全企业质量安全控制关键岗位责任制,明确企业法定代表人或主要负责人对质量安全负首要责任、企业质量主管人员对质量安全负直接责任。积极推行首席质量官制度,鼓励大中型企业设立首席质量官岗位,实行质量安全“一票否决”。督促企业切实履行缺陷产品召回及质量担保责任等法定义务,依法承担质量损害赔偿责任。探索实施质量问题先行赔偿、安全约谈等制度,认真落实汽车“三包”规定。"
                    ),
                    responsibility_text="(市质监局、市工商局、市食药监局、市农委、市住建局、市旅游局牵头,各成员单位配合)",
                    responsibilities=(
                        lead("市质监局", "suzhou.quality-supervision"),
                        lead("市工商局", "suzhou.industry-commerce"),
                        lead("市食药监局", "suzhou.food-drug"),
                        lead("市农委", "suzhou.agriculture-commission"),
                        lead("市住建局", "suzhou.housing-construction"),
                        lead("市旅游局", "suzhou.tourism"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("enterprise-responsibility",),
                ),
                Measure(
                    eid="sec_3__item_18",
                    number=18,
                    label="(十八)",
                    title_zh="加强质量安全风险管理",
                    title_en="Strengthen quality and safety risk management",
                    text=(
                        "加强质量安全风险管理。健全重大质量安全事故报告制度,加强对重点产品、重点行业和重点地区的质量安全风险监测和分析评估,对系统性、行业性、区域性质量风险及时预警,对重大质量安全隐患及时处置。积极推进产品质量伤害监测试点工作,加强质量安全风险信息资源共享,提升风险防范能力。"
                    ),
                    responsibility_text="(市工商局、市质监局、市食药监局、市卫生计生委牵头,各成员单位配合)",
                    responsibilities=(
                        lead("市工商局", "suzhou.industry-commerce"),
                        lead("市质监局", "suzhou.quality-supervision"),
                        lead("市食药监局", "suzhou.food-drug"),
                        lead("市卫生计生委", "suzhou.health-family-planning"),
                        MEMBER_UNITS_COOPERATE,
                    ),
                    themes=("risk",),
                ),
            ),
        ),
        Paragraph(
            eid="closing",
            text="各成员单位要加强对本地区、本部门质量强市工作的组织领导和统筹协调,结合实际,参照以上安排和部门分工,制定本地区、本部门的具体工作方案,细化目标,明确时限和要求,逐级落实责任,确保各项任务的完成。",
        ),
    ),
    ledger=(
        LedgerEntry(
            "2016",
            "2016年苏州市质量强市工作行动计划",
            LR.NAME,
            "The year in this plan's own title, in the notice title, the plan heading, the "
            "notice text and the attachment's file name.",
            occurrences=4,
            note_zh="本计划自身标题中的年份，见于通知标题、计划标题、通知正文和附件文件名。",
        ),
        LedgerEntry(
            "2016年04月25日",
            "发布时间:2016年04月25日",
            LR.DATE,
            "Publication date on the portal.",
            note_zh="门户网站上的发布日期。",
        ),
        LedgerEntry(
            "苏府〔2016〕63号",
            "政策文号:苏府〔2016〕63号",
            LR.DOC_NUMBER,
            "This document's number.",
            note_zh="本文件的文号。",
        ),
        LedgerEntry(
            "2016年4月25日",
            "2016年4月25日",
            LR.DATE,
            "Date under the issuer's name (成文日期).",
            note_zh="发文机关署名下的日期（成文日期）。",
        ),
        LedgerEntry(
            "2011~2020",
            "《质量发展纲要(2011~2020年)》",
            LR.NAME,
            "Title of the State Council outline the plan implements.",
            note_zh="本计划所贯彻的国务院纲要的标题。",
        ),
        LedgerEntry(
            "2025",
            "《中国制造2025苏州实施纲要》",
            LR.NAME,
            "Title of Suzhou's Made in China 2025 implementation outline.",
            occurrences=2,
            note_zh="苏州市中国制造2025实施纲要的标题。",
        ),
        LedgerEntry(
            "2016",
            "“2016红盾网剑专项行动”",
            LR.NAME,
            "Name of the industry-and-commerce online enforcement campaign.",
            note_zh="工商部门网络执法专项行动的名称。",
        ),
        LedgerEntry(
            "2016~2020",
            "《苏州市实施技术标准战略行动计划(2016~2020年)》",
            LR.NAME,
            "Title of the technical-standards action plan the measure says will be issued.",
            note_zh="该措施提出将要出台的技术标准行动计划的标题。",
        ),
        LedgerEntry(
            "10",
            "等10类消费品的质量提升工作",
            LR.SCOPE,
            "Counts the ten product categories listed in the same sentence; it says what the "
            "task covers, not a level to reach.",
            note_zh="同一句所列10类消费品的数量；说明该项任务涵盖的范围，不是要达到的水平。",
        ),
        LedgerEntry(
            "2016",
            "2016年全市食品安全“放心行动”",
            LR.NAME,
            "Names the year's food-safety campaign.",
            note_zh="当年食品安全专项行动的名称。",
        ),
        LedgerEntry(
            "5S、6T",
            "5S、6T等科学管理方法",
            LR.NAME,
            "Names of workplace management methods.",
            note_zh="现场管理方法的名称。",
        ),
        LedgerEntry(
            "2016",
            "《2016年苏州市服务业发展工作要点》",
            LR.NAME,
            "Title of the 2016 service-industry work points.",
            note_zh="2016年服务业发展工作要点的标题。",
        ),
    ),
)
