"""The window's JobRunner is a serialised executor: jobs run one at a time on one worker
thread, in the order they were submitted; results come back on the GUI thread."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QWidget

from po_desktop.gui.jobs import JobRunner


def test_jobs_run_one_at_a_time_in_order_on_one_worker(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = JobRunner(parent)
    spans: list[tuple[str, float, float, int]] = []
    results: list[str] = []
    gui_thread = threading.get_ident()

    def job(name: str, seconds: float):
        def fn(report):
            start = time.perf_counter()
            time.sleep(seconds)
            spans.append((name, start, time.perf_counter(), threading.get_ident()))
            return name

        return fn

    def done(name: str) -> None:
        assert threading.get_ident() == gui_thread
        results.append(name)

    with qtbot.waitSignal(runner.finished, timeout=10_000):
        for name, seconds in (("a", 0.15), ("b", 0.01), ("c", 0.05)):
            runner.run(name, job(name, seconds), on_done=done, show_progress=False)
        assert runner.busy
    assert results == ["a", "b", "c"]
    assert [s[0] for s in spans] == ["a", "b", "c"]
    for (_, _, end, _), (_, start, _, _) in zip(spans, spans[1:], strict=False):
        assert end <= start  # never two at once
    assert len({s[3] for s in spans}) == 1 and spans[0][3] != gui_thread
    assert not runner.busy
