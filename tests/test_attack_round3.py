"""Findings of the third attack pass (issue 20, "a fresh attack pass … finds nothing high or
medium"): each test failed before its fix."""

from __future__ import annotations

import datetime as dt
import json
import os

import pytest

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


def test_a_unit_that_is_not_accepted_is_no_part_of_the_economy(coordinator_vault, tmp_path):
    """A bundle from a unit the coordinator does not expect counts in no merged figure
    (statistics.md §5), and its label and municipality names must not reach the economy's
    notes either: "Leksand finns i PO Gästs paket men inte i kostnadsfördelningen" invited the
    coordinator to bill a municipality only a stranger's bundle named."""
    from po_desktop.services import coordinator as co
    from po_desktop.services import economy
    from tests.fixtures.coordinator_helpers import unit_bundle, write

    v = coordinator_vault
    co.expect_unit(v, "PO Mora")
    mora = unit_bundle(label="PO Mora", n=6)
    guest = unit_bundle(label="PO Gäst", n=4, seed=3, municipalities=("Leksand",))
    assert co.import_file(v, write(tmp_path, "m.pobundle", mora)).counted
    assert not co.import_file(v, write(tmp_path, "g.pobundle", guest)).counted
    view = economy.economy(v, 2026)
    shown = json.dumps(view.to_dict(), ensure_ascii=False) + "\n".join(view.status_lines())
    assert "Leksand" not in shown and "PO Gäst" not in shown, shown
    assert view.half_year_only == ("PO Mora",)
    co.accept_unit(v, guest["unit"]["id"][:8])
    view = economy.economy(v, 2026)
    assert "PO Gäst" in view.half_year_only
    assert any(name == "Leksand" for name, _unit in view.undeclared)


@pytest.mark.parametrize(
    "written",
    ["820314-\n1232", "820314 -\r\n1232", "820314_1232", "820314:1232", "820314,1232"],
)
def test_a_personnummer_wrapped_or_joined_by_another_separator_is_found(written):
    from po_desktop.domain.privacy import find_personal_data

    found = find_personal_data(f"Klienten ({written}) fick avslag.")
    assert [f.kind for f in found] == ["personnummer"], found


@pytest.mark.parametrize(
    "prose",
    [
        "Kl. 08:30, 10:15 och 14:30 hade vi möten; 1993:387 och SFS 2001:453.",
        "Beslutet kom 2026-03-14 08:30:12, dnr 2026:1232.",
        "Kostnaden 1 234,56 kr per månad, 12,5 timmar, 3,8 %.",
        "Mellan 820314 och 1232 dagar",
    ],
)
def test_the_new_separators_raise_no_false_alarm_on_prose(prose):
    from po_desktop.domain.privacy import find_personal_data

    assert find_personal_data(prose) == []


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("plan", "Som exempel: Anna Svensson, Storgatan 5, fick hjälp med sin ansökan."),
        ("priorities", "Klienten 820314-1232 prioriterades."),
        ("follow_up", "Frågor till anna.svensson@gmail.com"),
        ("administration", "Socialförvaltningen, ring 070-123 45 67"),
    ],
)
def test_the_grant_application_texts_are_scanned_before_they_leave(
    coordinator_vault, cli, tmp_path, field, text
):
    """The application's free texts are printed and sent to Länsstyrelsen: a personnummer, a
    phone number, an e-mail address or a name with a street address is refused (exit 4),
    naming the kind, never the text, and nothing is stored."""
    from po_desktop.services import economy_application as app

    app.set_application(coordinator_vault, 2026, {"plan": "Ombuden arbetar uppsökande."})
    path = coordinator_vault.path
    coordinator_vault.lock()
    code, _out, err = cli(
        "coordinator", "economy", "application", "set", "--year", "2026",
        "--field", f"{field}={text}", vault=path,
    )  # fmt: skip
    assert code == 4, err
    assert err.count("\n") == 1 and "inget sparades" in err.lower()
    assert "820314" not in err and "Storgatan" not in err and "gmail" not in err
    code, out, _err = cli(
        "coordinator", "economy", "application", "show", "--year", "2026", "--json", vault=path
    )
    assert code == 0
    assert json.loads(out)["fields"] == {"plan": "Ombuden arbetar uppsökande."}


