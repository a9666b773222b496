"""Issue 20: signed bundles (format 3) with trust on first use, look-alike unit labels, units that
are not expected left out of the merged figures until accepted, and the last bundle corners
(created_at past year 9999, lone surrogates, impossible periods)."""

from __future__ import annotations

import base64
import copy
import json
import uuid

import pytest
from sqlalchemy import func, select

from po_desktop.bundle import build_bundle, bundle_bytes, digest, load_and_validate
from po_desktop.bundle.format import BundleRejected
from po_desktop.domain.bundle_rules import BadLabel, clean_unit_label, label_key
from po_desktop.domain.dates import parse_period
from po_desktop.domain.statistics import compute_figures
from po_desktop.errors import RejectedInput
from po_desktop.services import coordinator as co
from po_desktop.services.identity import VaultIdentity, fingerprint_of
from po_desktop.storage.models import ImportedBundle, UnitKey
from tests.fixtures.coordinator_helpers import dump, records, unit_bundle, write

T0 = "2026-07-05T10:00:00.000000Z"


def new_identity() -> VaultIdentity:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return VaultIdentity(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())


def annual_figures(period: str = "2026H1") -> dict:
    """Empty activities and survey figures as an ombud vault exports them (format 2)."""
    from po_desktop.domain import activities as act_dom
    from po_desktop.domain import survey as sv_dom

    p = parse_period(period)
    return {
        "activities": act_dom.activity_figures(p.start, p.end, []),
        "survey": sv_dom.survey_figures(p.start, p.end, [], sv_dom.bundled_definition()),
    }


def signed_bundle(identity, unit_id=None, label="PO Mora", period="2026H1", n=6, **kw) -> dict:
    p = parse_period(period)
    figures = compute_figures(p, records(n), [], [], "1.00", ["Mora", "Orsa"])
    figures.update(annual_figures(period))
    return build_bundle(
        unit_id=unit_id or str(uuid.uuid4()),
        unit_label=label,
        municipalities=["Mora", "Orsa"],
        period=p,
        profile="default-2026",
        figures=figures,
        system_failures=[],
        public_key=identity.signing_public,
        signer=identity.sign,
        **kw,
    )


def rehashed(b: dict) -> dict:
    b["sha256"] = digest(b)
    return b


def reason(b: dict | bytes) -> str:
    data = b if isinstance(b, bytes) else json.dumps(b, ensure_ascii=False).encode()
    with pytest.raises(BundleRejected) as exc:
        load_and_validate(data)
    return exc.value.reason


def bundles_stored(vault) -> int:
    with vault.session() as s:
        return s.scalar(select(func.count()).select_from(ImportedBundle))


@pytest.fixture
def signer():
    try:
        return new_identity()
    except ImportError:  # pragma: no cover
        pytest.skip("cryptography missing")


# --- the format ----------------------------------------------------------------------------


def test_a_signed_bundle_validates_and_carries_its_key(signer):
    b = signed_bundle(signer)
    assert b["format_version"] == 3 and b["signature"]["algorithm"] == "ed25519"
    loaded = load_and_validate(bundle_bytes(b))
    assert loaded.public_key == signer.signing_public


def test_shipped_v3_schema_is_derived_from_v2():
    from importlib import resources

    from po_desktop.bundle import format_v3

    folder = resources.files("po_desktop.bundle") / "schema"
    v2 = json.loads((folder / "statistics-bundle-2.json").read_text(encoding="utf-8"))
    v3 = json.loads((folder / "statistics-bundle-3.json").read_text(encoding="utf-8"))
    # if this fails after a change to schema 2: python -m po_desktop.bundle.format_v3
    assert v3 == format_v3.derive_schema(v2)


TAMPER = {
    "bundle_id": lambda b: b.update(bundle_id=str(uuid.uuid4())),
    "created_at": lambda b: b.update(created_at="2026-07-05T10:00:00.000000Z"),
    "producer": lambda b: b["producer"].update(version="99.0"),
    "unit.id": lambda b: b["unit"].update(id=str(uuid.uuid4())),
    "unit.label": lambda b: b["unit"].update(label="PO Orsa"),
    "unit.municipalities": lambda b: b["unit"].update(municipalities=["Mora"]),
    "period": lambda b: b.update(
        period={"start": "2026-07-01", "end": "2026-12-31", "label": "2026H2"}
    ),
    "profile": lambda b: b.update(profile="default-2027"),
    "figures.count": lambda b: b["figures"]["waiting_list"].update(
        at_end=b["figures"]["waiting_list"]["at_end"] + 1
    ),
    "figures.activities": lambda b: b["figures"]["activities"].update(participants=99),
}


