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
        related=("completion-acceptance-pass-rate",),
    ),
    Indicator(
        "affordable-housing-acceptance-rate",
        "保障房工程质量一次验收合格率",
        "First-time acceptance rate of affordable-housing projects",
        Unit.PERCENT,
        ("engineering",),
        related=("completion-acceptance-pass-rate",),
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
)
