"""Collectives: words that stand for a group of units rather than one body."""

from qualityplans.model import Collective

COLLECTIVES: tuple[Collective, ...] = (
    Collective(
        "member-units",
        "各成员单位",
        "all member units",
        "The member units of the issuing government's quality leading group "
        "(质量强市/质量强区 leading group or quality development committee).",
    ),
    Collective(
        "county-level-governments",
        "各县级市（区）人民政府（管委会）",
        "the people's governments of every county-level city and district (and zone administrative committees)",
        "In Suzhou: the governments of Changshu, Zhangjiagang, Kunshan, Taicang and the districts, "
        "and the committees of Suzhou Industrial Park and Suzhou New District.",
    ),
    # ---- added for yancheng-2017-2018 ----
    Collective(
        "other-relevant-units",
        "相关单位",
        "other relevant units",
        "Written 等相关单位 (“and other relevant units”) at the end of a list of member units: "
        "the list is not exhaustive, and the units it leaves open are not named.",
    ),
)
