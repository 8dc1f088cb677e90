"""Small constructors that keep plan modules readable."""

from qualityplans.model import Responsibility, Role


def lead(written: str, department: str) -> Responsibility:
    """A unit that leads (牵头)."""
    return Responsibility(written, Role.LEAD, department=department)


def cooperating(written: str, department: str) -> Responsibility:
    """A unit that cooperates (配合)."""
    return Responsibility(written, Role.COOPERATING, department=department)


def responsible(written: str, department: str) -> Responsibility:
    """A unit responsible within its remit (按职责分工负责)."""
    return Responsibility(written, Role.RESPONSIBLE, department=department)


def member(written: str, department: str) -> Responsibility:
    """A member unit (成员单位) of a task group."""
    return Responsibility(written, Role.MEMBER, department=department)


def collective(written: str, role: Role, collective_id: str) -> Responsibility:
    """A collective (各成员单位) in a role, kept as a collective rather than guessed."""
    return Responsibility(written, role, collective=collective_id)


MEMBER_UNITS_COOPERATE = collective("各成员单位", Role.COOPERATING, "member-units")
