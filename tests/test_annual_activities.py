"""Activities (annual.md §1): hand-computed figures incl. hours and planned/done across the year
boundary, the profile lists, the personal-data scan of titles, and the CLI's bad input."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from po_desktop.domain import activities as dom
from po_desktop.domain.categories import default_profile
from po_desktop.errors import RejectedInput
from po_desktop.services import activities

D = dt.date
KINDS = ("information", "outreach", "training", "supervision", "steering_group", "network", "other")


def _valid_pnr() -> str:
    """A personnummer-shaped string that passes the Luhn check (810101-XXXX)."""
    base = "810101001"
    for last in range(10):
        digits = base + str(last)
        total = 0
        for i, ch in enumerate(digits):
            n = int(ch) * (2 if i % 2 == 0 else 1)
            total += n - 9 if n > 9 else n
        if total % 10 == 0:
            return f"810101-{digits[6:]}"
    raise AssertionError


def fill(vault):
    add = activities.add_activity
    a = add(
        vault,
        kind="information",
        title="Information på psykiatrins mottagning",
        date=D(2026, 3, 2),
        audience="psychiatry",
        participants=14,
        hours=1.5,
    )
    add(
        vault,
        kind="outreach",
        title="Uppsökande i församlingens café",
        date=D(2026, 5, 10),
        audience="church",
        participants=6,
        hours=2,
    )
    add(
        vault,
        kind="information",
        title="Personalmöte psykiatrin",
        date=D(2026, 11, 20),
        audience="psychiatry",
    )
    d = add(
        vault, kind="training", title="Kurs i samtalsmetodik", planned_month="2026-12", hours=7.5
    )
    add(
        vault,
        kind="supervision",
        title="Handledning",
        date=D(2026, 2, 1),
        planned_month="2026-02",
        hours=1.5,
    )
    add(vault, kind="steering_group", title="Ledningsgruppen", planned_month="2026-10")
    g = add(
        vault,
        kind="information",
        title="Bibliotekets temadag",
        planned_month="2027-01",
        audience="public",
    )
    add(vault, kind="network", title="Nätverksträff", date=D(2025, 12, 31), hours=2)
    activities.mark_done(vault, d.id, date=D(2027, 1, 12))  # planned Dec 2026, done Jan 2027
    activities.update_activity(vault, g.id, date=D(2026, 12, 15), participants=30, hours=1.0)
    return a


def test_profile_has_the_activity_lists():
    p = default_profile()
    assert p.codes("activity_kind") == KINDS
    assert p.codes("audience") == (
        "psychiatry",
        "primary_care",
        "social_services",
        "social_insurance",
        "employment_service",
        "user_organisation",
        "church",
        "housing",
        "public",
        "other",
    )
    assert p.label("activity_kind", "supervision") == "handledning"


def test_figures_by_hand_across_the_year_boundary(vault):
    fill(vault)
    f = activities.activity_figures(vault, "2026")
    # done in 2026: info 3 (2026-03-02, 2026-11-20, 2026-12-15), outreach 1, supervision 1;
    # the training planned for 2026-12 was done 2027-01-12 and the network meeting is 2025.
    assert f["by_kind"] == {
        "information": 3,
        "outreach": 1,
        "training": 0,
        "supervision": 1,
        "steering_group": 0,
        "network": 0,
        "other": 0,
    }
    # hours: information 1.5 + (none) + 1.0; outreach 2.0; supervision 1.5
    assert f["hours_by_kind"] == {
        "information": 2.5,
        "outreach": 2.0,
        "training": 0.0,
        "supervision": 1.5,
        "steering_group": 0.0,
        "network": 0.0,
        "other": 0.0,
    }
    assert f["information_by_audience"] == {
        "psychiatry": 2,
        "primary_care": 0,
        "social_services": 0,
        "social_insurance": 0,
        "employment_service": 0,
        "user_organisation": 0,
        "church": 1,
        "housing": 0,
        "public": 1,
        "other": 0,
    }
    assert f["participants"] == 14 + 6 + 0 + 30
    # planned for a month of 2026: training (12), supervision (02), steering group (10);
    # done by 2026-12-31: only the supervision (the training was done in January 2027).
    assert (f["planned"], f["planned_done"]) == (3, 1)

    f27 = activities.activity_figures(vault, "2027")
    assert f27["by_kind"]["training"] == 1 and sum(f27["by_kind"].values()) == 1
    assert f27["hours_by_kind"]["training"] == 7.5
    # planned for January 2027 and done early (2026-12-15): planned 1, done 1
    assert (f27["planned"], f27["planned_done"]) == (1, 1)
    assert f27["participants"] == 0

    h2 = activities.activity_figures(vault, "2026H2")
    assert h2["by_kind"]["information"] == 2 and h2["by_kind"]["outreach"] == 0
    assert (h2["planned"], h2["planned_done"]) == (2, 0)
    f25 = activities.activity_figures(vault, "2025")
    assert f25["by_kind"]["network"] == 1 and f25["hours_by_kind"]["network"] == 2.0


def test_list_by_year_and_views(vault):
    fill(vault)
    views = activities.list_activities(vault, 2026)
    titles = [v.title for v in views]
    # dated in 2026, or planned for a month of 2026 (the training done in 2027 too)
    assert "Kurs i samtalsmetodik" in titles and "Nätverksträff" not in titles
    assert titles[0] == "Handledning"  # 2026-02-01 first
    training = next(v for v in views if v.kind == "training")
    assert training.status == "done" and training.planned_month == "2026-12"
    assert training.to_dict()["hours"] == 7.5
    planned = next(v for v in views if v.kind == "steering_group")
    assert planned.status == "planned" and planned.date is None


@pytest.mark.parametrize(
    "kwargs, needle",
    [
        (dict(kind=None), "saknar typ"),
        (dict(kind="party"), "okänd aktivitetstyp"),
        (dict(planned_month="2026-13", date=None), "ÅÅÅÅ-MM"),
        (dict(planned_month="2026-1", date=None), "ÅÅÅÅ-MM"),
        (dict(participants=-1), "negativt"),
        (dict(participants=True), "heltal"),
        (dict(hours=-0.5), "utanför 0–24"),
        (dict(hours=24.5), "utanför 0–24"),
        (dict(hours=1.25), "en decimal"),
        (dict(audience=None), "målgrupp"),
        (dict(kind="training", audience="public"), "bara för information"),
        (dict(date=None), "planerad månad"),
        (dict(title="  "), "rubrik"),
    ],
)
def test_bad_activity_refused_nothing_stored(vault, kwargs, needle):
    args = dict(kind="information", title="Info", date=D(2026, 3, 1), audience="public")
    args.update(kwargs)
    with pytest.raises(RejectedInput) as exc:
        activities.add_activity(vault, **args)
    assert needle.lower() in exc.value.message.lower() and "\n" not in exc.value.message
    assert activities.list_activities(vault) == []


def test_title_with_personal_data_refused(vault):
    from tests.fixtures.stats_factory import add_assignment

    add_assignment(vault, "Kq7Lisa", D(2026, 1, 1))
    for title in (
        f"Möte om {_valid_pnr()}",
        "Ring 070-123 45 67",
        "Mejla a.b@example.se",
        "Besök med Kq7Lisa",
    ):
        with pytest.raises(RejectedInput) as exc:
            activities.add_activity(vault, kind="network", title=title, date=D(2026, 3, 1))
        assert "personuppgifter" in exc.value.message
    assert activities.list_activities(vault) == []


def test_hours_and_month_parsing():
    assert dom.parse_hours("1,5") == dom.parse_hours("1.5")
    assert dom.hours_to_tenths(dom.parse_hours("24")) == 240
    for bad in ("1.25", "-1", "abc", "", "1,5,5"):
        with pytest.raises(ValueError):
            dom.hours_to_tenths(dom.parse_hours(bad))
    with pytest.raises(ValueError):
        dom.hours_to_tenths(dom.parse_hours("24.1"))
    assert dom.parse_planned_month(" 2026-09 ") == "2026-09"


def test_mark_done_twice_refused(vault):
    v = activities.add_activity(
        vault, kind="supervision", title="Handledning", planned_month="2026-04"
    )
    activities.mark_done(vault, v.id, date=D(2026, 4, 3))
    with pytest.raises(RejectedInput, match="redan genomförd"):
        activities.mark_done(vault, v.id, date=D(2026, 4, 5))
    assert activities.get_activity(vault, v.id).date == D(2026, 4, 3)


def test_merge_and_mask_activity_figures():
    a = {
        "by_kind": {"information": 6, "outreach": 1},
        "hours_by_kind": {"information": 3.5, "outreach": 0.5},
        "information_by_audience": {"public": 6, "church": 1},
        "participants": 40,
        "planned": 3,
        "planned_done": 2,
    }
    b = {
        "by_kind": {"information": 2, "outreach": 0},
        "hours_by_kind": {"information": 0.2, "outreach": 0.0},
        "information_by_audience": {"public": 1, "church": 1},
        "participants": 5,
        "planned": 1,
        "planned_done": 0,
    }
    m = dom.merge_activity_figures([a, None, b])
    assert m["by_kind"] == {"information": 8, "outreach": 1}
    assert m["hours_by_kind"] == {"information": 3.7, "outreach": 0.5}
    assert m["information_by_audience"] == {"public": 7, "church": 2}
    assert (m["participants"], m["planned"], m["planned_done"]) == (45, 4, 2)
    assert dom.merge_activity_figures([None, None]) is None

    # occasions of the unit's own work are not people: published exactly (not masked)
    shown = dom.mask_activity_figures(m, 5)
    assert shown == m and shown is not m
    assert shown["by_kind"]["outreach"] == 1 and shown["hours_by_kind"]["outreach"] == 0.5
    assert shown["information_by_audience"]["church"] == 2
    assert dom.mask_activity_figures(None, 5) is None


# --- CLI -------------------------------------------------------------------------------------


def test_cli_add_done_list(vault, cli):
    vault.lock()
    code, out, err = cli(
        "activity",
        "add",
        "--kind",
        "information",
        "--title",
        "Information för Försäkringskassan",
        "--date",
        "2026-03-02",
        "--audience",
        "social_insurance",
        "--participants",
        "12",
        "--hours",
        "1,5",
    )
    assert code == 0, err
    first = int(out.strip())
    code, out, err = cli(
        "activity", "add", "--kind", "training", "--title", "Kurs", "--planned-month", "2026-12"
    )
    assert code == 0, err
    second = int(out.strip())
    assert second != first
    code, out, err = cli("activity", "done", str(second), "--date", "2027-01-12")
    assert code == 0, err
    code, out, err = cli("activity", "list", "--year", "2026", "--json")
    data = json.loads(out)
    assert [d["id"] for d in data] == [first, second]
    assert data[0] == {
        "id": first,
        "kind": "information",
        "title": "Information för Försäkringskassan",
        "date": "2026-03-02",
        "planned_month": None,
        "audience": "social_insurance",
        "participants": 12,
        "hours": 1.5,
        "status": "done",
    }
    assert data[1]["date"] == "2027-01-12" and data[1]["planned_month"] == "2026-12"
    code, out, err = cli("activity", "list", "--year", "2026")
    assert code == 0 and "1,5 tim" in out and "planerad 2026-12" in out
    code, out, err = cli(
        "activity",
        "add",
        "--kind",
        "training",
        "--title",
        "Kurs",
        "--date",
        "2026-01-01",
        "--planned-month",
        "2026-01",
    )
    assert code == 2  # the two are exclusive: a usage error


@pytest.mark.parametrize(
    "argv, needle",
    [
        (["--title", "Utan typ", "--date", "2026-03-02"], "saknar typ"),
        (["--kind", "training", "--title", "X", "--planned-month", "2026-9"], "ÅÅÅÅ-MM"),
        (["--kind", "training", "--title", "X", "--planned-month", "september"], "ÅÅÅÅ-MM"),
        (
            [
                "--kind",
                "information",
                "--audience",
                "public",
                "--title",
                "X",
                "--date",
                "2026-03-02",
                "--participants",
                "-3",
            ],
            "deltagare",
        ),
        (["--kind", "training", "--title", "X", "--date", "2026-03-02", "--hours", "-1"], "timmar"),
        (["--kind", "training", "--title", "X", "--date", "2026-03-02", "--hours", "24,5"], "0–24"),
        (["--kind", "training", "--title", "X", "--date", "2026-02-30"], "finns inte"),
        (
            ["--kind", "training", "--title", "Ring 0701234567", "--date", "2026-03-02"],
            "personuppgifter",
        ),
    ],
)
def test_cli_bad_activity_exit_4_nothing_stored(vault, cli, argv, needle):
    vault.lock()
    code, out, err = cli("activity", "add", *argv)
    assert code == 4, (out, err)
    assert needle.lower() in err.lower() and err.count("\n") == 1 and "Traceback" not in err
    code, out, _ = cli("activity", "list", "--json")
    assert json.loads(out) == []


def test_cli_done_bad_id(vault, cli):
    vault.lock()
    code, out, err = cli("activity", "done", "abc", "--date", "2026-01-01")
    assert code == 4 and err.count("\n") == 1
    code, out, err = cli("activity", "done", "99", "--date", "2026-01-01")
    assert code == 4 and "ingen aktivitet" in err


def test_hostile_input_is_normalised(vault):
    v = activities.add_activity(
        vault,
        kind=" Information\u200b",
        audience="ｐｕｂｌｉｃ",
        title="Info\x1b[31m på\u202e biblioteket\n",
        planned_month="2026\u201309",
        participants=3,
    )
    assert (v.kind, v.audience, v.planned_month) == ("information", "public", "2026-09")
    # no ESC (removed, safetext.clean_text), no bidi override, one line
    assert v.title == "Info[31m på biblioteket"
    assert dom.parse_hours("１,５") == dom.parse_hours("1.5")
    # a personnummer hidden by a zero-width space is still found by the scan
    with pytest.raises(RejectedInput, match="personuppgifter"):
        activities.add_activity(
            vault,
            kind="network",
            date=D(2026, 3, 1),
            title=f"Möte {_valid_pnr()}".replace("-", "-\u200b"),
        )


def test_cli_hostile_answer_codes(vault, cli):
    from po_desktop.services import survey

    r = survey.add_round(
        vault, label="V", date_from=D(2026, 3, 1), date_to=D(2026, 4, 1), handed_out=3
    )
    vault.lock()
    code, out, err = cli(
        "survey",
        "response",
        "add",
        str(r.id),
        "--answer",
        "HEARD=５",
        "--answer",
        "recommend=\u200bYes",
    )
    assert code == 0, err
    code, out, err = cli("survey", "show", str(r.id), "--json")
    q = {x["id"]: x for x in json.loads(out)["questions"]}
    assert q["heard"]["by_answer"]["5"] == 1 and q["recommend"]["by_answer"]["yes"] == 1
