"""Issue 12's correctness traps, through the services and the CLI: aliases that are names, no
invented statistics, a date to watch for every follow-up step, plurals."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest

from po_desktop.domain.aliases import common_names, name_problem
from po_desktop.errors import RejectedInput
from po_desktop.i18n import plural, relative_days
from po_desktop.services import casework as cw

D = dt.date.fromisoformat


def _add(vault, alias="AB12", **kw):
    args = dict(
        alias=alias,
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=D("2026-01-15"),
    )
    args.update(kw)
    return cw.add_assignment(vault, **args)


# --- trap 4: aliases that are names ------------------------------------------------------------


@pytest.mark.parametrize(
    "alias",
    [
        "Anna Svensson",
        "anna svensson".title(),
        "Kim Lee",
        "Anna-Lena Berg",
        "Tova",
        "anna",
        "ANNA",
        "Eva12",
        "Svensson3",
        "Lars-7",
        "A\u200bnna",
        "ＡＮＮＡ",
        "Åke",
        "karin lindqvist",
    ],
)
def test_name_like_alias_refused_by_the_service(vault, alias):
    with pytest.raises(RejectedInput) as exc:
        _add(vault, alias=alias)
    assert "AB12" in exc.value.message and "initialer" in exc.value.message
    assert exc.value.exit_code == 4 and "\n" not in exc.value.message
    assert cw.list_assignments(vault, include_closed=True) == []


@pytest.mark.parametrize(
    "alias",
    [
        "AB12",
        "ab12",
        "CD34",
        "KL-07",
        "OLD1",
        "NEW2",
        "KeepMe1",
        "EVA1",
        "X1",
        "K-03",
        "Qzx7Klx",
        "klient 4",
    ],
)
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
    code, out, err = cli(
        "assignment",
        "add",
        "--alias",
        "Anna Svensson",
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
    )
    assert code == 4 and out == "" and err.count("\n") == 1 and "AB12" in err


# --- trap 3: no invented statistics ------------------------------------------------------------


@pytest.mark.parametrize(
    "missing,word",
    [
        ("gender", "kön"),
        ("referral_source", "kontaktväg"),
        ("birth_year", "födelseår"),
        ("municipality", "kommun"),
    ],
)
def test_an_unchosen_category_is_refused_not_defaulted(vault, missing, word):
    with pytest.raises(RejectedInput) as exc:
        _add(vault, **{missing: None})
    assert exc.value.message.startswith("Välj") and word in exc.value.message
    assert cw.list_assignments(vault, include_closed=True) == []


def test_uppgift_saknas_is_a_real_choice(vault):
    assert _add(vault, gender="unknown").gender == "unknown"


def test_system_failure_needs_a_chosen_authority(vault):
    with pytest.raises(RejectedInput) as exc:
        cw.add_system_failure(
            vault,
            identified_on=D("2026-03-01"),
            authority=None,
            area="Försörjningsstöd",
            description="Långa väntetider",
        )
    assert exc.value.message.startswith("Välj")
    assert cw.list_system_failures(vault) == []


# --- plurals -----------------------------------------------------------------------------------


def test_plural_helper():
    one, many = "{n} träff", "{n} träffar"
    assert [plural(n, one, many) for n in (0, 1, 2)] == ["0 träffar", "1 träff", "2 träffar"]
    assert plural(1, "{n} sida av {m}", "{n} sidor av {m}", m=3) == "1 sida av 3"
    assert [relative_days(d) for d in (3, 1, 0, -1, -2)] == [
        "om 3 dagar",
        "i morgon",
        "i dag",
        "i går",
        "2 dagar sen",
    ]


def test_purge_log_says_one_note_not_one_notes(vault, cli):
    _add(vault)
    cw.add_note(vault, "AB12", date=D("2026-02-01"), text="En")
    cw.close_assignment(vault, "AB12", end=D("2026-06-30"), reason="goals_met")
    vault.lock()
    code, out, _ = cli("assignment", "purge-log")
    assert code == 0 and "1 anteckning," in out and "0 bevakningar" in out
    assert "1 anteckningar" not in out


# --- trap 2: every open follow-up has a date to watch ------------------------------------------


@pytest.mark.parametrize(
    "step,expected",
    [
        ("application_posted", "2026-03-09"),  # Mon 2 Mar + 7
        ("application_received", "2026-03-30"),  # + 28
        ("decision_made", "2026-03-09"),  # + 7: was it served?
        ("decision_served", "2026-03-23"),  # the appeal deadline: three weeks
        ("appeal_written", "2026-03-05"),  # + 3: post it
        ("appeal_posted", "2026-03-09"),  # + 7: did it arrive?
        ("appeal_received", "2026-03-30"),
        ("other", "2026-03-16"),
    ],
)
def test_each_step_gets_a_watch_date_from_the_profile(vault, step, expected):
    from po_desktop.domain.categories import default_profile

    _add(vault)
    f = cw.add_follow_up(vault, "AB12", step=step, date=D("2026-03-02"))
    assert (f.due, f.proposed_due, f.due_overridden) == (D(expected), D(expected), False)
    assert step == "decision_served" or default_profile().watch_days_for(step) is not None
    p = cw.propose_follow_up_due(vault, step=step, date=D("2026-03-02"))
    assert p.due == D(expected) and p.kind == ("appeal" if step == "decision_served" else "watch")


def test_watch_date_moves_to_a_weekday_and_follows_an_edit(vault):
    _add(vault)
    f = cw.add_follow_up(vault, "AB12", step="application_posted", date=D("2026-12-17"))
    assert f.due == D("2026-12-28")  # 24th is julafton, 25–26 holidays, 27 a Sunday
    g = cw.update_follow_up(vault, f.id, step="application_received")
    assert g.due == D("2027-01-14") and not g.due_overridden
    h = cw.update_follow_up(vault, f.id, due=D("2027-02-01"))
    assert h.due_overridden and h.proposed_due == D("2027-01-14")


def test_follow_up_add_without_due_in_cli_and_json(vault, cli):
    _add(vault)
    vault.lock()
    code, out, _ = cli(
        "follow-up", "add", "AB12", "--step", "application_posted", "--date", "2026-03-02"
    )
    assert code == 0 and "Bevaka senast 2026-03-09" in out
    rows = json.loads(cli("follow-up", "list", "--json")[1])
    assert [(r["step"], r["due"], r["proposed_due"], r["due_overridden"]) for r in rows] == [
        ("application_posted", "2026-03-09", "2026-03-09", False)
    ]


def test_start_view_lists_a_step_that_had_no_deadline(vault):
    _add(vault)
    today = D("2026-03-02")
    cw.add_follow_up(vault, "AB12", step="application_posted", date=today - dt.timedelta(days=1))
    sv = cw.start_view(vault, today=today)
    assert [f.step for f in sv.upcoming] == ["application_posted"]


# --- trap 1: the appeal deadline counts from the served date ----------------------------------


def test_decision_served_moves_with_its_date(vault):
    _add(vault)
    f = cw.add_follow_up(vault, "AB12", step="decision_served", date=D("2026-03-02"))
    assert (f.served_on, f.due) == (D("2026-03-02"), D("2026-03-23"))
    g = cw.update_follow_up(vault, f.id, date=D("2026-03-09"))
    assert (g.served_on, g.due, g.due_overridden) == (D("2026-03-09"), D("2026-03-30"), False)
    # another served date is an explicit choice and stays
    h = cw.update_follow_up(vault, f.id, served_on=D("2026-03-05"))
    i = cw.update_follow_up(vault, f.id, date=D("2026-03-10"))
    assert (h.due, i.served_on, i.due) == (D("2026-03-26"), D("2026-03-05"), D("2026-03-26"))


# --- trap 6 (part): merged tables in the profile's order ---------------------------------------


def test_merged_breakdowns_follow_the_profile_order(coordinator_vault, tmp_path):
    from po_desktop.domain.categories import default_profile
    from po_desktop.services import coordinator as co
    from po_desktop.services.report_table import figure_rows
    from tests.fixtures.coordinator_helpers import unit_bundle, write

    co.import_bundles(coordinator_vault, [write(tmp_path, "a.pobundle", unit_bundle())])
    report = co.merged_report(coordinator_vault, "2026H1")
    rows = figure_rows(report["figures"], default_profile())
    genders = [r.category for r in rows if r.key == "assignments.by_gender" and r.level == 1]
    assert genders == ["woman", "man", "other", "unknown"]


# --- trap 6: coordinator status a coordinator can believe --------------------------------------


def test_unknown_sender_matched_once_by_unit_id(coordinator_vault, tmp_path, cli, passphrase):
    import uuid

    from po_desktop.services import coordinator as co
    from po_desktop.services import period_status as ps
    from tests.fixtures.coordinator_helpers import unit_bundle, write

    v = coordinator_vault
    co.expect_unit(v, "Leksand")
    co.expect_unit(v, "PO Mora")
    leksand = str(uuid.uuid4())
    co.import_bundles(
        v,
        [
            write(tmp_path, "l.pobundle", unit_bundle(leksand, "PO Leksand")),
            write(tmp_path, "m.pobundle", unit_bundle(label="PO Mora")),
        ],
    )
    st = ps.period_status(v, "2026H1")
    assert (st.expected, st.received_expected, st.missing) == (2, 1, ("Leksand",))
    assert [u.label for u in st.unexpected] == ["PO Leksand"]
    assert [(s.unit_id, s.label, s.periods) for s in ps.unknown_senders(v)] == [
        (leksand, "PO Leksand", ("2026H1",))
    ]
    v.lock()
    code, out, err = cli(
        "coordinator", "match", "--unit-id", leksand[:8], "--expected", "Leksand", vault=v.path
    )
    assert code == 0, err
    code, _, err = cli(
        "coordinator", "match", "--unit-id", "nonexistent", "--expected", "Leksand", vault=v.path
    )
    assert code == 4 and err.count("\n") == 1
    code, out, _ = cli("coordinator", "status", "--period", "2026H1", vault=v.path)
    assert "2 av 2 förväntade enheter" in out and "Leksand (PO Leksand): mottagen" in out
    # remembered: the next bundle from that unit is Leksand's without asking again
    from po_desktop.services.vault_admin import open_vault

    v2 = open_vault(v.path, passphrase)
    try:
        co.import_bundles(
            v2,
            [
                write(
                    tmp_path,
                    "l2.pobundle",
                    unit_bundle(
                        leksand,
                        "PO Leksand",
                        period="2025H2",
                        created_at="2026-01-05T10:00:00.000000Z",
                    ),
                )
            ],
        )
        st2 = ps.period_status(v2, "2025H2")
        assert st2.missing == ("PO Mora",) and not st2.unexpected
        assert ps.unknown_senders(v2) == []
        with pytest.raises(RejectedInput):  # Leksand is taken: no second id for it
            ps.match_unit(v2, st.unexpected[0].unit_id, "PO Mora")
    finally:
        v2.lock()


def test_one_status_for_window_cli_and_pdf(coordinator_vault, tmp_path, cli):
    from po_desktop.services import coordinator as co
    from po_desktop.services import period_status as ps
    from tests.fixtures.coordinator_helpers import unit_bundle, write

    v = coordinator_vault
    for label in ("PO Mora", "PO Orsa", "PO Rättvik", "PO Vansbro"):
        co.expect_unit(v, label)
    co.import_bundles(
        v,
        [
            write(tmp_path, f"{i}.pobundle", unit_bundle(label=label))
            for i, label in enumerate(["PO Mora", "PO Orsa", "PO Gäst"])
        ],
    )
    st = ps.period_status(v, "2026H1")
    summary = st.summary()
    assert summary.startswith("2026H1: 2 av 4 förväntade enheter har rapporterat")
    assert "1 paket från en enhet som inte är förväntad" in summary
    assert co.period_status(v, "2026H1")["summary"] == summary
    import dataclasses

    assert dataclasses.is_dataclass(st)
    with pytest.raises(dataclasses.FrozenInstanceError):
        st.ended = False  # type: ignore[misc]
    v.lock()
    code, out, _ = cli("coordinator", "status", "--period", "2026H1", vault=v.path)
    assert out.splitlines()[0] == summary
    pdf = tmp_path / "r.pdf"
    code, _, err = cli(
        "coordinator", "report", "--period", "2026H1", "--pdf", str(pdf), vault=v.path
    )
    assert code == 0, err
    import pypdf

    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(str(pdf)).pages)
    assert "Rapporterande enheter: 2 av 4 förväntade" in text
    assert "2 av 4 förväntade enheter har rapporterat" in " ".join(text.split())


def test_timestamps_read_like_a_clock(coordinator_vault, tmp_path):
    from po_desktop.services import coordinator as co
    from po_desktop.services import period_status as ps
    from tests.fixtures.coordinator_helpers import unit_bundle, write

    co.expect_unit(coordinator_vault, "PO Mora")
    co.import_bundles(
        coordinator_vault,
        [write(tmp_path, "a.pobundle", unit_bundle(created_at="2026-07-02T10:00:00.123456Z"))],
    )
    assert ps.fmt_time("2026-07-02T10:00:00.123456Z").startswith("2026-07-02 ")
    assert len(ps.fmt_time("2026-07-02T10:00:00.123456Z")) == len("2026-07-02 10:00")
    units = ps.expected_units_overview(coordinator_vault)
    assert [(u.label, u.last_period) for u in units] == [("PO Mora", "2026H1")]


def test_bundle_for_a_period_not_ended_is_imported_with_a_warning(coordinator_vault, tmp_path, cli):
    from po_desktop.services import coordinator as co
    from tests.fixtures.coordinator_helpers import unit_bundle, write

    year = dt.date.today().year
    uid = str(uuid.uuid4())  # one unit: the first bundle binds its label to this id
    b = unit_bundle(uid, period=str(year), created_at=f"{year}-01-02T10:00:00.000000Z")
    r = co.import_bundles(coordinator_vault, [write(tmp_path, "now.pobundle", b)])[0]
    assert r.ok and r.warning and "har inte slutat" in r.warning
    old = unit_bundle(uid, period="2025H2", created_at="2026-01-05T10:00:00.000000Z")
    r2 = co.import_bundles(coordinator_vault, [write(tmp_path, "old.pobundle", old)])[0]
    assert r2.ok and r2.warning is None
    coordinator_vault.lock()
    b2 = unit_bundle(uid, period=str(year), created_at=f"{year}-01-03T10:00:00.000000Z")
    code, out, err = cli(
        "coordinator",
        "import",
        str(write(tmp_path, "n2.pobundle", b2)),
        vault=coordinator_vault.path,
    )
    assert code == 0 and "varning" in err and "har inte slutat" in err


def test_birth_year_unknown_is_an_explicit_choice(vault, cli):
    """ "uppgift saknas" is a real answer (age band ``unknown``); not choosing is refused."""
    import pytest

    from po_desktop.errors import RejectedInput
    from po_desktop.services import casework as cw
    from po_desktop.services import statistics

    kw = dict(
        gender="woman", municipality="Mora", referral_source="self", start=dt.date(2026, 2, 1)
    )
    with pytest.raises(RejectedInput, match="Välj födelseår"):
        cw.add_assignment(vault, alias="QX1", birth_year=None, **kw)
    assert cw.list_assignments(vault) == []
    a = cw.add_assignment(vault, alias="QX1", birth_year=cw.BIRTH_YEAR_UNKNOWN, **kw)
    assert a.birth_year is None
    bands = statistics.period_figures(vault, "2026")["assignments"]["by_age_band"]
    assert bands["unknown"] == 1 and sum(bands.values()) == 1
    code, out, err = cli(
        "assignment",
        "add",
        "--alias",
        "QX2",
        "--gender",
        "man",
        "--birth-year",
        "unknown",
        "--municipality",
        "Mora",
        "--referral-source",
        "self",
        "--start",
        "2026-03-01",
        vault=vault.path,
    )
    assert code == 0, err


# --- one 18-month rule for the start view and the statistics (issue 18) -------------------------


@pytest.mark.parametrize(
    ("start", "over"),
    [
        ("2023-06-30", True),  # + 18 months = 2024-12-30 < 2024-12-31 (the day clamped)
        ("2023-07-01", False),  # + 18 months = 2025-01-01
        ("2023-06-29", True),
    ],
)
def test_the_start_view_and_the_statistics_agree_on_18_months(vault, start, over):
    from po_desktop.services import statistics as st

    _add(vault, alias="OLD1", start=D(start))
    view = cw.start_view(vault, today=D("2024-12-31"))
    figures = st.period_figures(vault, "2024H2")
    assert [a.alias for a in view.over_18_months] == (["OLD1"] if over else [])
    assert figures["assignments"]["over_18_months_at_end"] == (1 if over else 0)
