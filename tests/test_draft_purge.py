"""A draft about a client belongs to the assignment's id: renaming the alias and closing the
assignment purges it with the notes, and no byte of it stays in the decrypted vault (issue 20
§5)."""

from __future__ import annotations

import datetime as dt

from po_desktop.services import casework as cw
from po_desktop.services import drafts
from tests.test_purge_proof import every_cell_of_every_table, found_in_file

D = dt.date.fromisoformat
DRAFT_MARKER = "Utkastkvarnhjul5521"


def _assignment(vault, alias):
    cw.add_assignment(
        vault,
        alias=alias,
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=D("2026-01-10"),
    )


def test_draft_under_an_old_alias_is_purged_with_the_assignment(vault):
    _assignment(vault, "Gammal11")
    _assignment(vault, "Annan22")
    drafts.save_draft(
        vault, "follow_up", {"text": f"Bevaka {DRAFT_MARKER}"}, alias="Gammal11", item_id=None
    )
    drafts.save_draft(vault, "follow_up", {"text": "Behalls kvar 7781"}, alias="Annan22")
    cw.update_assignment(vault, "Gammal11", alias="Ny33")
    vault.checkpoint()
    assert found_in_file(vault, DRAFT_MARKER)  # the decryptor sees the draft before

    closed = cw.close_assignment(
        vault, "Ny33", end=D("2026-06-30"), reason="goals_met", today=D("2026-06-30")
    )
    assert closed.purged
    assert [d.alias for d in drafts.list_drafts(vault)] == ["Annan22"]
    dump = every_cell_of_every_table(vault)
    assert DRAFT_MARKER.lower() not in dump and "gammal11" not in dump
    assert found_in_file(vault, DRAFT_MARKER, "Gammal11") == []
    assert found_in_file(vault, "Behalls kvar 7781")  # the other client's draft is still there


def test_a_draft_for_a_new_assignment_has_no_owner(vault):
    drafts.save_draft(vault, "assignment", {"alias": "Ny44"}, alias="Ny44")
    _assignment(vault, "Ny55")
    cw.close_assignment(vault, "Ny55", end=D("2026-06-30"), reason="moved", today=D("2026-06-30"))
    assert [d.alias for d in drafts.list_drafts(vault)] == ["Ny44"]
