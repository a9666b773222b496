"""Constants shared by test modules (import by plain name: tests/ is on sys.path)."""

from po_desktop.storage.crypto import KdfParams

# Cheap Argon2id parameters so the suite stays fast. Production vaults use DEFAULT_KDF
# (128 MiB); these are swapped in by the conftest fixture, never by a setting a user could hit.
FAST_KDF = KdfParams(time_cost=1, memory_log2_kib=10, parallelism=1)
PASSPHRASE = "korrekt häst batteri häftklammer"
