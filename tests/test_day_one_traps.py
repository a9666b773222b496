"""Issue 12's correctness traps, through the services and the CLI: aliases that are names, no
invented statistics, a date to watch for every follow-up step, plurals."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from po_desktop.domain.aliases import common_names, name_problem
from po_desktop.errors import RejectedInput
from po_desktop.i18n import plural, relative_days
from po_desktop.services import casework as cw

D = dt.date.fromisoformat


def _add(vault, alias="AB12", **kw):
    args = dict(alias=alias, gender="woman", birth_year=1980, municipality="Mora",
                referral_source="self", start=D("2026-01-15"))
    args.update(kw)
    return cw.add_assignment(vault, **args)


# --- trap 4: aliases that are names ------------------------------------------------------------


@pytest.mark.parametrize("alias", [
    "Anna Svensson", "anna svensson".title(), "Kim Lee", "Anna-Lena Berg", "Tova", "anna",
    "ANNA", "Eva12", "Svensson3", "Lars-7", "A\u200bnna", "ＡＮＮＡ", "Åke", "karin lindqvist",
])
def test_name_like_alias_refused_by_the_service(vault, alias):
    with pytest.raises(RejectedInput) as exc:
        _add(vault, alias=alias)
    assert "AB12" in exc.value.message and "initialer" in exc.value.message
    assert exc.value.exit_code == 4 and "\n" not in exc.value.message
    assert cw.list_assignments(vault, include_closed=True) == []


@pytest.mark.parametrize("alias", ["AB12", "ab12", "CD34", "KL-07", "OLD1", "NEW2", "KeepMe1",
                                   "EVA1", "X1", "K-03", "Qzx7Klx", "klient 4"])
def test_initials_and_pseudonyms_pass(vault, alias):
    assert _add(vault, alias=alias).alias == alias


def test_renaming_to_a_name_is_refused_too(vault):
    _add(vault)
    with pytest.raises(RejectedInput):
        cw.update_assignment(vault, "AB12", alias="Maria")
    assert cw.get_assignment(vault, "AB12").alias == "AB12"


def test_name_list_is_data_and_large_enough():
    names = common_names()
    assert len(names) >= 250
    assert {"anna", "andersson", "johansson", "lars", "åsa"} <= names
    assert name_problem("AB12") is None


def test_cli_refuses_a_name_alias_with_exit_4(vault, cli):
    vault.lock()
    code, out, err = cli("assignment", "add", "--alias", "Anna Svensson", "--gender", "woman",
                         "--birth-year", "1980", "--municipality", "Mora",
                         "--referral-source", "self", "--start", "2026-01-15")
    assert code == 4 and out == "" and err.count("\n") == 1 and "AB12" in err


# --- trap 3: no invented statistics ------------------------------------------------------------


@pytest.mark.parametrize("missing,word", [("gender", "kön"), ("referral_source", "kontaktväg"),
                                          ("birth_year", "födelseår"),
                                          ("municipality", "kommun")])
def test_an_unchosen_category_is_refused_not_defaulted(vault, missing, word):
    with pytest.raises(RejectedInput) as exc:
        _add(vault, **{missing: None})
    assert exc.value.message.startswith("Välj") and word in exc.value.message
    assert cw.list_assignments(vault, include_closed=True) == []


def test_uppgift_saknas_is_a_real_choice(vault):
    assert _add(vault, gender="unknown").gender == "unknown"


def test_system_failure_needs_a_chosen_authority(vault):
    with pytest.raises(RejectedInput) as exc:
        cw.add_system_failure(vault, identified_on=D("2026-03-01"), authority=None,
                              area="Försörjningsstöd", description="Långa väntetider")
    assert exc.value.message.startswith("Välj")
    assert cw.list_system_failures(vault) == []


# --- plurals -----------------------------------------------------------------------------------


def test_plural_helper():
    one, many = "{n} träff", "{n} träffar"
    assert [plural(n, one, many) for n in (0, 1, 2)] == ["0 träffar", "1 träff", "2 träffar"]
    assert plural(1, "{n} sida av {m}", "{n} sidor av {m}", m=3) == "1 sida av 3"
    assert [relative_days(d) for d in (3, 1, 0, -1, -2)] == [
        "om 3 dagar", "i morgon", "i dag", "i går", "2 dagar sen"]


def test_purge_log_says_one_note_not_one_notes(vault, cli):
    _add(vault)
    cw.add_note(vault, "AB12", date=D("2026-02-01"), text="En")
    cw.close_assignment(vault, "AB12", end=D("2026-06-30"), reason="goals_met")
    vault.lock()
    code, out, _ = cli("assignment", "purge-log")
    assert code == 0 and "1 anteckning," in out and "0 bevakningar" in out
    assert "1 anteckningar" not in out
