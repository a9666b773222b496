"""Any text prints (issue 19, the storage half): what Word pastes — a vertical tab from
Shift+Enter, form feed, U+0001, ESC, U+FFFE, a lone surrogate, U+2028/2029, NEL, CR LF, a
decomposed letter — is made plain at every service that stores free text (safetext.clean_text):
a line break stays a line break, other controls and noncharacters go, NFC."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from po_desktop.domain.safetext import clean_text
from po_desktop.services import activities, annual, survey
from po_desktop.services import casework as cw

D = dt.date
PASTED = (
    "Rad ett\x0bRad två\x0cRad\u2028tre\u2029fyra\r\nfem\x01\x1b[31m\ufffe\ud800\x85sex a\u030a"
)
CLEAN = "Rad ett\nRad två\nRad\ntre\nfyra\nfem[31m\nsex å"
ONE_LINE = "Rad ett Rad två Rad tre fyra fem[31m sex å"


def _bad(text: str) -> list[str]:
    return [
        c
        for c in text
        if (ord(c) < 32 and c not in "\t\n")
        or 0x7F <= ord(c) <= 0x9F
        or 0xD800 <= ord(c) <= 0xDFFF
        or c in "\ufffe\uffff\u2028\u2029"
    ]


def test_clean_text():
    assert clean_text(PASTED) == CLEAN
    assert clean_text(PASTED, multiline=False) == ONE_LINE
    assert clean_text("vanlig text\tmed tabb") == "vanlig text\tmed tabb"
    assert clean_text("\U0001fffe\ufdd0x\u202ey") == "xy"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(codec=None, blacklist_categories=()), max_size=200))
def test_clean_text_leaves_nothing_an_xml_writer_refuses(text):
    out = clean_text(text)
    assert _bad(out) == []
    out.encode("utf-8")  # no lone surrogate
    assert clean_text(out) == out  # idempotent


def _assignment(vault, alias="AB12"):
    cw.add_assignment(
        vault,
        alias=alias,
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=D(2026, 1, 15),
    )


def test_system_failure_add_on_the_command_line_stores_plain_text(vault, cli):
    vault.lock()
    code, out, err = cli(
        "system-failure",
        "add",
        "--identified-on",
        "2026-02-01",
        "--authority",
        "municipality",
        "--area",
        "Social\x01tjänst",
        "--description",
        PASTED,
    )
    assert code == 0, err
    from po_desktop.services.vault_admin import open_vault
    from tests.fixtures.vault_support import PASSPHRASE

    v = open_vault(vault.path, PASSPHRASE)
    try:
        [sf] = cw.list_system_failures(v)
        assert sf.description == CLEAN and sf.area == "Socialtjänst"
    finally:
        v.lock()


def test_notes_follow_ups_inquiries_store_plain_text(vault):
    _assignment(vault)
    n = cw.add_note(vault, "AB12", date=D(2026, 2, 1), text=PASTED)
    assert n.text == CLEAN
    assert cw.update_note(vault, n.id, text="x\x0by\ufffe").text == "x\ny"
    f = cw.add_follow_up(vault, "AB12", step="decision_served", date=D(2026, 2, 2), text=PASTED)
    assert f.text == CLEAN
    q = cw.add_inquiry(
        vault,
        date=D(2026, 2, 3),
        referral_source="self",
        outcome="referred_elsewhere",
        referred_to=PASTED,
    )
    assert q.referred_to == CLEAN


def test_activity_title_analysis_and_survey_round_store_plain_text(vault):
    a = activities.add_activity(vault, kind="network", title=PASTED, date=D(2026, 3, 1))
    assert a.title == ONE_LINE
    view = annual.set_analysis(vault, 2026, PASTED)
    assert view.text == CLEAN
    r = survey.add_round(
        vault, label="Våren\x0b2026\ufffe", date_from=D(2026, 3, 1), date_to=D(2026, 3, 31),
        handed_out=10,
    )  # fmt: skip
    assert r.label == "Våren 2026"


def test_alias_with_pasted_controls_is_stored_plain(vault):
    _assignment(vault, alias="CD\x1b34\ufffe")
    assert [a.alias for a in cw.list_assignments(vault)] == ["CD34"]


@pytest.mark.parametrize("ch", ["\ud800", "\udcff"])
def test_a_lone_surrogate_is_no_unexpected_error(vault, ch):
    _assignment(vault)
    n = cw.add_note(vault, "AB12", date=D(2026, 2, 1), text=f"före{ch}efter")
    assert n.text == "föreefter"
