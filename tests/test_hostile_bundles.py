"""The coordinator survives hostile and broken bundles (issue 11 §2): strict numbers, every field
checked, no control or bidi character printed, no far-future created_at, the unit id bound to
its label, withdrawal, and one broken file never stops the others."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import uuid

import pytest

from po_desktop.bundle import digest, load_and_validate
from po_desktop.bundle.format import BundleRejected, utc_timestamp
from po_desktop.csvsafe import safe_cell
from po_desktop.errors import RejectedInput
from po_desktop.services import coordinator as co
from tests.fixtures.coordinator_helpers import accept_all, dump, sf_item, unit_bundle, write


def ts(minute):
    return f"2026-07-05T10:{minute:02d}:00.000000Z"


def rehashed(b) -> dict:
    b["sha256"] = digest(b)
    return b


def raw_with(b, old: str, new: str) -> bytes:
    """The bundle's JSON text with one literal replaced (no rehash needed: these fail first)."""
    text = json.dumps(b, ensure_ascii=False)
    assert old in text
    return text.replace(old, new, 1).encode()


def reason(data) -> str:
    with pytest.raises(BundleRejected) as exc:
        load_and_validate(data if isinstance(data, bytes) else json.dumps(data).encode())
    return exc.value.reason


# --- numbers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("literal", "needle"),
    [
        ("1.0", "figures.assignments.new ska vara ett heltal"),
        ("1e300", "figures.assignments.new ska vara ett heltal"),
        ("1E2", "figures.assignments.new ska vara ett heltal"),
        ("1e400", "oändligt"),
        ("-1e400", "oändligt"),
        ("NaN", "inte giltig JSON"),
        ("Infinity", "inte giltig JSON"),
        ("10000000000", "figures.assignments.new är större än"),
    ],
)
def test_counts_are_json_integers(literal, needle):
    b = unit_bundle(n=6)
    new = b["figures"]["assignments"]["new"]
    assert needle in reason(raw_with(b, f'"new": {new}', f'"new": {literal}'))


def test_float_count_rejected_with_its_path():
    b = unit_bundle(n=6)
    b["figures"]["assignments"]["new"] = float(b["figures"]["assignments"]["new"])
    assert "figures.assignments.new ska vara ett heltal" in reason(rehashed(b))


def test_infinite_fte_rejected():
    b = unit_bundle(n=6)
    assert "oändligt" in reason(raw_with(b, '"fte": 1.0', '"fte": 1e400'))


# --- fields against the profile or a pattern -------------------------------------------------


def test_authority_must_be_a_profile_code():
    b = unit_bundle(system_failures=[sf_item()])
    b["system_failures"][0]["authority"] = "kommunen"  # a label, not the code "municipality"
    assert "okänd myndighet" in reason(rehashed(b))
    b["system_failures"][0]["authority"] = "municipality\u202e"
    assert "styrtecken" in reason(rehashed(b))


def test_systemfel_id_is_a_uuid():
    b = unit_bundle(system_failures=[sf_item()])
    b["system_failures"][0]["id"] = "1; DROP"
    assert "system_failures[0].id har fel form" in reason(rehashed(b))


@pytest.mark.parametrize(
    ("where", "char"),
    [
        ("label", "\x1b[2J"),
        ("label", "\u202e"),
        ("label", "\x9b"),
        ("label", "\n"),
        ("municipality", "\x07"),
        ("municipality", "\u2066"),
        ("description", "\x1b]0;x\x07"),
        ("description", "\u202d"),
        ("producer", "\x00"),
    ],
)
def test_control_and_bidi_characters_refused(where, char):
    b = unit_bundle(system_failures=[sf_item()])
    if where == "label":
        b["unit"]["label"] = "PO " + char + "Mora"
    elif where == "municipality":
        b["unit"]["municipalities"][0] = "Mo" + char + "ra"
    elif where == "description":
        b["system_failures"][0]["description"] = "Väntan" + char
    else:
        b["producer"]["version"] = "1" + char
    assert "styrtecken" in reason(rehashed(b))


