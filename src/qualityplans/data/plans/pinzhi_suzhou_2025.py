"""“品质苏州”建设行动方案(2025年) (苏府办〔2025〕77号), seed 001.

Suzhou's 2025 action scheme for building a “Quality Suzhou”: 6 sections and 18
measures numbered through the whole document. Each measure ends with the units
responsible "按职责分工负责" (or "牵头负责" where one bureau leads alone); the
first measure adds that the county-level governments implement every measure
(以下均需各县级市<区>人民政府<管委会>落实,不再列出), which is kept as a
standing responsibility of the plan.

The preamble implements the provincial Party committee's and government's
decisions on building a “Quality Jiangsu” (品质江苏) but names no document, so
``basis`` is empty.
"""

from decimal import Decimal

from qualityplans.data._build import collective, lead, responsible
from qualityplans.model import (
    Adoption,
    Commitment,
    Comparator,
    DateKind,
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
    Role,
    Section,
    Source,
    Target,
    Unit,
    ValueKind,
)

V = ValueKind
C = Commitment
LR = LedgerReason

YEAR = 2025

COUNTY_LEVEL = "各县级市<区>人民政府<管委会>"

SMR = responsible("市市场监管局", "suzhou.market-regulation")
MIIT = responsible("市工信局", "suzhou.industry-it")
AGRI = responsible("市农业农村局", "suzhou.agriculture-rural")
COMMERCE = responsible("市商务局", "suzhou.commerce")
HOUSING = responsible("市住建局", "suzhou.housing-construction")
CULTURE_TOURISM = responsible("市文广旅局", "suzhou.culture-tourism")
HEALTH = responsible("市卫生健康委", "suzhou.health")
NDRC = responsible("市发改委", "suzhou.development-reform")
PUBLICITY = responsible("市委宣传部", "suzhou.party-publicity")
EDUCATION = responsible("市教育局", "suzhou.education")
CONSUMER_COUNCIL = responsible("市消保委", "suzhou.consumer-council")
SMR_LEADS = lead("市市场监管局", "suzhou.market-regulation")

