"""Issue 18: the command line's values are parsed in one place (cli/parse.py), and a service's
refusal names no option — the command line adds it (``field``)."""

from __future__ import annotations

import datetime as dt

import pytest

from po_desktop.cli import parse
from po_desktop.errors import RejectedInput


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-03-01", dt.date(2026, 3, 1)),
        (" 2026-03-01\u200b", dt.date(2026, 3, 1)),  # pasted: an invisible character
        ("２０２６－０３－０１", dt.date(2026, 3, 1)),  # full-width digits and dash
        ("2026\u201303\u201301", dt.date(2026, 3, 1)),  # en dashes
    ],
)
def test_a_date_is_normalised_then_parsed(text, day):
    assert parse.date(text) == day


@pytest.mark.parametrize("text", ["2026-02-30", "1/3 2026", "", "2026-3-1"])
def test_a_bad_date_is_one_line_ending_nothing_saved(text):
    with pytest.raises(RejectedInput) as info:
        parse.date(text)
    assert info.value.exit_code == 4
    assert info.value.message.endswith("; inget sparades.") and "\n" not in info.value.message


def test_an_absent_option_stays_absent():
    assert parse.date(None) is None and parse.year(None) is None
    assert parse.value(int, None) is None


@pytest.mark.parametrize(
    ("text", "value"), [("7", 7), (" 12 ", 12), ("１２", 12), ("007", 7), ("\u200b3", 3)]
)
def test_an_integer(text, value):
    assert parse.integer(text, "ID") == value


@pytest.mark.parametrize("text", ["-1", "+1", "1.5", "1_000", "٣", "1e3", "", "9" * 10, "ett"])
def test_not_an_integer(text):
    with pytest.raises(RejectedInput, match="ID måste vara ett heltal"):
        parse.integer(text, "ID")


@pytest.mark.parametrize(("text", "value"), [("2026", 2026), ("２０２６", 2026), (" 1900 ", 1900)])
def test_a_year(text, value):
    assert parse.year(text) == value


@pytest.mark.parametrize("text", ["1899", "10000", "tjugo", "2026.0", "-2026", "20 26"])
def test_not_a_year(text):
    with pytest.raises(RejectedInput, match="Ogiltigt år"):
        parse.year(text)


def test_the_year_rule_is_the_services_rule():
    """The CLI and the services refuse the same years (domain.rules.check_year)."""
    from po_desktop.services.activities import check_year

    assert check_year(2026) == parse.year("2026")
    for bad in (1899, 10000, True, "2026", 2026.0):
        with pytest.raises(RejectedInput, match="Ogiltigt år"):
            check_year(bad)


def test_a_domain_parser_refusal_is_the_one_line(vault):
    from po_desktop.domain import activities as dom

    with pytest.raises(RejectedInput, match="; inget sparades.$"):
        parse.value(dom.parse_hours, "-1")


# --- the option hint: the service names the field, the command line its option ----------------


def test_the_cli_adds_the_option_a_service_refusal_is_about(vault, cli):
    vault.lock()
    code, _, err = cli(
        "activity", "add", "--kind", "training", "--title", " ", "--date", "2026-03-02"
    )
    assert code == 4
    assert err.strip().endswith("Aktiviteten saknar rubrik; inget sparades. (--title)")


def test_the_cli_says_where_to_look_for_an_unknown_alias(vault, cli):
    vault.lock()
    code, _, err = cli("assignment", "show", "ZZ99")
    assert code == 4
    assert "Okänt alias 'ZZ99'" in err and err.strip().endswith("(se 'assignment list --all')")


def test_a_service_refusal_names_no_option(vault):
    """The same refusal, as the window gets it: no '--title'."""
    from po_desktop.services import activities

    with pytest.raises(RejectedInput) as info:
        activities.add_activity(vault, kind="training", title=" ", date=dt.date(2026, 3, 2))
    assert info.value.field == "title" and "--" not in info.value.message


# --- argparse speaks Swedish (issue 18) ---------------------------------------------------------

_ENGLISH = (
    "usage:",
    "positional arguments",
    "optional arguments",
    "options:",
    "show this help message",
    "show program's version",
    "error:",
    "the following arguments",
    "unrecognized arguments",
    "invalid choice",
    "expected one argument",
    "not allowed with",
)


def _every_parser(parser):
    import argparse

    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _every_parser(sub)


def test_every_help_page_is_swedish():
    from po_desktop.cli import build_parser

    pages = [p.format_help() for p in _every_parser(build_parser())]
    assert len(pages) > 60  # every command and subcommand
    for page in pages:
        assert page.startswith("användning: po-desktop"), page[:80]
        assert not [w for w in _ENGLISH if w in page], page


def test_help_is_printed_in_swedish(cli, capsys):
    code, out, err = cli("assignment", "add", "--help")
    assert code == 0 and out.startswith("användning: po-desktop")
    assert "flaggor:" in out and "visa den här hjälpen och avsluta" in out


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["assignment", "add", "--alias", "X1"], "det här krävs: --gender"),
        (["stats", "--period"], "argumentet --period: ett värde krävs"),
        (["assignmnt", "list"], "ogiltigt val: … (välj bland 'init', "),
        (["vault", "check", "--bogus", "hemligt1"], "okända argument: --bogus …"),
        (["vault", "check", "--vault=hemligt1"], "okända argument: --vault=…"),
    ],
)
def test_usage_errors_are_swedish_and_echo_no_value(cli, argv, needle):
    code, out, err = cli(*argv)
    assert code == 2 and err.count("\n") == 1 and err.startswith("po-desktop: ")
    assert needle in err, err
    assert "hemligt1" not in err and "assignmnt" not in err
    assert not [w for w in _ENGLISH if w in err], err


def test_no_other_argparse_user_is_changed():
    import argparse

    from po_desktop.cli import build_parser

    build_parser().format_help()
    assert argparse.ArgumentParser(prog="x").format_help().startswith("usage: x")
