"""The vault's identity keys: made once, kept in the encrypted vault, never shown."""

from po_desktop.services import identity


def test_identity_is_made_once_and_kept(vault):
    first = identity.vault_identity(vault)
    again = identity.vault_identity(vault)
    assert first.signing_public == again.signing_public
    assert first.encryption_public == again.encryption_public
    assert len(first.signing_public) == 32 and len(first.encryption_public) == 32


def test_fingerprint_is_five_groups_of_five_digits_and_repr_hides_keys(vault):
    ident = identity.vault_identity(vault)
    groups = ident.fingerprint.split(" ")
    assert len(groups) == 5 and all(len(g) == 5 and g.isdigit() for g in groups)
    assert "ed25519" not in repr(ident).lower() and "PrivateKey" not in repr(ident)


def test_signature_verifies_only_for_the_same_data_and_key(vault):
    ident = identity.vault_identity(vault)
    sig = ident.sign(b"bundle bytes")
    assert identity.verify(ident.signing_public, sig, b"bundle bytes")
    assert not identity.verify(ident.signing_public, sig, b"bundle bytez")
    other = identity.replace_identity(vault)
    assert not identity.verify(other.signing_public, sig, b"bundle bytes")
    assert identity.vault_identity(vault).signing_public == other.signing_public


def test_a_damaged_identity_row_is_replaced_not_crashing(vault):
    vault.set_settings({identity.IDENTITY_KEY: {"ed25519": "not base64!", "x25519": 3}})
    ident = identity.vault_identity(vault)
    assert len(ident.signing_public) == 32