@pytest.mark.parametrize("field", list(TAMPER))
def test_any_changed_member_breaks_the_signature(signer, field):
    b = signed_bundle(signer)
    forged = copy.deepcopy(b)
    TAMPER[field](forged)
    assert "signaturen stämmer inte" in reason(rehashed(forged))
    # without a new sha256 the digest names the damage first
    TAMPER[field](b)
    assert "sha256" in reason(b)


def test_forged_signatures_are_refused(signer):
    genuine = signed_bundle(signer)
    other = signed_bundle(signer)
    thief = new_identity()
    # a signature of another bundle
    b = copy.deepcopy(genuine)
    b["signature"]["value"] = other["signature"]["value"]
    assert "signaturen stämmer inte" in reason(rehashed(b))
    # the right signature, another key carried
    b = copy.deepcopy(genuine)
    b["signature"]["public_key"] = base64.b64encode(thief.signing_public).decode()
    assert "signaturen stämmer inte" in reason(rehashed(b))
    # signed by one key, carrying another
    b = copy.deepcopy(genuine)
    b["signature"]["value"] = base64.b64encode(thief.sign(b"x")).decode()
    assert "signaturen stämmer inte" in reason(rehashed(b))
    # truncated, padded, not base64, wrong algorithm, missing, unknown member
    for mutate, needle in [
        (lambda s: s.update(value=s["value"][:40]), "signature.value har fel form"),
        (lambda s: s.update(value=s["value"][:-4] + "AAA="), "signature.value har fel form"),
        (lambda s: s.update(public_key="!" * 43 + "="), "signature.public_key har fel form"),
        (lambda s: s.update(algorithm="rsa"), "signature.algorithm har fel form"),
        (lambda s: s.pop("value"), "fältet signature.value saknas"),
        (lambda s: s.update(extra=1), "okänt fält signature.extra"),
    ]:
        b = copy.deepcopy(genuine)
        mutate(b["signature"])
        assert needle in reason(rehashed(b)), needle
    b = copy.deepcopy(genuine)
    b.pop("signature")
    assert "fältet signature saknas" in reason(rehashed(b))
    # a signed bundle passed off as format 2 keeps an unknown member
    b = copy.deepcopy(genuine)
    b["format_version"] = 2
    assert "okänt fält signature" in reason(rehashed(b))


# --- trust on first use at the coordinator ---------------------------------------------------


def test_first_signed_bundle_binds_the_key_and_a_forgery_is_refused(
    coordinator_vault, tmp_path, signer
):
    v = coordinator_vault
    co.expect_unit(v, "PO Mora")
    unit = str(uuid.uuid4())
    first = co.import_file(
        v, write(tmp_path, "a.pobundle", signed_bundle(signer, unit, created_at=T0))
    )
    assert first.status == "imported" and first.new_key
    assert first.fingerprint == signer.signing_fingerprint == fingerprint_of(signer.signing_public)
    assert co.unit_fingerprints(v) == {unit: signer.signing_fingerprint}
    later = signed_bundle(signer, unit, n=8, created_at="2026-07-06T10:00:00.000000Z")
    r = co.import_file(v, write(tmp_path, "b.pobundle", later))
    assert r.status == "replaced" and not r.new_key and r.fingerprint == first.fingerprint

    # someone who knows the unit id signs a newer "replacement" with their own key
    thief = new_identity()
    forged = signed_bundle(thief, unit, n=60, created_at="2026-07-07T10:00:00.000000Z")
    before = bundles_stored(v)
    r = co.import_file(v, write(tmp_path, "f.pobundle", forged))
    assert r.status == "rejected" and "annan nyckel" in r.reason
    assert signer.signing_fingerprint in r.reason and "byt nyckel" in r.reason
    assert bundles_stored(v) == before
    assert co.log_entries(v)[-1]["action"] == "refused_key"
    # an unsigned (format 1) bundle for a unit whose bundles are signed: refused too
    unsigned = unit_bundle(unit, n=60, created_at="2026-07-08T10:00:00.000000Z")
    r = co.import_file(v, write(tmp_path, "u.pobundle", unsigned))
    assert r.status == "rejected" and "osignerat paket" in r.reason
    assert bundles_stored(v) == before
    report = co.merged_report(v, "2026H1")
    assert report["figures"]["assignments"]["active"] == later["figures"]["assignments"]["active"]
    assert report["units"][0]["signed"] and report["unsigned_units"] == []


