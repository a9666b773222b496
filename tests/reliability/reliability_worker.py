"""Child-process workloads for the reliability tests (run with ``python reliability_worker.py``
or forked from a preloaded fork server).

Nothing here asserts anything: a worker does real work through the public storage/services API
and reports, on a pipe or stdout, only what has *returned* (a committed note id is reported after
``commit()`` came back), so the parent can kill it at any moment and then check that every
reported note survived.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys

WORDS = (
    "ringde hembesök försäkringskassan ansökan beslut överklagande socialtjänsten psykiatrin "
    "läkarintyg bostad hyresvärden kronofogden skuld budget möte ombudet klienten vill inte "
    "kunde förklarade skickade tog emot besked väntar på svar nästa vecka tillsammans med "
    "arbetsförmedlingen aktivitetsersättning sjukersättning boendestöd god man förvaltare "
    "vårdcentralen remiss tandvård körde till apoteket handlingsplan samordnad individuell plan"
).split()


def note_text(rng: random.Random, min_words: int = 30, max_words: int = 220) -> str:
    n = rng.randint(min_words, max_words)
    words = [rng.choice(WORDS) for _ in range(n)]
    out, sentence = [], []
    for w in words:
        sentence.append(w)
        if len(sentence) > rng.randint(6, 14):
            s = " ".join(sentence)
            out.append(s[0].upper() + s[1:] + ".")
            sentence = []
    if sentence:
        s = " ".join(sentence)
        out.append(s[0].upper() + s[1:] + ".")
    return " ".join(out)


ALIAS = "AB-01"


def ensure_assignment(vault, alias: str = ALIAS) -> str:
    """The alias of an active assignment (created through the casework service if missing)."""
    from po_desktop.errors import RejectedInput
    from po_desktop.services import casework

    try:
        return casework.get_assignment(vault, alias).alias
    except RejectedInput:
        pass
    municipality = (vault.get_setting("municipalities") or ["Mora"])[0]
    return casework.add_assignment(
        vault,
        alias=alias,
        gender="woman",
        birth_year=1970,
        municipality=municipality,
        referral_source="self",
        start=dt.date(2026, 1, 5),
    ).alias


def add_note(vault, alias: str, text: str, day: dt.date) -> int:
    """Write one note through the casework service; its id once the commit has returned."""
    from po_desktop.services import casework

    return casework.add_note(vault, alias, date=day, text=text).id


def write_notes_forever(
    vault_path: str, passphrase: str, other_passphrase: str, seed: int, report
) -> None:
    """Unlock, then write notes until killed; every 10th note a checkpoint, every 45th an
    encrypted backup into ``backups/``, every 60th a passphrase change (to ``other_passphrase``);
    the count starts at a random offset.

    ``report(str)`` must deliver the line synchronously (pipe write / flushed stdout), and is
    called only after the operation returned."""
    from po_desktop.storage import Vault

    rng = random.Random(seed)
    vault = Vault.unlock(vault_path, passphrase)
    report("unlocked")
    alias = ensure_assignment(vault)
    i = rng.randint(0, 59)  # so a short-lived child still reaches a backup or re-key at times
    while True:
        i += 1
        note_id = add_note(
            vault,
            alias,
            note_text(rng),
            dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300)),
        )
        report(f"note {note_id}")
        if i % 10 == 0:
            vault.checkpoint()
            report("checkpoint")
        if i % 45 == 0:
            out = os.path.join(os.path.dirname(vault_path), "backups", f"loop-{seed}-{i}.podb")
            vault.backup(out)
            report(f"backup {out}")
        if i % 60 == 0:
            vault.change_passphrase(other_passphrase)
            passphrase, other_passphrase = other_passphrase, passphrase
            report("rekeyed")


def pipe_child(vault_path: str, passphrase: str, other_passphrase: str, seed: int, conn) -> None:
    """Entry point for a multiprocessing child: reports go to ``conn`` (a Pipe end)."""
    write_notes_forever(vault_path, passphrase, other_passphrase, seed, conn.send)


def _stdout_report(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


if __name__ == "__main__":
    first = sys.stdin.readline().rstrip("\n")
    second = sys.stdin.readline().rstrip("\n") or first
    write_notes_forever(sys.argv[1], first, second, int(sys.argv[2]), _stdout_report)


def hold_and_write(vault_path: str, passphrase: str, conn) -> None:
    """Unlock, report, then keep writing notes (each reported after commit) until killed."""
    from po_desktop.storage import Vault

    rng = random.Random(7)
    vault = Vault.unlock(vault_path, passphrase)
    alias = ensure_assignment(vault)
    conn.send("unlocked")
    while True:
        note_id = add_note(vault, alias, note_text(rng), dt.date(2026, 3, 1))
        conn.send(f"note {note_id}")


def hold_idle(vault_path: str, passphrase: str, conn) -> None:
    """Unlock, checkpoint (so the files are quiet), report, then sleep until killed."""
    import time

    from po_desktop.storage import Vault

    vault = Vault.unlock(vault_path, passphrase)
    vault.checkpoint()
    conn.send("unlocked")
    while True:
        time.sleep(1)


def write_under_size_limit(
    vault_path: str, passphrase: str, limit: int, backup_to: str, conn
) -> None:
    """Unlock, then cap every file this process writes at ``limit`` bytes (RLIMIT_FSIZE, the
    way a full disk or a FAT32 stick looks to a writer) and write notes until one is refused;
    then try a backup under a 64 KiB cap. Reports ("note", id) per commit, then
    ("write-error", kind, message) and
    ("backup-error", kind, message) — or ("backup-ok", path)."""
    import resource
    import signal

    from po_desktop.errors import PoError
    from po_desktop.storage import Vault

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a too-big write then fails with EFBIG
    rng = random.Random(3)
    vault = Vault.unlock(vault_path, passphrase)
    alias = ensure_assignment(vault)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    for _ in range(20000):
        try:
            note_id = add_note(vault, alias, note_text(rng), dt.date(2026, 4, 1))
        except PoError as exc:
            conn.send(("write-error", type(exc).__name__, str(exc)))
            break
        except Exception as exc:  # noqa: BLE001 - reported, and the test fails on it
            conn.send(("write-error", "UNEXPECTED " + type(exc).__name__, str(exc)))
            break
        conn.send(("note", note_id))
    # a backup needs more than 64 KiB (the empty schema alone is larger): refused for sure
    resource.setrlimit(resource.RLIMIT_FSIZE, (65536, 65536))
    try:
        vault.backup(backup_to)
        conn.send(("backup-ok", backup_to))
    except PoError as exc:
        conn.send(("backup-error", type(exc).__name__, str(exc)))
    except Exception as exc:  # noqa: BLE001
        conn.send(("backup-error", "UNEXPECTED " + type(exc).__name__, str(exc)))
    vault.lock()
    conn.send(("done",))