def test_line_breaks_allowed_in_systemfel_text():
    b = unit_bundle(system_failures=[sf_item("Rad ett\nRad två\tmed tabb")])
    assert load_and_validate(json.dumps(rehashed(b)).encode()).system_failures


def test_created_at_far_in_the_future_refused():
    now = dt.datetime.now(dt.UTC)
    b = unit_bundle(created_at=utc_timestamp(now + dt.timedelta(days=2)))
    assert "framtiden" in reason(b)
    ok = unit_bundle(created_at=utc_timestamp(now + dt.timedelta(hours=3)))
    assert load_and_validate(json.dumps(ok).encode())


# --- personal data in every text -------------------------------------------------------------


@pytest.mark.parametrize(
    "mutate",
    [
        lambda b: b["unit"].update(label="PO Mora 070\u2013123 45 67"),
        lambda b: b["unit"]["municipalities"].append("anna(at)kommun.se"),
        lambda b: b["system_failures"].__setitem__(0, sf_item("Gäller 850101\u20131236")),
    ],
)
def test_personal_data_anywhere_rejected(coordinator_vault, tmp_path, mutate):
    b = unit_bundle(system_failures=[sf_item()])
    mutate(b)
    r = co.import_bundles(coordinator_vault, [write(tmp_path, "x.pobundle", rehashed(b))])[0]
    assert r.status == "rejected" and "innehåller" in r.reason
    assert "1236" not in r.reason and "070" not in r.reason and "anna" not in r.reason


# --- one file never blocks the others --------------------------------------------------------


def test_cli_import_crash_in_one_file_keeps_the_others(
    coordinator_vault, cli, tmp_path, monkeypatch
):
    v = coordinator_vault
    path = v.path
    v.lock()
    a = write(tmp_path, "a.pobundle", unit_bundle(label="PO Mora"))
    b = write(tmp_path, "b.pobundle", unit_bundle(label="PO Orsa"))
    c = write(tmp_path, "c.pobundle", unit_bundle(label="PO Rättvik"))
    inf = tmp_path / "inf.pobundle"
    inf.write_bytes(raw_with(unit_bundle(label="PO Leksand"), '"fte": 1.0', '"fte": 1e400'))
    real = co.load_and_validate

    def flaky(source, *args, **kw):
        if str(source).endswith("b.pobundle"):
            raise RuntimeError("boom")
        return real(source, *args, **kw)

    monkeypatch.setattr(co, "load_and_validate", flaky)
    code, out, err = cli("coordinator", "import", str(a), str(b), str(inf), str(c), vault=path)
    assert code == 4, err
    assert f"{a}: importerad" in out and f"{c}: importerad" in out
    assert f"{b}: avvisad: oväntat fel vid importen (RuntimeError)" in out
    assert f"{inf}: avvisad" in out
    assert "2 av 4 filer importerades inte" in err


def test_terminal_never_gets_an_escape_sequence(coordinator_vault, cli, tmp_path):
    v = coordinator_vault
    path = v.path
    v.lock()
    evil = tmp_path / "x\x1b[31m\u202eevil.pobundle"
    evil.write_bytes(b"{}")
    code, out, err = cli("coordinator", "import", str(evil), vault=path)
    assert code == 4
    assert "\x1b" not in out + err and "\u202e" not in out + err
    assert "evil.pobundle" in out


# --- unit binding, withdrawal ----------------------------------------------------------------


