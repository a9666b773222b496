"""Category lists of the statistics profile (statistics.md §2), loaded from one data file.

Every list lives in ``profiles/<name>.json``; code refers to lists by name (``"gender"``,
``"area"`` …) and never spells the codes out. A coordinator-distributed profile can later be
loaded the same way.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from po_desktop.domain import DEFAULT_PROFILE as DEFAULT_PROFILE
from po_desktop.i18n import tr


@dataclass(frozen=True)
class Profile:
    name: str
    categories: dict[str, tuple[tuple[str, str], ...]]
    fixed: dict[str, tuple[tuple[str, str], ...]]
    # follow-up step → days to its "bevaka senast" date (profile key ``follow_up_watch``)
    watch_days: tuple[tuple[str, int], ...] = ()

    def watch_days_for(self, step: str) -> int | None:
        return dict(self.watch_days).get(step)

    def codes(self, list_name: str) -> tuple[str, ...]:
        return tuple(code for code, _ in self._list(list_name))

    def label(self, list_name: str, code: str) -> str:
        """The label to show, in the user's language (Swedish in the data, translated
        through the catalogue like every other text; see packaging/update_translations.py)."""
        label = dict(self._list(list_name)).get(code)
        return tr(label) if label is not None else code

    def labels(self, list_name: str) -> dict[str, str]:
        return {code: tr(label) for code, label in self._list(list_name)}

    def is_valid(self, list_name: str, code: str) -> bool:
        return code in self.codes(list_name)

    def _list(self, list_name: str) -> tuple[tuple[str, str], ...]:
        if list_name in self.categories:
            return self.categories[list_name]
        return self.fixed[list_name]


def _from_dict(data: dict[str, Any]) -> Profile:
    def conv(d: dict[str, list[list[str]]]) -> dict[str, tuple[tuple[str, str], ...]]:
        return {k: tuple((c, lbl) for c, lbl in v) for k, v in d.items()}

    watch = data.get("follow_up_watch", {}).get("days", {})
    return Profile(
        name=data["profile"],
        categories=conv(data["categories"]),
        fixed=conv(data.get("fixed", {})),
        watch_days=tuple((str(k), int(v)) for k, v in watch.items()),
    )


@lru_cache(maxsize=8)
def load_profile(name: str = DEFAULT_PROFILE) -> Profile:
    ref = resources.files("po_desktop.domain") / "profiles" / f"{name}.json"
    if not ref.is_file():
        raise KeyError(name)
    return _from_dict(json.loads(ref.read_text(encoding="utf-8")))


def default_profile() -> Profile:
    return load_profile(DEFAULT_PROFILE)


def profile_or_default(name: str | None) -> Profile:
    """The named profile (of a merged report or a bundle), the default one when unnamed or not
    known to this program (only for showing figures; validation names unknown profiles)."""
    try:
        return load_profile(name or DEFAULT_PROFILE)
    except KeyError:
        return default_profile()


def in_profile_order(
    value: Mapping[str, Any], profile: Profile, list_name: str | None
) -> list[tuple[str, Any]]:
    """A breakdown's (code, count) pairs in the profile's order (a merged or parsed bundle
    holds them in whatever order its JSON had, e.g. alphabetical by code); codes the profile
    does not list follow in their own order."""
    if not list_name:
        return list(value.items())
    try:
        order = {code: i for i, code in enumerate(profile.codes(list_name))}
    except KeyError:
        return list(value.items())
    ranked = sorted(
        enumerate(value.items()), key=lambda pair: (order.get(pair[1][0], len(order)), pair[0])
    )
    return [kv for _, kv in ranked]
