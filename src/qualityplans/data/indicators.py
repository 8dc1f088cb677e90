"""The indicator catalog: what targets and observations measure, shared across plans.

Before adding an indicator, search here for one with the same meaning (even
in other words) and link to it; add the new wording to its ``aliases``. Where
meanings differ (CQO persons vs firms with a CQO system), make two and relate them.
"""

from qualityplans.model import Better, Indicator, Unit

INDICATORS: tuple[Indicator, ...] = (
    # Quality city status.
    Indicator(
        "national-quality-city-demonstration",
        "全国质量强市示范城市创建",
        "National Quality City Demonstration City status",
        None,
        ("quality-city",),
        definition="Whether the city passes the national acceptance review and is named a "
        "National Quality City Demonstration City (全国质量强市示范城市).",
        definition_zh="城市是否通过国家级考核验收、正式创成“全国质量强市示范城市”。",
        # a status (passed or not), not an amount
        better=Better.NEITHER,
    ),
    # Brands and trademarks.
    Indicator(
        "jiangsu-famous-brand-products",
        "江苏名牌产品",
        "Jiangsu famous-brand products",
        Unit.GE,
        ("brands",),
        definition="Products awarded the provincial Jiangsu Famous Brand Product title.",
        definition_zh="获得江苏名牌产品称号的产品数量（个）。",
        related=("suzhou-famous-brand-products",),
        better=Better.HIGHER,
    ),
    Indicator(
        "china-well-known-trademarks",
        "中国驰名商标",
        "China well-known trademarks",
        Unit.JIAN,
        ("brands",),
        definition="Trademarks recognised as well-known trademarks of China.",
        definition_zh="被认定为中国驰名商标的商标数量（件）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "jiangsu-famous-trademarks",
        "江苏省著名商标",
        "Jiangsu famous trademarks",
        Unit.JIAN,
        ("brands",),
        definition="Trademarks recognised as famous trademarks of Jiangsu Province.",
        definition_zh="被认定为江苏省著名商标的商标数量（件）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "brand-enterprise-revenue-share",
        "市级以上品牌企业销售收入占规模以上企业销售收入比重",
        "Share of city-level-and-above brand enterprises in the sales revenue of enterprises "
        "above designated size",
        Unit.PERCENT,
        ("brands",),
        definition="Sales revenue of brand enterprises of city level and above as a share of "
        "the sales revenue of enterprises above designated size (规模以上企业).",
        definition_zh="市级以上品牌企业的销售收入占规模以上企业销售收入的比重（%）。",
        better=Better.HIGHER,
    ),
    # Standardization.
    Indicator(
        "standardization-bodies",
        "国际、国家标准化工作组织",
        "International and national standardization bodies hosted",
        Unit.GE,
        ("standards",),
        aliases=("国际或全国标准化专业技术机构",),
        definition="Technical committees, subcommittees and working groups of international or "
        "national standardization organizations whose secretariat local bodies take on.",
        definition_zh="本地单位承担秘书处的国际或国家标准化技术委员会、分技术委员会、"
        "工作组等组织的数量（个）；相城区2017年计划写作“国际或全国标准化专业技术机构”。",
        better=Better.HIGHER,
    ),
    Indicator(
        "standards-drafted",
        "组织起草国家、行业或地方标准",
        "National, sector or local standards drafted",
        Unit.GE,
        ("standards",),
        definition="National, sector (行业) or local standards whose drafting local bodies organize.",
        definition_zh="本地单位组织起草的国家标准、行业标准或地方标准的数量。",
        related=("national-sector-standards-led-or-joined",),
        better=Better.HIGHER,
    ),
    Indicator(
        "international-standards-adopted",
        "采用国际标准",
        "International standards adopted",
        Unit.XIANG,
        ("standards",),
        definition="International standards adopted (采用国际标准), counted in items (项) under "
        "the 强企制标 (enterprises set standards) work; not the formulation of "
        "international standards.",
        definition_zh="采用的国际标准数量（项），属“强企制标”工作；不是主导、参与制修订国际标准。",
        related=("international-standards-led-or-joined",),
        better=Better.HIGHER,
    ),
    Indicator(
        "agricultural-local-standards",
        "市级农业地方标准制修订",
        "Municipal agricultural local standards formulated or revised",
        Unit.XIANG,
        ("standards", "agriculture"),
        definition="Municipal agricultural local standards formulated or revised (制订、修订), "
        "in items (项).",
        definition_zh="制订、修订的市级农业地方标准数量（项）。",
        better=Better.HIGHER,
    ),
    # Construction.
    Indicator(
        "large-medium-project-acceptance-rate",
        "大中型工程一次验收合格率",
        "First-time acceptance rate of large and medium-sized projects",
        Unit.PERCENT,
        ("engineering",),
        aliases=(
            "大中型工程质量竣工一次验收合格率",
            "大中型工程项目一次竣工验收合格率",
            "大中型建筑、交通、水利竣工工程质量一次性验收合格率",
        ),
        definition="Share of large and medium-sized construction projects that pass completion "
        "acceptance at the first inspection.",
        definition_zh="大中型工程竣工验收时一次验收即合格的比例（%）。",
        related=("completion-acceptance-pass-rate",),
        better=Better.HIGHER,
    ),
    Indicator(
        "affordable-housing-acceptance-rate",
        "保障房工程质量一次验收合格率",
        "First-time acceptance rate of affordable-housing projects",
        Unit.PERCENT,
        ("engineering",),
        definition="Share of affordable-housing (保障房) projects that pass completion "
        "acceptance at the first inspection.",
        definition_zh="保障房工程竣工验收时一次验收即合格的比例（%）。",
        related=("completion-acceptance-pass-rate",),
        aliases=("保障房工程一次验收合格率",),
        better=Better.HIGHER,
    ),
    Indicator(
        "other-project-acceptance-rate",
        "其他工程一次验收合格率",
        "First-time acceptance rate of other construction projects",
        Unit.PERCENT,
        ("engineering",),
        definition="Share of other construction projects (neither large and medium-sized "
        "nor affordable housing) that pass completion acceptance at the first inspection.",
        definition_zh="大中型工程和保障房工程以外的其他工程竣工验收时一次验收即合格的比例（%）。",
        related=("completion-acceptance-pass-rate",),
        better=Better.HIGHER,
    ),
    # Environment.
    Indicator(
        "pm25-annual-mean",
        "PM2.5年均浓度",
        "Annual mean PM2.5 concentration",
        Unit.UG_PER_M3,
        ("environment",),
        definition="Annual mean concentration of fine particulate matter (PM2.5), in micrograms "
        "per cubic metre; the 2016 Suzhou plan states its target as a fall against 2013.",
        definition_zh="细颗粒物（PM2.5）浓度的年平均值（微克/立方米）；"
        "2016年苏州计划以较2013年的下降比例提出目标。",
        better=Better.LOWER,
    ),
    Indicator(
        "urban-noise-mean",
        "城市区域环境噪声平均值",
        "Mean urban area environmental noise level",
        Unit.DECIBEL,
        ("environment",),
        definition="Mean level of environmental noise in the city's urban areas (城市区域), "
        "in decibels.",
        definition_zh="城市区域环境噪声的平均值（分贝）。",
        better=Better.LOWER,
    ),
    Indicator(
        "major-pollutant-emissions",
        "主要污染物排放总量",
        "Total emissions of major pollutants",
        None,
        ("environment",),
        definition="Total emissions of the pollutants under national total-amount control; the "
        "plans state only its direction, so no unit is fixed.",
        definition_zh="纳入国家总量控制的主要污染物的排放总量；规划只提出方向（持续削减），"
        "因此未定单位。",
        # the 2016 plan wants emissions 持续削减
        better=Better.LOWER,
    ),
    # Shared across plans curated in parallel (Suzhou 2021-2025 and 2025, Xiangcheng,
    # Yancheng): defined once here so each plan links to the same record.
    Indicator(
        "manufacturing-product-pass-rate",
        "制造业产品质量合格率",
        "Manufacturing product quality pass rate",
        Unit.PERCENT,
        ("product-safety", "manufacturing"),
        definition="Share of manufactured products whose quality passes (合格); the documents "
        "do not say how it is sampled or computed.",
        definition_zh="制造业产品质量合格的比例（%）；文件未说明其抽样或统计方法。",
        better=Better.HIGHER,
    ),
    Indicator(
        "consumer-goods-pass-rate",
        "消费品质量合格率",
        "Consumer goods quality pass rate",
        Unit.PERCENT,
        ("product-safety",),
        definition="Share of consumer goods whose quality passes (合格); the documents do not "
        "say how it is sampled or computed.",
        definition_zh="消费品质量合格的比例（%）；文件未说明其抽样或统计方法。",
        better=Better.HIGHER,
    ),
    Indicator(
        "public-service-satisfaction",
        "公共服务质量满意度",
        "Public service quality satisfaction",
        Unit.SCORE,
        ("public-services", "services"),
        aliases=("公众服务质量满意度",),
        definition="Score, in points (分), of satisfaction with the quality of public services; "
        "the 14th Five-Year plan writes 公众服务质量满意度. The documents do not say how it "
        "is surveyed.",
        definition_zh="公共服务质量满意度的得分（分）；“十四五”规划写作“公众服务质量满意度”。"
        "文件未说明如何调查。",
        better=Better.HIGHER,
    ),
    Indicator(
        "producer-services-satisfaction",
        "生产性服务业顾客满意度",
        "Customer satisfaction with producer services",
        Unit.SCORE,
        ("services",),
        definition="Customer satisfaction with producer services (生产性服务业; Yancheng's "
        "plan names finance, science and technology, modern logistics and the like).",
        definition_zh="生产性服务业（盐城计划列举金融、科技、现代物流等）的顾客满意度。",
        better=Better.HIGHER,
    ),
    Indicator(
        "consumer-services-satisfaction",
        "生活性服务业顾客满意度",
        "Customer satisfaction with consumer services",
        Unit.SCORE,
        ("services",),
        definition="Customer satisfaction with consumer services (生活性服务业; Yancheng's "
        "plan names medical care and education, elderly care and leisure, eco-tourism, fitness "
        "and entertainment and the like).",
        definition_zh="生活性服务业（盐城计划列举医疗教育、养老休闲、生态旅游、健身娱乐等）"
        "的顾客满意度。",
        better=Better.HIGHER,
    ),
    Indicator(
        "cqo-persons",
        "首席质量官人数",
        "Chief quality officers (persons)",
        Unit.REN,
        ("enterprise-responsibility", "talent"),
        definition="Number of people serving as an enterprise's chief quality officer (首席质量官, CQO). "
        "Not the number of enterprises with a CQO system, nor a coverage rate.",
        definition_zh="担任企业首席质量官（CQO）的人数（人）；不是建立首席质量官制度的企业数，"
        "也不是覆盖率。",
        better=Better.HIGHER,
    ),
    Indicator(
        "suzhou-made-certified-products",
        "“苏州制造”品牌认证企业产品",
        "Products certified under the “Made in Suzhou” brand",
        Unit.GE,
        ("brands", "certification"),
        aliases=("“苏州制造”认证产品", "“苏州制造”认证高端产品", "新增“苏州制造”品牌认证企业产品"),
        definition="Enterprise products launched with “Made in Suzhou” (苏州制造) "
        "brand certification.",
        definition_zh="通过“苏州制造”品牌认证推出的企业产品数量（个）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "affordable-housing-supervision-coverage",
        "新开工保障房受监工程覆盖率",
        "Share of newly started affordable-housing projects under quality supervision",
        Unit.PERCENT,
        ("engineering",),
        aliases=("保障房新开工受监工程覆盖率",),
        definition="Share of newly started affordable-housing projects that are under "
        "construction quality supervision (受监).",
        definition_zh="新开工保障房工程中纳入工程质量监督（受监）的比例（%）。",
        related=("project-quality-supervision-coverage",),
        better=Better.HIGHER,
    ),
    # ---- added for xiangcheng-2017 ----
    Indicator(
        "suzhou-famous-brand-products",
        "苏州名牌产品",
        "Suzhou famous-brand products",
        Unit.GE,
        ("brands",),
        definition="Products awarded the municipal Suzhou Famous Brand Product title.",
        definition_zh="获得苏州名牌产品称号的产品数量（个）。",
        related=("jiangsu-famous-brand-products",),
        better=Better.HIGHER,
    ),
    Indicator(
        "standardization-pilot-applications",
        "新申报国家级或省级标准化试点示范",
        "New applications for national or provincial standardization pilot and demonstration "
        "projects",
        Unit.GE,
        ("standards",),
        definition="Standardization pilot or demonstration projects (标准化试点示范) newly "
        "applied for at national or provincial level: applications filed, not projects approved.",
        definition_zh="新申报的国家级或省级标准化试点示范项目数量（个）：计的是申报数，不是获批数。",
        related=("national-standardization-pilots",),
        better=Better.HIGHER,
    ),
    Indicator(
        "food-producer-provincial-sampling-pass-rate",
        "食品生产企业产品省级监督抽查合格率",
        "Pass rate of food producers' products in provincial supervisory sampling",
        Unit.PERCENT,
        ("food-drug",),
        definition="Share of samples of the products of local food manufacturers, taken in "
        "provincial-level supervisory sampling (省级监督抽查), that pass.",
        definition_zh="本地食品生产企业的产品在省级监督抽查中抽样合格的比例（%）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "completion-acceptance-pass-rate",
        "竣工验收合格率",
        "Completion acceptance pass rate of construction projects",
        Unit.PERCENT,
        ("engineering",),
        definition="Share of construction projects that pass completion acceptance (竣工验收), "
        "at the first inspection or later; the first-time rates of large and medium-sized, "
        "affordable-housing and other projects are separate indicators.",
        definition_zh="工程通过竣工验收的比例（%），一次验收或之后验收合格均计；大中型工程、"
        "保障房工程和其他工程的一次验收合格率另列为指标。",
        related=(
            "large-medium-project-acceptance-rate",
            "affordable-housing-acceptance-rate",
            "other-project-acceptance-rate",
        ),
        better=Better.HIGHER,
    ),
    Indicator(
        "project-quality-supervision-coverage",
        "工程质量监督覆盖率",
        "Share of construction projects under quality supervision",
        Unit.PERCENT,
        ("engineering",),
        definition="Share of construction projects covered by government construction quality "
        "supervision (工程质量监督), all project types.",
        definition_zh="纳入政府工程质量监督的工程所占比例（%），包括各类工程。",
        related=("affordable-housing-supervision-coverage",),
        better=Better.HIGHER,
    ),
    Indicator(
        "residential-unit-acceptance-rate",
        "住宅工程分户验收率",
        "Share of residential projects accepted dwelling by dwelling",
        Unit.PERCENT,
        ("engineering",),
        definition="Share of residential projects whose quality is inspected and accepted for "
        "each dwelling unit (分户验收) before completion acceptance.",
        definition_zh="住宅工程在竣工验收前逐户（分户验收）检查验收质量的比例（%）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "quality-project-award-share",
        "省级及以上优质工程奖在全市的获奖比例",
        "Share of the city's provincial-and-above quality project awards won by the district",
        Unit.PERCENT,
        ("engineering", "quality-awards"),
        definition="The district's share of the provincial or higher quality construction "
        "project awards (优质工程奖) won in the whole city. Stated only as a direction (提高) so "
        "far.",
        definition_zh="本区获得的省级及以上优质工程奖占全市获奖数的比例；目前只以方向（提高）表述。",
        better=Better.HIGHER,
    ),
    # ---- added for pinzhi-suzhou-2025 ----
    Indicator(
        "small-micro-qms-certification-assisted",
        "小微企业质量管理体系认证提升",
        "Small and micro enterprises helped to improve their quality management system certification",
        Unit.JIA,
        ("certification", "enterprise-responsibility"),
        definition="Small and micro enterprises that the authorities help to obtain or improve "
        "quality management system certification (质量管理体系认证提升).",
        definition_zh="获帮助取得或提升质量管理体系认证（质量管理体系认证提升）的小微企业数量（家）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "inspection-level-quality-capability-enterprises",
        "质量管理能力评价检验级以上企业",
        "Manufacturers rated at inspection level or above for quality management capability",
        Unit.JIA,
        ("manufacturing", "enterprise-responsibility"),
        definition="Manufacturing enterprises rated at the inspection level (检验级) or a higher "
        "level in the evaluation of manufacturers' quality management capability "
        "(制造业企业质量管理能力评价).",
        definition_zh="在制造业企业质量管理能力评价中达到检验级或更高等级的制造业企业数量（家）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "quality-chain-action-enterprises",
        "质量提升行动覆盖产业链企业",
        "Industrial-chain enterprises covered by quality improvement action",
        Unit.JIA,
        ("manufacturing",),
        definition="Enterprises in the key and local-advantage industrial chains that the "
        "quality-strengthens-the-chain (质量强链) improvement action reaches.",
        definition_zh="质量强链质量提升行动覆盖的重点产业链和地方优势产业链企业数量（家）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "highway-completion-excellent-rate",
        "公路工程竣工验收优良品率",
        "Share of highway works rated good or excellent at completion acceptance",
        Unit.PERCENT,
        ("engineering",),
        definition="Share of highway works rated good or excellent (优良) at completion "
        "acceptance (竣工验收).",
        definition_zh="公路工程竣工验收中评为优良的比例（%）。",
        related=("highway-handover-acceptance-pass-rate",),
        better=Better.HIGHER,
    ),
    Indicator(
        "highway-handover-acceptance-pass-rate",
        "公路工程交工验收合格率",
        "Pass rate of highway works at handover acceptance",
        Unit.PERCENT,
        ("engineering",),
        aliases=("交工验收合格率",),
        definition="Share of highway works that pass handover acceptance (交工验收), the "
        "inspection before opening to traffic that precedes completion acceptance (竣工验收).",
        definition_zh="公路工程通过交工验收的比例（%）；交工验收是通车前的验收，在竣工验收之前。",
        related=("highway-completion-excellent-rate",),
        better=Better.HIGHER,
    ),
    Indicator(
        "basic-smart-factory-enterprises",
        "开展基础级智能工厂建设企业",
        "Enterprises building basic-level smart factories",
        Unit.JIA,
        ("digital", "manufacturing"),
        definition="Industrial enterprises above designated size that undertake smart-factory "
        "construction at the basic level (基础级), the first grade of the smart-factory ladder "
        "(基础级, 先进级, 卓越级, 领航级).",
        definition_zh="开展基础级智能工厂建设的规上工业企业数量（家）；"
        "基础级是智能工厂等级（基础级、先进级、卓越级、领航级）中的第一级。",
        related=("advanced-smart-factory-enterprises",),
        better=Better.HIGHER,
    ),
    Indicator(
        "advanced-smart-factory-enterprises",
        "开展先进智能工厂建设企业",
        "Enterprises building advanced-level smart factories",
        Unit.JIA,
        ("digital", "manufacturing"),
        definition="Enterprises above designated size that undertake smart-factory construction "
        "at the advanced level (先进级), the grade above basic.",
        definition_zh="开展先进智能工厂（先进级）建设的规上企业数量（家）；先进级高于基础级。",
        related=("basic-smart-factory-enterprises",),
        better=Better.HIGHER,
    ),
    Indicator(
        "innovative-sme-digital-transformation-coverage",
        "创新型中小企业数字化转型覆盖率",
        "Digital transformation coverage of innovative SMEs",
        Unit.PERCENT,
        ("digital",),
        definition="Share of innovative small and medium-sized enterprises (创新型中小企业) that "
        "have undergone digital transformation.",
        definition_zh="已开展数字化转型的创新型中小企业所占比例（%）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "provincial-specialized-smes",
        "省专精特新中小企业",
        "Jiangsu specialized, refined, distinctive and innovative SMEs",
        Unit.JIA,
        ("innovation", "manufacturing"),
        definition="Small and medium-sized enterprises recognised by Jiangsu Province as "
        "specialized, refined, distinctive and innovative (专精特新).",
        definition_zh="经江苏省认定为专精特新的中小企业数量（家）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "international-standards-led-or-joined",
        "主导、参与制修订国际标准",
        "International standards formulated or revised with local enterprises leading or taking part",
        Unit.XIANG,
        ("standards", "international"),
        definition="International standards whose formulation or revision local enterprises lead "
        "or take part in. Not the adoption of international standards (采用国际标准).",
        definition_zh="本地企业主导或参与制修订的国际标准数量（项）；不是采用国际标准。",
        related=("international-standards-adopted", "national-sector-standards-led-or-joined"),
        better=Better.HIGHER,
    ),
    Indicator(
        "national-sector-standards-led-or-joined",
        "主导、参与制修订国家、行业标准",
        "National and sector standards formulated or revised with local enterprises leading or "
        "taking part",
        Unit.XIANG,
        ("standards",),
        definition="National and sector (行业) standards whose formulation or revision "
        "local enterprises (the 14th Five-Year plan: enterprises and institutions, "
        "企事业单位) lead or take part in.",
        definition_zh="本地企业（“十四五”规划写作“企事业单位”）主导或参与制修订的国家标准、"
        "行业标准数量（项）。",
        aliases=("主导和参与制修订国家标准、行业标准", "主导和参与制（修）订国家标准、行业标准"),
        related=(
            "standards-drafted",
            "international-standards-led-or-joined",
            "intl-national-standards-led-or-joined",
            "standards-led-or-participated",
        ),
        better=Better.HIGHER,
    ),
    Indicator(
        "carbon-label-certified-products",
        "产品碳标识认证应用",
        "Products applying carbon-label certification",
        Unit.GE,
        ("certification", "environment"),
        definition="Products for which a carbon label (碳标识) certification is obtained and applied.",
        definition_zh="取得并应用碳标识认证的产品数量（个）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "one-stop-quality-infrastructure-stations",
        "质量基础设施“一站式”服务高水平站点",
        "High-level one-stop quality infrastructure service stations",
        Unit.GE,
        ("infrastructure",),
        definition="Service stations offering metrology, standards, certification and testing "
        "services in one place (质量基础设施“一站式”服务) that are built to a high level.",
        definition_zh="建成的高水平质量基础设施“一站式”服务站点数量（个），在一处提供计量、标准、"
        "认证和检验检测服务。",
        better=Better.HIGHER,
    ),
    Indicator(
        "specialized-market-whole-chain-pilots",
        "产品质量全链条治理试点专业特色市场",
        "Specialized markets piloting whole-chain product quality governance",
        Unit.JIA,
        ("product-safety",),
        definition="Specialized or distinctive markets (专业特色市场) where whole-chain governance "
        "of product quality (产品质量全链条治理) is piloted.",
        definition_zh="试点产品质量全链条治理的专业特色市场数量（家）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "old-residential-elevator-safety-assessments",
        "老旧住宅电梯安全评估",
        "Safety assessments of old residential elevators",
        Unit.TAI,
        ("special-equipment",),
        definition="Elevators in old residential buildings given a safety assessment.",
        definition_zh="开展安全评估的老旧住宅电梯数量（台）。",
        related=("old-residential-elevator-renewals",),
        # work the plan promises to do (以上)
        better=Better.HIGHER,
    ),
    Indicator(
        "old-residential-elevator-renewals",
        "老旧住宅电梯更新",
        "Old residential elevators replaced",
        Unit.TAI,
        ("special-equipment",),
        definition="Elevators in old residential buildings renewed (更新).",
        definition_zh="完成更新的老旧住宅电梯数量（台）。",
        related=("old-residential-elevator-safety-assessments",),
        # work the plan promises to complete
        better=Better.HIGHER,
    ),
    Indicator(
        "no-reason-return-pledge-merchants",
        "线下实体店无理由退货承诺商户",
        "Merchants pledging no-reason returns in physical stores",
        Unit.JIA,
        ("consumer",),
        definition="Merchants that pledge to accept returns without a reason in their physical "
        "(offline) stores (线下实体店无理由退货放心承诺).",
        definition_zh="作出线下实体店无理由退货放心承诺的商户数量（家）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "honest-metrology-committed-units",
        "诚信计量自我承诺单位",
        "Units with an honest-metrology self-commitment",
        Unit.JIA,
        ("metrology", "consumer", "credit"),
        definition="Businesses and other units that have made an honest-metrology (诚信计量) "
        "self-commitment.",
        definition_zh="作出诚信计量自我承诺的单位数量（家）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "consumer-rights-service-stations",
        "消费维权服务站点",
        "Consumer rights service points",
        Unit.GE,
        ("consumer",),
        definition="Service points where consumers can seek help with complaints and disputes "
        "(消费维权服务站点).",
        definition_zh="消费者可求助解决投诉和纠纷的消费维权服务站点数量（个）。",
        better=Better.HIGHER,
    ),
    # ---- added for yancheng-2017-2018 ----
    Indicator(
        "citizen-quality-satisfaction-index",
        "市民质量满意度指数",
        "Citizens' quality satisfaction index",
        Unit.INDEX,
        ("quality-city", "public-services"),
        aliases=("市民对城市综合质量水平的满意度",),
        definition="Index of citizens' satisfaction with the quality of their city (products, "
        "construction, services, environment), from a survey; Yancheng reports 76.069 for 2015.",
        definition_zh="市民对城市质量（产品、工程、服务、环境）满意程度的指数，来自调查；"
        "盐城报告2015年为76.069。",
        related=("public-service-satisfaction",),
        better=Better.HIGHER,
    ),
    Indicator(
        "quality-funding-budget-share",
        "质量发展经费占年度公共财政预算收入比例",
        "Quality development funding as a share of annual public budget revenue",
        Unit.PERCENT,
        ("funding",),
        definition="Money a city spends on quality development as a share of its public finance "
        "budget revenue for the year.",
        definition_zh="全市用于质量发展的经费数额占年度公共财政预算收入的比例（%）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "organic-production-bases",
        "有机产品生产基地",
        "Organic production bases",
        Unit.GE,
        ("agriculture", "certification"),
        definition="Sizeable bases producing certified organic products.",
        definition_zh="生产经认证的有机产品、规模较大的生产基地数量（个）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "nev-testing-labs",
        "新能源汽车检测实验室",
        "New-energy vehicle testing laboratories",
        Unit.GE,
        ("testing", "infrastructure"),
        definition="New-energy vehicle testing laboratories built (建成).",
        definition_zh="建成的新能源汽车检测实验室数量（个）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "national-testing-centres-accepted",
        "通过国家局综合验收的国家级质检中心",
        "National quality inspection centres passing AQSIQ's final acceptance",
        Unit.GE,
        ("testing", "infrastructure"),
        definition="National quality supervision and inspection centres under construction in the "
        "city that pass the comprehensive acceptance of the national quality authority (国家局).",
        definition_zh="在本市建设的国家级质检中心中通过国家质检部门（国家局）综合验收的数量（个）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "automobile-industry-chain-scale",
        "汽车全产业链规模（整车）",
        "Scale of the automotive industry chain (vehicles)",
        Unit.LIANG,
        ("manufacturing",),
        definition="The number of vehicles a city's chain of vehicle assembly, parts and services "
        "is built for, as in 打造100万辆汽车整车、零部件和服务业全产业链.",
        definition_zh="城市汽车整车、零部件和服务业全产业链按整车计的规模（辆），"
        "如“打造100万辆汽车整车、零部件和服务业全产业链”。",
        better=Better.HIGHER,
    ),
    Indicator(
        "china-quality-award-winners",
        "中国质量奖获奖",
        "China Quality Award winners",
        Unit.GE,
        ("quality-awards",),
        definition="Organizations (or persons) of the city awarded the China Quality Award.",
        definition_zh="本市获得中国质量奖的组织（或个人）数量。",
        related=("china-quality-award",),
        better=Better.HIGHER,
    ),
    Indicator(
        "provincial-and-above-famous-brands",
        "省级及以上名牌",
        "Famous brands of provincial level and above (held)",
        Unit.GE,
        ("brands",),
        definition="Famous-brand titles of provincial level and above held by a city's "
        "enterprises, counted as a stock, not as new awards in a year.",
        definition_zh="本市企业持有的省级及以上名牌数量（个），按存量计，不是当年新获数。",
        related=("jiangsu-famous-brand-products",),
        better=Better.HIGHER,
    ),
    Indicator(
        "well-known-and-famous-trademarks",
        "驰名商标和著名商标",
        "China well-known and provincial famous trademarks (held)",
        Unit.JIAN,
        ("brands",),
        aliases=("驰（著）名商标",),
        definition="Trademarks held in a city that are recognised as China well-known trademarks "
        "(驰名) or provincial famous trademarks (著名), counted together as a stock.",
        definition_zh="本市持有的中国驰名商标和省著名商标合计数量（件），按存量计。",
        related=("china-well-known-trademarks", "jiangsu-famous-trademarks"),
        better=Better.HIGHER,
    ),
    Indicator(
        "intl-national-standards-led-or-joined",
        "主导或参与制修订国际、国家标准",
        "International and national standards drafted or revised (leading or taking part)",
        Unit.GE,
        ("standards",),
        definition="International and national standards whose drafting or revision local bodies "
        "lead or take part in.",
        definition_zh="本地单位主导或参与制修订的国际标准、国家标准数量（个）。",
        related=(
            "standards-drafted",
            "international-standards-led-or-joined",
            "national-sector-standards-led-or-joined",
        ),
        better=Better.HIGHER,
    ),
    Indicator(
        "overall-quality-competitiveness",
        "综合质量竞争力",
        "Overall quality competitiveness",
        None,
        ("quality-city",),
        aliases=("质量综合竞争力",),
        definition="A city's overall quality competitiveness as ranked among its peers; the plans "
        "state only a rank (位于江苏省前列, 保持全国大中城市前列), so no unit is fixed.",
        definition_zh="城市综合质量竞争力在同类城市中的位次；文件只以位次表述（位于江苏省前列、"
        "保持全国大中城市前列），因此未定单位。",
        related=("quality-standing-among-cities",),
        better=Better.HIGHER,
    ),
    Indicator(
        "supervision-follow-up-rate",
        "监督抽查后处理率",
        "Follow-up rate of supervisory spot checks",
        Unit.PERCENT,
        ("product-safety", "market-order"),
        aliases=("国家、省级监督抽查后处理率",),
        definition="Share of national and provincial supervisory spot checks whose failed "
        "products and enterprises are dealt with afterwards (后处理).",
        definition_zh="国家、省级监督抽查中对不合格产品和企业完成后处理的比例（%）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "production-licence-coverage",
        "生产许可证覆盖率",
        "Production licence coverage",
        Unit.PERCENT,
        ("product-safety", "certification"),
        definition="Coverage of the production licence (生产许可证), which Yancheng's plan "
        "states together with the CCC certificate coverage of catalogue products; the plan "
        "does not say whether producers or products are counted.",
        definition_zh="生产许可证的覆盖率（%），盐城计划与“CCC目录内产品认证证书覆盖率”并列提出；"
        "文件未说明按企业还是按产品计算。",
        related=("ccc-certificate-coverage",),
        better=Better.HIGHER,
    ),
    Indicator(
        "ccc-certificate-coverage",
        "CCC目录内产品认证证书覆盖率",
        "CCC certificate coverage of catalogue products",
        Unit.PERCENT,
        ("certification",),
        definition="Coverage of products in the compulsory product certification (CCC) catalogue "
        "by a certificate; the plan does not say whether producers or products are counted.",
        definition_zh="强制性产品认证（CCC）目录内产品获得认证证书的覆盖率（%）；"
        "文件未说明按企业还是按产品计算。",
        related=("production-licence-coverage",),
        better=Better.HIGHER,
    ),
    Indicator(
        "local-farm-produce-pass-rate",
        "地产农产品抽检合格率",
        "Pass rate of locally produced farm produce in sampling inspection",
        Unit.PERCENT,
        ("agriculture", "food-drug"),
        definition="Share of locally produced farm produce (地产农产品) that passes "
        "sampling inspection (抽检).",
        definition_zh="本地生产的农产品（地产农产品）抽检合格的比例（%）。",
        related=("farm-produce-testing-pass-rate",),
        better=Better.HIGHER,
    ),
    Indicator(
        "key-food-pass-rate",
        "重点食品监督抽查合格率",
        "Pass rate of key foods in supervisory spot checks",
        Unit.PERCENT,
        ("food-drug",),
        definition="Share of key foods that pass supervisory spot checks (监督抽查); the plan "
        "does not say which foods are key.",
        definition_zh="重点食品在监督抽查中合格的比例（%）；文件未列出哪些食品是重点食品。",
        related=("food-sampling-pass-rate", "food-producer-provincial-sampling-pass-rate"),
        better=Better.HIGHER,
    ),
    Indicator(
        "three-products-certified",
        "“三品”获证总数",
        "Certified pollution-free, green and organic farm products (total)",
        Unit.GE,
        ("agriculture", "certification"),
        definition="Total number of farm products certified as pollution-free (无公害), green "
        "(绿色) or organic (有机), the “three products” (三品).",
        definition_zh="获得无公害、绿色、有机产品认证（“三品”）的农产品总数（个）。",
        related=("organic-production-bases",),
        better=Better.HIGHER,
    ),
    Indicator(
        "special-equipment-fatality-rate",
        "特种设备万台设备事故死亡率",
        "Special-equipment accident deaths per 10,000 units",
        Unit.DEATHS_PER_10K_UNITS,
        ("special-equipment",),
        definition="Deaths in special-equipment accidents per 10,000 units of special equipment "
        "(万台设备).",
        definition_zh="每万台特种设备因事故死亡的人数（人/万台）。",
        related=("special-equipment-deaths", "special-equipment-accidents"),
        better=Better.LOWER,
    ),
    Indicator(
        "shanty-town-renewal-projects",
        "棚户区改造项目",
        "Shanty-town renewal projects",
        Unit.GE,
        ("engineering",),
        definition="Renewal projects of shanty towns, dilapidated housing and urban villages "
        "(棚户区、危旧房、城中村) carried out.",
        definition_zh="实施的棚户区、危旧房、城中村改造项目数量（个）。",
        related=("shanty-town-households", "shanty-town-renewal-investment"),
        # a work volume the plan promises to complete
        better=Better.HIGHER,
    ),
    Indicator(
        "shanty-town-households",
        "棚户区改造征收拆迁住宅户数",
        "Households whose homes are expropriated and demolished in shanty-town renewal",
        Unit.HU,
        ("engineering",),
        definition="Households whose homes are expropriated and demolished (征收拆迁住宅) in "
        "the renewal of shanty towns, dilapidated housing and urban villages.",
        definition_zh="棚户区（危旧房、城中村）改造中征收拆迁的住宅户数（户）。",
        related=("shanty-town-renewal-projects",),
        # a work volume the plan promises to complete
        better=Better.HIGHER,
    ),
    Indicator(
        "shanty-town-renewal-investment",
        "棚户区改造完成投资",
        "Investment completed in shanty-town renewal",
        Unit.YI_YUAN,
        ("engineering",),
        definition="Investment completed in the renewal of shanty towns, dilapidated housing "
        "and urban villages, in 100 million yuan (亿元).",
        definition_zh="棚户区（危旧房、城中村）改造完成的投资额（亿元）。",
        related=("shanty-town-renewal-projects",),
        # investment the plan promises to complete
        better=Better.HIGHER,
    ),
    Indicator(
        "new-building-energy-standard-compliance",
        "新开工建筑节能标准执行率",
        "Energy-efficiency standard compliance of newly started buildings",
        Unit.PERCENT,
        ("engineering", "environment"),
        definition="Share of newly started buildings that apply the energy-efficiency standards "
        "(节能标准).",
        definition_zh="新开工建筑中执行建筑节能标准的比例（%）。",
        better=Better.HIGHER,
    ),
    # ---- added for suzhou-14fyp ----
    # Overall standing and assessment.
    Indicator(
        "quality-standing-among-cities",
        "质量总体水平在全国大中城市中的位次",
        "Standing of overall quality among China's large and medium-sized cities",
        None,
        ("quality-city",),
        definition="Where the city's overall quality level (质量总体水平) stands among the "
        "country's large and medium-sized cities, stated only in words (位居国内大中城市前列).",
        definition_zh="城市质量总体水平在全国大中城市中的位次，只以文字表述（位居国内大中城市前列）。",
        related=("overall-quality-competitiveness",),
        # a rank: 位居…前列, so a smaller position is better
        better=Better.LOWER,
    ),
    Indicator(
        "provincial-quality-assessment-grade",
        "全省质量工作考核等级",
        "Grade in Jiangsu's assessment of quality work",
        None,
        ("planning-assessment",),
        definition="The grade the city receives in the province-wide assessment of quality work "
        "(全省考核); the 14th Five-Year plan reports grade A five years running.",
        definition_zh="城市在全省质量工作考核中获评的等级；“十四五”规划报告苏州连续5年获评A级。",
        # a grade (A级), reported as a status
        better=Better.NEITHER,
    ),
    # Manufacturing, industry chains and digital transformation.
    Indicator(
        "manufacturing-quality-competitiveness-index",
        "制造业质量竞争力指数",
        "Manufacturing quality competitiveness index",
        Unit.INDEX,
        ("manufacturing",),
        definition="Composite index of the quality competitiveness of manufacturing.",
        definition_zh="衡量制造业质量竞争力的综合指数。",
        better=Better.HIGHER,
    ),
    Indicator(
        "advantaged-industry-chain-revenue",
        "优势产业链主营业务收入",
        "Main business revenue of the advantaged industry chains",
        Unit.YI_YUAN,
        ("manufacturing",),
        definition="Main business revenue of Suzhou's ten advantaged industry chains "
        "(biopharmaceuticals, semiconductors and integrated circuits, software and information "
        "services, intelligent connected vehicles, intelligent manufacturing equipment, "
        "high-end medical devices, robots, optical communication, high-end textiles, new steel "
        "materials).",
        definition_zh="苏州10条优势产业链（生物药、半导体和集成电路、软件和信息服务、"
        "智能网联汽车、智能制造装备、高端医疗器械、机器人、光通信、高端纺织、钢铁新材料）"
        "的主营业务收入（亿元）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "industry-chain-service-platforms",
        "重点产业链服务平台",
        "Service platforms for key industry chains",
        Unit.JIA,
        ("manufacturing",),
        definition="Service platforms for the key industry chains, as a running total (累计).",
        definition_zh="为重点产业链服务的平台数量（家），按累计数计。",
        better=Better.HIGHER,
    ),
    Indicator(
        "demo-smart-factories",
        "示范智能工厂",
        "Demonstration smart factories",
        Unit.JIA,
        ("digital", "manufacturing"),
        definition="Provincial and municipal demonstration smart factories built, as a running "
        "total.",
        definition_zh="累计建成的省、市示范智能工厂数量（家）。",
        related=("basic-smart-factory-enterprises", "advanced-smart-factory-enterprises"),
        better=Better.HIGHER,
    ),
    Indicator(
        "demo-smart-workshops",
        "示范智能车间",
        "Demonstration smart workshops",
        Unit.GE,
        ("digital", "manufacturing"),
        definition="Provincial and municipal demonstration smart workshops built, as a running "
        "total.",
        definition_zh="累计建成的省、市示范智能车间数量（个）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "industrial-internet-platforms",
        "省级以上工业互联网平台",
        "Industrial internet platforms at provincial level or above",
        Unit.GE,
        ("digital",),
        definition="Industrial internet platforms at provincial or national level built in "
        "the city, as a running total (累计).",
        definition_zh="累计建成的省级以上（省级、国家级）工业互联网平台数量（个）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "enterprises-on-cloud",
        "企业“上云用平台”数",
        "Enterprises moved onto cloud services and platforms",
        Unit.JIA,
        ("digital",),
        definition="Enterprises that go onto the cloud and use platforms (上云用平台), set in "
        "the 14th Five-Year plan's passage on the industrial internet, which encourages small "
        "and micro enterprises to join industrial internet platforms.",
        definition_zh="实现“上云用平台”的企业数量（家）；“十四五”规划在推动工业互联网发展、"
        "鼓励中小微企业接入工业互联网平台的段落中提出。",
        better=Better.HIGHER,
    ),
    Indicator(
        "information-security-enterprises",
        "具有核心竞争力的信息安全企业",
        "Information security enterprises with core competitiveness",
        Unit.JIA,
        ("digital",),
        definition="Information security enterprises with core competitiveness that the "
        "city cultivates; the plan does not say how core competitiveness is judged.",
        definition_zh="培育的具有核心竞争力的信息安全企业数量（家）；"
        "规划未说明“核心竞争力”的认定标准。",
        better=Better.HIGHER,
    ),
    Indicator(
        "quality-digital-transformation-cases",
        "质量管理数字化转型案例",
        "Cases of digital transformation in quality management",
        Unit.GE,
        ("digital", "innovation"),
        aliases=("累计质量管理数字化转型案例", "质量管理数字化转型实践案例"),
        definition="Enterprise cases of digital transformation of quality management, as a "
        "running total (first set in 2020).",
        definition_zh="企业质量管理数字化转型（实践）案例的累计数量（个）；"
        "“十四五”目标表注明为2020年新设指标。",
        better=Better.HIGHER,
    ),
    Indicator(
        "local-basic-common-platforms",
        "国内领先的本地基础共性平台",
        "Nationally leading local basic common platforms",
        Unit.JIA,
        ("services", "digital"),
        definition="Nationally leading local basic common platforms (本地基础共性平台) "
        "cultivated, under the development of producer services; the plan does not say what "
        "counts as such a platform.",
        definition_zh="培育的国内领先的本地基础共性平台数量（家），"
        "属推进生产性服务业专业化高端化发展；规划未说明“基础共性平台”的范围。",
        better=Better.HIGHER,
    ),
    Indicator(
        "manufacturing-internet-pilot-projects",
        "国家制造业与互联网融合发展试点示范项目",
        "National pilot and demonstration projects integrating manufacturing and the internet",
        Unit.GE,
        ("digital", "manufacturing"),
        definition="National pilot and demonstration projects for integrating manufacturing and "
        "the internet (制造业与互联网融合发展) that the city wins.",
        definition_zh="创建的国家制造业与互联网融合发展试点示范项目数量（个）。",
        better=Better.HIGHER,
    ),
    # Quality improvement programmes.
    Indicator(
        "quality-innovation-consortia",
        "质量创新联合体",
        "Quality innovation consortia",
        Unit.GE,
        ("innovation",),
        aliases=("累计建立质量创新联合体", "产业质量创新联合体"),
        definition="Consortia of leading enterprises, research institutes, quality "
        "infrastructure bodies and experts formed around the city's key industry chains, as a "
        "running total (first set in 2020).",
        definition_zh="依托本市重点产业链、由龙头企业、科研院所、"
        "质量基础设施机构等多元实体以及行业专家、质量专家组成的质量创新联合体的累计数量（个）；"
        "2020年新设指标。",
        better=Better.HIGHER,
    ),
    Indicator(
        "quality-comparison-industries",
        "质量比对开展行业数",
        "Industries in which quality comparison is carried out",
        Unit.GE,
        ("innovation", "manufacturing"),
        aliases=("累计质量比对开展行业数",),
        definition="Industries in which products are compared against advanced standards and "
        "products (质量比对), as a running total (first set in 2020).",
        definition_zh="开展质量比对（对标先进标准和优质产品）的行业累计数量（个）；2020年新设指标。",
        better=Better.HIGHER,
    ),
    Indicator(
        "common-quality-problems-tackled",
        "质量共性问题攻关数",
        "Common industry quality problems tackled",
        Unit.XIANG,
        ("innovation",),
        aliases=("累计质量共性问题攻关数", "行业质量共性问题攻关"),
        definition="Quality problems shared across an industry that are tackled jointly, as a "
        "running total (first set in 2020).",
        definition_zh="共同攻关的行业质量共性问题累计数量（项）；2020年新设指标。",
        related=("enterprise-quality-tackling-projects",),
        better=Better.HIGHER,
    ),
    Indicator(
        "enterprise-quality-tackling-projects",
        "企业质量攻关项目",
        "Enterprise quality tackling projects",
        Unit.XIANG,
        ("innovation", "enterprise-responsibility"),
        definition="Quality tackling projects enterprises carry out, centred on users. Not the "
        "industry-wide common quality problems (行业质量共性问题) tackled.",
        definition_zh="企业以用户为中心开展的质量攻关项目数量（项）；不是行业质量共性问题攻关。",
        related=("common-quality-problems-tackled",),
        better=Better.HIGHER,
    ),
    Indicator(
        "high-growth-enterprises-cultivated",
        "高成长企业质量筑基计划培育企业数",
        "Enterprises cultivated under the quality foundation programme for high-growth enterprises",
        Unit.GE,
        ("enterprise-responsibility",),
        aliases=("累计高成长企业质量筑基计划培育企业数", "高成长企业"),
        definition="High-growth enterprises cultivated under the quality foundation programme "
        "(高成长企业质量筑基计划), as a running total (first set in 2020).",
        definition_zh="按高成长企业质量筑基计划培育的高成长企业累计数量（个）；2020年新设指标。",
        better=Better.HIGHER,
    ),
    Indicator(
        "professional-think-tanks",
        "服务产业发展的专业智库",
        "Professional think tanks serving industrial development",
        Unit.GE,
        ("innovation",),
        definition="Professional think tanks set up to serve industrial development.",
        definition_zh="组建的服务产业发展的专业智库数量（个）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "star-enterprise-products",
        "明星企业产品",
        "Star enterprise products incubated",
        Unit.GE,
        ("innovation",),
        definition="Enterprise products based on original technology or original products, "
        "with wide influence and strong pull on their industry, incubated under the "
        "high-quality innovative product programme (高质量创新产品孵育工程).",
        definition_zh="在高质量创新产品孵育工程中孵化的、基于原创技术或原创产品、"
        "具有较大影响力和较强产业带动力的明星企业产品数量（个）。",
        better=Better.HIGHER,
    ),
    # Quality awards and brands.
    Indicator(
        "china-quality-award",
        "中国质量奖（含提名奖）",
        "China Quality Award (including nominations)",
        Unit.GE_CI,
        ("quality-awards",),
        aliases=("中国质量奖（提名奖）", "新增中国质量奖（含提名奖）"),
        definition="China Quality Awards and China Quality Award nominations won by the city's "
        "organizations, counted per award.",
        definition_zh="本市组织获得的中国质量奖和中国质量奖提名奖数量，每获一个奖项计一个（次）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "jiangsu-governor-quality-award",
        "江苏省省长质量奖（含提名奖）",
        "Jiangsu Governor's Quality Award (including nominations)",
        Unit.GE_CI,
        ("quality-awards",),
        aliases=("江苏省省长质量奖（提名奖）", "新增江苏省省长质量奖（含提名奖）"),
        definition="Jiangsu Governor's Quality Awards and nominations won by the city's "
        "organizations, counted per award.",
        definition_zh="本市组织获得的江苏省省长质量奖和提名奖数量，每获一个奖项计一个（次）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "suzhou-mayor-quality-award",
        "苏州市市长质量奖",
        "Suzhou Mayor's Quality Award",
        Unit.GE,
        ("quality-awards",),
        aliases=("新增苏州市市长质量奖",),
        definition="Suzhou Mayor's Quality Awards won (个).",
        definition_zh="苏州市市长质量奖的获奖数量（个）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "suzhou-quality-management-excellence-award",
        "苏州市质量管理优秀奖",
        "Suzhou Quality Management Excellence Award",
        Unit.GE,
        ("quality-awards",),
        aliases=("新增苏州市质量管理优秀奖",),
        definition="Suzhou Quality Management Excellence Awards won (个).",
        definition_zh="苏州市质量管理优秀奖的获奖数量（个）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "suzhou-quality-award",
        "苏州市质量奖",
        "Suzhou Quality Award",
        Unit.GE,
        ("quality-awards",),
        aliases=("新增苏州市质量奖",),
        definition="The city's quality award as listed separately from the Mayor's Quality "
        "Award and the Quality Management Excellence Award in the 14th Five-Year table.",
        definition_zh="“十四五”目标表中与市长质量奖、质量管理优秀奖分列的苏州市质量奖。",
        better=Better.HIGHER,
    ),
    Indicator(
        "jiangsu-boutique-certified-products",
        "“江苏精品”品牌认证企业产品",
        "Products certified under the “Jiangsu Premium” (江苏精品) brand",
        Unit.GE,
        ("brands", "certification"),
        aliases=("“江苏精品”认证高端产品", "新增“江苏精品”品牌认证企业产品"),
        definition="Enterprise products certified under the “Jiangsu Premium” (江苏精品) brand.",
        definition_zh="获得“江苏精品”品牌认证的企业产品数量（个）。",
        related=("suzhou-made-certified-products",),
        better=Better.HIGHER,
    ),
    Indicator(
        "jiangsu-modern-service-clusters",
        "省级现代服务业集聚区",
        "Provincial modern service industry clusters",
        Unit.JIA,
        ("services",),
        definition="Areas rated provincial modern service industry clusters "
        "(省级现代服务业集聚区), as a running total (累计).",
        definition_zh="获评省级现代服务业集聚区的数量（家），按累计数计。",
        better=Better.HIGHER,
    ),
    Indicator(
        "jiangsu-internet-platform-key-enterprises",
        "省级互联网平台经济“百千万”工程重点企业",
        "Key enterprises of Jiangsu's internet platform economy programme",
        Unit.JIA,
        ("services", "digital"),
        definition="Enterprises listed as key enterprises of the provincial internet "
        "platform economy “百千万” programme.",
        definition_zh="列为省级互联网平台经济“百千万”工程重点企业的企业数量（家）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "jiangsu-producer-service-leading-enterprises",
        "省级生产性服务业领军企业",
        "Provincial leading enterprises in producer services",
        Unit.JIA,
        ("services",),
        definition="Enterprises rated provincial leading enterprises in producer services "
        "(省级生产性服务业领军企业).",
        definition_zh="获评省级生产性服务业领军企业的企业数量（家）。",
        better=Better.HIGHER,
    ),
    # Construction.
    Indicator(
        "national-quality-project-awards",
        "鲁班奖等国家级优质工程奖项",
        "National quality project awards (Luban Prize and others)",
        Unit.XIANG,
        ("engineering", "quality-awards"),
        aliases=("新增鲁班奖等国家级优质工程奖项",),
        definition="National-level construction quality awards won, such as the Luban Prize and "
        "the National Quality Engineering Award. The 14th Five-Year plan's 2016-2020 baseline "
        "(21) equals the Luban Prizes (7) plus National Quality Engineering Awards (14) its "
        "chapter 一 reports.",
        definition_zh="获得的鲁班奖、国家优质工程奖等国家级优质工程奖项数量（项）。"
        "“十四五”规划2016—2020年的基数（21项）等于第一章所报鲁班奖（7项）"
        "与国家优质工程奖（14项）之和。",
        related=("luban-award", "national-quality-engineering-award"),
        better=Better.HIGHER,
    ),
    Indicator(
        "luban-award",
        "鲁班奖",
        "Luban Prize (China Construction Engineering Luban Prize)",
        Unit.XIANG,
        ("engineering", "quality-awards"),
        definition="Luban Prizes won, counted in items (项); one of the national quality "
        "project awards (国家级优质工程奖项).",
        definition_zh="获得鲁班奖的数量（项）；鲁班奖属国家级优质工程奖项。",
        related=("national-quality-project-awards",),
        better=Better.HIGHER,
    ),
    Indicator(
        "national-quality-engineering-award",
        "国家优质工程奖",
        "National Quality Engineering Award",
        Unit.XIANG,
        ("engineering", "quality-awards"),
        definition="National Quality Engineering Awards won, counted in items (项); one of "
        "the national quality project awards (国家级优质工程奖项).",
        definition_zh="获得国家优质工程奖的数量（项）；该奖属国家级优质工程奖项。",
        related=("national-quality-project-awards",),
        better=Better.HIGHER,
    ),
    Indicator(
        "provincial-quality-engineering-award",
        "省优质工程奖",
        "Jiangsu provincial quality engineering award",
        Unit.XIANG,
        ("engineering", "quality-awards"),
        definition="Provincial quality engineering awards (省优质工程奖) won, counted in items "
        "(项).",
        definition_zh="获得省优质工程奖的数量（项）。",
        related=("national-quality-project-awards",),
        better=Better.HIGHER,
    ),
    # Supervision and safety.
    Indicator(
        "farm-produce-testing-pass-rate",
        "市级农产品质量安全检测综合合格率",
        "Overall pass rate of municipal farm produce quality and safety testing",
        Unit.PERCENT,
        ("agriculture", "food-drug"),
        definition="Overall pass rate (综合合格率) of the city-level quality and safety testing "
        "of farm produce.",
        definition_zh="市级农产品质量安全检测的综合合格率（%）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "food-sampling-rate",
        "食品抽检覆盖率",
        "Food sampling rate (batches per thousand residents)",
        Unit.BATCHES_PER_THOUSAND,
        ("food-drug",),
        # sampling coverage: 保持7批次/千人以上
        definition="Batches of food sampled for testing (抽检) each year per thousand people "
        "(批次/千人).",
        definition_zh="每年食品抽检的批次数与人口之比（批次/千人）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "food-sampling-pass-rate",
        "食品抽检合格率",
        "Pass rate of food sampling inspections",
        Unit.PERCENT,
        ("food-drug",),
        definition="Share of food samples that pass in food sampling inspection (抽检).",
        definition_zh="食品抽检中合格的比例（%）。",
        related=("consumer-goods-pass-rate",),
        better=Better.HIGHER,
    ),
    Indicator(
        "consumer-defect-monitoring-points",
        "消费品缺陷信息监测点",
        "Monitoring points for consumer product defect information",
        Unit.GE,
        ("product-safety",),
        # a monitoring network the plans build out
        definition="Monitoring points for consumer product defect information set up, part of "
        "the work on recalls of defective products.",
        definition_zh="设立的消费品缺陷信息监测点数量（个），属缺陷产品召回工作。",
        better=Better.HIGHER,
    ),
    Indicator(
        "recalled-defective-consumer-goods",
        "召回缺陷消费品",
        "Defective consumer goods recalled",
        Unit.JIAN,
        ("product-safety",),
        # more recalls may mean better surveillance or worse goods
        definition="Defective consumer goods recalled, counted in pieces (件).",
        definition_zh="召回的缺陷消费品数量（件）。",
        better=Better.NEITHER,
    ),
    Indicator(
        "special-equipment-accidents",
        "特种设备事故起数",
        "Special equipment accidents",
        Unit.QI,
        ("special-equipment",),
        definition="Number of special-equipment accidents (起).",
        definition_zh="特种设备事故的起数（起）。",
        better=Better.LOWER,
    ),
    Indicator(
        "special-equipment-deaths",
        "特种设备事故死亡人数",
        "Deaths in special equipment accidents",
        Unit.REN,
        ("special-equipment",),
        definition="Number of people killed in special-equipment accidents.",
        definition_zh="特种设备事故造成的死亡人数（人）。",
        better=Better.LOWER,
    ),
    Indicator(
        "counterfeit-cases-investigated",
        "查处制假售假案件",
        "Counterfeiting cases investigated",
        Unit.QI,
        ("market-order",),
        # more cases may mean more enforcement or more fraud
        definition="Cases of making or selling counterfeit goods investigated and dealt with "
        "(查处); the 14th Five-Year plan reports those of the 昆仑 (Kunlun) special action.",
        definition_zh="查处的制假售假案件数量（起）；“十四五”规划报告的是“昆仑”专项行动中的查处数。",
        better=Better.NEITHER,
    ),
    # Standardization.
    Indicator(
        "national-standardization-secretariats",
        "承担国内标准化技术组织秘书处",
        "Secretariats of national standardization technical bodies taken on",
        Unit.GE,
        ("standards",),
        definition="Secretariats of domestic (national) standardization technical committees, "
        "subcommittees and working groups that the city's bodies take on. Narrower than the "
        "international and national standardization bodies hosted (国际、国家标准化工作组织), "
        "which also counts international bodies.",
        definition_zh="本地单位新承担的国内标准化技术委员会、分技术委员会、"
        "工作组等技术组织秘书处数量（个）。比“国际、国家标准化工作组织”窄，后者也包括国际组织。",
        related=("standardization-bodies",),
        better=Better.HIGHER,
    ),
    Indicator(
        "standards-led-or-participated",
        "主导和参与制修订国家标准、行业标准、地方标准",
        "National, sector and local standards formulated or revised with a leading or "
        "participating role",
        Unit.XIANG,
        ("standards",),
        aliases=("新增主导和参与制修订国家标准、行业标准、地方标准",),
        definition="National, sector (行业) and local standards in whose formulation or revision "
        "the city's enterprises and institutions lead or take part, counted over five years. "
        "Wider than the standards drafted (组织起草国家、行业或地方标准: standards whose drafting "
        "local bodies organize).",
        definition_zh="本市企事业单位主导和参与制修订的国家标准、行业标准、地方标准数量（项），"
        "按5年计。比“组织起草国家、行业或地方标准”（本地单位组织起草的标准）宽。",
        related=(
            "standards-drafted",
            "national-sector-standards-led-or-joined",
            "new-international-national-sector-standards",
        ),
        better=Better.HIGHER,
    ),
    Indicator(
        "new-international-national-sector-standards",
        "新制定国际、国家和行业标准",
        "New international, national and sector standards formulated",
        Unit.XIANG,
        ("standards",),
        definition="International, national and sector standards newly formulated (not "
        "revisions), as stated in the 14th Five-Year development goals.",
        definition_zh="新制定（不含修订）的国际标准、国家标准和行业标准数量（项），"
        "见“十四五”规划的发展目标。",
        related=("standards-led-or-participated", "standards-drafted"),
        better=Better.HIGHER,
    ),
    Indicator(
        "municipal-local-standards",
        "市级地方标准",
        "Municipal local standards issued",
        Unit.XIANG,
        ("standards",),
        definition="Municipal local standards issued (发布), in items (项).",
        definition_zh="发布的市级地方标准数量（项）。",
        related=("agricultural-local-standards",),
        better=Better.HIGHER,
    ),
    Indicator(
        "group-standards",
        "团体标准",
        "Group (association) standards issued",
        Unit.XIANG,
        ("standards",),
        definition="Group standards (团体标准) issued, in items (项).",
        definition_zh="发布的团体标准数量（项）。",
        related=("suzhou-made-group-standards",),
        better=Better.HIGHER,
    ),
    Indicator(
        "suzhou-made-group-standards",
        "“苏州制造”团体标准",
        "“Made in Suzhou” group standards",
        Unit.XIANG,
        ("standards", "brands"),
        aliases=("新增制定“苏州制造”团体标准",),
        definition="Group standards formulated for the “Made in Suzhou” brand (first set in 2020).",
        definition_zh="为“苏州制造”品牌制定的团体标准数量（项）；2020年新设指标。",
        related=("group-standards",),
        better=Better.HIGHER,
    ),
    Indicator(
        "national-standardization-pilots",
        "国家级标准化试点示范",
        "National standardization pilot and demonstration projects",
        Unit.XIANG,
        ("standards",),
        definition="National-level standardization pilot and demonstration projects "
        "(标准化试点示范) undertaken.",
        definition_zh="承担的国家级标准化试点示范项目数量（项）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "standards-innovation-contribution-award",
        "标准创新贡献奖",
        "China Standards Innovation Contribution Award",
        Unit.XIANG,
        ("standards", "quality-awards"),
        definition="National Standards Innovation Contribution Awards (标准创新贡献奖) won, "
        "in items (项).",
        definition_zh="获得国家“标准创新贡献奖”的数量（项）。",
        better=Better.HIGHER,
    ),
    # Metrology, testing, certification.
    Indicator(
        "public-measurement-standards",
        "社会公用计量标准",
        "Public measurement standards",
        Unit.XIANG,
        ("metrology",),
        definition="Public measurement standards (社会公用计量标准) established in the city: the "
        "total, or those newly built in a period.",
        definition_zh="本市建立的社会公用计量标准数量（项）：总量，或某一时期新建的数量。",
        better=Better.HIGHER,
    ),
    Indicator(
        "industry-metrology-test-centres",
        "国家和省级产业计量测试中心",
        "National and provincial industrial metrology and testing centres",
        Unit.JIA,
        ("metrology",),
        definition="National and provincial industrial metrology and testing centres "
        "(产业计量测试中心) cultivated or built in the city.",
        definition_zh="培育或建成的国家级和省级产业计量测试中心数量（家）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "national-testing-centres",
        "各类检验检测国家级中心",
        "National testing and inspection centres of all kinds",
        Unit.JIA,
        ("testing",),
        aliases=("累计建成各类检验检测国家级中心", "各类检验检测国家级中心总数"),
        definition="National-level testing and inspection centres in the city, as a running total.",
        definition_zh="本市各类检验检测国家级中心的累计数量（家）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "provincial-testing-centres",
        "各类检验检测省级中心",
        "Provincial testing and inspection centres of all kinds",
        Unit.JIA,
        ("testing",),
        aliases=("累计建成各类检验检测省级中心", "各类检验检测省级中心总数"),
        definition="Provincial-level testing and inspection centres in the city, as a running "
        "total.",
        definition_zh="本市各类检验检测省级中心的累计数量（家）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "cma-accredited-bodies",
        "获检验检测机构资质认定（CMA）机构数",
        "Inspection and testing bodies with CMA qualification accreditation",
        Unit.JIA,
        ("testing",),
        aliases=("累计获检验检测机构资质认定数", "获CMA资质机构数"),
        definition="Inspection and testing bodies that hold the inspection and testing "
        "body qualification accreditation (检验检测机构资质认定, CMA), as a running total.",
        definition_zh="获得检验检测机构资质认定（CMA）的机构累计数量（家）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "certification-bodies",
        "认证行业相关机构",
        "Certification-related bodies",
        Unit.JIA,
        ("certification",),
        definition="Bodies related to the certification industry (认证行业相关机构) in the "
        "city; the plan does not say which bodies count as related.",
        definition_zh="本市拥有的认证行业相关机构数量（家）；规划未说明“相关机构”的范围。",
        better=Better.HIGHER,
    ),
    Indicator(
        "valid-certification-certificates",
        "有效认证证书",
        "Valid certification certificates",
        Unit.ZHANG,
        ("certification",),
        definition="All valid certification certificates held in the city, of every kind.",
        definition_zh="本市持有的各类有效认证证书总数（张）。",
        related=("qms-certificates", "ems-certificates", "ohs-certificates"),
        better=Better.HIGHER,
    ),
    Indicator(
        "qms-certificates",
        "企业质量管理体系证书",
        "Quality management system certificates held by enterprises",
        Unit.ZHANG,
        ("certification",),
        aliases=("累计企业质量管理体系证书", "质量管理体系证书"),
        definition="Quality management system certificates of the city's enterprises, as a "
        "running total (累计).",
        definition_zh="本市企业的质量管理体系证书累计数量（张）。",
        related=("valid-certification-certificates",),
        better=Better.HIGHER,
    ),
    Indicator(
        "ems-certificates",
        "企业环境管理体系证书",
        "Environmental management system certificates held by enterprises",
        Unit.ZHANG,
        ("certification", "environment"),
        aliases=("累计企业环境管理体系证书", "环境管理体系证书"),
        definition="Environmental management system certificates of the city's enterprises, "
        "as a running total (累计).",
        definition_zh="本市企业的环境管理体系证书累计数量（张）。",
        related=("valid-certification-certificates",),
        better=Better.HIGHER,
    ),
    Indicator(
        "ohs-certificates",
        "企业职业健康安全管理体系证书",
        "Occupational health and safety management system certificates held by enterprises",
        Unit.ZHANG,
        ("certification",),
        aliases=("累计企业职业健康安全管理体系证书", "职业健康安全管理体系证书"),
        definition="Occupational health and safety management system certificates of the "
        "city's enterprises, as a running total (累计).",
        definition_zh="本市企业的职业健康安全管理体系证书累计数量（张）。",
        related=("valid-certification-certificates",),
        better=Better.HIGHER,
    ),
    Indicator(
        "local-certifier-market-share",
        "认证机构覆盖本地认证市场占比",
        "Share of the local certification market covered by local certification bodies",
        Unit.PERCENT,
        ("certification",),
        # the plan deplores 不足50% as a weakness
        definition="The share of the local certification market that certification bodies "
        "cover; the 14th Five-Year plan lists “under 50%” among its challenges and does not "
        "say which bodies are meant or how the share is computed.",
        definition_zh="认证机构覆盖本地认证市场的占比（%）；“十四五”规划把“不足50%”列为挑战，"
        "未说明所指认证机构的范围和计算口径。",
        better=Better.HIGHER,
    ),
    Indicator(
        "international-certifier-headquarters",
        "国际知名认证机构在本地设立总部数",
        "Well-known international certification bodies headquartered in the city",
        Unit.JIA,
        ("certification", "international"),
        # the plan deplores 仅1家 as a weakness
        definition="Well-known international certification bodies that have set up "
        "their headquarters in the city (在本地设立总部).",
        definition_zh="在本地设立总部的国际知名认证机构数量（家）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "suzhou-nqi-base",
        "苏州国家质量基础（NQI）基地建设",
        "Construction of the Suzhou National Quality Infrastructure (NQI) base",
        None,
        ("infrastructure",),
        definition="Progress in building the Suzhou NQI base in Xiangcheng District.",
        definition_zh="苏州国家质量基础（NQI）基地（位于相城区）的建设进展。",
        related=("suzhou-nqi-base-land-area",),
        # a status of a construction project
        better=Better.NEITHER,
    ),
    Indicator(
        "suzhou-nqi-base-land-area",
        "苏州国家质量基础（NQI）基地总用地面积",
        "Site area of the Suzhou National Quality Infrastructure (NQI) base",
        Unit.MU,
        ("infrastructure",),
        definition="Total land area of the Suzhou NQI base project, in mu (亩).",
        definition_zh="苏州国家质量基础（NQI）基地项目的总用地面积（亩）。",
        related=("suzhou-nqi-base",),
        # the size of a site, not a goal to raise or lower
        better=Better.NEITHER,
    ),
    # Chief quality officers.
    Indicator(
        "cqo-system-firms",
        "建立首席质量官制度企业数",
        "Enterprises with a chief quality officer system",
        Unit.JIA,
        ("enterprise-responsibility", "talent"),
        aliases=("新增建立首席质量官制度企业数",),
        definition="Enterprises that set up a chief quality officer (CQO) system. Not the number "
        "of CQOs (首席质量官人数), nor a coverage rate.",
        definition_zh="建立首席质量官（CQO）制度的企业数量（家）；不是首席质量官人数，也不是覆盖率。",
        related=("cqo-persons", "cqo-coverage-large-firms", "cqo-coverage-smes"),
        better=Better.HIGHER,
    ),
    Indicator(
        "cqo-coverage-large-firms",
        "规模以上企业首席质量官制度覆盖率",
        "Coverage of the chief quality officer system among enterprises above designated size",
        Unit.PERCENT,
        ("enterprise-responsibility", "talent"),
        aliases=("规上企业首席质量官制度覆盖率",),
        definition="Share of enterprises above designated size (规模以上企业) that have a "
        "chief quality officer system.",
        definition_zh="规模以上企业中建立首席质量官制度的比例（%）。",
        related=("cqo-system-firms", "cqo-coverage-smes", "cqo-persons"),
        better=Better.HIGHER,
    ),
    Indicator(
        "cqo-coverage-smes",
        "中小微企业首席质量官制度覆盖率",
        "Coverage of the chief quality officer system among small, medium and micro enterprises",
        Unit.PERCENT,
        ("enterprise-responsibility", "talent"),
        aliases=("中小微企首席质量官制度覆盖率",),
        definition="Share of small, medium and micro enterprises (中小微企业) that have a "
        "chief quality officer system.",
        definition_zh="中小微企业中建立首席质量官制度的比例（%）。",
        related=("cqo-system-firms", "cqo-coverage-large-firms", "cqo-persons"),
        better=Better.HIGHER,
    ),
    # Public services.
    Indicator(
        "public-kindergarten-coverage",
        "公办幼儿园覆盖率",
        "Public kindergarten coverage",
        Unit.PERCENT,
        ("public-services",),
        definition="Share of kindergarten children enrolled in public kindergartens.",
        definition_zh="公办幼儿园在园人数占在园幼儿总数的比例（%）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "inclusive-kindergarten-coverage",
        "普惠性幼儿园覆盖率",
        "Affordable (inclusive) kindergarten coverage",
        Unit.PERCENT,
        ("public-services",),
        definition="Share of kindergarten children enrolled in public and inclusive private "
        "kindergartens.",
        definition_zh="公办幼儿园和普惠性民办幼儿园在园人数占在园幼儿总数的比例（%）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "quality-kindergarten-coverage",
        "省和设区市优质幼儿园覆盖率",
        "Provincial and municipal high-quality kindergarten coverage",
        Unit.PERCENT,
        ("public-services",),
        definition="Share of kindergarten children enrolled in kindergartens rated high-quality "
        "by the province or the city.",
        definition_zh="省和设区市优质幼儿园在园人数占在园幼儿总数的比例（%）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "school-group-participation",
        "参与名校集团化办学的义务教育学校比例",
        "Share of compulsory-education schools in school groups led by renowned schools",
        Unit.PERCENT,
        ("public-services",),
        definition="Share of compulsory-education schools that take part in school groups run "
        "by renowned schools (名校集团化办学).",
        definition_zh="参与名校集团化办学的义务教育学校占义务教育学校的比例（%）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "health-database-population-coverage",
        "五大健康数据库人口覆盖率",
        "Population covered by the five health databases",
        Unit.PERCENT,
        ("public-services", "digital"),
        definition="Share of the city's population covered by the five databases of population "
        "information, health resources, electronic health records, electronic medical records "
        "and health knowledge.",
        definition_zh="人口信息、卫生与健康资源信息、电子健康档案、电子病历、"
        "健康知识等五大数据库覆盖的人口占全市人口的比例（%）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "nursing-bed-share",
        "护理型床位占养老机构床位比例",
        "Nursing beds as a share of beds in elderly-care institutions",
        Unit.PERCENT,
        ("public-services",),
        definition="Nursing-type beds (护理型床位) as a share of all beds in "
        "elderly-care institutions.",
        definition_zh="养老机构床位中护理型床位所占的比例（%）。",
        better=Better.HIGHER,
    ),
    # Quality culture and organization.
    Indicator(
        "quality-benchmark-learning-bases",
        "质量标杆学习基地",
        "Quality benchmark learning bases",
        Unit.GE,
        ("culture",),
        definition="Quality benchmark learning bases (质量标杆学习基地) set up, part of "
        "building carriers for spreading quality culture.",
        definition_zh="布局建设的质量标杆学习基地数量（个），属质量文化宣传载体建设。",
        better=Better.HIGHER,
    ),
    Indicator(
        "party-committee-quality-sessions",
        "各级党委每年专题研究质量工作次数",
        "Sessions a year that Party committees devote to quality work",
        Unit.CI,
        ("planning-assessment",),
        # 不少于: a minimum number of sessions a year
        definition="Times a year that Party committees at each level hold a session devoted "
        "to quality work (专题研究质量工作).",
        definition_zh="各级党委每年专题研究质量工作的次数（次）。",
        better=Better.HIGHER,
    ),
    Indicator(
        "government-quality-sessions",
        "各级政府每年专题研究质量工作次数",
        "Sessions a year that governments devote to quality work",
        Unit.CI,
        ("planning-assessment",),
        # 不少于: a minimum number of sessions a year
        definition="Times a year that governments at each level hold a session devoted to "
        "quality work (专题研究质量工作).",
        definition_zh="各级政府每年专题研究质量工作的次数（次）。",
        better=Better.HIGHER,
    ),
    # ---- reconciled after merging the five curations ----
    Indicator(
        "producer-product-supervision-pass-rate",
        "生产企业产品质量监督合格率",
        "Pass rate of producers' products in quality supervision",
        Unit.PERCENT,
        ("product-safety",),
        definition="Share of products of production enterprises that pass government quality "
        "supervision sampling. Close to, but not stated as, the manufacturing product quality "
        "pass rate statistic (制造业产品质量合格率).",
        definition_zh="生产企业产品在政府质量监督抽查中合格的比例（%）。"
        "与“制造业产品质量合格率”相近，但文件未称其为该指标。",
        related=("manufacturing-product-pass-rate",),
        better=Better.HIGHER,
    ),
)