def test_first_bundle_binds_the_unit_id_to_its_label(coordinator_vault, tmp_path):
    v = coordinator_vault
    co.expect_unit(v, "PO Mora")
    genuine, forged = str(uuid.uuid4()), str(uuid.uuid4())
    assert (
        co.import_bundles(
            v,
            [
                write(
                    tmp_path, "g.pobundle", unit_bundle(genuine, label="PO Mora", created_at=ts(1))
                )
            ],
        )[0].status
        == "imported"
    )
    r = co.import_bundles(
        v, [write(tmp_path, "f.pobundle", unit_bundle(forged, label="PO Mora", created_at=ts(9)))]
    )[0]
    assert r.status == "rejected" and "annan enhet" in r.reason
    assert co.log_entries(v)[-1]["action"] == "refused_unit"
    # an unexpected label binds too
    other = str(uuid.uuid4())
    co.import_bundles(v, [write(tmp_path, "o.pobundle", unit_bundle(label="PO Gäst"))])
    r = co.import_bundles(v, [write(tmp_path, "o2.pobundle", unit_bundle(other, label="PO Gäst"))])[
        0
    ]
    assert r.status == "rejected"
    # a unit that really made a new vault: the coordinator releases the binding
    co.unbind_unit(v, "PO Mora")
    r = co.import_bundles(
        v, [write(tmp_path, "n.pobundle", unit_bundle(forged, label="PO Mora", period="2026H2"))]
    )[0]
    assert r.status == "imported"
    assert co.expected_units(v)[0]["unit_id"] == forged


def test_withdraw_restores_the_replaced_bundle_and_is_logged(coordinator_vault, tmp_path):
    v = coordinator_vault
    mora = str(uuid.uuid4())
    old = unit_bundle(mora, created_at=ts(1), n=6)
    new = unit_bundle(mora, created_at=ts(2), n=9)
    co.import_bundles(v, [write(tmp_path, "a.pobundle", old), write(tmp_path, "b.pobundle", new)])
    accept_all(v)
    assert co.merged_report(v, "2026H1")["units"][0]["bundle_id"] == new["bundle_id"]
    info = co.withdraw_bundle(v, new["bundle_id"][:8])
    assert info["restored"] == old["bundle_id"]
    assert co.merged_report(v, "2026H1")["units"][0]["bundle_id"] == old["bundle_id"]
    assert co.log_entries(v)[-1]["action"] == "withdraw"
    assert co.log_entries(v)[-1]["bundle_id"] == new["bundle_id"]
    co.withdraw_bundle(v, old["bundle_id"])
    assert co.merged_report(v, "2026H1")["units"] == []
    with pytest.raises(RejectedInput):
        co.withdraw_bundle(v, old["bundle_id"])
    # the withdrawn bundle can be imported again
    assert co.import_bundles(v, [write(tmp_path, "b2.pobundle", new)])[0].status == "imported"


def test_withdraw_refused_in_an_approved_period(coordinator_vault, tmp_path):
    v = coordinator_vault
    b = unit_bundle()
    co.import_bundles(v, [write(tmp_path, "a.pobundle", b)])
    co.approve_period(v, "2026H1")
    before = dump(v)
    with pytest.raises(RejectedInput, match="reopen"):
        co.withdraw_bundle(v, b["bundle_id"])
    assert dump(v) == before


def test_cli_withdraw(coordinator_vault, cli, tmp_path):
    v = coordinator_vault
    path = v.path
    b = unit_bundle()
    co.import_bundles(v, [write(tmp_path, "a.pobundle", b)])
    v.lock()
    code, out, err = cli("coordinator", "withdraw", b["bundle_id"], vault=path)
    assert code == 0 and "återkallat" in out
    code, out, err = cli("coordinator", "withdraw", b["bundle_id"], vault=path)
    assert code == 4 and err.count("\n") == 1


# --- CSV cells as a spreadsheet reads them -----------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-2+3", "'-2+3"),
        ("@SUM(1)", "'@SUM(1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\n=1"),
        ("\uff1dcmd", "'\uff1dcmd"),
        ("-3", "-3"),
        ("+1.5", "+1.5"),
        ("PO Mora", "PO Mora"),
        ("\x1b[31m=x", "[31m=x"),
        ("\x1b=x", "'=x"),
        (5, 5),
        (None, None),
    ],
)
def test_safe_cell(cell, expected):
    assert safe_cell(cell) == expected


