"""Vault settings are declared once (services/settings.py) and read and written only through it;
one passphrase rule for creating a vault and changing its passphrase."""

from __future__ import annotations

import datetime as dt

import pytest

from po_desktop.errors import RejectedInput
from po_desktop.services import settings
from po_desktop.services.casework import purge_date
from po_desktop.services.passphrase import MIN_CHARS, passphrase_policy, strength
from po_desktop.services.vault_admin import change_passphrase, create_vault, update_unit_settings


def test_a_new_vault_has_every_declared_setting_at_its_default(vault):
    values = settings.snapshot(vault)
    assert values["idle_lock_minutes"] == settings.IDLE_LOCK_MINUTES.default == 5
    assert values["retention_days"] == 0 and values["hand_in_days"] == 20
    assert values["profile"] == "default-2026" and values["mode"] == "ombud"
    assert values["unit_label"] == "PO Mora" and values["fte"] == "1.50"
    assert settings.vault_profile(vault).name == "default-2026"


def test_a_damaged_stored_value_reads_as_the_default_or_clamped(vault):
    vault.set_settings({"idle_lock_minutes": "x", "retention_days": -30, "hand_in_days": 10**6})
    assert settings.get(vault, settings.IDLE_LOCK_MINUTES) == 5
    assert settings.get(vault, settings.RETENTION_DAYS) == 0
    assert settings.get(vault, settings.HAND_IN_DAYS) == settings.HAND_IN_DAYS.high


def test_purge_date_uses_the_clamped_retention(vault):
    """The named bug: purge_date re-read retention without the purge's own clamping."""
    vault.set_settings({"retention_days": -30})
    assert purge_date(vault, dt.date(2026, 6, 30)) == dt.date(2026, 6, 30)


@pytest.mark.parametrize(
    "key,value",
    [
        ("idle_lock_minutes", 0),
        ("idle_lock_minutes", 241),
        ("idle_lock_minutes", True),
        ("retention_days", -1),
        ("retention_days", "ett år"),
        ("hand_in_days", 2.5),
        ("mode", "coordinator"),
        ("no_such_setting", 1),
    ],
)
def test_a_bad_value_is_refused_and_nothing_is_stored(vault, key, value):
    before = vault.settings()
    with pytest.raises(RejectedInput):
        update_unit_settings(vault, **{"unit_label": "PO Ny", key: value})
    assert vault.settings() == before


def test_good_values_are_stored_typed(vault):
    update_unit_settings(vault, idle_lock_minutes="10", retention_days=30)
    assert vault.get_setting("idle_lock_minutes") == 10
    assert settings.get(vault, settings.RETENTION_DAYS) == 30


def test_creating_a_vault_refuses_a_short_passphrase(tmp_path):
    path = tmp_path / "v.podb"
    with pytest.raises(RejectedInput, match="minst 8"):
        create_vault(
            path, "x" * (MIN_CHARS - 1), unit_label="PO Mora", municipalities=["Mora"], fte="1.00"
        )
    assert not path.exists()


def test_init_on_the_command_line_refuses_a_short_passphrase(cli, tmp_path, vault_path):
    short = tmp_path / "short.txt"
    short.write_text("a\n", encoding="utf-8")
    code, out, err = cli(
        "init",
        "--unit-label",
        "PO Mora",
        "--municipality",
        "Mora",
        "--fte",
        "1.00",
        passphrase_file=short,
    )
    assert code == 4 and "minst 8" in err and len(err.strip().splitlines()) == 1
    assert not vault_path.exists()


def test_changing_uses_the_same_rule(vault):
    with pytest.raises(RejectedInput, match="minst 8"):
        change_passphrase(vault, "kort")


def test_policy_blocks_short_and_warns_weak_but_allows_it():
    assert passphrase_policy("abc") == (False, [passphrase_policy("abc")[1][0]])
    ok, warnings = passphrase_policy("password")
    assert ok and warnings
    assert passphrase_policy("korrekt häst batteri häftklammer") == (True, [])


def test_the_unit_s_own_words_make_a_weak_passphrase():
    own = "Älvdalen2026"
    assert strength(own)[0] > strength(own, ["PO Älvdalen", "Mora", "Orsa"])[0]


def test_a_very_long_passphrase_is_rated_not_an_error():
    """zxcvbn >= 4.5 raises on more than 72 characters: only the first 72 are rated."""
    score, word = strength("lång fras " * 40)
    assert 0 <= score <= 4 and word
    assert passphrase_policy("ö" * 500)[0]


@pytest.mark.parametrize("damaged", ["Coordinator", 1, None])
def test_the_mode_is_read_through_settings_everywhere(vault, cli, damaged):
    """Issue 18: ``Vault.mode`` read the raw value around services/settings.py, so a damaged
    stored mode made a service refuse an ombud vault while Settings called it an ombud vault.
    Now the mode has one reader (the declared default for a damaged value) and storage has no
    ``mode`` of its own."""
    from po_desktop.services import casework as cw
    from po_desktop.storage import Vault

    assert not hasattr(Vault, "mode")
    vault.set_settings({"mode": damaged})
    assert settings.get(vault, settings.MODE) == "ombud"
    assert not settings.is_coordinator(vault)
    cw.add_assignment(
        vault,
        alias="AB12",
        gender="woman",
        birth_year=1970,
        municipality="Mora",
        referral_source="self",
        start=dt.date(2026, 1, 10),
    )
    assert [a.alias for a in cw.list_assignments(vault)] == ["AB12"]
    vault.lock()
    code, out, err = cli("assignment", "list")
    assert code == 0, err
    assert "AB12" in out


def test_a_coordinator_vault_is_one_through_settings(coordinator_vault):
    from po_desktop.services import casework as cw

    assert settings.is_coordinator(coordinator_vault)
    with pytest.raises(RejectedInput):
        cw.add_assignment(
            coordinator_vault,
            alias="AB12",
            gender="woman",
            birth_year=1970,
            municipality="Mora",
            referral_source="self",
            start=dt.date(2026, 1, 10),
        )
