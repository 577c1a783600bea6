"""The warning when users are outnumbered or too few in a group."""

from __future__ import annotations

import pytest

from dialog.core.groups import balance_warnings


@pytest.mark.parametrize("members, expected", [
    ({"user": 2, "staff": 1, "manager": 1}, []),
    ({"user": 3, "staff": 2}, []),
    ({"user": 1, "user_org": 1, "staff": 1}, ["groups.warn_few_users", "groups.warn_outnumbered"]),
    ({"user": 2, "staff": 2, "manager": 1}, ["groups.warn_outnumbered"]),
    ({"user": 1}, ["groups.warn_few_users"]),
    ({}, ["groups.warn_few_users"]),
])
def test_balance_warnings(members, expected):
    assert balance_warnings(members) == expected
