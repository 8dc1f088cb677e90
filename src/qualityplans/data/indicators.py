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
    ),
    Indicator(
        "international-standards-adopted",
        "采用国际标准",
        "International standards adopted",
        Unit.XIANG,
        ("standards",),
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
    ),
    Indicator(
        "affordable-housing-acceptance-rate",
        "保障房工程质量一次验收合格率",
        "First-time acceptance rate of affordable-housing projects",
        Unit.PERCENT,
        ("engineering",),
        aliases=("保障房工程一次验收合格率",),
    ),
    Indicator(
        "other-project-acceptance-rate",
        "其他工程一次验收合格率",
        "First-time acceptance rate of other construction projects",
        Unit.PERCENT,
        ("engineering",),
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
