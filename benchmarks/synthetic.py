"""A synthetic vault: ten years of one busy ombud (benchmark data, not a test).

300 assignments (2017-01 … 2026-11, 3–24 months each, about 25 still active), 60,000 work notes
of realistic length (a few lines to a page of Swedish-looking prose, median ≈ 420 characters,
mean ≈ 510, words drawn by Zipf's law from ~4,250 words),
5,000 follow-ups, 500 systemfel and 900 inquiries. Rows go in through the ORM in large
transactions (the FTS5 triggers index every note as in real use); going through the services one
commit at a time would take half an hour of fsyncs and measure nothing we report.

Retention is set to 3650 days so the first unlock does not purge the closed assignments' notes
(with the default retention of 0 days a real ten-year vault would hold only the active ones).
"""

from __future__ import annotations

import datetime as dt
import random
import uuid
from pathlib import Path

from po_desktop.domain.categories import default_profile
from po_desktop.storage.models import (
    Assignment,
    FollowUp,
    Inquiry,
    Note,
    Setting,
    SystemFailure,
)

SEED = 20261123
N_ASSIGNMENTS = 300
N_NOTES = 60_000
N_FOLLOW_UPS = 5_000
N_SYSTEM_FAILURES = 500
N_INQUIRIES = 900
FIRST_DAY = dt.date(2017, 1, 2)
TODAY = dt.date(2026, 11, 23)
MUNICIPALITIES = ["Mora", "Orsa", "Älvdalen", "Leksand", "Rättvik"]
SETTINGS = {"retention_days": 3650}

_VOCAB = (
    "och att det som en på är av för med till den har inte om ett han hon men var jag så vi "
    "kan ska skulle när från vid också efter under mot bara nu sedan dag vecka månad idag igår "
    "imorgon ringde hembesök besök möte telefon brev mejl ansökan beslut överklagande "
    "överklagandet delgivning handläggare handläggaren socialtjänsten försörjningsstöd "
    "ekonomiskt bistånd försäkringskassan sjukpenning aktivitetsersättning sjukersättning "
    "arbetsförmedlingen etableringsplan psykiatrin öppenvården vårdcentralen läkare läkarintyg "
    "remiss tandvård tandläkaren apoteket receptet medicin boende bostad hyresvärden hyran "
    "skulden kronofogden betalningsföreläggande avbetalningsplan budget budgetrådgivning "
    "god man förvaltare ställföreträdare överförmyndaren boendestöd hemtjänst kontaktperson "
    "samordnad individuell plan SIP vårdplanering utskrivning inskrivning akuten "
    "klienten ombudet vi gick igenom posten fyllde i blanketten skickade in fick svar väntar "
    "på besked nästa gång tillsammans följde med körde till kom överens om planerade "
    "ringde upp lämnade meddelande återkommer orolig lugnare bättre sämre trött sover dåligt "
    "pratade om familjen barnen dottern sonen mamma pappa syster bror grannen vännerna "
    "arbetsträning praktik daglig verksamhet studier komvux körkort bankid legitimation "
    "pass id-kort skattekontoret folkbokföring adressändring flytt flyttade lägenhet "
    "kontrakt andrahand uppsägning vräkning avhysning el elräkning telefonräkning abonnemang "
    "överenskommelse tidsbokning kallelse återbesök uteblev avbokade ombokade"
).split()
_PLACES = [
    "Mora",
    "Orsa",
    "Älvdalen",
    "Leksand",
    "Rättvik",
    "Falun",
    "Borlänge",
    "Noret",
    "Östnor",
    "Venjan",
    "Sollerön",
    "Våmhus",
    "Bonäs",
    "Färnäs",
    "Vinäs",
]


_SYLLABLES = (
    "ba be bi bo bu da de di do dy fa fe fi fo ga ge gi go ha he hi ho ja jo ka ke "
    "ki ko la le li lo ly ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si "
    "so sta ste sti sto ta te ti to va ve vi vo än är ål ör ös ät"
).split()


def _long_tail(n: int = 4000) -> list[str]:
    """Made-up words for the long tail of a real vocabulary (names, rare words, typos)."""
    rng = random.Random(7)
    words: list[str] = []
    seen = set(_VOCAB)
    while len(words) < n:
        w = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        w += rng.choice(["", "", "n", "r", "t", "en", "ar", "et", "ning", "het"])
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


# Zipf's law over the listed words (function words first, then the domain's words) and the
# long tail: a word of rank r is drawn with weight 1/r, as in natural text. So "och" is in most
# notes, "försäkringskassan" in some 10 %, a place name or a rare word in well under 1 %.
_WORDS = _VOCAB + _long_tail()
_CUM: list[float] = []
_acc = 0.0
for _rank in range(1, len(_WORDS) + 1):
    _acc += 1.0 / _rank
    _CUM.append(_acc)


def note_text(rng: random.Random) -> str:
    """Swedish-looking prose: sentences of 5–18 words, 1–40 sentences (log-normal-ish)."""
    sentences = max(1, min(40, int(rng.lognormvariate(1.8, 0.6))))
    out = []
    for _ in range(sentences):
        n = rng.randint(5, 18)
        words = rng.choices(_WORDS, cum_weights=_CUM, k=n)
        if rng.random() < 0.15:
            words.insert(rng.randrange(len(words)), rng.choice(_PLACES))
        if rng.random() < 0.1:
            words.append(f"{rng.randint(1, 28)}/{rng.randint(1, 12)}")
        s = " ".join(words)
        out.append(s[0].upper() + s[1:] + ".")
    return " ".join(out)


