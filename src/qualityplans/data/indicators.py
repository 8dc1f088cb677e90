"""The indicator catalog: what targets and observations measure, shared across plans.

Before adding an indicator, search here for one with the same meaning (even
in other words) and link to it; add the new wording to its ``aliases``. Where
meanings differ (CQO persons vs firms with a CQO system), make two and relate them.
"""

from qualityplans.model import Indicator, Unit

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
    ),
    # Brands and trademarks.
    Indicator(
        "jiangsu-famous-brand-products",
        "江苏名牌产品",
        "Jiangsu famous-brand products",
        Unit.GE,
        ("brands",),
        definition="Products awarded the provincial Jiangsu Famous Brand Product title.",
        related=("suzhou-famous-brand-products",),
    ),
    Indicator(
        "china-well-known-trademarks",
        "中国驰名商标",
        "China well-known trademarks",
        Unit.JIAN,
        ("brands",),
        definition="Trademarks recognised as well-known trademarks of China.",
    ),
    Indicator(
        "jiangsu-famous-trademarks",
        "江苏省著名商标",
        "Jiangsu famous trademarks",
        Unit.JIAN,
        ("brands",),
        definition="Trademarks recognised as famous trademarks of Jiangsu Province.",
    ),
    Indicator(
        "brand-enterprise-revenue-share",
        "市级以上品牌企业销售收入占规模以上企业销售收入比重",
        "Share of city-level-and-above brand enterprises in the sales revenue of enterprises "
        "above designated size",
        Unit.PERCENT,
        ("brands",),
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
    ),
    Indicator(
        "standards-drafted",
        "组织起草国家、行业或地方标准",
        "National, sector or local standards drafted",
        Unit.GE,
        ("standards",),
        definition="National, sector (行业) or local standards whose drafting local bodies organize.",
        related=("national-sector-standards-led-or-joined",),
    ),
    Indicator(
        "international-standards-adopted",
        "采用国际标准",
        "International standards adopted",
        Unit.XIANG,
        ("standards",),
        related=("international-standards-led-or-joined",),
    ),
    Indicator(
        "agricultural-local-standards",
        "市级农业地方标准制修订",
        "Municipal agricultural local standards formulated or revised",
        Unit.XIANG,
        ("standards", "agriculture"),
    ),
    # Construction.
    Indicator(
        "large-medium-project-acceptance-rate",
        "大中型工程一次验收合格率",
        "First-time acceptance rate of large and medium-sized projects",
        Unit.PERCENT,
        ("engineering",),
        aliases=("大中型工程质量竣工一次验收合格率", "大中型工程项目一次竣工验收合格率"),
        definition="Share of large and medium-sized construction projects that pass completion "
        "acceptance at the first inspection.",
        related=("completion-acceptance-pass-rate",),
    ),
    Indicator(
        "affordable-housing-acceptance-rate",
        "保障房工程质量一次验收合格率",
        "First-time acceptance rate of affordable-housing projects",
        Unit.PERCENT,
        ("engineering",),
        related=("completion-acceptance-pass-rate",),
        aliases=("保障房工程一次验收合格率",),
    ),
    Indicator(
        "other-project-acceptance-rate",
        "其他工程一次验收合格率",
        "First-time acceptance rate of other construction projects",
        Unit.PERCENT,
        ("engineering",),
        related=("completion-acceptance-pass-rate",),
    ),
    # Environment.
    Indicator(
        "pm25-annual-mean",
        "PM2.5年均浓度",
        "Annual mean PM2.5 concentration",
        Unit.UG_PER_M3,
        ("environment",),
    ),
    Indicator(
        "urban-noise-mean",
        "城市区域环境噪声平均值",
        "Mean urban area environmental noise level",
        Unit.DECIBEL,
        ("environment",),
    ),
    Indicator(
        "major-pollutant-emissions",
        "主要污染物排放总量",
        "Total emissions of major pollutants",
        None,
        ("environment",),
        definition="Total emissions of the pollutants under national total-amount control; the "
        "plans state only its direction, so no unit is fixed.",
    ),
    # Shared across plans curated in parallel (Suzhou 2021-2025 and 2025, Xiangcheng,
    # Yancheng): defined once here so each plan links to the same record.
    Indicator(
        "manufacturing-product-pass-rate",
        "制造业产品质量合格率",
        "Manufacturing product quality pass rate",
        Unit.PERCENT,
        ("product-safety", "manufacturing"),
        aliases=("生产企业产品质量监督合格率",),
        definition="Share of manufactured products sampled in quality supervision that pass.",
    ),
    Indicator(
        "consumer-goods-pass-rate",
        "消费品质量合格率",
        "Consumer goods quality pass rate",
        Unit.PERCENT,
        ("product-safety",),
        definition="Share of consumer goods sampled in quality supervision that pass.",
    ),
    Indicator(
        "public-service-satisfaction",
        "公共服务质量满意度",
        "Public service quality satisfaction",
        Unit.SCORE,
        ("public-services", "services"),
        aliases=("公众服务质量满意度",),
        definition="Score of the public service quality satisfaction survey (out of 100).",
    ),
    Indicator(
        "producer-services-satisfaction",
        "生产性服务业顾客满意度",
        "Customer satisfaction with producer services",
        Unit.SCORE,
        ("services",),
    ),
    Indicator(
        "consumer-services-satisfaction",
        "生活性服务业顾客满意度",
        "Customer satisfaction with consumer services",
        Unit.SCORE,
        ("services",),
    ),
    Indicator(
        "cqo-persons",
        "首席质量官人数",
        "Chief quality officers (persons)",
        Unit.REN,
        ("enterprise-responsibility", "talent"),
        definition="Number of people serving as an enterprise's chief quality officer (首席质量官, CQO). "
        "Not the number of enterprises with a CQO system, nor a coverage rate.",
    ),
    Indicator(
        "suzhou-made-certified-products",
        "“苏州制造”品牌认证企业产品",
        "Products certified under the “Made in Suzhou” brand",
        Unit.GE,
        ("brands", "certification"),
        aliases=("“苏州制造”认证产品",),
    ),
    Indicator(
        "affordable-housing-supervision-coverage",
        "新开工保障房受监工程覆盖率",
        "Share of newly started affordable-housing projects under quality supervision",
        Unit.PERCENT,
        ("engineering",),
        aliases=("保障房新开工受监工程覆盖率",),
        related=("project-quality-supervision-coverage",),
    ),
    # ---- added for xiangcheng-2017 ----
    Indicator(
        "suzhou-famous-brand-products",
        "苏州名牌产品",
        "Suzhou famous-brand products",
        Unit.GE,
        ("brands",),
        definition="Products awarded the municipal Suzhou Famous Brand Product title.",
        related=("jiangsu-famous-brand-products",),
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
    ),
    Indicator(
        "food-producer-provincial-sampling-pass-rate",
        "食品生产企业产品省级监督抽查合格率",
        "Pass rate of food producers' products in provincial supervisory sampling",
        Unit.PERCENT,
        ("food-drug",),
        definition="Share of samples of the products of local food manufacturers, taken in "
        "provincial-level supervisory sampling (省级监督抽查), that pass.",
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
        related=(
            "large-medium-project-acceptance-rate",
            "affordable-housing-acceptance-rate",
            "other-project-acceptance-rate",
        ),
    ),
    Indicator(
        "project-quality-supervision-coverage",
        "工程质量监督覆盖率",
        "Share of construction projects under quality supervision",
        Unit.PERCENT,
        ("engineering",),
        definition="Share of construction projects covered by government construction quality "
        "supervision (工程质量监督), all project types.",
        related=("affordable-housing-supervision-coverage",),
    ),
    Indicator(
        "residential-unit-acceptance-rate",
        "住宅工程分户验收率",
        "Share of residential projects accepted dwelling by dwelling",
        Unit.PERCENT,
        ("engineering",),
        definition="Share of residential projects whose quality is inspected and accepted for "
        "each dwelling unit (分户验收) before completion acceptance.",
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
    ),
    Indicator(
        "quality-chain-action-enterprises",
        "质量提升行动覆盖产业链企业",
        "Industrial-chain enterprises covered by quality improvement action",
        Unit.JIA,
        ("manufacturing",),
        definition="Enterprises in the key and local-advantage industrial chains that the "
        "quality-strengthens-the-chain (质量强链) improvement action reaches.",
    ),
    Indicator(
        "highway-completion-excellent-rate",
        "公路工程竣工验收优良品率",
        "Share of highway works rated good or excellent at completion acceptance",
        Unit.PERCENT,
        ("engineering",),
        related=("highway-handover-acceptance-pass-rate",),
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
        related=("highway-completion-excellent-rate",),
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
        related=("advanced-smart-factory-enterprises",),
    ),
    Indicator(
        "advanced-smart-factory-enterprises",
        "开展先进智能工厂建设企业",
        "Enterprises building advanced-level smart factories",
        Unit.JIA,
        ("digital", "manufacturing"),
        definition="Enterprises above designated size that undertake smart-factory construction "
        "at the advanced level (先进级), the grade above basic.",
        related=("basic-smart-factory-enterprises",),
    ),
    Indicator(
        "innovative-sme-digital-transformation-coverage",
        "创新型中小企业数字化转型覆盖率",
        "Digital transformation coverage of innovative SMEs",
        Unit.PERCENT,
        ("digital",),
        definition="Share of innovative small and medium-sized enterprises (创新型中小企业) that "
        "have undergone digital transformation.",
    ),
    Indicator(
        "provincial-specialized-smes",
        "省专精特新中小企业",
        "Jiangsu specialized, refined, distinctive and innovative SMEs",
        Unit.JIA,
        ("innovation", "manufacturing"),
        definition="Small and medium-sized enterprises recognised by Jiangsu Province as "
        "specialized, refined, distinctive and innovative (专精特新).",
    ),
    Indicator(
        "international-standards-led-or-joined",
        "主导、参与制修订国际标准",
        "International standards formulated or revised with local enterprises leading or taking part",
        Unit.XIANG,
        ("standards", "international"),
        definition="International standards whose formulation or revision local enterprises lead "
        "or take part in. Not the adoption of international standards (采用国际标准).",
        related=("international-standards-adopted", "national-sector-standards-led-or-joined"),
    ),
    Indicator(
        "national-sector-standards-led-or-joined",
        "主导、参与制修订国家、行业标准",
        "National and sector standards formulated or revised with local enterprises leading or "
        "taking part",
        Unit.XIANG,
        ("standards",),
        definition="National and sector (行业) standards whose formulation or revision local "
        "enterprises lead or take part in.",
        related=("standards-drafted", "international-standards-led-or-joined"),
    ),
    Indicator(
        "carbon-label-certified-products",
        "产品碳标识认证应用",
        "Products applying carbon-label certification",
        Unit.GE,
        ("certification", "environment"),
        definition="Products for which a carbon label (碳标识) certification is obtained and applied.",
    ),
    Indicator(
        "one-stop-quality-infrastructure-stations",
        "质量基础设施“一站式”服务高水平站点",
        "High-level one-stop quality infrastructure service stations",
        Unit.GE,
        ("infrastructure",),
        definition="Service stations offering metrology, standards, certification and testing "
        "services in one place (质量基础设施“一站式”服务) that are built to a high level.",
    ),
    Indicator(
        "specialized-market-whole-chain-pilots",
        "产品质量全链条治理试点专业特色市场",
        "Specialized markets piloting whole-chain product quality governance",
        Unit.JIA,
        ("product-safety",),
        definition="Specialized or distinctive markets (专业特色市场) where whole-chain governance "
        "of product quality (产品质量全链条治理) is piloted.",
    ),
    Indicator(
        "old-residential-elevator-safety-assessments",
        "老旧住宅电梯安全评估",
        "Safety assessments of old residential elevators",
        Unit.TAI,
        ("special-equipment",),
        definition="Elevators in old residential buildings given a safety assessment.",
        related=("old-residential-elevator-renewals",),
    ),
    Indicator(
        "old-residential-elevator-renewals",
        "老旧住宅电梯更新",
        "Old residential elevators replaced",
        Unit.TAI,
        ("special-equipment",),
        definition="Elevators in old residential buildings renewed (更新).",
        related=("old-residential-elevator-safety-assessments",),
    ),
    Indicator(
        "no-reason-return-pledge-merchants",
        "线下实体店无理由退货承诺商户",
        "Merchants pledging no-reason returns in physical stores",
        Unit.JIA,
        ("consumer",),
        definition="Merchants that pledge to accept returns without a reason in their physical "
        "(offline) stores (线下实体店无理由退货放心承诺).",
    ),
    Indicator(
        "honest-metrology-committed-units",
        "诚信计量自我承诺单位",
        "Units with an honest-metrology self-commitment",
        Unit.JIA,
        ("metrology", "consumer", "credit"),
        definition="Businesses and other units that have made an honest-metrology (诚信计量) "
        "self-commitment.",
    ),
    Indicator(
        "consumer-rights-service-stations",
        "消费维权服务站点",
        "Consumer rights service points",
        Unit.GE,
        ("consumer",),
        definition="Service points where consumers can seek help with complaints and disputes "
        "(消费维权服务站点).",
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
        related=("public-service-satisfaction",),
    ),
    Indicator(
        "quality-funding-budget-share",
        "质量发展经费占年度公共财政预算收入比例",
        "Quality development funding as a share of annual public budget revenue",
        Unit.PERCENT,
        ("funding",),
        definition="Money a city spends on quality development as a share of its public finance "
        "budget revenue for the year.",
    ),
    Indicator(
        "organic-production-bases",
        "有机产品生产基地",
        "Organic production bases",
        Unit.GE,
        ("agriculture", "certification"),
        definition="Sizeable bases producing certified organic products.",
    ),
    Indicator(
        "nev-testing-labs",
        "新能源汽车检测实验室",
        "New-energy vehicle testing laboratories",
        Unit.GE,
        ("testing", "infrastructure"),
    ),
    Indicator(
        "national-testing-centres-accepted",
        "通过国家局综合验收的国家级质检中心",
        "National quality inspection centres passing AQSIQ's final acceptance",
        Unit.GE,
        ("testing", "infrastructure"),
        definition="National quality supervision and inspection centres under construction in the "
        "city that pass the comprehensive acceptance of the national quality authority (国家局).",
    ),
    Indicator(
        "automobile-industry-chain-scale",
        "汽车全产业链规模（整车）",
        "Scale of the automotive industry chain (vehicles)",
        Unit.LIANG,
        ("manufacturing",),
        definition="The number of vehicles a city's chain of vehicle assembly, parts and services "
        "is built for, as in 打造100万辆汽车整车、零部件和服务业全产业链.",
    ),
    Indicator(
        "china-quality-award-winners",
        "中国质量奖获奖",
        "China Quality Award winners",
        Unit.GE,
        ("quality-awards",),
        definition="Organizations (or persons) of the city awarded the China Quality Award.",
    ),
    Indicator(
        "provincial-and-above-famous-brands",
        "省级及以上名牌",
        "Famous brands of provincial level and above (held)",
        Unit.GE,
        ("brands",),
        definition="Famous-brand titles of provincial level and above held by a city's "
        "enterprises, counted as a stock, not as new awards in a year.",
        related=("jiangsu-famous-brand-products",),
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
        related=("china-well-known-trademarks", "jiangsu-famous-trademarks"),
    ),
    Indicator(
        "intl-national-standards-led-or-joined",
        "主导或参与制修订国际、国家标准",
        "International and national standards drafted or revised (leading or taking part)",
        Unit.GE,
        ("standards",),
        definition="International and national standards whose drafting or revision local bodies "
        "lead or take part in.",
        related=("standards-drafted",),
    ),
    Indicator(
        "overall-quality-competitiveness",
        "综合质量竞争力",
        "Overall quality competitiveness",
        None,
        ("quality-city",),
        definition="A city's overall quality competitiveness as ranked among its peers; the plans "
        "state only a rank (位于江苏省前列), so no unit is fixed.",
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
    ),
    Indicator(
        "production-licence-coverage",
        "生产许可证覆盖率",
        "Production licence coverage",
        Unit.PERCENT,
        ("product-safety", "certification"),
        definition="Share of producers of products in the industrial production licence "
        "catalogue that hold a licence.",
        related=("ccc-certificate-coverage",),
    ),
    Indicator(
        "ccc-certificate-coverage",
        "CCC目录内产品认证证书覆盖率",
        "CCC certificate coverage of catalogue products",
        Unit.PERCENT,
        ("certification",),
        definition="Share of producers of products in the compulsory certification (CCC) "
        "catalogue that hold a CCC certificate.",
        related=("production-licence-coverage",),
    ),
    Indicator(
        "local-farm-produce-pass-rate",
        "地产农产品抽检合格率",
        "Pass rate of locally produced farm produce in sampling inspection",
        Unit.PERCENT,
        ("agriculture", "food-drug"),
    ),
    Indicator(
        "key-food-pass-rate",
        "重点食品监督抽查合格率",
        "Pass rate of key foods in supervisory spot checks",
        Unit.PERCENT,
        ("food-drug",),
    ),
    Indicator(
        "three-products-certified",
        "“三品”获证总数",
        "Certified pollution-free, green and organic farm products (total)",
        Unit.GE,
        ("agriculture", "certification"),
        definition="Total number of farm products certified as pollution-free (无公害), green "
        "(绿色) or organic (有机), the “three products” (三品).",
        related=("organic-production-bases",),
    ),
    Indicator(
        "special-equipment-fatality-rate",
        "特种设备万台设备事故死亡率",
        "Special-equipment accident deaths per 10,000 units",
        Unit.DEATHS_PER_10K_UNITS,
        ("special-equipment",),
    ),
    Indicator(
        "shanty-town-renewal-projects",
        "棚户区改造项目",
        "Shanty-town renewal projects",
        Unit.GE,
        ("engineering",),
        definition="Renewal projects of shanty towns, dilapidated housing and urban villages "
        "(棚户区、危旧房、城中村) carried out.",
        related=("shanty-town-households", "shanty-town-renewal-investment"),
    ),
    Indicator(
        "shanty-town-households",
        "棚户区改造征收拆迁住宅户数",
        "Households whose homes are expropriated and demolished in shanty-town renewal",
        Unit.HU,
        ("engineering",),
        related=("shanty-town-renewal-projects",),
    ),
    Indicator(
        "shanty-town-renewal-investment",
        "棚户区改造完成投资",
        "Investment completed in shanty-town renewal",
        Unit.YI_YUAN,
        ("engineering",),
        related=("shanty-town-renewal-projects",),
    ),
    Indicator(
        "new-building-energy-standard-compliance",
        "新开工建筑节能标准执行率",
        "Energy-efficiency standard compliance of newly started buildings",
        Unit.PERCENT,
        ("engineering", "environment"),
    ),
)