def test_rebinding_is_explicit_and_logged(coordinator_vault, tmp_path, signer):
    v = coordinator_vault
    co.expect_unit(v, "PO Mora")
    unit = str(uuid.uuid4())
    co.import_file(v, write(tmp_path, "a.pobundle", signed_bundle(signer, unit, created_at=T0)))
    laptop = new_identity()
    newer = signed_bundle(laptop, unit, created_at="2026-07-06T10:00:00.000000Z")
    assert co.import_file(v, write(tmp_path, "n.pobundle", newer)).status == "rejected"
    with pytest.raises(RejectedInput):
        co.rebind_unit(v, "0000")  # too short a prefix, no such unit
    r = co.rebind_unit(v, unit[:8])
    assert (r.unit_id, r.label, r.old_fingerprint) == (unit, "PO Mora", signer.signing_fingerprint)
    entry = co.log_entries(v)[-1]
    assert (entry["action"], entry["unit_id"], entry["detail"]) == (
        "rebind",
        unit,
        signer.signing_fingerprint,
    )
    again = co.import_file(v, write(tmp_path, "n.pobundle", newer))
    assert again.status == "replaced" and again.new_key
    assert co.unit_fingerprints(v) == {unit: laptop.signing_fingerprint}
    # the old laptop's key no longer counts
    stale = signed_bundle(signer, unit, created_at="2026-07-09T10:00:00.000000Z")
    assert co.import_file(v, write(tmp_path, "s.pobundle", stale)).status == "rejected"


def test_v2_bundles_still_import_marked_unsigned(coordinator_vault, tmp_path):
    v = coordinator_vault
    co.expect_unit(v, "PO Orsa")
    b = unit_bundle(label="PO Orsa")
    figures = b["figures"]
    figures.update(annual_figures())
    v2 = build_bundle(
        unit_id=b["unit"]["id"],
        unit_label="PO Orsa",
        municipalities=["Mora", "Orsa"],
        period=parse_period("2026H1"),
        profile="default-2026",
        figures=figures,
        system_failures=[],
    )
    assert v2["format_version"] == 2 and "signature" not in v2
    r = co.import_file(v, write(tmp_path, "v2.pobundle", v2))
    assert r.status == "imported" and not r.signed and not r.new_key
    status = co.period_status(v, "2026H1")
    unit = status["units"][0]
    assert unit["signed"] is False and status["unsigned"] == ["PO Orsa"]
    assert "osignerat" in status["summary"]
    report = co.merged_report(v, "2026H1")
    assert report["units"][0]["signed"] is False and report["unsigned_units"] == ["PO Orsa"]
    with v.session() as s:
        assert s.scalar(select(func.count()).select_from(UnitKey)) == 0


def test_signed_export_from_an_ombud_vault(vault, tmp_path):
    from po_desktop.services.identity import signing_fingerprint, vault_identity
    from po_desktop.services.statistics import export_bundle

    out = export_bundle(vault, "2026H1", tmp_path / "mora.pobundle")
    b = load_and_validate(out)
    assert b.format_version == 3
    assert b.public_key == vault_identity(vault).signing_public
    assert fingerprint_of(b.public_key) == signing_fingerprint(vault)


# --- look-alike unit labels ------------------------------------------------------------------

LOOK_ALIKES = {
    "cyrillic o": "PO M\u043era",
    "cyrillic PO": "\u0420\u041e Mora",
    "greek omicron": "PO M\u03bfra",
    "small capital o": "PO M\u1d0fra",
    "combining acute": "PO Mora\u0301",
    "trailing dot": "PO Mora.",
}


@pytest.mark.parametrize("variant", list(LOOK_ALIKES))
def test_a_look_alike_label_never_doubles_the_merged_report(coordinator_vault, tmp_path, variant):
    v = coordinator_vault
    co.expect_unit(v, "PO Mora")
    genuine = unit_bundle(label="PO Mora", n=6)
    assert co.import_file(v, write(tmp_path, "g.pobundle", genuine)).status == "imported"
    active = co.merged_report(v, "2026H1")["figures"]["assignments"]["active"]
    before = dump(v)
    r = co.import_file(v, write(tmp_path, "x.pobundle", unit_bundle(label=LOOK_ALIKES[variant])))
    assert r.status == "rejected", r
    if variant in ("combining acute", "trailing dot"):
        assert "annan enhet" in r.reason  # the same name as PO Mora, another unit id
    else:
        assert "unit.label" in r.reason and "latinska bokstäver" in r.reason
        assert dump(v) == before  # not even logged: no trustworthy bundle
    assert co.merged_report(v, "2026H1")["figures"]["assignments"]["active"] == active


