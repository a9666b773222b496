"""Offline-first: no code path of a working day opens a socket (product.md §2.1)."""

from __future__ import annotations

import socket

import pytest


@pytest.fixture
def no_sockets(monkeypatch):
    opened = []

    class Refused(socket.socket):
        def __init__(self, *a, **k):
            opened.append((a, k))
            raise AssertionError("po-desktop tried to open a socket")

    monkeypatch.setattr(socket, "socket", Refused)
    monkeypatch.setattr(
        socket,
        "create_connection",
        lambda *a, **k: (
            opened.append(a) or (_ for _ in ()).throw(AssertionError("po-desktop tried to connect"))
        ),
    )
    return opened


def test_a_working_day_on_the_command_line_opens_no_socket(no_sockets, cli, tmp_path):
    steps = [
        ("init", "--unit-label", "PO Mora", "--municipality", "Mora", "--fte", "1.00"),
        (
            "assignment",
            "add",
            "--alias",
            "NN1",
            "--gender",
            "woman",
            "--birth-year",
            "1980",
            "--municipality",
            "Mora",
            "--referral-source",
            "self",
            "--start",
            "2026-02-02",
        ),
        ("note", "add", "NN1", "--date", "2026-02-03", "--text", "Ringde Försäkringskassan"),
        ("note", "search", "försäkringskassan"),
        (
            "follow-up",
            "add",
            "NN1",
            "--step",
            "decision_served",
            "--date",
            "2026-02-10",
            "--served-on",
            "2026-02-10",
        ),
        (
            "system-failure",
            "add",
            "--identified-on",
            "2026-02-11",
            "--authority",
            "social_insurance",
            "--area",
            "Handläggning",
            "--description",
            "Långa väntetider",
        ),
        ("stats", "--period", "2026H1", "--json"),
        ("bundle", "export", "--period", "2026H1", "--out", str(tmp_path / "b.pobundle")),
        ("print", "stats", "--period", "2026H1", "--out", str(tmp_path / "s.pdf")),
        ("vault", "backup", str(tmp_path / "kopia.podb")),
        ("vault", "check"),
    ]
    for argv in steps:
        code, out, err = cli(*argv)
        assert code == 0, (argv, err)
    assert no_sockets == []
