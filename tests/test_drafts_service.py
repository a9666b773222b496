"""services.drafts: kept inside the encrypted vault only, taken out once, strict content."""

from __future__ import annotations

import pytest

from po_desktop.errors import RejectedInput
from po_desktop.services import drafts

MARK = "Osparad text qwv"


def test_save_list_take_discard(vault):
    key = drafts.save_draft(
        vault, "follow_up", {"line:followUpText": MARK, "combo#0": 2}, alias="AB12"
    )
    assert key == "follow_up:AB12:new"
    # one draft per place: saving again replaces it
    drafts.save_draft(vault, "follow_up", {"line:followUpText": MARK + "!"}, alias="AB12")
    kept = drafts.list_drafts(vault)
    assert [(d.kind, d.alias, d.content) for d in kept] == [
        ("follow_up", "AB12", {"line:followUpText": MARK + "!"})
    ]
    assert drafts.take_draft(vault, key).content == {"line:followUpText": MARK + "!"}
    assert drafts.take_draft(vault, key) is None
    drafts.save_draft(vault, "system_failure", {"plain:sf_description": "x"}, item_id="abc")
    drafts.save_draft(vault, "follow_up", {"a": "y"}, alias="CK07")
    assert drafts.discard_drafts(vault, alias="CK07") == 1
    assert drafts.discard_drafts(vault) == 1
    assert drafts.list_drafts(vault) == []


@pytest.mark.parametrize(
    "kind, content",
    [
        ("unknown", {"a": "b"}),
        ("follow_up", {"a": {"nested": 1}}),
        ("follow_up", {1: "b"}),
        ("follow_up", ["a"]),
    ],
)
def test_refuses_odd_content(vault, kind, content):
    with pytest.raises(RejectedInput):
        drafts.save_draft(vault, kind, content)
    assert drafts.list_drafts(vault) == []


def test_never_in_plain_on_disk(vault, vault_path):
    drafts.save_draft(vault, "follow_up", {"line:t": MARK}, alias="AB12")
    vault.lock()
    for path in vault_path.parent.rglob("*"):
        if path.is_file():
            assert MARK.encode() not in path.read_bytes(), path.name


def test_a_purged_clients_drafts_go_with_the_notes(vault):
    import datetime as dt

    from po_desktop.services import casework as cw

    cw.add_assignment(
        vault,
        alias="AB12",
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2026, 1, 5),
    )
    drafts.save_draft(vault, "follow_up", {"line:t": MARK}, alias="AB12")
    drafts.save_draft(vault, "inquiry", {"line:t": "other"})
    cw.close_assignment(vault, "AB12", end=dt.date(2026, 3, 1), reason="goals_met")
    assert [d.kind for d in drafts.list_drafts(vault)] == ["inquiry"]
