"""The data model has no place for a client's identity (no journal)."""

import re

from po_desktop.storage.models import Base

FORBIDDEN = re.compile(
    r"personnummer|personal_number|ssn|social_security|first_name|last_name|full_name|"
    r"^name$|address|street|postal|phone|mobile|email|e_mail",
    re.IGNORECASE,
)


def test_no_identity_columns():
    offenders = [
        f"{table.name}.{col.name}"
        for table in Base.metadata.tables.values()
        for col in table.columns
        if FORBIDDEN.search(col.name)
    ]
    assert offenders == []


def test_assignment_identity_is_only_an_alias():
    cols = {c.name for c in Base.metadata.tables["assignment"].columns}
    assert "alias" in cols
    assert cols.isdisjoint({"name", "personnummer", "address"})
