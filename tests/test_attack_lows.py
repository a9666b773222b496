"""Issue 20, the attack round's low findings: one signing key for two unit ids, look-alike unit
labels at acceptance, absurd casework dates, municipality names that differ only in case in the
merged report, invisible characters echoed in refusals, output paths that are pipes."""

from __future__ import annotations

import os
import stat

import pytest


def one_line_refusal(code: int, err: str) -> bool:
    return code == 4 and err.count("\n") == 1 and "Traceback" not in err


# --- 6: every output-path refusal is exit 4, one line -----------------------------------------

OUTPUTS = [
    ("print", "forms", "--copy-to", "{fifo}"),
    ("print", "forms", "--copy-to", "{fifo}/sub"),
    ("print", "forms", "--copy-to", "{folder}"),
    ("print", "intake", "--blank", "--out", "{fifo}"),
    ("print", "stats", "--period", "2026H1", "--out", "{fifo}"),
    ("print", "annual-report", "--year", "2026", "--out", "{ok}", "--docx", "{fifo}"),
    ("vault", "backup", "{fifo}"),
]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.parametrize("argv", OUTPUTS, ids=lambda a: " ".join(a[:3]))
def test_an_output_path_that_is_a_pipe_is_one_line_exit_4(vault, cli, tmp_path, argv):
    path = vault.path
    vault.lock()
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "forms"
    folder.mkdir()
    os.mkfifo(folder / "intake.toml")
    args = [a.format(fifo=fifo, folder=folder, ok=tmp_path / "ok.pdf") for a in argv]
    code, _out, err = cli(*args, vault=path)
    assert one_line_refusal(code, err), (code, err)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert stat.S_ISFIFO(os.lstat(folder / "intake.toml").st_mode)
    assert sorted(os.listdir(folder)) == ["intake.toml"]


# --- 1: one signing key is bound to one unit id -------------------------------------------------


def test_one_key_never_binds_a_second_unit_id(coordinator_vault, cli, tmp_path):
    """A copied vault (same key) exporting under another unit id was bound as a second unit:
    one key, two units, and the copy counted twice once accepted."""
    import uuid

    from sqlalchemy import func, select

    from po_desktop.services import coordinator as co
    from po_desktop.storage.models import ImportedBundle, UnitKey
    from tests.fixtures.coordinator_helpers import dump, write
    from tests.test_signed_bundles import new_identity, signed_bundle

    v = coordinator_vault
    co.expect_unit(v, "PO Mora")
    key = new_identity()
    mora, copy_id = str(uuid.uuid4()), str(uuid.uuid4())
    first = signed_bundle(key, mora, created_at="2026-07-05T10:00:00.000000Z")
    assert co.import_file(v, write(tmp_path, "a.pobundle", first)).status == "imported"
    copy = signed_bundle(key, copy_id, label="PO Orsa", created_at="2026-07-06T10:00:00.000000Z")
    path = write(tmp_path, "copy.pobundle", copy)
    r = co.import_file(v, path)
    assert r.status == "rejected" and "kopierat valv" in r.reason and "PO Mora" in r.reason
    with v.session() as s:
        assert s.scalar(select(func.count()).select_from(ImportedBundle)) == 1
        assert [k.unit_id for k in s.scalars(select(UnitKey))] == [mora]
    before = dump(v)
    vpath = v.path
    v.lock()
    code, out, err = cli("coordinator", "import", str(path), vault=vpath)
    assert one_line_refusal(code, err) and "kopierat valv" in out, (code, out, err)
    # the refusal is logged (no content), nothing else changes
    from po_desktop.storage import Vault
    from tests.fixtures.vault_support import PASSPHRASE

    v2 = Vault.unlock(vpath, PASSPHRASE)
    try:
        after = json_tables(dump(v2))
        assert {k: t for k, t in after.items() if k != "coordinator_log"} == {
            k: t for k, t in json_tables(before).items() if k != "coordinator_log"
        }
        # the same unit with a new id: release the old binding, then the key binds the new id
        co.rebind_unit(v2, mora)
        assert co.import_file(v2, path).status == "imported"
        assert co.unit_fingerprints(v2) == {copy_id: key.signing_fingerprint}
    finally:
        v2.lock()


def json_tables(text: str) -> dict:
    import json

    return json.loads(text)


# --- 5: refusals never echo an invisible character -------------------------------------------

ZWSP = "\u200b"


def add_args(alias="AB12", municipality="Orsa", start="2026-02-01"):
    return [
        "assignment",
        "add",
        "--alias",
        alias,
        "--gender",
        "man",
        "--birth-year",
        "1975",
        "--municipality",
        municipality,
        "--referral-source",
        "social_services",
        "--start",
        start,
    ]