def test_report_csv_cells_never_start_a_formula(coordinator_vault, tmp_path):
    from po_desktop.services.report_table import write_report_csv

    v = coordinator_vault
    # a unit label is letters, digits, space and hyphen (issue 20): no formula gets that far
    for label in ('=HYPERLINK("http://x";"y")', "+Mora"):
        r = co.import_file(v, write(tmp_path, "l.pobundle", unit_bundle(label=label)))
        assert r.status == "rejected" and "unit.label" in r.reason
    evil = unit_bundle(label="PO Evil", n=12, municipalities=('=HYPERLINK("x";"y")', "@SUM(1+1)"))
    plain = unit_bundle(label="PO Mora", n=12, seed=2, municipalities=("-1+cmd", "Orsa"))
    rs = co.import_bundles(
        v, [write(tmp_path, "e.pobundle", evil), write(tmp_path, "p.pobundle", plain)]
    )
    assert [r.status for r in rs] == ["imported", "imported"], rs
    accept_all(v)
    report = co.merged_report(v, "2026H1")
    for internal in (True, False):
        out = write_report_csv(tmp_path / f"r{internal}.csv", report, internal=internal)
        rows = list(csv.reader(io.StringIO(out.read_text("utf-8-sig")), delimiter=";"))
        cells = [c for row in rows for c in row]
        assert any(c.startswith("'=HYPERLINK") for c in cells)
        assert any(c.startswith("'@SUM") for c in cells)
        for c in cells:
            if c[:1] in ("=", "+", "-", "@", "\t", "\r"):
                assert c.lstrip("+-").replace(".", "", 1).isdigit(), c


def test_import_file_reports_a_crash_as_rejected_and_changes_nothing(
    coordinator_vault, tmp_path, monkeypatch
):
    """The window imports file by file through import_file: a crash is one rejected line."""
    v = coordinator_vault
    before = dump(v)

    def crash(*a, **k):
        raise ZeroDivisionError

    monkeypatch.setattr(co, "_import_valid", crash)
    r = co.import_file(v, write(tmp_path, "a.pobundle", unit_bundle()))
    assert r.status == "rejected" and "ZeroDivisionError" in r.reason
    assert dump(v) == before


@pytest.mark.parametrize("label", ["PO \x1b[2JMora", "PO Mora \u202e", "PO 070-123 45 67"])
def test_expected_unit_label_is_checked(coordinator_vault, label):
    with pytest.raises(RejectedInput):
        co.expect_unit(coordinator_vault, label)


def test_period_label_must_match_its_dates():
    b = unit_bundle()
    b["period"]["label"] = "2025H2"
    assert "period.label" in reason(rehashed(b))


def test_safe_text_helpers():
    import json as _json

    from po_desktop.domain.safetext import escape_for_json, printable, unsafe_char

    assert unsafe_char("PO Mora") is None
    assert unsafe_char("rad\nrad", multiline=True) is None
    assert unsafe_char("rad\nrad") == "\n"
    assert unsafe_char("x\u2067y", multiline=True) == "\u2067"
    assert unsafe_char("x\x85y", multiline=True) == "\x85"
    assert printable("a\x1b[1mb\u202ec\td") == "a[1mbc d"
    assert printable("a\r\nb\u2028c", multiline=True) == "a\nb\nc"
    text = _json.dumps({"k": "a\u202eb\x9bc"}, ensure_ascii=False)
    escaped = escape_for_json(text)
    assert "\u202e" not in escaped and "\x9b" not in escaped
    assert _json.loads(escaped) == {"k": "a\u202eb\x9bc"}


@pytest.mark.parametrize(
    "mutate",
    [
        lambda b: b["unit"].__setitem__("x\u202e\x9b", 1),  # unknown field
        lambda b: b["figures"]["assignments"]["by_municipality"].__setitem__("\u202eMora", -1),
    ],
)
def test_reasons_never_carry_a_bidi_or_c1_character(mutate):
    b = unit_bundle()
    mutate(b)
    why = reason(rehashed(b))
    assert "\u202e" not in why and "\x9b" not in why
    dup = b'{"format": 1, "\xe2\x80\xae": 1, "\xe2\x80\xae": 2}'
    assert "\u202e" not in reason(dup)


def test_a_bad_key_is_named_escaped():
    b = unit_bundle()
    b["figures"]["assignments"]["by_municipality"]["\u202eMora"] = "x"
    why = reason(rehashed(b))
    assert "\\u202e" in why and "\u202e" not in why