def _day(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    return start + dt.timedelta(days=rng.randint(0, max(0, (end - start).days)))


def populate(vault, seed: int = SEED, progress=None) -> dict:
    """Fill an empty ombud vault (or a plain-SQLite twin with the same session API)."""
    rng = random.Random(seed)
    profile = default_profile()
    now = dt.datetime(2026, 11, 23, 12, 0)
    span = (TODAY - FIRST_DAY).days
    with vault.session() as s:
        s.merge(Setting(key="retention_days", value=SETTINGS["retention_days"]))
        assignments = []
        for i in range(N_ASSIGNMENTS):
            start = FIRST_DAY + dt.timedelta(
                days=int(span * i / N_ASSIGNMENTS) + rng.randint(0, 10)
            )
            months = rng.choice([3, 4, 6, 8, 9, 10, 12, 12, 14, 16, 18, 20, 24])
            end = start + dt.timedelta(days=30 * months)
            closed = end < TODAY
            a = Assignment(
                alias=f"K{i + 1:03d}",
                gender=rng.choice(profile.codes("gender")),
                birth_year=rng.randint(1945, 2006),
                municipality=rng.choice(MUNICIPALITIES),
                referral_source=rng.choice(profile.codes("referral_source")),
                priority_flags=rng.sample(profile.codes("priority_flag"), rng.randint(0, 2)),
                areas=rng.sample(profile.codes("area"), rng.randint(1, 4)),
                phase="closing" if closed else rng.choice(["opening", "working"]),
                start_date=start,
                end_date=end if closed else None,
                end_reason=rng.choice(profile.codes("end_reason")) if closed else None,
                first_visit_two_ombud=rng.random() < 0.5,
                created_at=now,
                updated_at=now,
            )
            s.add(a)
            assignments.append(a)
        s.flush()
        windows = [(a.id, a.start_date, a.end_date or TODAY) for a in assignments]
        weights = [(b - a).days + 1 for _, a, b in windows]
        s.commit()

        batch = 0
        for k in range(N_NOTES):
            aid, first, last = rng.choices(windows, weights)[0]
            day = _day(rng, first, last)
            stamp = dt.datetime.combine(day, dt.time(9)) + dt.timedelta(minutes=rng.randint(0, 540))
            s.add(
                Note(
                    assignment_id=aid,
                    date=day,
                    text=note_text(rng),
                    created_at=stamp,
                    updated_at=stamp,
                )
            )
            batch += 1
            if batch == 5000:
                s.commit()
                batch = 0
                if progress:
                    progress(f"notes {k + 1}")
        s.commit()

        steps = profile.codes("follow_up_step")
        for _ in range(N_FOLLOW_UPS):
            aid, first, last = rng.choices(windows, weights)[0]
            day = _day(rng, first, last)
            step = rng.choice(steps)
            served = day if step == "decision_served" else None
            due = (
                day + dt.timedelta(days=21)
                if served
                else (day + dt.timedelta(days=rng.randint(7, 60)) if rng.random() < 0.5 else None)
            )
            done = due is None or due < TODAY - dt.timedelta(days=20) or rng.random() < 0.7
            s.add(
                FollowUp(
                    assignment_id=aid,
                    step=step,
                    date=day,
                    served_on=served,
                    proposed_due=due if served else None,
                    due_date=due,
                    due_overridden=False,
                    text=rng.choice([None, "Väntar på svar.", "Ringt handläggaren."]),
                    done=done,
                    done_on=(due or day) if done else None,
                    created_at=now,
                )
            )
        for _ in range(N_SYSTEM_FAILURES):
            day = _day(rng, FIRST_DAY, TODAY)
            s.add(
                SystemFailure(
                    id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    identified_on=day,
                    authority=rng.choice(profile.codes("authority")),
                    area=rng.choice(
                        ["Handläggningstid", "Tillgänglighet", "Samverkan", "Information"]
                    ),
                    description=note_text(rng)[:600],
                    independence_effect=rng.choice(
                        [None, "Ökar självständigheten.", "Ökar beroendet av stöd."]
                    ),
                    measures=rng.choice([None, "Lyft i ledningsgruppen."]),
                    reported_to=rng.choice([None, "Ledningsgruppen"]),
                    reported_on=day + dt.timedelta(days=14) if rng.random() < 0.6 else None,
                    feedback_requested_on=None,
                    feedback_received=rng.random() < 0.3,
                    feedback_received_on=None,
                    feedback=None,
                    created_at=now,
                    updated_at=now,
                )
            )
        for _ in range(N_INQUIRIES):
            day = _day(rng, FIRST_DAY, TODAY)
            outcome = rng.choice(profile.codes("inquiry_outcome"))
            s.add(
                Inquiry(
                    date=day,
                    referral_source=rng.choice(profile.codes("referral_source")),
                    priority_flags=rng.sample(profile.codes("priority_flag"), rng.randint(0, 1)),
                    outcome=outcome,
                    referred_to="Socialtjänsten" if outcome == "referred_elsewhere" else None,
                    outcome_on=None if outcome == "waiting" else day,
                    created_at=now,
                )
            )
        s.commit()
    return {
        "assignments": N_ASSIGNMENTS,
        "notes": N_NOTES,
        "follow_ups": N_FOLLOW_UPS,
        "system_failures": N_SYSTEM_FAILURES,
        "inquiries": N_INQUIRIES,
    }


def busiest_year() -> int:
    return 2025


def vault_files(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())
