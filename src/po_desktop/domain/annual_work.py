"""The annual report's sections about the year's work (annual.md §1–2, §4): activities, the client
survey and the analysis. Pure; from the figures as printed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from po_desktop.domain.annual_model import (
    ACTIVITY_KIND_LABELS,
    ANSWER_LABELS,
    AUDIENCE_LABELS,
    NOT_REPORTED,
    TOO_FEW,
    Block,
    Chart,
    Heading,
    Text,
    _get,
    _is_number,
    _label,
    _ordered,
    _profile_codes,
    _table,
    change_cells,
    fmt,
)
from po_desktop.domain.categories import Profile
from po_desktop.domain.survey_publication import publish_question
from po_desktop.i18n import tr


def _unstated(acts: Mapping[str, Any], gaps: Mapping[str, Any] | None) -> list[Block]:
    """The participants line, and what the sums leave out: an occasion without a number of
    participants or hours adds nothing, so the unit's report says how many had none, and a sum
    of none is "uppgift saknas", never 0 (a merged report knows when every unit's bundle
    carries its unstated counts; else ``gaps`` None: unknown, the sum as it is)."""
    people, occasions = (gaps or {}).get("participants") or (0, 0)
    if occasions and people == occasions:
        line = tr(
            "Deltagare vid information och uppsökande verksamhet: uppgift saknas (inget antal "
            "angivet för de {k} tillfällena)."
        ).format(k=occasions)
    elif people:
        line = tr(
            "Deltagare vid information och uppsökande verksamhet: {n} (antal saknas för {m} "
            "av {k} tillfällen)."
        ).format(n=fmt(acts.get("participants")), m=people, k=occasions)
    else:
        line = tr("Deltagare vid information och uppsökande verksamhet: {n}.").format(
            n=fmt(acts.get("participants"))
        )
    blocks: list[Block] = [Text(line)]
    unstated, done = (gaps or {}).get("hours") or (0, 0)
    if unstated and unstated < done:
        blocks.append(
            Text(
                tr(
                    "Timmar saknas för {m} av {k} genomförda aktiviteter; summorna räknar bara "
                    "de angivna."
                ).format(m=unstated, k=done),
                "small",
            )
        )
    return blocks


def _activities(
    shown: Mapping[str, Any],
    earlier: Mapping[str, Any] | None,
    has_previous: bool,
    planned: Sequence[Mapping[str, Any]] | None,
    profile: Profile,
    year: int,
    units_without: Sequence[str],
    gaps: Mapping[str, Any] | None = None,
) -> list[Block]:
    blocks: list[Block] = [Heading(tr("Aktiviteter: information, utbildning och samverkan"))]
    acts = shown.get("activities")
    before = earlier.get("activities") if (has_previous and earlier) else None
    if units_without:
        blocks.append(
            Text(
                tr(
                    "Enheter som inte har rapporterat aktiviteter och klientenkät "
                    "(äldre statistikpaket): {units}. Deras uppgifter visas som –."
                ).format(units=", ".join(units_without)),
                "small",
            )
        )
    if not isinstance(acts, Mapping):
        blocks.append(Text(tr("Aktiviteter är inte rapporterade för året (–).")))
        return blocks
    if gaps is None:  # merged figures carry the units' unstated counts (activity_gaps)
        from po_desktop.domain.activity_gaps import gaps_of

        gaps = gaps_of(acts)
    by_kind = acts.get("by_kind") or {}
    hours = dict(acts.get("hours_by_kind") or {})
    hours_total = acts.get("hours_total")
    if gaps is not None:  # a sum of hours nobody gave is "–", never 0,0
        for code, (unstated, occasions) in (gaps.get("hours_by_kind") or {}).items():
            if occasions and unstated == occasions:
                hours.pop(code, None)
        unstated, occasions = gaps.get("hours") or (0, 0)
        if occasions and unstated == occasions:
            hours_total = None
    before_kind = (before or {}).get("by_kind") if isinstance(before, Mapping) else None
    rows = []
    for code, count in _ordered(by_kind, _profile_codes(profile, "activity_kind")):
        prev = before_kind.get(code) if isinstance(before_kind, Mapping) else None
        rows.append(
            (
                _label(profile, "activity_kind", code, ACTIVITY_KIND_LABELS),
                fmt(count),
                fmt(hours.get(code), 1) if code in hours else NOT_REPORTED,
                fmt(prev),
                change_cells(count, prev)[0],
            )
        )
    total = acts.get("done_total")
    prev_total = before.get("done_total") if isinstance(before, Mapping) else None
    rows.append(
        (
            tr("Totalt"),
            fmt(total),
            fmt(hours_total, 1),
            fmt(prev_total),
            change_cells(total, prev_total)[0],
        )
    )
    blocks.append(Heading(tr("Genomförda aktiviteter efter slag"), 2))
    blocks.append(
        _table(
            (tr("Slag"), tr("Antal"), tr("Timmar"), str(year - 1), tr("Förändring")),
            rows,
            (44, 13, 13, 15, 15),
            (False, True, True, True, True),
            total_row=True,
        )
    )
    audience = acts.get("information_by_audience")
    if isinstance(audience, Mapping):
        blocks.append(
            Chart(
                tr("Information och uppsökande verksamhet efter målgrupp"),
                tuple(
                    (_label(profile, "audience", c, AUDIENCE_LABELS), v)
                    for c, v in _ordered(audience, _profile_codes(profile, "audience"))
                ),
                (tr("Tillfällen"), acts.get("audience_total")),
            )
        )
    blocks += _unstated(acts, gaps)
    blocks.append(Heading(tr("Informationsplanen: planerat och genomfört"), 2))
    p, pd = acts.get("planned"), acts.get("planned_done")
    blocks.append(
        Text(
            tr("Planerade aktiviteter under året: {p}, varav genomförda: {d}.").format(
                p=fmt(p), d=fmt(pd)
            )
        )
    )
    if planned:
        rows = []
        for a in planned:
            rows.append(
                (
                    str(a.get("planned_month") or "")[:7] or NOT_REPORTED,
                    str(a.get("title") or ""),
                    _label(profile, "activity_kind", str(a.get("kind")), ACTIVITY_KIND_LABELS),
                    _label(profile, "audience", str(a.get("audience")), AUDIENCE_LABELS)
                    if a.get("audience")
                    else NOT_REPORTED,
                    str(a.get("date"))[:10] if a.get("date") else tr("ej genomförd"),
                )
            )
        blocks.append(
            _table(
                (
                    tr("Planerad månad"),
                    tr("Aktivitet"),
                    tr("Slag"),
                    tr("Målgrupp"),
                    tr("Genomförd"),
                ),
                rows,
                (13, 31, 23, 18, 15),
                (False, False, False, False, False),
            )
        )
    return blocks


def _survey_sets(survey: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The main survey set and those of other definitions (the survey changed during the year,
    or merged units used other versions); a set without rounds is left out unless it is the
    only one."""
    sets = [survey, *(survey.get("other_definitions") or [])]
    with_rounds = [x for x in sets if x.get("rounds")]
    return with_rounds or [survey]


