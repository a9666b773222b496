"""Findings of the third attack pass (issue 20, "a fresh attack pass … finds nothing high or
medium"): each test failed before its fix."""

from __future__ import annotations

import datetime as dt

from po_desktop.services import casework as cw
from po_desktop.services import team
from tests.fixtures.team_support import TODAY, three, unit  # noqa: F401  (fixtures)


def test_a_team_notice_names_the_kind_of_personal_data_never_the_text(unit):  # noqa: F811
    """An inquiry whose "hänvisad till" holds a personnummer is not published; the notice
    that says so is kept in the vault after the text is corrected or purged, so it must not
    hold a copy of the personnummer (nor the e-mail address, name or street)."""
    cw.add_inquiry(
        unit.anna,
        date=TODAY - dt.timedelta(days=1),
        referral_source="self",
        outcome="waiting",
        referred_to="Anna Svensson, Storgatan 5, 820314-1232, anna@kommun.se",
    )
    team.sync(unit.anna)
    texts = [n.text for n in team.notices(unit.anna) if n.kind == "inquiry_not_published"]
    assert texts, "the inquiry was published or no notice was made"
    for text in texts:
        assert "personnummer" in text
        for secret in ("820314", "1232", "anna@kommun.se", "Svensson", "Storgatan"):
            assert secret not in text, text
