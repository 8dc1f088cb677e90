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
        aliases=(
            "大中型工程质量竣工一次验收合格率",
            "大中型工程项目一次竣工验收合格率",
            "大中型建筑、交通、水利竣工工程质量一次性验收合格率",
        ),
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
        aliases=("“苏州制造”认证产品", "“苏州制造”认证高端产品", "新增“苏州制造”品牌认证企业产品"),
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
        related=("national-standardization-pilots",),
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
        aliases=("主导和参与制修订国家标准、行业标准", "主导和参与制（修）订国家标准、行业标准"),
        related=(
            "standards-drafted",
            "international-standards-led-or-joined",
            "intl-national-standards-led-or-joined",
            "standards-led-or-participated",
        ),
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
        related=("china-quality-award",),
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
        related=(
            "standards-drafted",
            "international-standards-led-or-joined",
            "national-sector-standards-led-or-joined",
        ),
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
        related=("quality-standing-among-cities",),
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
        related=("farm-produce-testing-pass-rate",),
    ),
    Indicator(
        "key-food-pass-rate",
        "重点食品监督抽查合格率",
        "Pass rate of key foods in supervisory spot checks",
        Unit.PERCENT,
        ("food-drug",),
        related=("food-sampling-pass-rate", "food-producer-provincial-sampling-pass-rate"),
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
        related=("special-equipment-deaths", "special-equipment-accidents"),
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
        related=("overall-quality-competitiveness",),
    ),
    Indicator(
        "provincial-quality-assessment-grade",
        "全省质量工作考核等级",
        "Grade in Jiangsu's assessment of quality work",
        None,
        ("planning-assessment",),
        definition="The grade (A, B …) the provincial government gives the city in its annual "
        "assessment of quality work.",
    ),
    # Manufacturing, industry chains and digital transformation.
    Indicator(
        "manufacturing-quality-competitiveness-index",
        "制造业质量竞争力指数",
        "Manufacturing quality competitiveness index",
        Unit.INDEX,
        ("manufacturing",),
        definition="Composite index of the quality competitiveness of manufacturing.",
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
    ),
    Indicator(
        "industry-chain-service-platforms",
        "重点产业链服务平台",
        "Service platforms for key industry chains",
        Unit.JIA,
        ("manufacturing",),
    ),
    Indicator(
        "demo-smart-factories",
        "示范智能工厂",
        "Demonstration smart factories",
        Unit.JIA,
        ("digital", "manufacturing"),
        definition="Provincial and municipal demonstration smart factories built, as a running "
        "total.",
        related=("basic-smart-factory-enterprises", "advanced-smart-factory-enterprises"),
    ),
    Indicator(
        "demo-smart-workshops",
        "示范智能车间",
        "Demonstration smart workshops",
        Unit.GE,
        ("digital", "manufacturing"),
        definition="Provincial and municipal demonstration smart workshops built, as a running "
        "total.",
    ),
    Indicator(
        "industrial-internet-platforms",
        "省级以上工业互联网平台",
        "Industrial internet platforms at provincial level or above",
        Unit.GE,
        ("digital",),
    ),
    Indicator(
        "enterprises-on-cloud",
        "企业“上云用平台”数",
        "Enterprises moved onto cloud services and platforms",
        Unit.JIA,
        ("digital",),
    ),
    Indicator(
        "information-security-enterprises",
        "具有核心竞争力的信息安全企业",
        "Information security enterprises with core competitiveness",
        Unit.JIA,
        ("digital",),
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
    ),
    Indicator(
        "local-basic-common-platforms",
        "国内领先的本地基础共性平台",
        "Nationally leading local basic common platforms",
        Unit.JIA,
        ("services", "digital"),
    ),
    Indicator(
        "manufacturing-internet-pilot-projects",
        "国家制造业与互联网融合发展试点示范项目",
        "National pilot and demonstration projects integrating manufacturing and the internet",
        Unit.GE,
        ("digital", "manufacturing"),
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
        related=("enterprise-quality-tackling-projects",),
    ),
    Indicator(
        "enterprise-quality-tackling-projects",
        "企业质量攻关项目",
        "Enterprise quality tackling projects",
        Unit.XIANG,
        ("innovation", "enterprise-responsibility"),
        definition="Quality tackling projects enterprises carry out, centred on users. Not the "
        "industry-wide common quality problems of common-quality-problems-tackled.",
        related=("common-quality-problems-tackled",),
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
    ),
    Indicator(
        "professional-think-tanks",
        "服务产业发展的专业智库",
        "Professional think tanks serving industrial development",
        Unit.GE,
        ("innovation",),
    ),
    Indicator(
        "star-enterprise-products",
        "明星企业产品",
        "Star enterprise products incubated",
        Unit.GE,
        ("innovation",),
        definition="Enterprise products based on original technology, with wide influence and "
        "strong pull on their industry, incubated under the high-quality innovative product "
        "programme.",
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
    ),
    Indicator(
        "suzhou-mayor-quality-award",
        "苏州市市长质量奖",
        "Suzhou Mayor's Quality Award",
        Unit.GE,
        ("quality-awards",),
        aliases=("新增苏州市市长质量奖",),
    ),
    Indicator(
        "suzhou-quality-management-excellence-award",
        "苏州市质量管理优秀奖",
        "Suzhou Quality Management Excellence Award",
        Unit.GE,
        ("quality-awards",),
        aliases=("新增苏州市质量管理优秀奖",),
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
    ),
    Indicator(
        "jiangsu-boutique-certified-products",
        "“江苏精品”品牌认证企业产品",
        "Products certified under the “Jiangsu Premium” (江苏精品) brand",
        Unit.GE,
        ("brands", "certification"),
        aliases=("“江苏精品”认证高端产品", "新增“江苏精品”品牌认证企业产品"),
        related=("suzhou-made-certified-products",),
    ),
    Indicator(
        "jiangsu-modern-service-clusters",
        "省级现代服务业集聚区",
        "Provincial modern service industry clusters",
        Unit.JIA,
        ("services",),
    ),
    Indicator(
        "jiangsu-internet-platform-key-enterprises",
        "省级互联网平台经济“百千万”工程重点企业",
        "Key enterprises of Jiangsu's internet platform economy programme",
        Unit.JIA,
        ("services", "digital"),
    ),
    Indicator(
        "jiangsu-producer-service-leading-enterprises",
        "省级生产性服务业领军企业",
        "Provincial leading enterprises in producer services",
        Unit.JIA,
        ("services",),
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
        related=("luban-award", "national-quality-engineering-award"),
    ),
    Indicator(
        "luban-award",
        "鲁班奖",
        "Luban Prize (China Construction Engineering Luban Prize)",
        Unit.XIANG,
        ("engineering", "quality-awards"),
        related=("national-quality-project-awards",),
    ),
    Indicator(
        "national-quality-engineering-award",
        "国家优质工程奖",
        "National Quality Engineering Award",
        Unit.XIANG,
        ("engineering", "quality-awards"),
        related=("national-quality-project-awards",),
    ),
    Indicator(
        "provincial-quality-engineering-award",
        "省优质工程奖",
        "Jiangsu provincial quality engineering award",
        Unit.XIANG,
        ("engineering", "quality-awards"),
        related=("national-quality-project-awards",),
    ),
    # Supervision and safety.
    Indicator(
        "farm-produce-testing-pass-rate",
        "市级农产品质量安全检测综合合格率",
        "Overall pass rate of municipal farm produce quality and safety testing",
        Unit.PERCENT,
        ("agriculture", "food-drug"),
    ),
    Indicator(
        "food-sampling-rate",
        "食品抽检覆盖率",
        "Food sampling rate (batches per thousand residents)",
        Unit.BATCHES_PER_THOUSAND,
        ("food-drug",),
    ),
    Indicator(
        "food-sampling-pass-rate",
        "食品抽检合格率",
        "Pass rate of food sampling inspections",
        Unit.PERCENT,
        ("food-drug",),
        related=("consumer-goods-pass-rate",),
    ),
    Indicator(
        "consumer-defect-monitoring-points",
        "消费品缺陷信息监测点",
        "Monitoring points for consumer product defect information",
        Unit.GE,
        ("product-safety",),
    ),
    Indicator(
        "recalled-defective-consumer-goods",
        "召回缺陷消费品",
        "Defective consumer goods recalled",
        Unit.JIAN,
        ("product-safety",),
    ),
    Indicator(
        "special-equipment-accidents",
        "特种设备事故起数",
        "Special equipment accidents",
        Unit.QI,
        ("special-equipment",),
    ),
    Indicator(
        "special-equipment-deaths",
        "特种设备事故死亡人数",
        "Deaths in special equipment accidents",
        Unit.REN,
        ("special-equipment",),
    ),
    Indicator(
        "counterfeit-cases-investigated",
        "查处制假售假案件",
        "Counterfeiting cases investigated",
        Unit.QI,
        ("market-order",),
    ),
    # Standardization.
    Indicator(
        "national-standardization-secretariats",
        "承担国内标准化技术组织秘书处",
        "Secretariats of national standardization technical bodies taken on",
        Unit.GE,
        ("standards",),
        definition="Secretariats of domestic (national) standardization technical committees, "
        "subcommittees and working groups that the city's bodies take on. Narrower than "
        "standardization-bodies, which also counts international bodies.",
        related=("standardization-bodies",),
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
        "Wider than standards-drafted (standards whose drafting local bodies organize).",
        related=(
            "standards-drafted",
            "national-sector-standards-led-or-joined",
            "new-international-national-sector-standards",
        ),
    ),
    Indicator(
        "new-international-national-sector-standards",
        "新制定国际、国家和行业标准",
        "New international, national and sector standards formulated",
        Unit.XIANG,
        ("standards",),
        definition="International, national and sector standards newly formulated (not "
        "revisions), as stated in the 14th Five-Year development goals.",
        related=("standards-led-or-participated", "standards-drafted"),
    ),
    Indicator(
        "municipal-local-standards",
        "市级地方标准",
        "Municipal local standards issued",
        Unit.XIANG,
        ("standards",),
        related=("agricultural-local-standards",),
    ),
    Indicator(
        "group-standards",
        "团体标准",
        "Group (association) standards issued",
        Unit.XIANG,
        ("standards",),
        related=("suzhou-made-group-standards",),
    ),
    Indicator(
        "suzhou-made-group-standards",
        "“苏州制造”团体标准",
        "“Made in Suzhou” group standards",
        Unit.XIANG,
        ("standards", "brands"),
        aliases=("新增制定“苏州制造”团体标准",),
        definition="Group standards formulated for the “Made in Suzhou” brand (first set in 2020).",
        related=("group-standards",),
    ),
    Indicator(
        "national-standardization-pilots",
        "国家级标准化试点示范",
        "National standardization pilot and demonstration projects",
        Unit.XIANG,
        ("standards",),
    ),
    Indicator(
        "standards-innovation-contribution-award",
        "标准创新贡献奖",
        "China Standards Innovation Contribution Award",
        Unit.XIANG,
        ("standards", "quality-awards"),
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
    ),
    Indicator(
        "industry-metrology-test-centres",
        "国家和省级产业计量测试中心",
        "National and provincial industrial metrology and testing centres",
        Unit.JIA,
        ("metrology",),
    ),
    Indicator(
        "national-testing-centres",
        "各类检验检测国家级中心",
        "National testing and inspection centres of all kinds",
        Unit.JIA,
        ("testing",),
        aliases=("累计建成各类检验检测国家级中心", "各类检验检测国家级中心总数"),
        definition="National-level testing and inspection centres in the city, as a running total.",
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
    ),
    Indicator(
        "cma-accredited-bodies",
        "获检验检测机构资质认定（CMA）机构数",
        "Inspection and testing bodies with CMA qualification accreditation",
        Unit.JIA,
        ("testing",),
        aliases=("累计获检验检测机构资质认定数", "获CMA资质机构数"),
    ),
    Indicator(
        "certification-bodies",
        "认证行业相关机构",
        "Certification-related bodies",
        Unit.JIA,
        ("certification",),
    ),
    Indicator(
        "valid-certification-certificates",
        "有效认证证书",
        "Valid certification certificates",
        Unit.ZHANG,
        ("certification",),
        definition="All valid certification certificates held in the city, of every kind.",
        related=("qms-certificates", "ems-certificates", "ohs-certificates"),
    ),
    Indicator(
        "qms-certificates",
        "企业质量管理体系证书",
        "Quality management system certificates held by enterprises",
        Unit.ZHANG,
        ("certification",),
        aliases=("累计企业质量管理体系证书", "质量管理体系证书"),
        related=("valid-certification-certificates",),
    ),
    Indicator(
        "ems-certificates",
        "企业环境管理体系证书",
        "Environmental management system certificates held by enterprises",
        Unit.ZHANG,
        ("certification", "environment"),
        aliases=("累计企业环境管理体系证书", "环境管理体系证书"),
        related=("valid-certification-certificates",),
    ),
    Indicator(
        "ohs-certificates",
        "企业职业健康安全管理体系证书",
        "Occupational health and safety management system certificates held by enterprises",
        Unit.ZHANG,
        ("certification",),
        aliases=("累计企业职业健康安全管理体系证书", "职业健康安全管理体系证书"),
        related=("valid-certification-certificates",),
    ),
    Indicator(
        "local-certifier-market-share",
        "认证机构覆盖本地认证市场占比",
        "Share of the local certification market covered by local certification bodies",
        Unit.PERCENT,
        ("certification",),
    ),
    Indicator(
        "international-certifier-headquarters",
        "国际知名认证机构在本地设立总部数",
        "Well-known international certification bodies headquartered in the city",
        Unit.JIA,
        ("certification", "international"),
    ),
    Indicator(
        "suzhou-nqi-base",
        "苏州国家质量基础（NQI）基地建设",
        "Construction of the Suzhou National Quality Infrastructure (NQI) base",
        None,
        ("infrastructure",),
        definition="Progress in building the Suzhou NQI base in Xiangcheng District.",
        related=("suzhou-nqi-base-land-area",),
    ),
    Indicator(
        "suzhou-nqi-base-land-area",
        "苏州国家质量基础（NQI）基地总用地面积",
        "Site area of the Suzhou National Quality Infrastructure (NQI) base",
        Unit.MU,
        ("infrastructure",),
        related=("suzhou-nqi-base",),
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
        "of CQOs (cqo-persons), nor a coverage rate.",
        related=("cqo-persons", "cqo-coverage-large-firms", "cqo-coverage-smes"),
    ),
    Indicator(
        "cqo-coverage-large-firms",
        "规模以上企业首席质量官制度覆盖率",
        "Coverage of the chief quality officer system among enterprises above designated size",
        Unit.PERCENT,
        ("enterprise-responsibility", "talent"),
        aliases=("规上企业首席质量官制度覆盖率",),
        related=("cqo-system-firms", "cqo-coverage-smes", "cqo-persons"),
    ),
    Indicator(
        "cqo-coverage-smes",
        "中小微企业首席质量官制度覆盖率",
        "Coverage of the chief quality officer system among small, medium and micro enterprises",
        Unit.PERCENT,
        ("enterprise-responsibility", "talent"),
        aliases=("中小微企首席质量官制度覆盖率",),
        related=("cqo-system-firms", "cqo-coverage-large-firms", "cqo-persons"),
    ),
    # Public services.
    Indicator(
        "public-kindergarten-coverage",
        "公办幼儿园覆盖率",
        "Public kindergarten coverage",
        Unit.PERCENT,
        ("public-services",),
        definition="Share of kindergarten children enrolled in public kindergartens.",
    ),
    Indicator(
        "inclusive-kindergarten-coverage",
        "普惠性幼儿园覆盖率",
        "Affordable (inclusive) kindergarten coverage",
        Unit.PERCENT,
        ("public-services",),
        definition="Share of kindergarten children enrolled in public and inclusive private "
        "kindergartens.",
    ),
    Indicator(
        "quality-kindergarten-coverage",
        "省和设区市优质幼儿园覆盖率",
        "Provincial and municipal high-quality kindergarten coverage",
        Unit.PERCENT,
        ("public-services",),
        definition="Share of kindergarten children enrolled in kindergartens rated high-quality "
        "by the province or the city.",
    ),
    Indicator(
        "school-group-participation",
        "参与名校集团化办学的义务教育学校比例",
        "Share of compulsory-education schools in school groups led by renowned schools",
        Unit.PERCENT,
        ("public-services",),
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
    ),
    Indicator(
        "nursing-bed-share",
        "护理型床位占养老机构床位比例",
        "Nursing beds as a share of beds in elderly-care institutions",
        Unit.PERCENT,
        ("public-services",),
    ),
    # Quality culture and organization.
    Indicator(
        "quality-benchmark-learning-bases",
        "质量标杆学习基地",
        "Quality benchmark learning bases",
        Unit.GE,
        ("culture",),
    ),
    Indicator(
        "party-committee-quality-sessions",
        "各级党委每年专题研究质量工作次数",
        "Sessions a year that Party committees devote to quality work",
        Unit.CI,
        ("planning-assessment",),
    ),
    Indicator(
        "government-quality-sessions",
        "各级政府每年专题研究质量工作次数",
        "Sessions a year that governments devote to quality work",
        Unit.CI,
        ("planning-assessment",),
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
        related=("manufacturing-product-pass-rate",),
    ),
)