def _survey(
    survey: Mapping[str, Any] | None,
    earlier: Mapping[str, Any] | None,
    has_previous: bool,
    threshold: int | None,
    year: int,
    question_order: Sequence[str] = (),
) -> list[Block]:
    blocks: list[Block] = [Heading(tr("Klientenkäten"))]
    if not isinstance(survey, Mapping):
        blocks.append(Text(tr("Klientenkäten är inte rapporterad för året (–).")))
        return blocks
    sets = _survey_sets(survey)
    if not any(x.get("rounds") for x in sets):
        blocks.append(Text(tr("Ingen enkätomgång avslutades under året.")))
        return blocks
    for sv in sets:
        definition = sv.get("definition") or {}
        if len(sets) > 1:
            blocks.append(
                Heading(
                    tr("Enkät {id}, version {version}").format(
                        id=definition.get("id", "?"), version=definition.get("version", "?")
                    ),
                    2,
                )
            )
        too_few = bool(threshold) and bool(sv.get("too_few"))
        responses = sv.get("responses")
        rate = sv.get("response_rate")
        rows = [
            (tr("Enkätomgångar"), fmt(sv.get("rounds"))),
            (tr("Utdelade enkäter"), fmt(sv.get("handed_out"))),
            (tr("Besvarade enkäter"), tr(TOO_FEW) if too_few else fmt(responses)),
            (
                tr("Svarsfrekvens"),
                tr(TOO_FEW) if too_few else (NOT_REPORTED if rate is None else f"{fmt(rate, 1)} %"),
            ),
        ]
        if has_previous and sv is survey:
            before = _get(earlier, "survey.responses_shown") if earlier else None
            rows.append((tr("Besvarade enkäter {year}").format(year=year - 1), fmt(before)))
        blocks.append(_table((tr("Uppgift"), tr("Värde")), rows, (70, 30), (False, True)))
        if too_few:
            blocks.append(
                Text(
                    tr(
                        "För få svar för att redovisa resultatet per fråga (färre än "
                        "{t} besvarade enkäter)."
                    ).format(t=threshold),
                    "strong",
                )
            )
            continue
        questions = sv.get("questions") or {}
        for number, (qid, q) in enumerate(_ordered(questions, question_order), 1):
            title = f"{number}. {q.get('text') or qid}"
            by_answer = q.get("by_answer")
            published_without_counts = "n" in q  # a question with too few answers
            if q.get("type") == "free_text" or (
                not isinstance(by_answer, Mapping) and not published_without_counts
            ):
                blocks.append(Text(title, "strong"))
                blocks.append(
                    Text(
                        tr("Fritextsvar sparas inte i programmet; ombudet läser dem på papperet."),
                        "small",
                    )
                )
                continue
            if not threshold:  # internal: the exact counts
                rows_n = tuple(
                    (tr(ANSWER_LABELS.get(code) or str(code)), value)
                    for code, value in _ordered(by_answer, tuple(ANSWER_LABELS))
                )
                if q.get("type") == "scale":
                    title += "  " + tr("(medelvärde {mean} på skalan 1–5)").format(
                        mean=fmt(q.get("mean"), 1) if _is_number(q.get("mean")) else NOT_REPORTED
                    )
                blocks.append(Chart(title, rows_n, (tr("Besvarade enkäter"), responses)))
                continue
            blocks += _published_question(title, q, threshold)
    return blocks