PLAN = Plan(
    id="pinzhi-suzhou-2025",
    title_zh="“品质苏州”建设行动方案(2025年)",
    title_en="Action Scheme for Building a “Quality Suzhou” (2025)",
    aliases=(
        "品质苏州",
        "“品质苏州”建设行动方案",
        "品质苏州建设行动方案",
        "Quality Suzhou",
    ),
    kind=PlanKind.ACTION_SCHEME,
    region="suzhou",
    issuer="suzhou.general-office",
    doc_number=DocNumber.parse("苏府办〔2025〕77号"),
    period=Period(2025, 2025),
    dates=(
        PlanDate(DateKind.SIGNED, PartialDate(2025, 7, 24), "2025年7月24日"),
        PlanDate(DateKind.PUBLISHED, PartialDate(2025, 7, 28), "发布时间:2025-07-28"),
    ),
    addressees="各县级市(区)人民政府,苏州工业园区、苏州高新区管委会;市各委办局,各直属单位",
    notice_text="《“品质苏州”建设行动方案(2025年)》已经市政府第89次常务会议审议通过,现印发给你们,请认真贯彻落实。",
    adoption=Adoption(
        meeting_zh="市政府第89次常务会议",
        meeting_en="the 89th executive meeting of the Suzhou Municipal People's Government",
        quote="已经市政府第89次常务会议审议通过",
    ),
    standing_responsibilities=(
        collective(COUNTY_LEVEL, Role.RESPONSIBLE, "county-level-governments"),
    ),
    standing_quote="以下均需各县级市<区>人民政府<管委会>落实,不再列出",
    source=Source(
        file="pinzhi-suzhou-2025.txt",
        sha256="4829908567e4853a3faa8c64a90c5114eba98ac418b8103601b5a35fe09c6844",
        origin="Seed 001_cdfeba58f173929d.txt: text of the notice as published on a government "
        "policy portal, already clean and with half-width punctuation, including the portal's "
        "header lines (发布时间, 政策级别, 发文部门, 政策主题). The transcription is the seed "
        "text unchanged, with a final newline added; it needed no corrections, so there are no "
        "errata. The portal's 发文部门 line names 苏州市人民政府, but the document number "
        "(苏府办) and the signature (苏州市人民政府办公室) are the General Office's, so the "
        "signatory is recorded as issuer. The seed has no separate title line: the title is "
        "taken from the notice text (《“品质苏州”建设行动方案(2025年)》).",
    ),
    body=(
        Paragraph(
            eid="preamble",
            text="为深入贯彻落实省委、省政府关于“品质江苏”建设的决策部署,以质量树品牌、以品牌拓市场、以市场促增长,全面推进“品质苏州”建设,制定本行动方案。",
        ),
        Section(
            eid="sec_1",
            number="一",
            label="一、",
            heading_zh="强化质量支撑",
            heading_en="Strengthen quality support",
            items=(
                Measure(
                    eid="sec_1__item_1",
                    number=1,
                    label="(一)",
                    title_zh="深入推进质量强企强链强县",
                    title_en="Build up quality-strong enterprises, industrial chains and counties",
                    text=(
                        "深入推进质量强企强链强县。构建质量强企梯度培育体系,引导企业积极争创政府质量奖,完善企业首席质量官制度,推动全市首席质量官人数突破6万人,帮助500家小微企业开展质量管理体系认证提升。开展制造业企业质量管理能力评价,新增检验级以上企业3家。深化质量强链苏州模式,开展质量强链专项行动,质量提升行动覆盖全市30条重点产业链和地方优势产业链2000家以上企业。引导各地因地制宜制定实施质量发展战略,开展质量强县建设,深化张家港市、昆山市、吴江区首批全国质量强县(区、镇)培育建设。"
                    ),
                    responsibility_text="(市市场监管局、市工信局,各县级市<区>人民政府<管委会>按职责分工负责;以下均需各县级市<区>人民政府<管委会>落实,不再列出)",
                    responsibilities=(
                        SMR,
                        MIIT,
                        collective(COUNTY_LEVEL, Role.RESPONSIBLE, "county-level-governments"),
                    ),
                    targets=(
                        Target(
                            eid="sec_1__item_1__tgt_1",
                            quote="全市首席质量官人数突破6万人",
                            kind=V.LEVEL,
                            indicator="cqo-persons",
                            value=Quantity(Decimal("60000"), Unit.REN, "6万人", Comparator.GT),
                            year=YEAR,
                            modal="突破",
                        ),
                        Target(
                            eid="sec_1__item_1__tgt_2",
                            quote="帮助500家小微企业开展质量管理体系认证提升",
                            kind=V.NEW,
                            indicator="small-micro-qms-certification-assisted",
                            value=Quantity(Decimal("500"), Unit.JIA, "500家"),
                            year=YEAR,
                        ),
                        Target(
                            eid="sec_1__item_1__tgt_3",
                            quote="新增检验级以上企业3家",
                            kind=V.NEW,
                            indicator="inspection-level-quality-capability-enterprises",
                            value=Quantity(Decimal("3"), Unit.JIA, "3家"),
                            year=YEAR,
                            note="以上 here qualifies the rating (检验级 or higher), not the count.",
                            note_zh="此处“以上”修饰等级（检验级及以上），而非数量。",
                        ),
                        Target(
                            eid="sec_1__item_1__tgt_4",
                            quote="质量提升行动覆盖全市30条重点产业链和地方优势产业链2000家以上企业",
                            kind=V.LEVEL,
                            indicator="quality-chain-action-enterprises",
                            value=Quantity(Decimal("2000"), Unit.JIA, "2000家以上", Comparator.GE),
                            year=YEAR,
                            note="The 30 key industrial chains name the scope the action covers "
                            "(the city's set of key chains); that figure is ledgered, not a "
                            "target.",
                            note_zh="30条重点产业链说明该行动覆盖的范围（全市的重点产业链集合）；"
                            "该数字记入台账，不作为目标。",
                        ),
                    ),
                    themes=("quality-city", "enterprise-responsibility", "manufacturing"),
                    localities=(
                        Locality("zhangjiagang", "张家港市"),
                        Locality("kunshan", "昆山市"),
                        Locality("wujiang", "吴江区"),
                    ),
                ),
                Measure(
                    eid="sec_1__item_2",
                    number=2,
                    label="(二)",
                    title_zh="增加优质产品供给",
                    title_en="Increase the supply of high-quality products",
                    text=(
                        "增加优质产品供给。加快消费品质量标准迭代升级,鼓励企业提高研发设计与生产质量。支持外贸产品拓内销,支持企业开展“三同”认证。规范高标准农田建设,全面加强耕地保护和建设,提升农产品质量。深入开展质量技术帮扶“提质强企”行动,全市制造业产品、消费品质量合格率全省领先。"
                    ),
                    responsibility_text="(市市场监管局、市工信局、市农业农村局按职责分工负责)",
                    responsibilities=(SMR, MIIT, AGRI),
                    targets=(
                        Target(
                            eid="sec_1__item_2__tgt_1",
                            quote="全市制造业产品、消费品质量合格率全省领先",
                            kind=V.QUALITATIVE,
                            indicator="manufacturing-product-pass-rate",
                            year=YEAR,
                            qualitative="全省领先",
                        ),
                        Target(
                            eid="sec_1__item_2__tgt_2",
                            quote="全市制造业产品、消费品质量合格率全省领先",
                            kind=V.QUALITATIVE,
                            indicator="consumer-goods-pass-rate",
                            year=YEAR,
                            qualitative="全省领先",
                        ),
                    ),
                    themes=("product-safety", "manufacturing", "certification", "agriculture"),
                ),
                Measure(
                    eid="sec_1__item_3",
                    number=3,
                    label="(三)",
                    title_zh="推进服务供给提质",
                    title_en="Raise the quality of services supplied",
                    text=(
                        "推进服务供给提质。促进首发首店经济高质量发展,培育一批夜间消费集聚商圈(步行街),拓展首发首秀首展首店、夜娱夜游夜购夜食等消费场景。扩大健康、养老、育幼、家政、体育等服务消费供给,推进城市一刻钟便民生活圈建设,力争全市公共服务质量满意度达到85分。实施城市更新行动,鼓励商圈、商业街区进行改造升级。持续办好江南文化艺术国际旅游节、大运河博览会等活动,优化文旅公共服务。积极引进国际国内高品质体育赛事。"
                    ),
                    responsibility_text="(市商务局、市民政局、市住建局、市文广旅局、市卫生健康委、市体育局、市医保局按职责分工负责)",
                    responsibilities=(
                        COMMERCE,
                        responsible("市民政局", "suzhou.civil-affairs"),
                        HOUSING,
                        CULTURE_TOURISM,
                        HEALTH,
                        responsible("市体育局", "suzhou.sports"),
                        responsible("市医保局", "suzhou.healthcare-security"),
                    ),
                    targets=(
                        Target(
                            eid="sec_1__item_3__tgt_1",
                            quote="力争全市公共服务质量满意度达到85分",
                            kind=V.LEVEL,
                            indicator="public-service-satisfaction",
                            value=Quantity(Decimal("85"), Unit.SCORE, "85分"),
                            year=YEAR,
                            commitment=C.ASPIRATIONAL,
                            modal="力争",
                        ),
                    ),
                    themes=("services", "public-services", "consumer"),
                ),
                Measure(
                    eid="sec_1__item_4",
                    number=4,
                    label="(四)",
                    title_zh="提升建设工程品质",
                    title_en="Raise the quality of construction works",
                    text=(
                        "提升建设工程品质。深入推进智能建造试点,治理住宅质量易发问题,落实住宅工程质量信息公示制度,大力推进“好房子”建设。推进交通运输现代化示范区建设,公路工程竣工验收优良品率力争达到96%(交工验收合格率100%),培育一批平安百年品质工程。深化水利建设工程质量状况统计分析和质量通病治理,大力提升全市水利工程质量。"
                    ),
                    responsibility_text="(市住建局、市交通局、市水务局按职责分工负责)",
                    responsibilities=(
                        HOUSING,
                        responsible("市交通局", "suzhou.transport"),
                        responsible("市水务局", "suzhou.water-affairs"),
                    ),
                    targets=(
                        Target(
                            eid="sec_1__item_4__tgt_1",
                            quote="公路工程竣工验收优良品率力争达到96%(交工验收合格率100%)",
                            kind=V.LEVEL,
                            indicator="highway-completion-excellent-rate",
                            value=Quantity(Decimal("96"), Unit.PERCENT, "96%"),
                            year=YEAR,
                            commitment=C.ASPIRATIONAL,
                            modal="力争",
                        ),
                        Target(
                            eid="sec_1__item_4__tgt_2",
                            quote="公路工程竣工验收优良品率力争达到96%(交工验收合格率100%)",
                            kind=V.LEVEL,
                            indicator="highway-handover-acceptance-pass-rate",
                            value=Quantity(Decimal("100"), Unit.PERCENT, "100%"),
                            year=YEAR,
                            commitment=C.ASPIRATIONAL,
                            modal="力争",
                            note="Given in parentheses inside the 力争 clause of the completion "
                            "rate, so recorded as aspirational like it; the text does not say "
                            "whether the modal was meant to reach the parenthesis.",
                            note_zh="写在竣工验收优良品率的“力争”分句内的括号中，"
                            "因此与之一样记为力争目标；"
                            "原文未说明该情态词是否意在涵盖括号内的内容。",
                        ),
                    ),
                    themes=("engineering",),
                ),
            ),
        ),
        Section(
            eid="sec_2",
            number="二",
            label="二、",
            heading_zh="加强品牌引领",
            heading_en="Let brands lead",
            items=(
                Measure(
                    eid="sec_2__item_5",
                    number=5,
                    label="(五)",
                    title_zh="打造苏州品牌矩阵",
                    title_en="Build a matrix of Suzhou brands",
                    text=(
                        "打造苏州品牌矩阵。完善品牌培育、发展和推介机制,持续推进“苏州制造”品牌认证,推出20个以上“苏州制造”认证产品,积极争创“江苏精品”。探索“苏州优品”城市公共品牌评价机制。构建“时味苏州”农产品品牌体系。打造“苏味”美食品牌。开展中华老字号“一企一策”行动,打造一批具有代表性、引领性的老字号品牌。深化“江苏优品行全球”,大力培育出口品牌。持续开展“苏品苏货”上平台、上连锁、上商综工作。"
                    ),
                    responsibility_text="(市发改委、市农业农村局、市商务局、市市场监管局、市科技局、市工信局、市文广旅局按职责分工负责)",
                    responsibilities=(
                        NDRC,
                        AGRI,
                        COMMERCE,
                        SMR,
                        responsible("市科技局", "suzhou.science-technology"),
                        MIIT,
                        CULTURE_TOURISM,
                    ),
                    targets=(
                        Target(
                            eid="sec_2__item_5__tgt_1",
                            quote="推出20个以上“苏州制造”认证产品",
                            kind=V.NEW,
                            indicator="suzhou-made-certified-products",
                            value=Quantity(Decimal("20"), Unit.GE, "20个以上", Comparator.GE),
                            year=YEAR,
                        ),
                        Target(
                            eid="sec_2__item_5__tgt_2",
                            quote="积极争创“江苏精品”",
                            kind=V.QUALITATIVE,
                            indicator="jiangsu-boutique-certified-products",
                            year=2025,
                            qualitative="争创“江苏精品”",
                            modal="争创",
                        ),
                    ),
                    themes=("brands", "certification", "agriculture"),
                ),
                Measure(
                    eid="sec_2__item_6",
                    number=6,
                    label="(六)",
                    title_zh="加强品牌宣传保护",
                    title_en="Strengthen the promotion and protection of brands",
                    text=(
                        "加强品牌宣传保护。推进“品牌强国工程”苏州系列宣传。开展“苏州制造”“时味苏州”等品牌推介活动,加强苏州制造名品中心、苏州城市精品体验馆等载体建设,扩大苏州品牌影响力。加大碧螺春、枇杷、水八仙、太湖猪、家蚕、“太湖三白”、优质稻米等地方特色农产品资源保护力度。支持知识产权维权互助联盟建设,查办侵犯商标权等违法行为。完善商标保护长效机制,加强保护监测和涉外纠纷应对指导。"
                    ),
                    responsibility_text="(市委宣传部、市发改委、市农业农村局、市商务局、市市场监管局按职责分工负责)",
                    responsibilities=(PUBLICITY, NDRC, AGRI, COMMERCE, SMR),
                    themes=("brands", "market-order", "agriculture"),
                ),
            ),
        ),
        Section(
            eid="sec_3",
            number="三",
            label="三、",
            heading_zh="深化技术赋能",
            heading_en="Deepen the empowerment by technology",
            items=(
                Measure(
                    eid="sec_3__item_7",
                    number=7,
                    label="(七)",
                    title_zh="推进质量赋能发展",
                    title_en="Let quality empower development",
                    text=(
                        "推进质量赋能发展。推动1000家规上工业企业开展基础级智能工厂建设,200家以上规上企业开展先进智能工厂建设,择优培育一批国家卓越级、领航级智能工厂。分层分级推动中小企业数字化转型,力争创新型中小企业数字化转型覆盖率40%以上。完善促进专精特新企业发展壮大机制,培育认定省专精特新中小企业500家左右。在人工智能、动力电池等重点产业链组建一批质量创新联合体。实施高价值专利培育工程,在电子信息、装备制造、生物医药、先进材料等领域实施一批高价值专利培育项目。"
                    ),
                    responsibility_text="(市工信局、市市场监管局按职责分工负责)",
                    responsibilities=(MIIT, SMR),
                    targets=(
                        Target(
                            eid="sec_3__item_7__tgt_1",
                            quote="推动1000家规上工业企业开展基础级智能工厂建设",
                            kind=V.NEW,
                            indicator="basic-smart-factory-enterprises",
                            value=Quantity(Decimal("1000"), Unit.JIA, "1000家"),
                            year=YEAR,
                        ),
                        Target(
                            eid="sec_3__item_7__tgt_2",
                            quote="200家以上规上企业开展先进智能工厂建设",
                            kind=V.NEW,
                            indicator="advanced-smart-factory-enterprises",
                            value=Quantity(Decimal("200"), Unit.JIA, "200家以上", Comparator.GE),
                            year=YEAR,
                        ),
                        Target(
                            eid="sec_3__item_7__tgt_3",
                            quote="力争创新型中小企业数字化转型覆盖率40%以上",
                            kind=V.LEVEL,
                            indicator="innovative-sme-digital-transformation-coverage",
                            value=Quantity(Decimal("40"), Unit.PERCENT, "40%以上", Comparator.GE),
                            year=YEAR,
                            commitment=C.ASPIRATIONAL,
                            modal="力争",
                        ),
                        Target(
                            eid="sec_3__item_7__tgt_4",
                            quote="培育认定省专精特新中小企业500家左右",
                            kind=V.NEW,
                            indicator="provincial-specialized-smes",
                            value=Quantity(
                                Decimal("500"), Unit.JIA, "500家左右", Comparator.APPROX
                            ),
                            year=YEAR,
                        ),
                        Target(
                            eid="sec_3__item_7__tgt_5",
                            quote="在人工智能、动力电池等重点产业链组建一批质量创新联合体",
                            kind=V.QUALITATIVE,
                            indicator="quality-innovation-consortia",
                            year=2025,
                            qualitative="组建一批质量创新联合体",
                            modal="组建",
                        ),
                    ),
                    themes=("digital", "manufacturing", "innovation"),
                ),
                Measure(
                    eid="sec_3__item_8",
                    number=8,
                    label="(八)",
                    title_zh="实施计量筑基工程",
                    title_en="Carry out the metrology foundation-building project",
                    text=(
                        "实施计量筑基工程。推动产业计量融合创新,积极争取在全国率先开展产业计量融合创新试点。培育国家、省产业计量测试中心,力争获批筹建国家纳米新材料产业计量测试中心、申报筹建国家碳计量中心(江苏)。推动仪器仪表产业发展,推动高新区省级仪器仪表产业园做优做强,支持昆山、工业园区申报筹建省级仪器仪表产业园。"
                    ),
                    responsibility_text="(市市场监管局牵头负责)",
                    responsibilities=(SMR_LEADS,),
                    targets=(
                        Target(
                            eid="sec_3__item_8__tgt_1",
                            quote="积极争取在全国率先开展产业计量融合创新试点",
                            kind=V.QUALITATIVE,
                            year=YEAR,
                            commitment=C.ASPIRATIONAL,
                            modal="争取",
                            qualitative="在全国率先开展产业计量融合创新试点",
                        ),
                        Target(
                            eid="sec_3__item_8__tgt_2",
                            quote="力争获批筹建国家纳米新材料产业计量测试中心、申报筹建国家碳计量中心(江苏)",
                            kind=V.QUALITATIVE,
                            indicator="industry-metrology-test-centres",
                            year=YEAR,
                            commitment=C.ASPIRATIONAL,
                            modal="力争",
                            qualitative="获批筹建国家纳米新材料产业计量测试中心",
                        ),
                        Target(
                            eid="sec_3__item_8__tgt_3",
                            quote="力争获批筹建国家纳米新材料产业计量测试中心、申报筹建国家碳计量中心(江苏)",
                            kind=V.QUALITATIVE,
                            year=YEAR,
                            commitment=C.ASPIRATIONAL,
                            modal="力争",
                            qualitative="申报筹建国家碳计量中心(江苏)",
                            note="Read as the second object of 力争 in the same clause.",
                            note_zh="理解为同一分句中“力争”的第二个宾语。",
                        ),
                    ),
                    themes=("metrology", "infrastructure"),
                    localities=(
                        Locality("suzhou-new-district", "高新区"),
                        Locality("kunshan", "昆山"),
                        Locality("suzhou-industrial-park", "工业园区"),
                    ),
                ),
                Measure(
                    eid="sec_3__item_9",
                    number=9,
                    label="(九)",
                    title_zh="强化标准支撑引领",
                    title_en="Strengthen the supporting and leading role of standards",
                    text=(
                        "强化标准支撑引领。探索建立产业科技创新和标准化布局联动机制,建设标准创新联合体,促进科技创新成果高效转化。加强关键技术领域标准研究,在具身智能机器人等领域力争新建一批高能级标准化载体,以标准为牵引促进产业链上下游融通创新。发挥中德标准化合作苏州创新中心、标准化创新综合体等载体作用,加强国际标准化交流合作。推动苏州企业主导、参与制修订国际标准不少于5项,国家、行业标准不少于200项。"
                    ),
                    responsibility_text="(市市场监管局牵头负责)",
                    responsibilities=(SMR_LEADS,),
                    targets=(
                        Target(
                            eid="sec_3__item_9__tgt_1",
                            quote="在具身智能机器人等领域力争新建一批高能级标准化载体",
                            kind=V.QUALITATIVE,
                            year=YEAR,
                            commitment=C.ASPIRATIONAL,
                            modal="力争",
                            qualitative="新建一批高能级标准化载体",
                        ),
                        Target(
                            eid="sec_3__item_9__tgt_2",
                            quote="推动苏州企业主导、参与制修订国际标准不少于5项",
                            kind=V.NEW,
                            indicator="international-standards-led-or-joined",
                            value=Quantity(Decimal("5"), Unit.XIANG, "不少于5项", Comparator.GE),
                            year=YEAR,
                        ),
                        Target(
                            eid="sec_3__item_9__tgt_3",
                            quote="国家、行业标准不少于200项",
                            kind=V.NEW,
                            indicator="national-sector-standards-led-or-joined",
                            value=Quantity(
                                Decimal("200"), Unit.XIANG, "不少于200项", Comparator.GE
                            ),
                            year=YEAR,
                            note="主导、参与制修订 (led or taken part in by Suzhou enterprises) in "
                            "the preceding clause applies to this figure too.",
                            note_zh="前一分句中的“主导、参与制修订”（由苏州企业主导或参与）"
                            "同样适用于这一数字。",
                        ),
                    ),
                    themes=("standards", "international", "innovation"),
                ),
                Measure(
                    eid="sec_3__item_10",
                    number=10,
                    label="(十)",
                    title_zh="提高质量基础设施服务效能",
                    title_en="Make quality infrastructure serve more effectively",
                    text=(
                        "提高质量基础设施服务效能。积极引进国际、国内知名检验检测认证机构。推进吴中区国家检验检测认证公共服务平台示范区、工业园区国家检验检测高技术服务业集聚区建设,推动中国质量认证中心长三角绿色生态一体化发展示范区创新中心(吴江)等平台建设,推进江苏省集成电路产品质量检验检测中心、江苏省羊绒制品质量检验检测中心建设。开展产品碳标识认证全链条服务行动,推动20个以上产品碳标识认证应用。实施质量基础设施“一站式”服务提质增效工程,建成高水平站点5个以上。"
                    ),
                    responsibility_text="(市市场监管局牵头负责)",
                    responsibilities=(SMR_LEADS,),
                    targets=(
                        Target(
                            eid="sec_3__item_10__tgt_1",
                            quote="推动20个以上产品碳标识认证应用",
                            kind=V.NEW,
                            indicator="carbon-label-certified-products",
                            value=Quantity(Decimal("20"), Unit.GE, "20个以上", Comparator.GE),
                            year=YEAR,
                        ),
                        Target(
                            eid="sec_3__item_10__tgt_2",
                            quote="建成高水平站点5个以上",
                            kind=V.NEW,
                            indicator="one-stop-quality-infrastructure-stations",
                            value=Quantity(Decimal("5"), Unit.GE, "5个以上", Comparator.GE),
                            year=YEAR,
                            modal="建成",
                        ),
                    ),
                    themes=("testing", "certification", "infrastructure"),
                    localities=(
                        Locality("wuzhong", "吴中区"),
                        Locality("suzhou-industrial-park", "工业园区"),
                        Locality("wujiang", "吴江"),
                    ),
                ),
            ),
        ),
        Section(
            eid="sec_4",
            number="四",
            label="四、",
            heading_zh="严格安全守护",
            heading_en="Guard safety strictly",
            items=(
                Measure(
                    eid="sec_4__item_11",
                    targets=(
                        Target(
                            eid="sec_4__item_11__tgt_1",
                            quote="全覆盖开展小微食品生产企业风险隐患排查和技术帮扶",
                            kind=V.QUALITATIVE,
                            year=2025,
                            qualitative="全覆盖开展小微食品生产企业风险隐患排查和技术帮扶",
                        ),
                    ),
                    number=11,
                    label="(十一)",
                    title_zh="强化食品安全综合治理",
                    title_en="Strengthen the comprehensive governance of food safety",
                    text=(
                        "强化食品安全综合治理。持续深化落实《江苏省农产品质量安全条例》,依照《关于进一步强化食品安全全链条监管推动食品产业高质量发展实施方案》要求,推进农田到餐桌食品安全协同监管机制。加强农产品产地准出与市场准入衔接,深入推进食品安全“六化”建设,健全肉类产品、食用植物油、食品添加剂、学校食堂、网络订餐、网络销售食用农产品等重点领域长效管理机制。全覆盖开展小微食品生产企业风险隐患排查和技术帮扶。常态化开展食品安全“你点我检”“苏小检在行动”等活动。加强苏米产品质量监管,建立从种植到销售全程质量追溯机制。"
                    ),
                    responsibility_text="(市市场监管局、市农业农村局、市发改委、市教育局按职责分工负责)",
                    responsibilities=(SMR, AGRI, NDRC, EDUCATION),
                    themes=("food-drug", "agriculture"),
                ),
                Measure(
                    eid="sec_4__item_12",
                    number=12,
                    label="(十二)",
                    title_zh="提升药械质量安全",
                    title_en="Improve the quality and safety of drugs and medical devices",
                    text=(
                        "提升药械质量安全。按照分级分类要求,开展第一类医疗器械生产、医疗器械经营使用监管。常态化开展全市二、三级医疗机构“综合查一次”检查。推进零售药店标准化、规范化建设。深入实施“疫苗放心工程”,抓好疫苗储运接种质量监管。深化苏州药品进口口岸适用全国通关一体化模式,加强进口药品通关全流程监管。"
                    ),
                    responsibility_text="(市市场监管局、市卫生健康委按职责分工负责)",
                    responsibilities=(SMR, HEALTH),
                    themes=("food-drug",),
                ),
                Measure(
                    eid="sec_4__item_13",
                    number=13,
                    label="(十三)",
                    title_zh="健全工业产品质量安全全链条监管",
                    title_en="Improve whole-chain supervision of the quality and safety of "
                    "industrial products",
                    text=(
                        "健全工业产品质量安全全链条监管。完善质量安全风险监测预警体系。推进3家专业特色市场试点产品质量全链条治理。深入开展电动自行车、燃气器具及配件产品、羊绒羽绒制品等领域专项治理。强化行业自律,推动《电动自行车销售服务规范》团体标准实施。建立健全缺陷消费品召回机制,组织电商平台开展产品安全与召回自愿性承诺活动。"
                    ),
                    responsibility_text="(市市场监管局牵头负责)",
                    responsibilities=(SMR_LEADS,),
                    targets=(
                        Target(
                            eid="sec_4__item_13__tgt_1",
                            quote="推进3家专业特色市场试点产品质量全链条治理",
                            kind=V.LEVEL,
                            indicator="specialized-market-whole-chain-pilots",
                            value=Quantity(Decimal("3"), Unit.JIA, "3家"),
                            year=YEAR,
                            note="Read as the number of markets where the pilot runs in 2025; "
                            "the text does not say whether the pilots are new, so the count is "
                            "recorded as a level, not as new in the year.",
                            note_zh="理解为2025年开展试点的市场数量；"
                            "原文未说明这些试点是否为新增，因此记为水平值，而非当年新增。",
                        ),
                    ),
                    themes=("product-safety", "risk", "standards"),
                ),
                Measure(
                    eid="sec_4__item_14",
                    number=14,
                    label="(十四)",
                    title_zh="提升特种设备安全监管水平",
                    title_en="Raise the level of special equipment safety supervision",
                    text=(
                        "提升特种设备安全监管水平。重点加强大型游乐设施、客运索道等涉及民生的特种设备隐患排查治理。持续强化叉车和起重机械两类事故易发设备的风险防范。全面落实气瓶充装和检验环节主体责任,组织开展小锅炉安全和电站锅炉安装质量安全整治。开展1200台以上老旧住宅电梯安全评估,完成3100台老旧住宅电梯更新。"
                    ),
                    responsibility_text="(市市场监管局、市住建局按职责负责)",
                    responsibilities=(SMR, HOUSING),
                    targets=(
                        Target(
                            eid="sec_4__item_14__tgt_1",
                            quote="开展1200台以上老旧住宅电梯安全评估",
                            kind=V.NEW,
                            indicator="old-residential-elevator-safety-assessments",
                            value=Quantity(Decimal("1200"), Unit.TAI, "1200台以上", Comparator.GE),
                            year=YEAR,
                        ),
                        Target(
                            eid="sec_4__item_14__tgt_2",
                            quote="完成3100台老旧住宅电梯更新",
                            kind=V.NEW,
                            indicator="old-residential-elevator-renewals",
                            value=Quantity(Decimal("3100"), Unit.TAI, "3100台"),
                            year=YEAR,
                            modal="完成",
                        ),
                    ),
                    themes=("special-equipment",),
                ),
            ),
        ),
        Section(
            eid="sec_5",
            number="五",
            label="五、",
            heading_zh="优化消费环境",
            heading_en="Improve the consumer environment",
            items=(
                Measure(
                    eid="sec_5__item_15",
                    number=15,
                    label="(十五)",
                    title_zh="营造放心消费环境",
                    title_en="Create a consumer environment people can trust",
                    text=(
                        "营造放心消费环境。开展促消费质量服务专项行动,全力推行“吴优消费”新模式,新增5000家商户开展线下实体店无理由退货放心承诺。完善诚信计量体系,诚信计量自我承诺单位达10000家。推动“一秤一码”监管全覆盖及集贸市场电子计价秤“六统一”管理。推进旅行社等级评定和星级旅游饭店、等级旅游民宿等评定。深入开展守护消费“铁拳”行动、网络市场监管促发展保安全等专项行动,严厉打击假冒伪劣、计量作弊等违法违规行动。"
                    ),
                    responsibility_text="(市市场监管局、市商务局、市文广旅局、市消保委、市园林绿化局按职责分工负责)",
                    responsibilities=(
                        SMR,
                        COMMERCE,
                        CULTURE_TOURISM,
                        CONSUMER_COUNCIL,
                        responsible("市园林绿化局", "suzhou.landscape-greening"),
                    ),
                    targets=(
                        Target(
                            eid="sec_5__item_15__tgt_1",
                            quote="新增5000家商户开展线下实体店无理由退货放心承诺",
                            kind=V.NEW,
                            indicator="no-reason-return-pledge-merchants",
                            value=Quantity(Decimal("5000"), Unit.JIA, "5000家"),
                            year=YEAR,
                        ),
                        Target(
                            eid="sec_5__item_15__tgt_2",
                            quote="诚信计量自我承诺单位达10000家",
                            kind=V.LEVEL,
                            indicator="honest-metrology-committed-units",
                            value=Quantity(Decimal("10000"), Unit.JIA, "10000家"),
                            year=YEAR,
                            modal="达",
                        ),
                        Target(
                            eid="sec_5__item_15__tgt_3",
                            quote="推动“一秤一码”监管全覆盖",
                            kind=V.QUALITATIVE,
                            year=2025,
                            qualitative="“一秤一码”监管全覆盖",
                            modal="推动",
                        ),
                    ),
                    themes=("consumer", "metrology", "market-order"),
                ),
                Measure(
                    eid="sec_5__item_16",
                    number=16,
                    label="(十六)",
                    title_zh="推动消费维权提效",
                    title_en="Make the protection of consumer rights more effective",
                    text=(
                        "推动消费维权提效。推进直播营销“一件事”全链条监管,严厉打击虚假宣传、虚假广告、价格欺诈等违法行为。对消费热点行业或投诉相对集中领域开展不公平合同格式条款专项整治。推动各地建立“一地一品牌”消费纠纷多元化解机制,年内消费维权服务站点达到500个。聚焦旅游景区消费、新型数字消费等领域,运用约谈、劝谕、信息公示、揭露批评、移送执法机关、支持起诉等方式推动消费问题解决。深化牟利性投诉举报联合治理,着力规范职业索赔、严厉打击恶意索赔。"
                    ),
                    responsibility_text="(市市场监管局、市中级法院、市检察院、市公安局、市司法局、市消保委按职责分工负责)",
                    responsibilities=(
                        SMR,
                        responsible("市中级法院", "suzhou.intermediate-court"),
                        responsible("市检察院", "suzhou.procuratorate"),
                        responsible("市公安局", "suzhou.public-security"),
                        responsible("市司法局", "suzhou.justice"),
                        CONSUMER_COUNCIL,
                    ),
                    targets=(
                        Target(
                            eid="sec_5__item_16__tgt_1",
                            quote="年内消费维权服务站点达到500个",
                            kind=V.LEVEL,
                            indicator="consumer-rights-service-stations",
                            value=Quantity(Decimal("500"), Unit.GE, "500个"),
                            year=YEAR,
                            modal="达到",
                        ),
                    ),
                    themes=("consumer", "market-order"),
                ),
            ),
        ),
        Section(
            eid="sec_6",
            number="六",
            label="六、",
            heading_zh="构建质量共治",
            heading_en="Build shared governance of quality",
            items=(
                Measure(
                    eid="sec_6__item_17",
                    number=17,
                    label="(十七)",
                    title_zh="加强质量文化和人才建设",
                    title_en="Strengthen quality culture and the training of quality talent",
                    text=(
                        "加强质量文化和人才建设。以中国质量大会召开为契机,全方位展示质量强市建设成就。开展青少年质量科普,引导学生树立质量意识和依法维权意识。强化质量人才培养,开展首席质量官培训和巡讲。做好全国高等教育自学考试质量管理工程专业年度开考组织工作。"
                    ),
                    responsibility_text="(市委宣传部、市市场监管局、市教育局按职责分工负责)",
                    responsibilities=(PUBLICITY, SMR, EDUCATION),
                    themes=("culture", "talent"),
                ),
                Measure(
                    eid="sec_6__item_18",
                    number=18,
                    label="(十八)",
                    title_zh="健全质量多元治理机制",
                    title_en="Improve the mechanisms for governing quality together",
                    text=(
                        "健全质量多元治理机制。将“品质苏州”建设与消费提振、城市改造、产业升级等工作协同推进,加大对质量品牌培育、质量基础设施建设等方面的政策支持力度。推进市“十五五”质量强市建设规划编制。推广“苏质融”业务。组织开展全国“质量月”系列活动,营造“品质苏州”良好氛围。"
                    ),
                    responsibility_text="(市市场监管局、市发改委、市财政局、市住建局、市商务局、市社科联、市消保委等按职责分工负责)",
                    responsibilities=(
                        SMR,
                        NDRC,
                        responsible("市财政局", "suzhou.finance"),
                        HOUSING,
                        COMMERCE,
                        responsible("市社科联", "suzhou.social-sciences-federation"),
                        CONSUMER_COUNCIL,
                    ),
                    themes=("quality-city", "planning-assessment", "culture"),
                ),
            ),
        ),
    ),
    ledger=(
        LedgerEntry(
            "2025-07-28",
            "发布时间:2025-07-28",
            LR.DATE,
            "Publication date on the portal (its header line).",
            note_zh="门户网站上的发布日期（页首一行）。",
        ),
        LedgerEntry(
            "苏府办〔2025〕77号",
            "苏府办〔2025〕77号",
            LR.DOC_NUMBER,
            "This document's number.",
            note_zh="本文件的文号。",
        ),
        LedgerEntry(
            "2025",
            "《“品质苏州”建设行动方案(2025年)》",
            LR.NAME,
            "The year in the scheme's own title, as the notice text cites it.",
            note_zh="本方案自身标题中的年份，见于通知正文对它的引用。",
        ),
        LedgerEntry(
            "89",
            "市政府第89次常务会议",
            LR.ORDINAL,
            "Ordinal of the executive meeting of the municipal government that adopted the scheme.",
            note_zh="审议通过本方案的市政府常务会议的次序。",
        ),
        LedgerEntry(
            "2025年7月24日",
            "2025年7月24日",
            LR.DATE,
            "Date under the issuer's name (成文日期).",
            note_zh="发文机关署名下的日期（成文日期）。",
        ),
        LedgerEntry(
            "30",
            "全市30条重点产业链",
            LR.SCOPE,
            "The city's set of 30 key industrial chains, naming what the quality improvement "
            "action covers; the promised figure is the 2000 enterprises in the same clause.",
            note_zh="全市30条重点产业链，说明质量提升行动覆盖的范围；"
            "承诺的数字是同一分句中的2000家企业。",
        ),
    ),
)
