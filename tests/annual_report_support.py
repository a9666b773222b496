"""A unit vault with a known year (hand-computed figures in the test docstrings)."""

from __future__ import annotations

import datetime as dt

from tests.stats_factory import add_assignment, add_system_failure

D = dt.date
ANALYSIS = "Fler uppdrag i år än i fjol.\n\nVäntetiden ökade under hösten."


def fill_unit(vault, *, survey_answers=None) -> dict:
    """2025: 3 assignments (one ended 2025-10-01). 2026: 6 new (one ended 2026-09-30), so
    active 2026 = 2 + 6 = 8, new 6, ended 1, ongoing at end 7; active 2025 = 3.

    Activities 2026: information (25 participants, 2.0 h), outreach (10 participants, 1.5 h),
    training (6.0 h), a planned network meeting 2026-11 marked done 2026-11-20, a planned
    information 2026-10 not done → by_kind information 1, outreach 1, training 1, network 1;
    participants 35; planned 2, planned_done 1.

    Survey round 2026 (handed out 10), six forms: heard 5,5,4,4,3,vet inte → mean 4.2;
    recommend yes ×5 and one unanswered → response rate 60.0 %."""
    from po_desktop.services import activities, annual, survey

    for i in range(3):
        add_assignment(vault, f"A{i}", D(2025, 3, 1), D(2025, 10, 1) if i == 0 else None,
                       gender="woman" if i % 2 else "man")
    for i in range(6):
        add_assignment(vault, f"B{i}", D(2026, 2, 1), D(2026, 9, 30) if i == 0 else None,
                       municipality="Orsa" if i % 2 else "Mora")
    add_system_failure(vault, D(2026, 3, 2), "social_insurance", area="Sjukpenning",
                       description="Långa handläggningstider", reported_on=D(2026, 4, 1),
                       feedback_received=True, feedback="Ses över")
    activities.add_activity(vault, kind="information", title="Information till psykiatrin",
                            date=D(2026, 3, 10), audience="psychiatry", participants=25,
                            hours=2)
    activities.add_activity(vault, kind="outreach", title="Diakonin i Orsa",
                            date=D(2026, 4, 2), audience="church", participants=10, hours=1.5)
    activities.add_activity(vault, kind="training", title="Utbildning i MI", date=D(2026, 5, 5),
                            hours=6)
    net = activities.add_activity(vault, kind="network", title="Samverkansmöte FK",
                                  planned_month="2026-11")
    activities.mark_done(vault, net.id, date=D(2026, 11, 20))
    activities.add_activity(vault, kind="information", title="Socialtjänsten i Mora",
                            planned_month="2026-10", audience="social_services")
    r = survey.add_round(vault, label="Hösten 2026", date_from=D(2026, 9, 1),
                         date_to=D(2026, 10, 31), handed_out=10)
    answers = survey_answers if survey_answers is not None else [
        {"heard": "5", "recommend": "yes"}, {"heard": "5", "recommend": "yes"},
        {"heard": "4", "recommend": "yes"}, {"heard": "4", "recommend": "yes"},
        {"heard": "3", "recommend": "yes"}, {"heard": "dont_know"},
    ]
    for a in answers:
        survey.add_response(vault, r.id, a)
    annual.set_analysis(vault, 2026, ANALYSIS)
    return {"round": r.id}