@pytest.mark.parametrize(
    "argv",
    [
        add_args(municipality=f"Falu{ZWSP}n"),
        ["assignment", "show", f"ZZ{ZWSP}99"],
        add_args(alias=f"Anna{ZWSP} Svensson"),
        add_args(alias=f"Ab{ZWSP}\u00ad\u2060 \x1b[31mAnna Svensson"),
    ],
    ids=["municipality", "alias unknown", "alias a name", "alias with escape"],
)
def test_a_refusal_shows_invisible_characters_visibly(vault, cli, argv):
    path = vault.path
    vault.lock()
    code, _out, err = cli(*argv, vault=path)
    assert one_line_refusal(code, err), (code, err)
    # shown as <U+200B>, or not echoed at all (the alias rule reads the name without them)
    assert "<U+200B>" in err or "Anna Svensson" in err
    for c in (ZWSP, "\u00ad", "\u2060", "\x1b"):
        assert c not in err


def test_a_bundle_label_refusal_shows_the_invisible_character(coordinator_vault, cli, tmp_path):
    """The label "PO<ZWSP>Mоra" (Cyrillic о) is refused as non-Latin; the reason echoed the
    label with the zero-width space in it."""
    from tests.fixtures.coordinator_helpers import unit_bundle, write

    path = write(tmp_path, "x.pobundle", unit_bundle(label=f"PO{ZWSP} M\u043era"))
    vpath = coordinator_vault.path
    coordinator_vault.lock()
    code, out, err = cli("coordinator", "import", str(path), vault=vpath)
    assert one_line_refusal(code, err) and "latinska bokstäver" in out, (code, out, err)
    assert ZWSP not in out + err and "\\u200b" in out


def test_visible():
    from po_desktop.domain.safetext import visible

    assert visible(f"PO{ZWSP}Mora\x1b[2J\u202e") == "PO<U+200B>Mora<U+001B>[2J<U+202E>"
    assert visible("PO Malung-Sälen") == "PO Malung-Sälen"
    assert visible("x" * 100, 10) == "x" * 9 + "…"


# --- 4: a municipality that differs only in case is the same municipality ---------------------


def test_merged_municipalities_ignore_case_and_show_one_spelling(coordinator_vault, cli, tmp_path):
    import json

    from po_desktop.bundle import digest
    from po_desktop.services import coordinator as co
    from tests.fixtures.coordinator_helpers import unit_bundle, write

    v = coordinator_vault
    v.set_settings({"municipalities": ["Mora", "Orsa"]})  # the coordinator's own spelling
    for label in ("PO Mora", "PO Orsa", "PO Älvdalen"):
        co.expect_unit(v, label)
    a = unit_bundle(label="PO Mora", n=6)
    b = unit_bundle(label="PO Orsa", n=9, seed=2)
    c = unit_bundle(label="PO Älvdalen", n=4, seed=5)
    for bundle, spell in ((b, {"Mora": "mora", "Orsa": "ORSA"}), (c, {"Mora": "MORA "})):
        by = bundle["figures"]["assignments"]["by_municipality"]
        bundle["figures"]["assignments"]["by_municipality"] = {
            spell.get(k, k): n for k, n in by.items()
        }
        bundle["unit"]["municipalities"] = [
            spell.get(m, m) for m in bundle["unit"]["municipalities"]
        ]
        bundle["sha256"] = digest(bundle)
    for name, bundle in (("a", a), ("b", b), ("c", c)):
        assert co.import_file(v, write(tmp_path, f"{name}.pobundle", bundle)).ok
    expected = {
        m: sum(x["figures"]["assignments"]["by_municipality"].get(m, 0) for x in (a, b, c))
        + b["figures"]["assignments"]["by_municipality"].get(m.lower(), 0)
        + b["figures"]["assignments"]["by_municipality"].get(m.upper(), 0)
        + c["figures"]["assignments"]["by_municipality"].get(m.upper() + " ", 0)
        for m in ("Mora", "Orsa")
    }
    assert co.merged_report(v, "2026H1")["figures"]["assignments"]["by_municipality"] == expected
    vpath = v.path
    v.lock()
    code, out, err = cli("coordinator", "report", "--period", "2026H1", "--json", vault=vpath)
    assert code == 0, err
    assert json.loads(out)["figures"]["assignments"]["by_municipality"] == expected


# --- 3: one sane range for the dates of the casework ------------------------------------------


def _in_years(n: int) -> str:
    import datetime as dt

    today = dt.date.today()
    return today.replace(year=today.year + n, day=min(today.day, 28)).isoformat()


