"""Screenshots of the Ekonomi view and the printed pages, on a demo coordinator vault with the
public figures of the Fyrbodal study (budget sketch 2016, population 31 December 2015).

    xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python tools/economy_screenshots.py \
        docs/screenshots

Needs ``pdftoppm`` (poppler-utils) for the printed pages.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tools"))

from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import PASS, SIZE, settle, shoot, wait_jobs  # noqa: E402

POPULATION = {
    "Bengtsfors": 9626,
    "Dals-Ed": 4799,
    "Färgelanda": 6495,
    "Lilla Edet": 13178,
    "Lysekil": 14464,
    "Mellerud": 9169,
    "Munkedal": 10205,
    "Orust": 15010,
    "Sotenäs": 9006,
    "Strömstad": 12854,
    "Tanum": 12455,
    "Trollhättan": 57092,
    "Uddevalla": 54180,
    "Vänersborg": 38381,
    "Åmål": 12601,
}
BUDGET = [
    "Löner PO=staff:3240000",
    "Lön PO och chef=staff:456000",
    "Semesterlönetillägg=staff:70000",
    "PO-påslag=staff_overhead:1448000",
    "Utbildning=training:30000",
    "Handledning=supervision:50000",
    "Leasingbilar=travel:450000",
    "Telefon=other:75000",
    "It=other:100000",
    "Personalrepr=other:29000",
    "Lokalkostnad=premises:100000",
]


def demo(path: Path) -> None:
    from po_desktop.services import coordinator as co
    from po_desktop.services import economy as ec
    from po_desktop.services.vault_admin import create_vault

    v = create_vault(
        path,
        PASS,
        unit_label="Fyrbodals kommunalförbund",
        municipalities=list(POPULATION),
        fte="0",
        coordinator=True,
    )
    for u in (
        "PO Dalsland",
        "PO Färgelanda",
        "PO Norra Bohuslän",
        "PO Trollhättan",
        "PO Uddevalla",
        "PO Vänersborg",
    ):
        co.expect_unit(v, u)
    ec.set_inputs(
        v,
        2016,
        population={n: (p, None) for n, p in POPULATION.items()},
        population_as_of=dt.date(2015, 12, 31),
    )
    ec.set_inputs(
        v,
        2016,
        grant_per_fte=302_400,
        key="population_all",
        applicant="Uddevalla",
        parties=[
            "Arbetsförmedlingen",
            "Försäkringskassan",
            "NU-sjukvården, psykiatri",
            "Primärvården",
            "Kommunernas socialtjänst",
            "Brukar- och anhörigorganisationer",
        ],
        budget=[ec.parse_budget(t) for t in BUDGET],
        billings_per_year=2,  # entered: billed each half-year
        fte={
            "PO Dalsland": Decimal("1.00"),
            "PO Färgelanda": Decimal("1.00"),
            "PO Norra Bohuslän": Decimal("1.00"),
            "PO Trollhättan": Decimal("2.00"),
            "PO Uddevalla": Decimal("3.00"),
            "PO Vänersborg": Decimal("2.00"),
        },
    )
    ec.set_inputs(
        v,
        2015,
        grant_per_fte=300_000,
        key="population_all",
        budget=[
            ec.parse_budget("Löner=staff:1900000"),
            ec.parse_budget("PO-påslag=staff_overhead:38.46%"),
            ec.parse_budget("Övrigt=other:300000"),
        ],
        fte={
            "PO Dalsland": Decimal("1.00"),
            "PO Färgelanda": Decimal("1.00"),
            "PO Trollhättan": Decimal("1.00"),
            "PO Uddevalla": Decimal("2.00"),
            "PO Vänersborg": Decimal("1.00"),
        },
    )
    # 2013 had inputs, 2014 none: the trend shows 2014 as "ej rapporterat", not 0
    ec.set_inputs(
        v,
        2013,
        grant_per_fte=290_000,
        budget=[ec.parse_budget("Löner=staff:1700000"), ec.parse_budget("Övrigt=other:250000")],
        fte={"PO Uddevalla": Decimal("2.00"), "PO Vänersborg": Decimal("2.00")},
    )
    account(v)
    v.lock()


def account(v) -> None:
    """The 2016 account: nine ombud and a chef with clients (all eligible, as in the sketch's
    alternative 2b), one post filled in April, one parental leave, the actual costs."""
    from po_desktop.domain.economy import Post
    from po_desktop.services import economy as ec
    from po_desktop.services import economy_account as acc
    from po_desktop.services import economy_application as app

    full = tuple([Decimal(1)] * 12)
    areas = {
        "Dalsland": ("Bengtsfors", "Dals-Ed", "Mellerud", "Åmål"),
        "Norra Bohuslän": ("Strömstad", "Tanum", "Sotenäs", "Munkedal", "Lysekil", "Orust"),
    }
    posts = [
        Post("PO Dalsland", Decimal("1.00"), municipalities=areas["Dalsland"], area="Dalsland"),
        Post("PO Färgelanda", Decimal("1.00"), municipalities=("Färgelanda", "Lilla Edet")),
        Post(
            "PO Norra Bohuslän 1",
            Decimal("1.00"),
            municipalities=areas["Norra Bohuslän"],
            area="Norra Bohuslän",
            months=tuple([Decimal(0)] * 3 + [Decimal(1)] * 9),
        ),
        Post(
            "PO Norra Bohuslän 2",
            Decimal("1.00"),
            municipalities=areas["Norra Bohuslän"],
            area="Norra Bohuslän",
        ),
        Post("PO Trollhättan 1", Decimal("1.00"), municipalities=("Trollhättan",)),
        Post("PO Trollhättan 2", Decimal("1.00"), municipalities=("Trollhättan",)),
        Post("PO Uddevalla 1", Decimal("1.00"), municipalities=("Uddevalla",)),
        Post(
            "PO Uddevalla 2",
            Decimal("1.00"),
            municipalities=("Uddevalla",),
            months=tuple([Decimal(1)] * 5 + [Decimal("0.50")] * 3 + [Decimal(1)] * 4),
        ),
        Post("PO Vänersborg", Decimal("1.00"), municipalities=("Vänersborg",)),
        Post("PO och chef", Decimal("1.00")),
    ]
    for p in posts:
        ec.set_post(v, 2016, p if p.months is not None else Post(**{**p.__dict__, "months": full}))
    acc.set_account(v, 2016, grant_decided=3_024_000, grant_decided_fte=Decimal("10.00"))
    acc.set_actual(
        v,
        2016,
        {
            "Löner PO": 3_105_000,
            "Lön PO och chef": 456_000,
            "Semesterlönetillägg": 68_000,
            "PO-påslag": 1_402_000,
            "Utbildning": 24_500,
            "Handledning": 50_000,
            "Leasingbilar": 471_300,
            "Telefon": 69_800,
            "It": 88_000,
            "Personalrepr": 31_200,
            "Lokalkostnad": 100_000,
        },
    )
    app.set_application(
        v,
        2016,
        {
            "administration": "Fyrbodals kommunalförbund",
            "postal_address": "Box 305, 451 18 Uddevalla",
            "operating_form": "federation",
            "committee": "Förbundsstyrelsen",
            "plan": "Ombuden arbetar på klientens uppdrag, relationsskapande och "
            "återhämtningsinriktat.",
        },
    )


def main(out: Path) -> int:
    from po_desktop.gui.window import MainWindow
    from po_desktop.printing.economy import render_cost_distribution
    from po_desktop.services import economy as ec
    from po_desktop.services.printing import print_grant_application

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="po-eco-"))
    path = tmp / "c" / "vault.podb"
    path.parent.mkdir(parents=True)
    demo(path)
    win = MainWindow(path)
    win.setGeometry(0, 0, *SIZE)
    win.show()
    win.start()
    win.unlock_screen.passphrase.setText(PASS)
    win.unlock_screen.try_unlock()
    wait_jobs(app, win)
    view = win.show_view("economy")
    view.year.setValue(2016)
    settle(app, 300)
    shoot(app, win, out, "19-economy")
    view.results_tabs.setCurrentIndex(1)
    shoot(app, win, out, "19-economy-chart")
    view.results_tabs.setCurrentIndex(0)
    view.inputs_tabs.setCurrentIndex(1)
    shoot(app, win, out, "20-economy-fte")
    view.inputs_tabs.setCurrentIndex(2)
    shoot(app, win, out, "21-economy-municipalities")
    view.inputs_tabs.setCurrentIndex(3)
    shoot(app, win, out, "25-economy-application")
    view.inputs_tabs.setCurrentIndex(0)
    view.results_tabs.setCurrentIndex(2)
    shoot(app, win, out, "19-economy-trend")
    view.results_tabs.setCurrentIndex(0)
    view.tabs.setCurrentWidget(view.account)
    settle(app, 300)
    shoot(app, win, out, "24-economy-account")
    vault = win.vault
    from po_desktop.printing.economy_account import render_account
    from po_desktop.services.economy_account import account as account_view

    redovisning = tmp / "redovisning.pdf"
    render_account(account_view(vault, 2016), redovisning)
    economy = ec.economy(vault, 2016)
    pdf = tmp / "kostnad.pdf"
    render_cost_distribution(economy, pdf)
    grant = tmp / "ansokan.pdf"
    print_grant_application(
        vault, 2016, grant, {"contact_title": "Förbundschef", "contact_name": "Anna Exempel"}
    )
    win.close()
    for source, name in (
        (pdf, "22-kostnadsfordelning"),
        (grant, "23-ansokan-statsbidrag"),
        (redovisning, "26-redovisning-statsbidrag"),
    ):
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(source), str(out / name)], check=True)
        for p in sorted(out.glob(f"{name}-*.png")):
            print(p)
    return 0


def main_scaled(out: Path) -> int:
    """At 150 % on a 1366×768 screen (910×512 logical pixels): the account's tables."""
    from po_desktop.gui.window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    tmp = Path(tempfile.mkdtemp(prefix="po-eco-150-"))
    path = tmp / "c" / "vault.podb"
    path.parent.mkdir(parents=True)
    demo(path)
    win = MainWindow(path)
    win.setGeometry(0, 0, 910, 512)
    win.show()
    win.start()
    win.unlock_screen.passphrase.setText(PASS)
    win.unlock_screen.try_unlock()
    wait_jobs(app, win)
    view = win.show_view("economy")
    view.year.setValue(2016)
    view.tabs.setCurrentWidget(view.account)
    settle(app, 300)
    shoot(app, win, out, "scale150-1366-economy-account")
    win.close()
    return 0


if __name__ == "__main__":
    import os

    target = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
    if os.environ.get("PO_SHOTS_SCALED") == "1":
        sys.exit(main_scaled(target))
    code = main(target)
    env = dict(os.environ, QT_SCALE_FACTOR="1.5", PO_SHOTS_SCALED="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    code = code or subprocess.run([sys.executable, __file__, str(target)], env=env).returncode
    sys.exit(code)