def test_label_rule():
    assert clean_unit_label("  PO  Malung-Sälen.  ") == "PO Malung-Sälen"
    assert clean_unit_label("ＰＯ Mora\u200b") == "PO Mora"  # fullwidth, zero-width space
    assert clean_unit_label("PO Mora\u2013Orsa") == "PO Mora-Orsa"  # en dash
    assert clean_unit_label("PO Skåne Nordöst 2") == "PO Skåne Nordöst 2"
    for bad in [*list(LOOK_ALIKES.values())[:4], "", ".", "PO Mora/Orsa", "=SUM(1)", 5]:
        with pytest.raises(BadLabel):
            clean_unit_label(bad)
    assert label_key("PO Morá") == label_key("po  mora.") == "po mora"


@pytest.mark.parametrize("variant", ["cyrillic o", "greek omicron", "small capital o"])
def test_labels_are_checked_where_they_enter(tmp_path, coordinator_vault, variant):
    from po_desktop.services.vault_admin import create_vault

    bad = LOOK_ALIKES[variant]
    with pytest.raises(RejectedInput, match="latinska bokstäver"):
        create_vault(tmp_path / "v.podb", "x" * 20, unit_label=bad, municipalities=["Mora"], fte=1)
    with pytest.raises(RejectedInput, match="latinska bokstäver"):
        co.expect_unit(coordinator_vault, bad)
    co.expect_unit(coordinator_vault, "PO Mora")
    with pytest.raises(RejectedInput, match="redan förväntad"):
        co.expect_unit(coordinator_vault, "po mora.")


def test_an_old_vault_with_an_odd_label_opens_and_saves_but_does_not_export(vault, cli, tmp_path):
    from po_desktop.services import vault_admin

    vault.set_settings({"unit_label": "PO M\u043era"})  # made before the label rule
    vault_admin.update_unit_settings(vault, fte="2.00")  # the other settings still save
    with pytest.raises(RejectedInput, match="latinska bokstäver"):
        vault_admin.update_unit_settings(vault, unit_label="PO M\u03bfra")
    path = vault.path
    vault.lock()
    out = tmp_path / "x.pobundle"
    code, _, err = cli("bundle", "export", "--period", "2026H1", "--out", str(out), vault=path)
    assert code == 4 and len(err.strip().splitlines()) == 1 and "Inställningar" in err
    assert not out.exists()
    code, _, err = cli("assignment", "list", vault=path)
    assert code == 0, err


# --- units that are not expected ---------------------------------------------------------------


def test_an_unexpected_unit_counts_only_after_it_is_accepted(coordinator_vault, tmp_path):
    v = coordinator_vault
    co.expect_unit(v, "PO Mora")
    mora, guest = unit_bundle(label="PO Mora", n=6), unit_bundle(label="PO Gäst", n=6, seed=3)
    results = co.import_bundles(v, [write(tmp_path, "m.pobundle", mora)])
    assert results[0].counted
    r = co.import_file(v, write(tmp_path, "g.pobundle", guest))
    assert r.status == "imported" and not r.counted
    report = co.merged_report(v, "2026H1")
    assert report["figures"]["assignments"]["active"] == mora["figures"]["assignments"]["active"]
    assert report["not_counted"][0]["label"] == "PO Gäst"
    assert "PO Gäst" in co.not_counted_text(report)
    status = co.period_status(v, "2026H1")
    assert "räknas inte med" in status["summary"]
    assert [u["counted"] for u in status["units"]] == [True, False]
    co.accept_unit(v, guest["unit"]["id"][:8])
    report = co.merged_report(v, "2026H1")
    assert report["not_counted"] == [] and report["units_counted"] == 2
    assert report["figures"]["assignments"]["active"] == (
        mora["figures"]["assignments"]["active"] + guest["figures"]["assignments"]["active"]
    )


# --- the last corners: created_at, surrogates, impossible periods ------------------------------


def test_created_at_past_year_9999_is_one_line(coordinator_vault, tmp_path, cli):
    b = rehashed(dict(unit_bundle(), created_at="9999-12-31T23:59:59-23:59"))
    assert "ingen tidpunkt som finns" in reason(b)
    path = write(tmp_path, "t.pobundle", b)
    vpath = coordinator_vault.path
    coordinator_vault.lock()
    code, out, err = cli("coordinator", "import", str(path), vault=vpath)
    assert code == 4 and "oväntat fel" not in out + err and "ingen tidpunkt" in out


