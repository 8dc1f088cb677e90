"""Themes that group measures and indicators across plans."""

from qualityplans.model import Theme

THEMES: tuple[Theme, ...] = (
    Theme("quality-city", "质量强市建设", "Building a quality city"),
    Theme("planning-assessment", "规划与考核", "Planning and assessment of quality work"),
    Theme("funding", "经费保障", "Funding"),
    Theme("culture", "质量文化与教育", "Quality culture, publicity and education"),
    Theme("brands", "品牌建设", "Brands"),
    Theme("quality-awards", "质量奖", "Quality awards"),
    Theme("infrastructure", "质量基础设施", "Quality infrastructure"),
    Theme("standards", "标准化", "Standardization"),
    Theme("metrology", "计量", "Metrology"),
    Theme("certification", "认证认可", "Certification and accreditation"),
    Theme("testing", "检验检测", "Testing and inspection"),
    Theme("innovation", "质量技术创新", "Quality and technology innovation"),
    Theme("manufacturing", "制造业质量", "Manufacturing quality"),
    Theme("digital", "数字化与智能制造", "Digital transformation and smart manufacturing"),
    Theme("product-safety", "产品质量安全监管", "Product quality and safety supervision"),
    Theme("food-drug", "食品药品安全", "Food and drug safety"),
    Theme("agriculture", "农业与农产品质量", "Agriculture and farm produce quality"),
    Theme("engineering", "工程质量", "Construction and engineering quality"),
    Theme("services", "服务业质量", "Service quality"),
    Theme("public-services", "公共服务", "Public services"),
    Theme("environment", "环境质量", "Environmental quality"),
    Theme("special-equipment", "特种设备安全", "Special equipment safety"),
    Theme(
        "enterprise-responsibility", "企业质量主体责任", "Enterprises' responsibility for quality"
    ),
    Theme("credit", "质量信用", "Quality credit"),
    Theme("risk", "质量安全风险", "Quality and safety risk"),
    Theme("market-order", "市场秩序与执法", "Market order and enforcement"),
    Theme("consumer", "消费环境与维权", "Consumer environment and rights"),
    Theme("talent", "质量人才", "Quality talent"),
    Theme("regional-cooperation", "区域协作", "Regional cooperation"),
    Theme("international", "国际合作", "International cooperation"),
)
