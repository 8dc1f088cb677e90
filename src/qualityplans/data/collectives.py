"""Collectives: words that stand for a group of units rather than one body."""

from qualityplans.model import Collective

COLLECTIVES: tuple[Collective, ...] = (
    Collective(
        "member-units",
        "各成员单位",
        "all member units",
        "The member units of the issuing government's quality leading group "
        "(质量强市/质量强区 leading group or quality development committee).",
        note_zh="发文政府的质量工作领导机构（质量强市、质量强区领导小组或质量发展委员会）的成员单位。",
    ),
    Collective(
        "county-level-governments",
        "各县级市（区）人民政府（管委会）",
        "the people's governments of every county-level city and district (and zone administrative committees)",
        "In Suzhou: the governments of Changshu, Zhangjiagang, Kunshan, Taicang and the districts, "
        "and the committees of Suzhou Industrial Park and Suzhou New District.",
        note_zh="在苏州，指常熟、张家港、昆山、太仓各市和各区的人民政府，以及苏州工业园区、"
        "苏州高新区管委会。",
    ),
    # ---- added for yancheng-2017-2018 ----
    Collective(
        "other-relevant-units",
        "相关单位",
        "other relevant units",
        "Written 等相关单位 (“and other relevant units”) at the end of a list of member units: "
        "the list is not exhaustive, and the units it leaves open are not named.",
        note_zh="写在成员单位名单末尾的“等相关单位”：名单没有列全，其余单位未具名。",
    ),
)
