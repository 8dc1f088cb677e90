"""Collectives: words that stand for a group of units rather than one body.

A collective names no single department, so a responsibility written 各成员单位 or
各县级市<区>人民政府<管委会> keeps it rather than a guess. ``region`` is the
jurisdiction whose bodies it gathers (None for one any plan may name, such as
各成员单位); ``names`` are the other ways documents write it, so a lookup and the
scaffold find it by any of them.
"""

from qualityplans.model import Collective

COLLECTIVES: tuple[Collective, ...] = (
    Collective(
        "member-units",
        "各成员单位",
        "all member units",
        "The member units of the issuing government's quality leading group "
        "(质量强市/质量强区 leading group or quality development committee).",
        names=("市质量强市推进工作领导小组各成员单位",),
    ),
    Collective(
        "county-level-governments",
        "各县级市（区）人民政府（管委会）",
        "the people's governments of every county-level city and district (and zone administrative committees)",
        "In Suzhou: the governments of Changshu, Zhangjiagang, Kunshan, Taicang and the districts, "
        "and the committees of Suzhou Industrial Park and Suzhou New District.",
        region="suzhou",
        names=(
            "各县级市<区>人民政府<管委会>",
            "各县级市(区)人民政府(管委会)",
            "各县级市〈区〉人民政府〈管委会〉",
        ),
    ),
    # ---- added for yancheng-2017-2018 ----
    Collective(
        "other-relevant-units",
        "相关单位",
        "other relevant units",
        "Written 等相关单位 (“and other relevant units”) at the end of a list of member units: "
        "the list is not exhaustive, and the units it leaves open are not named.",
        names=("等相关单位",),
    ),
)
