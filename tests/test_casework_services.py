"""Casework services against a real (encrypted) vault."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from po_desktop.errors import RejectedInput
from po_desktop.services import casework as cw
from po_desktop.services.vault_admin import close_vault, open_vault, update_unit_settings

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


def _snapshot(vault):
    return (
        cw.list_assignments(vault, include_closed=True),
        cw.list_inquiries(vault),
        cw.list_system_failures(vault),
        cw.list_follow_ups(vault, include_done=True),
    )


def test_add_get_update_list_assignment(vault):
    a = _add(
        vault,
        priority_flags=["no_network", "acute"],
        areas=["legal", "finances"],
        first_visit_two_ombud=True,
        municipality="älvdalen",
    )
    assert dataclasses.is_dataclass(a) and a.active
    assert a.priority_flags == ("acute", "no_network")  # profile order, deduplicated
    assert a.municipality == "Älvdalen" and a.phase == "opening" and a.first_visit_two_ombud
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.alias = "x"  # type: ignore[misc]
    b = cw.update_assignment(vault, "ab12", phase="working", areas=["housing"])
    assert (b.phase, b.areas, b.alias) == ("working", ("housing",), "AB12")
    assert cw.get_assignment(vault, "AB12").phase == "working"
    assert [x.alias for x in cw.list_assignments(vault)] == ["AB12"]
    assert a.to_dict()["start_date"] == "2026-01-15"


@pytest.mark.parametrize(
    "bad",
    [
        dict(alias="850101-1236"),
        dict(alias="klient@example.se"),
        dict(alias="0701234567"),
        dict(gender="female"),
        dict(municipality="Falun"),
        dict(referral_source="police"),
        dict(priority_flags=["urgent"]),
        dict(areas=["money"]),
        dict(phase="done"),
        dict(birth_year=2010),  # a minor at start 2026-01-15
        dict(start="2026-01-15"),  # services take dates, not strings
    ],
)
def test_invalid_assignment_refused_nothing_stored(vault, bad):
    with pytest.raises(RejectedInput) as exc:
        _add(vault, **bad)
    assert "\n" not in exc.value.message and exc.value.exit_code == 4
    assert cw.list_assignments(vault, include_closed=True) == []


def test_personnummer_alias_message(vault):
    with pytest.raises(RejectedInput, match="personnummer"):
        _add(vault, alias="19850101-1236")


def test_alias_unique_among_active_only(vault):
    _add(vault)
    with pytest.raises(RejectedInput, match="används redan"):
        _add(vault, alias="ab12")
    vault.set_settings({"retention_days": 30})
    cw.close_assignment(
        vault, "AB12", end=D("2026-03-01"), reason="goals_met", today=D("2026-03-01")
    )
    closed = [a for a in cw.list_assignments(vault, include_closed=True) if not a.active][0]
    assert not closed.purged
    again = _add(vault, alias="AB12", start=D("2026-04-01"))
    assert cw.get_assignment(vault, "ab12").id == again.id  # the active one wins


def test_update_refusals_leave_row_unchanged(vault):
    _add(vault)
    _add(vault, alias="CD34")
    before = cw.get_assignment(vault, "AB12")
    for changes in (
        dict(alias="CD34"),
        dict(birth_year=2015),
        dict(start=D("2030-01-01"), phase="nope"),
        dict(end=D("2026-05-01")),
    ):
        with pytest.raises(RejectedInput):
            cw.update_assignment(vault, "AB12", **changes)
    assert cw.get_assignment(vault, "AB12") == before
    with pytest.raises(RejectedInput, match="Okänt alias"):
        cw.update_assignment(vault, "ZZ99", phase="working")


def test_close_end_before_start_refused(vault):
    _add(vault)
    with pytest.raises(RejectedInput, match="före startdatumet"):
        cw.close_assignment(vault, "AB12", end=D("2026-01-14"), reason="goals_met")
    with pytest.raises(RejectedInput, match="avslutsorsak"):
        cw.close_assignment(vault, "AB12", end=D("2026-02-01"), reason="bored")
    assert cw.get_assignment(vault, "AB12").active


def test_notes_and_search_ranked(vault):
    _add(vault)
    _add(vault, alias="CD34")
    n1 = cw.add_note(
        vault,
        "AB12",
        date=D("2026-02-01"),
        text="Ringde Försäkringskassan om sjukersättning. Försäkringskassan lovar "
        "svar. Försäkringskassan igen.",
    )
    cw.add_note(
        vault,
        "CD34",
        date=D("2026-02-03"),
        text="Lång anteckning om boende, hyresvärd, skulder och mycket annat; "
        "nämnde Försäkringskassan en gång i förbigående bland allt annat här.",
    )
    cw.add_note(vault, "CD34", date=D("2026-02-04"), text="Möte på öppenvården i Älvdalen.")
    hits = cw.search_notes(vault, "försäkringskassan")
    assert [h.alias for h in hits] == ["AB12", "CD34"]  # more occurrences rank first
    assert hits[0].note_id == n1.id and hits[0].date == D("2026-02-01")
    assert "[Försäkringskassan]" in hits[0].snippet
    assert hits[0].score <= hits[1].score
    assert [h.alias for h in cw.search_notes(vault, "ÖPPENVÅRDEN")] == ["CD34"]
    assert [h.alias for h in cw.search_notes(vault, "försäkring")] == ["AB12", "CD34"]  # prefix
    assert cw.search_notes(vault, "älvdalen möte")[0].alias == "CD34"  # all words
    assert cw.search_notes(vault, "far") == []  # diacritics kept: "får" ≠ "far"
    assert cw.search_notes(vault, 'NEAR( "x" AND') == []  # FTS syntax never passed through
    with pytest.raises(RejectedInput):
        cw.search_notes(vault, "  ?! ")
    assert [n.text[:5] for n in cw.list_notes(vault, "CD34")] == ["Lång ", "Möte "]
    cw.update_note(vault, n1.id, text="Nu om Kronofogden")
    assert cw.search_notes(vault, "försäkringskassan")[0].alias == "CD34"
    assert cw.search_notes(vault, "kronofogden")[0].note_id == n1.id


def test_note_refusals(vault):
    _add(vault)
    with pytest.raises(RejectedInput, match="Okänt alias"):
        cw.add_note(vault, "ZZ99", date=D("2026-02-01"), text="x")
    with pytest.raises(RejectedInput):
        cw.add_note(vault, "AB12", date=D("2026-02-01"), text="   ")
    assert cw.list_notes(vault, "AB12") == []


def test_follow_up_deadline_proposed_and_overridden(vault):
    _add(vault)
    f = cw.add_follow_up(vault, "AB12", step="decision_served", date=D("2026-12-10"))
    assert (f.served_on, f.proposed_due, f.due, f.due_overridden) == (
        D("2026-12-10"),
        D("2027-01-04"),
        D("2027-01-04"),
        False,
    )
    g = cw.add_follow_up(
        vault,
        "AB12",
        step="decision_served",
        date=D("2026-12-11"),
        served_on=D("2026-12-10"),
        due=D("2027-01-11"),
        text="laglighetsprövning",
    )
    assert (g.proposed_due, g.due, g.due_overridden) == (D("2027-01-04"), D("2027-01-11"), True)
    h = cw.add_follow_up(vault, "AB12", step="application_posted", date=D("2026-11-01"))
    # every step has a date to watch (issue 12): posted on Sunday 1 Nov + 7 days → Monday 9 Nov
    assert (h.due, h.proposed_due, h.due_overridden) == (D("2026-11-09"), D("2026-11-09"), False)
    with pytest.raises(RejectedInput):
        cw.add_follow_up(vault, "AB12", step="posted", date=D("2026-11-01"))
    with pytest.raises(RejectedInput, match="före delgivningen"):
        cw.add_follow_up(
            vault,
            "AB12",
            step="other",
            date=D("2026-11-01"),
            served_on=D("2026-11-01"),
            due=D("2026-10-01"),
        )
    lst = cw.list_follow_ups(vault, today=D("2027-01-05"))
    assert [x.id for x in lst] == [h.id, f.id, g.id]  # soonest due first
    assert [x.id for x in cw.list_follow_ups(vault, overdue_only=True, today=D("2027-01-05"))] == [
        h.id,
        f.id,
    ]
    done = cw.complete_follow_up(vault, f.id, D("2027-01-02"))
    assert done.done and done.done_on == D("2027-01-02")
    assert [x.id for x in cw.list_follow_ups(vault, today=D("2027-01-05"))] == [h.id, g.id]
    assert len(cw.list_follow_ups(vault, alias="AB12", include_done=True)) == 3
    u = cw.update_follow_up(vault, g.id, due=None)
    assert (u.due, u.due_overridden) == (D("2027-01-04"), False)


def test_inquiries_waiting_list_order(vault):
    mk = lambda d, flags=(), outcome="waiting": cw.add_inquiry(  # noqa: E731
        vault, date=D(d), referral_source="relative", outcome=outcome, priority_flags=flags
    )
    a = mk("2026-01-05")
    b = mk("2026-03-01", ["minor_children"])
    c = mk("2026-02-01", ["acute"])
    d = mk("2026-01-01", ["homelessness", "young_adult"])
    e = mk("2026-01-02", outcome="accepted")
    f = cw.add_inquiry(
        vault,
        date=D("2026-01-03"),
        referral_source="psychiatry",
        outcome="referred_elsewhere",
        referred_to="Vuxenpsykiatrin Mora",
    )
    assert f.referred_to == "Vuxenpsykiatrin Mora"
    assert [q.id for q in cw.list_inquiries(vault, waiting_only=True)] == [c.id, b.id, d.id, a.id]
    assert [q.id for q in cw.list_inquiries(vault)] == [c.id, b.id, d.id, a.id, f.id, e.id]
    cw.update_inquiry(vault, c.id, outcome="accepted", outcome_on=D("2026-02-10"))
    assert [q.id for q in cw.list_inquiries(vault, waiting_only=True)] == [b.id, d.id, a.id]
    for bad in (dict(outcome="maybe"), dict(referral_source="x"), dict(priority_flags=["x"])):
        with pytest.raises(RejectedInput):
            cw.add_inquiry(
                vault,
                **{**dict(date=D("2026-01-01"), referral_source="self", outcome="waiting"), **bad},
            )
    assert len(cw.list_inquiries(vault)) == 6


def test_system_failure_roundtrip(vault):
    sf = cw.add_system_failure(
        vault,
        identified_on=D("2026-03-01"),
        authority="social_insurance",
        area="Sjukpenning",
        description="Handläggare nås inte per telefon; väntetid 6 veckor.",
        independence_effect="Ökar beroendet av ombudet",
        measures="Påtalat",
        reported_to="Ledningsgruppen",
        reported_on=D("2026-03-10"),
        feedback_requested_on=D("2026-03-10"),
        feedback_received_on=D("2026-04-01"),
        feedback="Ny rutin",
    )
    assert len(sf.id) == 36 and sf.feedback_received
    assert cw.get_system_failure(vault, sf.id[:8]) == sf
    upd = cw.update_system_failure(vault, sf.id, measures="Brev till FK")
    assert upd.measures == "Brev till FK"
    assert cw.list_system_failures(vault) == [upd]
    with pytest.raises(RejectedInput, match="ansvarig myndighet"):
        cw.add_system_failure(
            vault, identified_on=D("2026-03-01"), authority="fk", area="x", description="y"
        )
    with pytest.raises(RejectedInput, match="före datumet"):
        cw.add_system_failure(
            vault,
            identified_on=D("2026-03-01"),
            authority="other",
            area="x",
            description="y",
            reported_on=D("2026-02-01"),
        )


@pytest.mark.parametrize(
    ("field", "value", "kind"),
    [
        ("description", "Klienten 850101-1236 fick avslag", "personnummer"),
        ("description", "Ring henne på 070-123 45 67", "telefonnummer"),
        ("measures", "Mejlat klient@example.se", "e-postadress"),
        ("feedback", "Gäller ab12 och fler", "klientalias"),
        ("independence_effect", "AB12 blir beroende", "klientalias"),
        ("area", "19850101-1236", "personnummer"),
    ],
)
def test_system_failure_free_text_refused(vault, field, value, kind):
    _add(vault)
    args = dict(
        identified_on=D("2026-03-01"),
        authority="municipality",
        area="Försörjningsstöd",
        description="Långa handläggningstider",
    )
    args[field] = value
    with pytest.raises(cw.FreeTextRefused) as exc:
        cw.add_system_failure(vault, **args)
    assert kind in exc.value.message and "inget sparades" in exc.value.message
    assert field in exc.value.findings
    assert cw.list_system_failures(vault) == []
    sf = cw.add_system_failure(
        vault,
        identified_on=D("2026-03-01"),
        authority="municipality",
        area="Försörjningsstöd",
        description="Långa handläggningstider",
    )
    with pytest.raises(cw.FreeTextRefused):
        cw.update_system_failure(vault, sf.id, **{field: value})
    assert cw.get_system_failure(vault, sf.id) == sf


def test_check_free_text(vault):
    _add(vault, alias="KL77")
    kinds = [
        f.kind for f in cw.check_free_text(vault, "kl77 har 850101-1236, a@b.se och 0701234567")
    ]
    assert kinds == ["alias", "personnummer", "email", "phone"]
    assert cw.check_free_text(vault, "Långa väntetider hos Försäkringskassan") == []


def test_close_purges_at_closing_by_default(vault):
    a = _add(vault)
    cw.add_note(vault, "AB12", date=D("2026-02-01"), text="Hemligt om ekonomin")
    cw.add_note(vault, "AB12", date=D("2026-02-02"), text="Mer")
    cw.add_follow_up(vault, "AB12", step="application_posted", date=D("2026-02-01"))
    closed = cw.close_assignment(
        vault, "AB12", end=D("2026-06-30"), reason="goals_met", today=D("2026-06-30")
    )
    assert closed.purged and closed.alias == f"avslutat-{a.id:04d}"
    assert (
        closed.gender,
        closed.birth_year,
        closed.municipality,
        closed.end_reason,
        closed.phase,
    ) == ("woman", 1980, "Mora", "goals_met", "closing")
    log = cw.purge_log(vault)
    assert [(e.assignment_ref, e.notes_count, e.follow_ups_count) for e in log] == [
        (closed.alias, 2, 1)
    ]
    assert cw.search_notes(vault, "ekonomin") == []
    with pytest.raises(RejectedInput):
        cw.get_assignment(vault, "AB12")
    with pytest.raises(RejectedInput, match="gallrat"):
        cw.add_note(vault, closed.alias, date=D("2026-07-01"), text="x")
    assert cw.check_free_text(vault, "ab12") == []  # the old alias is gone everywhere


def test_retention_period_purges_on_unlock_and_on_close(vault, vault_path, passphrase):
    update_unit_settings(vault, retention_days=10)
    _add(vault)
    _add(vault, alias="CD34")
    cw.add_note(vault, "AB12", date=D("2026-02-01"), text="anteckning ett")
    cw.add_note(vault, "CD34", date=D("2026-02-01"), text="anteckning två")
    today = dt.date.today()
    cw.close_assignment(vault, "AB12", end=today - dt.timedelta(days=3), reason="moved")
    assert cw.get_assignment(vault, "AB12").purged is False  # 7 days left
    assert cw.purge_due(vault, today=today + dt.timedelta(days=6)) == []
    assert len(cw.list_notes(vault, "AB12")) == 1
    view = cw.start_view(vault, today=today)
    assert [p.alias for p in view.pending_purge] == ["AB12"]
    assert view.pending_purge[0].purge_on == today + dt.timedelta(days=7)
    vault.set_settings({"retention_days": 2})  # now overdue: the next unlock purges it
    vault.lock()
    v2 = open_vault(vault_path, passphrase)
    try:
        assert [e.notes_count for e in cw.purge_log(v2)] == [1]
        assert cw.search_notes(v2, "anteckning")[0].alias == "CD34"
        cw.close_assignment(v2, "CD34", end=today, reason="moved")  # due in 2 days
        assert len(cw.purge_log(v2)) == 1
        v2.set_settings({"retention_days": 0})
    finally:
        close_vault(v2)  # closing runs the purge too
    v3 = open_vault(vault_path, passphrase)
    try:
        assert len(cw.purge_log(v3)) == 2 and cw.search_notes(v3, "anteckning") == []
    finally:
        v3.lock()


def test_start_view(vault):
    today = D("2026-11-23")
    _add(vault, alias="OLD1", start=D("2025-05-01"))
    _add(vault, alias="NEW1", start=D("2026-10-01"))
    cw.add_follow_up(vault, "NEW1", step="decision_served", date=D("2026-10-01"))  # due 10-22
    cw.add_follow_up(vault, "NEW1", step="decision_served", date=D("2026-11-10"))  # due 12-01
    cw.add_follow_up(vault, "NEW1", step="other", date=D("2026-11-10"), due=D("2027-01-30"))
    cw.add_inquiry(vault, date=D("2026-11-01"), referral_source="self", outcome="waiting")
    cw.add_inquiry(vault, date=D("2026-11-02"), referral_source="self", outcome="accepted")
    v = cw.start_view(vault, today=today)
    assert v.caseload.active == 2 and v.caseload.status == "below"
    assert (v.caseload.target_min, v.caseload.target_max) == (15.0, 22.5)
    assert [a.alias for a in v.over_18_months] == ["OLD1"]
    assert [f.due for f in v.overdue] == [D("2026-10-22")]
    assert [f.due for f in v.upcoming] == [D("2026-12-01")]
    assert v.waiting_count == 1
    assert v.to_dict()["caseload"]["fte"] == "1.50"


def test_coordinator_vault_refuses_casework(coordinator_vault):
    with pytest.raises(RejectedInput, match="ombudsvalv"):
        _add(coordinator_vault, municipality="Mora")
    assert cw.purge_due(coordinator_vault) == []


def test_corrected_end_date_triggers_due_purge(vault):
    vault.set_settings({"retention_days": 30})
    _add(vault)
    cw.add_note(vault, "AB12", date=D("2026-02-01"), text="x")
    cw.close_assignment(vault, "AB12", end=dt.date.today(), reason="moved")
    assert not cw.get_assignment(vault, "AB12").purged
    with pytest.raises(RejectedInput, match="före startdatumet"):
        cw.update_assignment(vault, "AB12", end=D("2026-01-01"))
    a = cw.update_assignment(
        vault, "AB12", end=dt.date.today() - dt.timedelta(days=31), reason="goals_met"
    )
    assert a.purged and a.alias.startswith("avslutat-") and a.end_reason == "goals_met"
    assert [e.notes_count for e in cw.purge_log(vault)] == [1]


def test_search_ranks_only_the_newest_window_of_matches(vault, monkeypatch):
    """A word in thousands of notes: the best of the newest RANK_WINDOW matches are returned."""
    from po_desktop.services import casework as cw

    monkeypatch.setattr(cw, "RANK_WINDOW", 5)
    import datetime as _dt

    cw.add_assignment(
        vault,
        alias="RW1",
        gender="woman",
        birth_year=1980,
        municipality="Mora",
        referral_source="self",
        start=_dt.date(2026, 1, 1),
    )
    # an old note that would rank best (word twice), then six newer single mentions
    cw.add_note(vault, "RW1", date=_dt.date(2026, 1, 2), text="bostad bostad bostad")
    for i in range(6):
        cw.add_note(vault, "RW1", date=_dt.date(2026, 2, 1 + i), text=f"bostad och annat {i}")
    hits = cw.search_notes(vault, "bostad", limit=3)
    assert len(hits) == 3
    assert all("annat" in h.snippet for h in hits)  # the oldest note is outside the window
    monkeypatch.setattr(cw, "RANK_WINDOW", 1000)
    assert "annat" not in cw.search_notes(vault, "bostad", limit=1)[0].snippet