@pytest.mark.parametrize(
    "where", ['"description": "Väntan', '"label": "PO Mora', '"area": "', '"Mora": ']
)
def test_a_lone_surrogate_anywhere_is_one_line(coordinator_vault, tmp_path, cli, where):
    from tests.fixtures.coordinator_helpers import sf_item

    b = unit_bundle(system_failures=[sf_item("Väntan")], label="PO Mora")
    text = json.dumps(b, ensure_ascii=True, indent=1)
    needle = where.replace("ä", "\\u00e4")
    assert needle in text, needle
    if where.endswith(": "):
        text = text.replace(needle, '"Mora\\ud800": ', 1)
    else:
        text = text.replace(needle, needle + "\\udc00", 1)
    assert "ogiltig Unicode" in reason(text.encode())
    path = tmp_path / "s.pobundle"
    path.write_text(text, encoding="utf-8")
    vpath = coordinator_vault.path
    coordinator_vault.lock()
    code, out, err = cli("coordinator", "import", str(path), vault=vpath)
    assert code == 4 and "oväntat fel" not in out + err and "ogiltig Unicode" in out
    assert "\ud800" not in out and "\udc00" not in out


@pytest.mark.parametrize(
    ("start", "end"),
    [("0001-01-01", "9999-12-31"), ("2025-07-01", "2026-06-30"), ("1990-01-01", "1990-12-31")],
)
def test_an_impossible_period_is_refused(start, end):
    from po_desktop.domain.dates import period_label

    b = unit_bundle()
    import datetime as dt

    label = period_label(dt.date.fromisoformat(start), dt.date.fromisoformat(end))
    b["period"] = {"start": start, "end": end, "label": label}
    text = reason(rehashed(b))
    assert "ingen möjlig statistikperiod" in text and ("2000" in text or "kalenderår" in text)


def test_export_of_an_impossible_period_is_refused(vault, cli, tmp_path):
    path = vault.path
    vault.lock()
    out = tmp_path / "x.pobundle"
    code, _, err = cli(
        "bundle", "export", "--period", "0001-01-01..9999-12-31", "--out", str(out), vault=path
    )
    assert code == 4 and "ingen möjlig statistikperiod" in err and not out.exists()
    assert len(err.strip().splitlines()) == 1


# --- the command line -----------------------------------------------------------------------


def test_cli_export_import_status_rebind(vault, coordinator_vault, cli, tmp_path):
    from po_desktop.services.identity import signing_fingerprint

    fingerprint = signing_fingerprint(vault)
    ombud, coord = vault.path, coordinator_vault.path
    co.expect_unit(coordinator_vault, "PO Mora")
    vault.lock()
    coordinator_vault.lock()
    out = tmp_path / "mora.pobundle"
    code, text, err = cli("bundle", "export", "--period", "2026H1", "--out", str(out), vault=ombud)
    assert code == 0 and fingerprint in text, err
    code, text, err = cli("coordinator", "import", str(out), vault=coord)
    assert code == 0 and f"ny nyckel bunden för enheten: {fingerprint}" in text, err
    code, text, err = cli("coordinator", "status", "--period", "2026H1", vault=coord)
    assert code == 0 and f"signerat ({fingerprint})" in text
    # a forged replacement: one line, exit 4, nothing stored
    b = json.loads(out.read_text("utf-8"))
    from po_desktop.bundle.format import utc_timestamp

    forged = signed_bundle(new_identity(), b["unit"]["id"], n=40, created_at=utc_timestamp())
    fpath = write(tmp_path, "forged.pobundle", forged)
    code, text, err = cli("coordinator", "import", str(fpath), vault=coord)
    assert code == 4 and "annan nyckel" in text and "ingen av 1 filer" in err
    code, text, err = cli("coordinator", "rebind", "--unit-id", b["unit"]["id"][:8], vault=coord)
    assert code == 0 and fingerprint in text, err
    code, text, err = cli("coordinator", "rebind", "--unit-id", b["unit"]["id"], vault=coord)
    assert code == 4 and len(err.strip().splitlines()) == 1
    code, text, err = cli("coordinator", "import", str(fpath), vault=coord)
    assert code == 0 and "ny nyckel bunden" in text, err
