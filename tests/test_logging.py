"""Opt-in logging (po_desktop.logs): off by default; with --log a working day leaves levels,
events and counts in the user's log folder, and no content at all."""

from __future__ import annotations

import logging

import pytest

from po_desktop import logs

ALIAS = "QX77"
NOTE = "Ringde Försäkringskassan om sjukpenningen"
SF_TEXT = "Handläggaren svarar aldrig på mejl"
SF_AREA = "Sjukpenning i Orsa"
UNIT = "PO Siljansbygden"
BAD_ALIAS_TYPED = "850101-1236"


@pytest.fixture
def log_dir(tmp_path, monkeypatch):
    folder = tmp_path / "logs"
    monkeypatch.setenv(logs.ENV_LOG_DIR, str(folder))
    yield folder
    logs.disable()
    logging.getLogger(logs.LOGGER).setLevel(logging.NOTSET)


def test_no_log_unless_asked(cli, log_dir):
    assert cli("init", "--unit-label", UNIT, "--municipality", "Mora", "--fte", "1.00")[0] == 0
    assert not log_dir.exists()


def test_a_logged_working_day_holds_no_content(cli, log_dir, vault_path, passphrase):
    def run(*argv, **kw):
        code, out, err = cli("--log", *argv, **kw)
        return code, err

    assert (
        run(
            "init",
            "--unit-label",
            UNIT,
            "--municipality",
            "Mora",
            "--municipality",
            "Orsa",
            "--fte",
            "1.00",
        )[0]
        == 0
    )
    assert (
        run(
            "assignment",
            "add",
            "--alias",
            ALIAS,
            "--gender",
            "woman",
            "--birth-year",
            "1980",
            "--municipality",
            "Mora",
            "--referral-source",
            "self",
            "--start",
            "2026-01-15",
        )[0]
        == 0
    )
    assert run("note", "add", ALIAS, "--date", "2026-02-01", "--text", NOTE)[0] == 0
    assert run("note", "search", "sjukpenningen")[0] == 0
    assert (
        run("follow-up", "add", ALIAS, "--step", "decision_served", "--date", "2026-02-02")[0] == 0
    )
    assert (
        run(
            "system-failure",
            "add",
            "--identified-on",
            "2026-02-03",
            "--authority",
            "social_insurance",
            "--area",
            SF_AREA,
            "--description",
            SF_TEXT,
        )[0]
        == 0
    )
    assert (
        run(
            "assignment",
            "add",
            "--alias",
            BAD_ALIAS_TYPED,
            "--gender",
            "woman",
            "--birth-year",
            "1980",
            "--municipality",
            "Mora",
            "--referral-source",
            "self",
            "--start",
            "2026-01-15",
        )[0]
        == 4
    )
    assert run("assignment", "close", ALIAS, "--end", "2026-03-01", "--reason", "goals_met")[0] == 0

    text = "\n".join(p.read_text("utf-8") for p in log_dir.iterdir())
    assert " INFO po_desktop: cli note_add exit_code=0" in text
    assert "purge assignments=1 notes=1" in text
    assert "WARNING po_desktop: cli assignment_add failed: RejectedInput" in text
    for content in (
        ALIAS,
        NOTE,
        "sjukpenningen",
        SF_TEXT,
        SF_AREA,
        UNIT,
        passphrase,
        BAD_ALIAS_TYPED,
        "Mora",
        str(vault_path),
        str(vault_path.parent),
    ):
        assert content not in text, content
    assert (log_dir / logs.FILENAME).stat().st_mode & 0o077 == 0


def test_events_accept_numbers_only(log_dir):
    logs.enable("info")
    with pytest.raises(TypeError):
        logs.event("note added", text=NOTE)  # type: ignore[arg-type]
    logs.event("note added", id=3)
    assert "note added id=3" in (log_dir / logs.FILENAME).read_text("utf-8")


def test_qt_warnings_go_to_the_log_without_quoted_text(log_dir, qapp):
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    logs.enable("info")
    logs.route_qt_messages()
    try:
        qWarning(f'QLineEdit: cannot show "{NOTE}"')
    finally:
        qInstallMessageHandler(None)
    text = (log_dir / logs.FILENAME).read_text("utf-8")
    assert "WARNING po_desktop.qt" in text and "QLineEdit: cannot show" in text
    assert NOTE not in text