def test_absurd_casework_dates_are_refused_in_one_line(vault, cli):
    from tests.fixtures.coordinator_helpers import dump

    path = vault.path
    vault.lock()
    code, _out, err = cli(*add_args(), vault=path)
    assert code == 0, err
    later = _in_years(3)
    cases = [
        add_args(alias="CD34", start="0001-01-01"),
        add_args(alias="CD34", start="1999-12-31"),
        add_args(alias="CD34", start=later),
        ["assignment", "close", "AB12", "--end", "9999-12-31", "--reason", "goals_met"],
        ["note", "add", "AB12", "--date", "0001-01-01", "--text", "Ringde FK."],
        ["follow-up", "add", "AB12", "--step", "other", "--date", "0001-01-01"],
        ["follow-up", "add", "AB12", "--step", "other", "--date", later],
        [
            "follow-up",
            "add",
            "AB12",
            "--step",
            "other",
            "--date",
            "2026-03-01",
            "--due",
            _in_years(6),
        ],
        [
            "inquiry",
            "add",
            "--date",
            "0001-01-01",
            "--referral-source",
            "self",
            "--outcome",
            "waiting",
        ],
        [
            "system-failure",
            "add",
            "--identified-on",
            "1066-10-14",
            "--authority",
            "municipality",
            "--area",
            "Bistånd",
            "--description",
            "Lång väntan",
        ],
        ["activity", "add", "--kind", "network", "--title", "Träff", "--date", later],
    ]
    from po_desktop.storage import Vault
    from tests.fixtures.vault_support import PASSPHRASE

    def stored() -> str:
        v = Vault.unlock(path, PASSPHRASE)
        try:
            return dump(v)
        finally:
            v.lock()

    before = stored()
    for argv in cases:
        code, out, err = cli(*argv, vault=path)
        assert one_line_refusal(code, err), (argv, code, err)
        assert "utanför 2000-01-01 – " in err and "inget sparades" in err, err
    assert stored() == before
    # a deadline may lie further ahead than a fact
    code, _out, err = cli(
        "follow-up", "add", "AB12", "--step", "other", "--date", "2026-03-01", "--due", _in_years(4)
    )
    assert code == 0, err


def test_the_window_gets_the_same_date_rule(vault):
    import datetime as dt

    from po_desktop.errors import RejectedInput
    from po_desktop.services import casework as cw

    with pytest.raises(RejectedInput, match="utanför 2000-01-01"):
        cw.add_inquiry(vault, date=dt.date(1, 1, 1), referral_source="self", outcome="waiting")
    assert cw.list_inquiries(vault) == []


# --- 2: a look-alike label is accepted only when the coordinator confirms -----------------------


@pytest.mark.parametrize("lookalike", ["P0 Mora", "PO-Mora", "POMora", "PO Rnora", "PO  Mora 1"])
def test_accepting_a_look_alike_unit_needs_yes(coordinator_vault, cli, tmp_path, lookalike):
    from po_desktop.services import coordinator as co
    from tests.fixtures.coordinator_helpers import dump, unit_bundle, write

    v = coordinator_vault
    co.expect_unit(v, "PO Mora 1" if lookalike.endswith("1") else "PO Mora")
    guest = unit_bundle(label=lookalike.replace("Mora 1", "Mora l"), n=5, seed=4)
    r = co.import_file(v, write(tmp_path, "g.pobundle", guest))
    assert r.status == "imported" and not r.counted
    unit_id = guest["unit"]["id"]
    before = dump(v)
    vpath = v.path
    v.lock()
    code, out, err = cli("coordinator", "accept", "--unit-id", unit_id[:8], vault=vpath)
    assert one_line_refusal(code, err), (code, err)
    assert "liknar 'PO Mora" in err and "som redan finns" in err and "(--yes)" in err
    from po_desktop.storage import Vault
    from tests.fixtures.vault_support import PASSPHRASE

    v2 = Vault.unlock(vpath, PASSPHRASE)
    try:
        assert dump(v2) == before
    finally:
        v2.lock()
    code, out, err = cli("coordinator", "accept", "--unit-id", unit_id[:8], "--yes", vault=vpath)
    assert code == 0, err
    v2 = Vault.unlock(vpath, PASSPHRASE)
    try:
        assert co.merged_report(v2, "2026H1")["units_counted"] == 1
        assert co.merged_report(v2, "2026H1")["not_counted"] == []
    finally:
        v2.lock()


def test_expecting_a_look_alike_label_needs_yes(coordinator_vault, cli):
    from po_desktop.services import coordinator as co

    co.expect_unit(coordinator_vault, "PO Mora")
    vpath = coordinator_vault.path
    coordinator_vault.lock()
    code, _out, err = cli("coordinator", "expect", "--unit-label", "P0 Mora", vault=vpath)
    assert one_line_refusal(code, err) and "liknar 'PO Mora'" in err, err
    code, _out, err = cli("coordinator", "expect", "--unit-label", "PO Orsa", vault=vpath)
    assert code == 0, err  # an ordinary other unit is no look-alike
    code, _out, err = cli("coordinator", "expect", "--unit-label", "P0 Mora", "--yes", vault=vpath)
    assert code == 0, err


def test_lookalike_key():
    from po_desktop.domain.bundle_rules import lookalike_key

    same = ["PO Mora", "P0 Mora", "PO-Mora", "POMora", "po  mora.", "PO Rnora"]
    assert {lookalike_key(x) for x in same} == {lookalike_key("PO Mora")}
    assert lookalike_key("PO Il1a") == lookalike_key("PO 1lla") == lookalike_key("PO llIa")
    for other in ("PO Orsa", "PO Mora 2", "PO Malung-Sälen", "PO Moraby"):
        assert lookalike_key(other) != lookalike_key("PO Mora")