def test_the_application_keeps_its_own_contact_details(coordinator_vault):
    """The administration's own address, phone and e-mail are what those fields are for."""
    from po_desktop.services import economy_application as app

    fields = app.set_application(
        coordinator_vault,
        2026,
        {
            "postal_address": "Socialförvaltningen, Box 1, 792 21 Mora",
            "phone": "0250-260 00",
            "email": "socialforvaltningen@mora.se",
            "plan": "Ombuden arbetar uppsökande, i samverkan med 2 regioner (SFS 2013:522).",
        },
    )
    assert fields["email"] == "socialforvaltningen@mora.se"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_an_output_path_that_is_a_pipe_or_device_is_refused_not_replaced(vault, cli, tmp_path):
    """The atomic write renames a temporary file onto the target: onto a named pipe (or, as
    root, onto /dev/zero) that replaced the special file with the bundle. An existing target
    that is not a regular file is refused (exit 4) and left as it was."""
    import stat

    path = vault.path
    vault.lock()
    fifo = tmp_path / "pipe.pobundle"
    os.mkfifo(fifo)
    code, _out, err = cli("bundle", "export", "--period", "2026H1", "--out", str(fifo), vault=path)
    assert code == 4, err
    assert err.count("\n") == 1 and "ingen vanlig fil" in err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    code, _out, err = cli("print", "survey", "--out", str(fifo), vault=path)
    assert code == 4 and stat.S_ISFIFO(os.lstat(fifo).st_mode), err


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("activities", "hours_by_kind", "information"), -0.0),
        (("capacity", "fte"), -0.0),
    ],
)
def test_minus_zero_in_a_bundle_is_refused_like_a_negative_count(where, value):
    """bundle.md §6 step 8: -0.0 hours or FTE passed (it is not below zero) and a unit's
    report could print "-0,0"."""
    from po_desktop.bundle import load_and_validate
    from po_desktop.bundle.format import BundleRejected
    from tests.test_signed_bundles import new_identity, signed_bundle

    b = signed_bundle(new_identity())
    node = b["figures"]
    for key in where[:-1]:
        node = node[key]
    node[where[-1]] = value
    if where[-1] == "fte":
        b["figures"]["capacity"]["active_per_fte"] = None
    data = json.dumps(b, ensure_ascii=False).encode()
    with pytest.raises(BundleRejected) as exc:
        load_and_validate(data)
    assert "negativt" in exc.value.reason and ".".join(where) in exc.value.reason


def test_an_invisible_character_makes_no_second_municipality(tmp_path):
    """A municipality pasted with a zero-width space or a soft hyphen ("Mo\\u200bra") was kept
    beside "Mora": two rows that look the same in every bundle and merged report. It is
    dropped on entry, and a bundle naming both is refused as naming one municipality twice."""
    from po_desktop.bundle import load_and_validate
    from po_desktop.bundle.format import BundleRejected
    from po_desktop.errors import RejectedInput
    from po_desktop.services.vault_admin import clean_unit_settings
    from tests.fixtures.coordinator_helpers import unit_bundle

    cleaned = clean_unit_settings("PO Mora", ["Mo\u200bra", "Mora", "Or\u00adsa"], "1.00")
    assert cleaned["municipalities"] == ["Mora", "Orsa"]
    with pytest.raises(RejectedInput):  # a bidi control is refused, never silently dropped
        clean_unit_settings("PO Mora", ["Mo\u202era"], "1.00")
    b = unit_bundle(municipalities=("Mora", "Mo\u200bra"))
    with pytest.raises(BundleRejected) as exc:
        load_and_validate(json.dumps(b, ensure_ascii=False).encode())
    assert "två gånger" in exc.value.reason