def _published_question(title: str, q: Mapping[str, Any], threshold: int) -> list[Block]:
    """A question as published (annual.md §2, issue 19): percentages of its answers with its
    n, the mean over its 1–5 answers, "för få svar" under the threshold; no per-answer
    masking (the answers are anonymous)."""
    pq = q if "percent" in q else publish_question(q, threshold)
    if pq.get("too_few"):
        return [
            Text(title, "strong"),
            Text(
                tr("{too_few}: färre än {t} svar på frågan.").format(
                    too_few=tr(TOO_FEW).capitalize(), t=threshold
                ),
                "small",
            ),
        ]
    percent = pq.get("percent") or {}
    rows = tuple(
        (tr(ANSWER_LABELS.get(code) or str(code)), value)
        for code, value in _ordered(percent, tuple(ANSWER_LABELS))
    )
    if q.get("type") == "scale":
        mean = pq.get("mean")
        title += "  " + (
            tr("(medelvärde {mean} på skalan 1–5)").format(mean=fmt(mean, 1))
            if _is_number(mean)
            else tr("(medelvärde: {too_few})").format(too_few=tr(TOO_FEW))
        )
    blocks: list[Block] = [Chart(title, rows, (tr("Antal svar (n)"), pq.get("n")), percent=True)]
    if pq.get("no_answer"):
        blocks.append(
            Text(
                tr("{k} av de besvarade enkäterna lämnade frågan obesvarad.").format(
                    k=pq["no_answer"]
                ),
                "small",
            )
        )
    return blocks


def _analysis(text: str | None, year: int) -> list[Block]:
    blocks: list[Block] = [Heading(tr("Analys"))]
    if not text or not text.strip():
        blocks.append(Text(tr("Ingen analys är skriven för {year}.").format(year=year), "small"))
        return blocks
    for para in text.replace("\r\n", "\n").split("\n\n"):
        if para.strip():
            blocks.append(Text(para.strip(), "quote"))
    return blocks
