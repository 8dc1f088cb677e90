"""Regions the plans are issued for or name: province, cities, districts, zones.

Codes are GB/T 2260 administrative division codes. Functional zones (苏州工业园区,
苏州高新区) are not administrative divisions and have no code.
"""

from qualityplans.model import Region, RegionLevel

L = RegionLevel

REGIONS: tuple[Region, ...] = (
    Region("jiangsu", "江苏省", "Jiangsu Province", L.PROVINCE, None, "320000", ("江苏", "省")),
    # Suzhou and the county-level units under it.
    Region("suzhou", "苏州市", "Suzhou", L.PREFECTURE_CITY, "jiangsu", "320500", ("苏州",)),
    Region("gusu", "姑苏区", "Gusu District", L.DISTRICT, "suzhou", "320508"),
    Region("wuzhong", "吴中区", "Wuzhong District", L.DISTRICT, "suzhou", "320506"),
    Region(
        "xiangcheng",
        "相城区",
        "Xiangcheng District",
        L.DISTRICT,
        "suzhou",
        "320507",
        ("苏州相城区", "苏州市相城区"),
    ),
    Region("wujiang", "吴江区", "Wujiang District", L.DISTRICT, "suzhou", "320509"),
    Region("changshu", "常熟市", "Changshu", L.COUNTY_CITY, "suzhou", "320581", ("常熟",)),
    Region(
        "zhangjiagang", "张家港市", "Zhangjiagang", L.COUNTY_CITY, "suzhou", "320582", ("张家港",)
    ),
    Region("kunshan", "昆山市", "Kunshan", L.COUNTY_CITY, "suzhou", "320583", ("昆山",)),
    Region("taicang", "太仓市", "Taicang", L.COUNTY_CITY, "suzhou", "320585", ("太仓",)),
    Region(
        "suzhou-industrial-park",
        "苏州工业园区",
        "Suzhou Industrial Park",
        L.ZONE,
        "suzhou",
        None,
        ("工业园区", "园区"),
        note="A national development zone with its own administrative committee (管委会).",
        note_zh="国家级开发区，设有自己的管理委员会（管委会）。",
    ),
    Region(
        "suzhou-new-district",
        "苏州高新区",
        "Suzhou New District (Suzhou National Hi-tech District)",
        L.ZONE,
        "suzhou",
        None,
        ("高新区", "苏州高新技术产业开发区"),
        note="Shares one administration with Huqiu District (虎丘区, 320505).",
        note_zh="与虎丘区（320505）实行同一套管理机构。",
    ),
    # ---- added for xiangcheng-2017 ----
    Region(
        "suzhou-hsr-new-town",
        "苏州高铁新城",
        "Suzhou High-Speed Rail New Town",
        L.ZONE,
        "xiangcheng",
        None,
        ("高铁新城",),
        note="A functional zone within Xiangcheng District with its own administrative "
        "committee; 相政办〔2017〕98号 addresses it among the district's zone committees "
        "(开发区、高新区（筹）、高铁新城、度假区管委会).",
        note_zh="相城区内设有自己管理委员会的功能区；相政办〔2017〕98号将其列入区内各功能区管委会"
        "（开发区、高新区（筹）、高铁新城、度假区管委会）作为主送单位。",
    ),
    # ---- added for yancheng-2017-2018 ----
    # Yancheng and the county-level places its 2017-2018 creation plan names.
    Region("yancheng", "盐城市", "Yancheng", L.PREFECTURE_CITY, "jiangsu", "320900", ("盐城",)),
    Region(
        "dafeng",
        "大丰区",
        "Dafeng District",
        L.DISTRICT,
        "yancheng",
        "320904",
        ("大丰",),
        note="The county-level city of Dafeng (大丰市) became a district of Yancheng in 2015.",
        note_zh="县级大丰市于2015年改为盐城市的市辖区（大丰区）。",
    ),
    Region("sheyang", "射阳县", "Sheyang County", L.COUNTY, "yancheng", "320924", ("射阳",)),
    Region("dongtai", "东台市", "Dongtai", L.COUNTY_CITY, "yancheng", "320981", ("东台",)),
)
