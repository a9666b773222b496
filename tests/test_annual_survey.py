"""The client survey (annual.md §2): the shipped definition, the loader's refusals, the tally
with hand-computed figures (no_answer, dont_know, the mean over 1–5 only), period figures,
refusals (exit 4, nothing stored) and that free-text answers are never stored."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from po_desktop.domain import survey as dom
from po_desktop.errors import RejectedInput
from po_desktop.services import survey
from po_desktop.storage.models import SurveyResponse

D = dt.date


def test_shipped_definition_is_short_and_plain():
    d = dom.bundled_definition()
    assert d.id == "po-klientenkat" and d.version == 1
    assert 6 <= len(d.questions) <= 10
    types = {q.type for q in d.questions}
    assert types == {"scale", "yes_no", "free_text"}
    for q in d.questions:
        # short sentences, one idea per question: one sentence, no "och"-joined second clause
        assert len(q.text) <= 60, q.text
        assert q.text.count(".") + q.text.count("?") <= 2
    assert "anonym" in d.intro and "frivilligt" in d.intro
    assert "namn" not in " ".join(q.text.lower() for q in d.questions)
    assert d.footer() == "Enkät po-klientenkat, version 1"


@pytest.mark.parametrize(
    "text, needle",
    [
        ("[survey]\nid='x'\nversion=1\ntitle='T'\n", "question"),
        (
            "[survey]\nid='x'\nversion=0\ntitle='T'\n[[question]]\nid='a'\ntype='yes_no'\ntext='A'\n",
            "survey.version",
        ),
        (
            "[survey]\nid='x'\nversion=1\ntitle='T'\n[[question]]\nid='a'\ntype='stars'\ntext='A'\n",
            "question[1].type",
        ),
        (
            "[survey]\nid='x'\nversion=1\ntitle='T'\n[[question]]\nid='a'\ntype='scale'\ntext='A'\n",
            "question[1].low",
        ),
        (
            "[survey]\nid='x'\nversion=1\ntitle='T'\n[[question]]\nid='a'\ntype='yes_no'\ntext='A'\n"
            "[[question]]\nid='a'\ntype='yes_no'\ntext='B'\n",
            "två gånger",
        ),
        ("[survey]\nid='x'\nversion=1\ntitle='T'\nname='?'\n", "survey.name"),
        ("[survey\n", "TOML"),
    ],
)
def test_definition_errors_name_the_key(text, needle):
    with pytest.raises(dom.SurveyDefinitionError) as exc:
        dom.parse_definition(text, "min.toml")
    assert needle in str(exc.value) and "min.toml" in str(exc.value)


def test_mean_is_half_up_over_1_to_5_only():
    assert dom.scale_mean({"3": 7, "4": 13}) == 3.7  # 73 / 20 = 3.65 -> 3.7
    assert dom.scale_mean({"1": 1, "5": 1, "dont_know": 9, "no_answer": 9}) == 3.0
    assert dom.scale_mean({"dont_know": 3, "no_answer": 1}) is None
    assert dom.response_rate(5, 8) == 62.5 and dom.response_rate(0, 0) is None
    assert dom.response_rate(1, 3) == 33.3 and dom.response_rate(2, 3) == 66.7


FORMS = [
    {"heard": "5", "recommend": "yes", "reachable": "4"},
    {"heard": "4", "recommend": "no", "reachable": "4"},
    {"heard": "dont_know", "recommend": "dont_know"},
    {"heard": "2"},
    {},  # a form returned blank: every question no_answer
]


SPRING = (D(2026, 3, 1), D(2026, 4, 30))


def _round(vault, label="Våren 2026", start=SPRING[0], end=SPRING[1], n=8):
    return survey.add_round(vault, label=label, date_from=start, date_to=end, handed_out=n)


def test_tally_by_hand(vault):
    r = _round(vault)
    for form in FORMS:
        view = survey.add_response(vault, r.id, form)
    assert view.responses == 5 and view.handed_out == 8
    t = survey.round_tally(vault, r.id).to_dict()
    assert t["round"] == {
        "id": r.id,
        "label": "Våren 2026",
        "from": "2026-03-01",
        "to": "2026-04-30",
        "handed_out": 8,
        "definition": {"id": "po-klientenkat", "version": 1},
    }
    assert t["responses"] == 5
    q = {x["id"]: x for x in t["questions"]}
    assert [x["id"] for x in t["questions"]] == [x.id for x in dom.bundled_definition().questions]
    assert q["heard"]["by_answer"] == {
        "1": 0,
        "2": 1,
        "3": 0,
        "4": 1,
        "5": 1,
        "dont_know": 1,
        "no_answer": 1,
    }
    assert q["heard"]["mean"] == 3.7  # (5 + 4 + 2) / 3 = 3.67; dont_know and no_answer out
    assert q["reachable"]["mean"] == 4.0
    assert q["recommend"]["by_answer"] == {"yes": 1, "no": 1, "dont_know": 1, "no_answer": 2}
    assert q["recommend"]["mean"] is None and q["recommend"]["type"] == "yes_no"
    assert q["own_power"]["by_answer"]["no_answer"] == 5 and q["own_power"]["mean"] is None
    assert "by_answer" not in q["comments"] and q["comments"]["type"] == "free_text"


def test_period_figures_rounds_ending_in_the_period(vault):
    spring = _round(vault)
    winter = _round(vault, "Vintern", D(2026, 12, 1), D(2027, 1, 15), 10)
    for form in FORMS:
        survey.add_response(vault, spring.id, form)
    survey.add_response(vault, winter.id, {"heard": "1"})
    f = survey.survey_figures(vault, "2026")
    assert (f["rounds"], f["handed_out"], f["responses"], f["response_rate"]) == (1, 8, 5, 62.5)
    assert f["questions"]["heard"]["mean"] == 3.7 and f["other_definitions"] == []
    f27 = survey.survey_figures(vault, "2027")  # the winter round ends in 2027
    assert (f27["rounds"], f27["handed_out"], f27["responses"], f27["response_rate"]) == (
        1,
        10,
        1,
        10.0,
    )
    assert f27["questions"]["heard"]["by_answer"]["1"] == 1
    none = survey.survey_figures(vault, "2025")
    assert (none["rounds"], none["responses"], none["response_rate"]) == (0, 0, None)
    assert none["questions"]["heard"]["by_answer"] == dict.fromkeys(
        ["1", "2", "3", "4", "5", "dont_know", "no_answer"], 0
    )


def test_free_text_is_never_stored(vault):
    r = _round(vault)
    survey.add_response(vault, r.id, {"heard": "3", "comments": "no_answer"})
    with vault.session() as s:
        stored = list(s.scalars(select(SurveyResponse.answers)))
    assert len(stored) == 1 and "comments" not in stored[0]
    cols = {c.name for c in SurveyResponse.__table__.columns}
    assert cols == {"id", "round_id", "answers"}  # no date, no link to anything but the round
    with pytest.raises(RejectedInput, match="fritextfråga"):
        survey.add_response(vault, r.id, {"comments": "Mitt ombud är bra"})


def test_refusals_store_nothing(vault, tmp_path):
    r = _round(vault, n=2)
    for bad, needle in [
        ({"heard": "6"}, "passar inte"),
        ({"heard": "yes"}, "passar inte"),
        ({"recommend": "4"}, "passar inte"),
        ({"nope": "1"}, "okänd fråga"),
        ({"heard": 5}, "passar inte"),
    ]:
        with pytest.raises(RejectedInput) as exc:
            survey.add_response(vault, r.id, bad)
        assert needle in exc.value.message.lower()
    assert survey.get_round(vault, r.id).responses == 0
    survey.add_response(vault, r.id, {})
    survey.add_response(vault, r.id, {})
    with pytest.raises(RejectedInput, match="redan registrerade"):
        survey.add_response(vault, r.id, {})
    assert survey.get_round(vault, r.id).responses == 2
    assert survey.undo_last_response(vault, r.id).responses == 1


def test_response_to_a_round_of_another_version_refused(vault, tmp_path):
    r = _round(vault)
    folder = tmp_path / "forms"
    folder.mkdir()
    from importlib import resources

    shipped = (resources.files("po_desktop.resources") / "forms" / "survey.toml").read_text(
        encoding="utf-8"
    )
    (folder / "survey.toml").write_text(
        shipped.replace("\nversion = 1", "\nversion = 2"), encoding="utf-8"
    )
    vault.set_settings({"forms_folder": str(folder)})
    assert survey.current_definition(vault).version == 2
    with pytest.raises(RejectedInput, match="version 1") as exc:
        survey.add_response(vault, r.id, {"heard": "4"})
    assert "version 2" in exc.value.message
    assert survey.get_round(vault, r.id).responses == 0
    # the old round's tally still reads its own questions
    assert survey.round_tally(vault, r.id).definition.version == 1
    new = _round(vault, "Hösten")
    assert new.definition_version == 2
    survey.add_response(vault, new.id, {"heard": "4"})
    f = survey.survey_figures(vault, "2026")
    # two definitions in one period: never mixed; the latest-ending round's is the main set
    assert f["definition"]["version"] in (1, 2) and len(f["other_definitions"]) == 1
    assert f["responses"] + f["other_definitions"][0]["responses"] == 1


@pytest.mark.parametrize(
    "kwargs, needle",
    [
        (dict(handed_out=0), "utdelade"),
        (dict(handed_out=-2), "utdelade"),
        (dict(handed_out=True), "heltal"),
        (dict(date_to=D(2026, 2, 1)), "före"),
        (dict(label=""), "namn"),
    ],
)
def test_bad_round_refused(vault, kwargs, needle):
    args = dict(label="Våren", date_from=D(2026, 3, 1), date_to=D(2026, 4, 30), handed_out=5)
    args.update(kwargs)
    with pytest.raises(RejectedInput, match=needle):
        survey.add_round(vault, **args)
    assert survey.list_rounds(vault) == []


def _survey_round(answers, handed_out=20):
    d = dom.bundled_definition()
    rr = dom.RoundRecord(1, "v", D(2026, 3, 1), D(2026, 4, 1), handed_out, d, tuple(answers))
    return dom.survey_figures(D(2026, 1, 1), D(2026, 12, 31), [rr], d)


def test_survey_published_as_percentages_with_n_not_masked_per_answer():
    # Answers are anonymous: no per-answer masking (issue 19). "Would you recommend PO?"
    # ja 18 of 19 with one "vet inte" is published as 94.7 % / 5.3 % with n = 19 (it used
    # to be hidden because "vet inte" was 1), and the scale mean is published.
    answers = [{"heard": "5", "recommend": "yes"}] * 18 + [
        {"heard": "1", "recommend": "dont_know"},
        {"heard": "4"},  # recommend left unanswered
    ]
    shown = dom.mask_survey_figures(_survey_round(answers), 5)
    rec = shown["questions"]["recommend"]
    assert rec["n"] == 19 and rec["no_answer"] == 1 and rec["too_few"] is False
    assert rec["percent"] == {"yes": 94.7, "no": 0.0, "dont_know": 5.3}
    assert rec["by_answer"]["dont_know"] == 1  # counts are not masked
    heard = shown["questions"]["heard"]
    assert (
        heard["n"] == 20 and heard["mean"] == 4.8
    )  # (18 × 5 + 1 + 4) / 20 and heard["mean_too_few"] is False
    assert not any(isinstance(v, str) for v in heard["percent"].values())


def test_survey_question_with_too_few_answers_is_för_få_svar():
    few = dom.mask_survey_figures(_survey_round([]), 5)
    assert few["too_few"] is True and few["questions"] == {}
    # 6 forms, but only 3 answered "recommend" and 4 gave a 1–5 answer to "heard"
    answers = [{"heard": "5", "recommend": "yes"}] * 3 + [
        {"heard": "4"},
        {"heard": "dont_know"},
        {"heard": "dont_know"},
    ]
    shown = dom.mask_survey_figures(_survey_round(answers), 5)
    rec = shown["questions"]["recommend"]
    assert rec["too_few"] is True and rec["percent"] is None and rec["by_answer"] is None
    heard = shown["questions"]["heard"]  # n = 6 answers: published, but the mean is over 4
    assert heard["too_few"] is False and heard["percent"]["dont_know"] == 33.3
    assert heard["mean"] is None and heard["mean_too_few"] is True


def test_annual_report_survey_chart_is_percentages_with_n():
    from po_desktop.domain import annual_report as model
    from po_desktop.domain.categories import default_profile

    answers = [{"heard": "5", "recommend": "yes"}] * 18 + [{"heard": "1", "recommend": "dont_know"}]
    figures = {"activities": None, "survey": _survey_round(answers)}
    from po_desktop.domain.dates import parse_period
    from po_desktop.domain.statistics import compute_figures

    core = compute_figures(parse_period("2026"), [], [], [], "1.00", ["Mora"], default_profile())
    inp = model.AnnualInputs(
        year=2026,
        subject="PO",
        municipalities=("Mora",),
        fte=1.0,
        figures={**core, **figures},
        previous=None,
        profile=default_profile(),
    )
    report = model.build_annual_report(inp)
    charts = {b.title.split("  ")[0][3:]: b for b in report.blocks if isinstance(b, model.Chart)}
    rec = next(c for t, c in charts.items() if t.startswith("Skulle du"))
    assert rec.percent and dict(rec.rows) == {"ja": 94.7, "nej": 0.0, "vet inte": 5.3}
    assert rec.total == ("Antal svar (n)", 19)
    heard = next(c for c in charts.values() if "medelvärde" in c.title)
    assert "medelvärde 4,8" in heard.title
    assert report.legend.startswith("Teckenförklaring: <5 = 1–4")


def test_merge_survey_only_same_definition_version():
    d1 = dom.bundled_definition()
    d2 = dom.SurveyDefinition(d1.id, 2, d1.title, d1.intro, d1.questions)

    def fig(defn, answers, handed):
        rr = dom.RoundRecord(1, "v", D(2026, 3, 1), D(2026, 4, 1), handed, defn, tuple(answers))
        return dom.survey_figures(D(2026, 1, 1), D(2026, 12, 31), [rr], defn)

    a = fig(d1, [{"heard": "5"}, {"heard": "4"}], 4)
    b = fig(d1, [{"heard": "1"}, {"heard": "dont_know"}, {}], 6)
    c = fig(d2, [{"heard": "2"}], 3)
    m = dom.merge_survey_figures([a, None, b, c])
    assert m["definition"] == {"id": "po-klientenkat", "version": 1}
    assert (m["rounds"], m["handed_out"], m["responses"], m["response_rate"]) == (2, 10, 5, 50.0)
    assert m["questions"]["heard"]["by_answer"] == {
        "1": 1,
        "2": 0,
        "3": 0,
        "4": 1,
        "5": 1,
        "dont_know": 1,
        "no_answer": 1,
    }
    assert m["questions"]["heard"]["mean"] == 3.3  # (5 + 4 + 1) / 3
    [other] = m["other_definitions"]
    assert other["definition"]["version"] == 2 and other["responses"] == 1
    assert dom.merge_survey_figures([None]) is None


# --- CLI -------------------------------------------------------------------------------------


def test_cli_round_response_show(vault, cli):
    vault.lock()
    code, out, err = cli(
        "survey",
        "round",
        "add",
        "--label",
        "Våren 2026",
        "--from",
        "2026-03-01",
        "--to",
        "2026-04-30",
        "--handed-out",
        "8",
    )
    assert code == 0, err
    rid = out.strip()
    for form in FORMS:
        argv = [a for k, v in form.items() for a in ("--answer", f"{k}={v}")]
        code, out, err = cli("survey", "response", "add", rid, *argv)
        assert code == 0, err
    assert "5 av 8" in out
    code, out, err = cli("survey", "show", rid, "--json")
    data = json.loads(out)
    assert set(data) == {"round", "responses", "questions"}
    assert data["responses"] == 5
    heard = data["questions"][0]
    assert heard == {
        "id": "heard",
        "type": "scale",
        "text": "Mitt ombud lyssnar på mig.",
        "by_answer": {"1": 0, "2": 1, "3": 0, "4": 1, "5": 1, "dont_know": 1, "no_answer": 1},
        "mean": 3.7,
    }
    assert "by_answer" not in data["questions"][-1]
    code, out, err = cli("survey", "show", rid)
    assert code == 0 and "5 av 8" in out and "62,5 %" in out and "3,7" in out
    assert "sparas inte" in out


@pytest.mark.parametrize(
    "answers, needle",
    [
        (["heard=6"], "passar inte"),
        (["heard=ja"], "passar inte"),
        (["nope=1"], "okänd fråga"),
        (["heard"], "FRÅGA=SVAR"),
        (["heard=4", "heard=5"], "två svar"),
        (["comments=Bra!"], "fritextfråga"),
    ],
)
def test_cli_bad_response_exit_4_nothing_stored(vault, cli, answers, needle):
    r = _round(vault)
    vault.lock()
    argv = [a for ans in answers for a in ("--answer", ans)]
    code, out, err = cli("survey", "response", "add", str(r.id), *argv)
    assert code == 4 and needle.lower() in err.lower() and err.count("\n") == 1
    code, out, err = cli("survey", "show", str(r.id), "--json")
    assert json.loads(out)["responses"] == 0


def test_cli_response_to_other_version_exit_4(vault, cli, tmp_path):
    r = _round(vault)
    folder = tmp_path / "forms"
    folder.mkdir()
    from importlib import resources

    shipped = (resources.files("po_desktop.resources") / "forms" / "survey.toml").read_text(
        encoding="utf-8"
    )
    (folder / "survey.toml").write_text(
        shipped.replace("\nversion = 1", "\nversion = 3"), encoding="utf-8"
    )
    vault.set_settings({"forms_folder": str(folder)})
    vault.lock()
    code, out, err = cli("survey", "response", "add", str(r.id), "--answer", "heard=4")
    assert code == 4 and "version 3" in err and err.count("\n") == 1
    code, out, err = cli("survey", "show", str(r.id), "--json")
    assert json.loads(out)["responses"] == 0


def test_round_label_scanned_and_update_rules(vault, cli):
    with pytest.raises(RejectedInput, match="personuppgifter"):
        survey.add_round(
            vault,
            label="Enkät till a.b@example.se",
            date_from=SPRING[0],
            date_to=SPRING[1],
            handed_out=5,
        )
    r = _round(vault, n=3)
    survey.add_response(vault, r.id, {"heard": "4"})
    survey.add_response(vault, r.id, {"heard": "5"})
    with pytest.raises(RejectedInput, match="redan registrerade"):
        survey.update_round(vault, r.id, handed_out=1)
    assert survey.update_round(vault, r.id, handed_out=4).handed_out == 4
    vault.lock()
    code, out, err = cli("survey", "round", "list", "--json")
    [row] = json.loads(out)
    assert row["responses"] == 2 and row["handed_out"] == 4
    code, out, err = cli(
        "survey",
        "round",
        "add",
        "--label",
        "X",
        "--from",
        "2026-03-01",
        "--to",
        "2026-04-01",
        "--handed-out",
        "tio",
    )
    assert code == 4 and err.count("\n") == 1
    code, out, err = cli("survey", "show", "77")
    assert code == 4 and "ingen enkätomgång" in err


def test_cli_answers_after_one_flag_or_repeated(vault, cli):
    r = _round(vault)
    vault.lock()
    code, out, err = cli(
        "survey",
        "response",
        "add",
        str(r.id),
        "--answer",
        "heard=5",
        "recommend=yes",
        "--answer",
        "reachable=3",
    )
    assert code == 0, err
    code, out, err = cli("survey", "response", "add", str(r.id))  # a blank form
    assert code == 0, err
    code, out, err = cli("survey", "show", str(r.id), "--json")
    q = {x["id"]: x for x in json.loads(out)["questions"]}
    assert q["heard"]["by_answer"]["5"] == 1 and q["heard"]["by_answer"]["no_answer"] == 1
    assert q["recommend"]["by_answer"]["yes"] == 1 and q["reachable"]["mean"] == 3.0


def test_merge_keeps_sums_when_a_unit_lacks_a_question():
    d = dom.bundled_definition()
    rr = dom.RoundRecord(
        1, "v", D(2026, 3, 1), D(2026, 4, 1), 4, d, ({"heard": "5"}, {"heard": "4"})
    )
    a = dom.survey_figures(D(2026, 1, 1), D(2026, 12, 31), [rr], d)
    b = json.loads(json.dumps(a))
    del b["questions"]["heard"]
    m = dom.merge_survey_figures([a, b])
    assert m["responses"] == 4
    assert m["questions"]["heard"]["by_answer"]["no_answer"] == 2  # b's two forms
    assert sum(m["questions"]["heard"]["by_answer"].values()) == 4
    assert m["questions"]["heard"]["mean"] == 4.5
