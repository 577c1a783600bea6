"""The k ≥ 3 rule for anything that pairs evaluation answers with who gave them.

The minutes suppress every breakdown with fewer than three respondents. A file
for analysis that lists answers form by form must hold to the same rule, or a
conference's only DPS participant can be read off it answer by answer. So the
role is shown only for role groups of at least three forms; every other form
(a smaller group, or no role given) is shown as :data:`HIDDEN`, and that
hidden group is itself made at least three forms big by hiding the smallest
shown groups too. With fewer than three forms in all, nothing is listed form
by form.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from dialog.core.evaluation import MIN_RESPONDENTS

HIDDEN = "hidden"
"""The role shown for a form whose role group is too small to show (or which gave no role)."""


def shown_roles(roles: Mapping[str, str | None], minimum: int = MIN_RESPONDENTS) -> dict[str, str]:
    """Form id -> the role that may be shown with its answers; empty when there are fewer than ``minimum`` forms.

    Every role in the result is either a role given by at least ``minimum``
    forms or :data:`HIDDEN`, and :data:`HIDDEN` stands for no form or for at
    least ``minimum`` of them.
    """
    if len(roles) < minimum:
        return {}
    counts = Counter(role for role in roles.values() if role)
    shown = {role for role, count in counts.items() if count >= minimum and role != HIDDEN}
    hidden = sum(1 for role in roles.values() if role not in shown)
    while 0 < hidden < minimum:  # the hidden group would single people out: hide the smallest group shown too
        smallest = min(shown, key=lambda role: (counts[role], role))
        shown.discard(smallest)
        hidden += counts[smallest]
    return {form: role if role in shown else HIDDEN for form, role in roles.items()}
