"""config.toml: IT department presets (system-wide) overridden per user."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from po_desktop import config, paths
from po_desktop.services.vault_admin import create_vault


@pytest.fixture
def dirs(tmp_path, monkeypatch):
    system = tmp_path / "etc-xdg" / "po-desktop"
    user = tmp_path / "home" / ".config" / "po-desktop"
    system.mkdir(parents=True)
    user.mkdir(parents=True)
    monkeypatch.setenv(config.ENV_CONFIG_DIRS, os.pathsep.join([str(system), str(user)]))
    return system, user


def write(folder: Path, text: str) -> None:
    (folder / "config.toml").write_text(text, encoding="utf-8")


def test_defaults_without_files(dirs):
    cfg = config.load_config()
    assert cfg.vault_folder is None and cfg.forms_folder is None
    assert cfg.idle_lock_minutes == 5
    assert cfg.language == "system"


def test_system_preset_and_user_override(dirs, tmp_path):
    system, user = dirs
    write(
        system,
        f'vault_folder = "{(tmp_path / "it").as_posix()}"\n'
        f'forms_folder = "{(tmp_path / "forms").as_posix()}"\n'
        'idle_lock_minutes = 10\nlanguage = "en"\n',
    )
    cfg = config.load_config()
    assert cfg.vault_folder == tmp_path / "it"
    assert cfg.forms_folder == tmp_path / "forms"
    assert cfg.idle_lock_minutes == 10 and cfg.language == "en"
    assert cfg.sources["language"] == str(system / "config.toml")

    write(user, 'language = "sv"\nidle_lock_minutes = 3\n')
    cfg = config.load_config()
    assert cfg.language == "sv" and cfg.idle_lock_minutes == 3
    assert cfg.vault_folder == tmp_path / "it"  # not overridden: the IT preset stays
    assert cfg.sources["language"] == str(user / "config.toml")


def test_default_vault_path_follows_vault_folder(dirs, tmp_path):
    system, _ = dirs
    assert config.default_vault_path() == paths.user_data_dir() / "vault.podb"
    write(system, f'vault_folder = "{(tmp_path / "PO").as_posix()}"\n')
    assert config.default_vault_path() == tmp_path / "PO" / "vault.podb"
    assert config.forms_folder() is None


def test_home_and_environment_variables_are_expanded(dirs, tmp_path, monkeypatch):
    system, _ = dirs
    monkeypatch.setenv("PO_TEST_ROOT", str(tmp_path / "root"))
    write(system, 'vault_folder = "$PO_TEST_ROOT/PO"\nforms_folder = "~/blanketter"\n')
    cfg = config.load_config()
    assert cfg.vault_folder == tmp_path / "root" / "PO"
    assert cfg.forms_folder == Path.home() / "blanketter"


@pytest.mark.parametrize(
    "text, fragment",
    [
        ("idle_lock_minutes = 0\n", "idle_lock_minutes"),
        ('idle_lock_minutes = "5"\n', "idle_lock_minutes"),
        ("idle_lock_minutes = true\n", "idle_lock_minutes"),
        ('language = "de"\n', "language"),
        ('vault_folder = "relativ/mapp"\n', "vault_folder"),
        ("vault_folder = 3\n", "vault_folder"),
        ("language = \n", "går inte att läsa"),
    ],
)
def test_bad_values_name_file_and_key(dirs, text, fragment):
    system, _ = dirs
    write(system, text)
    with pytest.raises(config.ConfigError) as exc:
        config.load_config()
    assert fragment in exc.value.message
    assert str(system / "config.toml") in exc.value.message
    assert exc.value.exit_code == 2


def test_unknown_keys_are_ignored(dirs):
    system, _ = dirs
    write(system, 'language = "en"\nfuture_key = 1\n')
    cfg = config.load_config()
    assert cfg.language == "en"
    assert any("future_key" in k for k in cfg.ignored_keys)


def test_bad_config_is_one_line_exit_2_on_the_cli(dirs, cli):
    system, _ = dirs
    write(system, "idle_lock_minutes = -1\n")
    # No --vault: the default path must be read from the (broken) config.
    from po_desktop.cli import main

    code = main(["vault", "check"])
    assert code == 2


def test_new_vault_gets_configured_idle_lock(dirs, tmp_path, passphrase):
    system, user = dirs
    write(system, "idle_lock_minutes = 15\n")
    v = create_vault(
        tmp_path / "v" / "vault.podb",
        passphrase,
        unit_label="PO Mora",
        municipalities=["Mora"],
        fte="1.00",
    )
    try:
        assert v.get_setting("idle_lock_minutes") == 15
    finally:
        v.lock()


def test_save_user_setting_keeps_other_keys_and_overrides_system(dirs):
    system, user = dirs
    write(system, 'language = "en"\n')
    write(user, "idle_lock_minutes = 7\n")
    path = config.save_user_setting("language", "sv")
    assert path == user / "config.toml"
    cfg = config.load_config()
    assert cfg.language == "sv" and cfg.idle_lock_minutes == 7
    config.save_user_setting("language", None)
    assert config.load_config().language == "en"
    with pytest.raises(config.ConfigError):
        config.save_user_setting("language", "xx")


def test_cli_init_without_vault_uses_configured_folder(dirs, tmp_path, passphrase, capsys):
    system, _ = dirs
    folder = tmp_path / "kommunens-mapp"
    write(system, f'vault_folder = "{folder.as_posix()}"\n')
    pw = tmp_path / "pw.txt"
    pw.write_text(passphrase + "\n", encoding="utf-8")
    from po_desktop.cli import main

    code = main(
        [
            "--passphrase-file",
            str(pw),
            "init",
            "--unit-label",
            "PO Mora",
            "--municipality",
            "Mora",
            "--fte",
            "1.00",
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert (folder / "vault.podb").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG layout")
def test_linux_system_dirs_follow_xdg(monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_DIRS", "/etc/kommun:/etc/xdg")
    dirs = config.system_config_dirs()
    # weakest first: /etc/xdg, then /etc/kommun (first in XDG_CONFIG_DIRS wins)
    assert dirs == [Path("/etc/xdg/po-desktop"), Path("/etc/kommun/po-desktop")]
    monkeypatch.delenv(config.ENV_CONFIG_DIRS)
    files = config.config_files()
    assert files[0] == Path("/etc/xdg/po-desktop/config.toml")
    assert files[-1] == paths.user_config_dir() / "config.toml"


def test_forms_folder_preset_is_used_unless_the_vault_names_its_own(dirs, tmp_path, vault):
    import shutil

    from po_desktop.printing.forms_loader import bundled_forms_dir
    from po_desktop.services.printing import load_form

    system, _ = dirs
    it_forms = tmp_path / "kommunens-blanketter"
    it_forms.mkdir()
    shutil.copy(bundled_forms_dir() / "intake.toml", it_forms / "intake.toml")
    assert load_form(vault, "intake").source != it_forms / "intake.toml"
    write(system, f'forms_folder = "{it_forms.as_posix()}"\n')
    assert load_form(vault, "intake").source == it_forms / "intake.toml"
    # the ombud's own choice in Settings (a vault setting) still wins
    own = tmp_path / "egna"
    own.mkdir()
    shutil.copy(bundled_forms_dir() / "intake.toml", own / "intake.toml")
    vault.set_settings({"forms_folder": str(own)})
    assert load_form(vault, "intake").source == own / "intake.toml"


def test_broken_config_is_shown_in_a_window_when_the_gui_starts(dirs, cli_subprocess, tmp_path):
    system, _ = dirs
    write(system, "idle_lock_minutes = 0\n")
    env = {
        "PO_DESKTOP_CONFIG_DIRS": os.environ[config.ENV_CONFIG_DIRS],
        "QT_QPA_PLATFORM": "offscreen",
        "PO_DESKTOP_SMOKE_TEST": "1",
    }
    code, out, err = cli_subprocess(vault=tmp_path / "v.podb", passphrase_file=False, env=env)
    assert code == 2
    assert out.startswith("gui error: ") and "idle_lock_minutes" in out
    assert len(err.strip().splitlines()) == 1 and "idle_lock_minutes" in err


def test_saving_the_language_keeps_comments_unknown_tables_and_other_keys(dirs):
    _, user = dirs
    original = (
        "# Kommunens inställningar, skrivna för hand\n"
        "idle_lock_minutes = 7  # IT bestämde 7\n\n"
        '[framtida_tabell]\nnyckel = "värde"\n'
    )
    write(user, original)
    path = config.save_user_setting("language", "en")
    text = path.read_text(encoding="utf-8")
    assert "# Kommunens inställningar, skrivna för hand" in text
    assert "# IT bestämde 7" in text and "[framtida_tabell]" in text and 'nyckel = "värde"' in text
    assert config.load_config().language == "en"
    config.save_user_setting("language", None)
    assert path.read_text(encoding="utf-8") == original
    assert not list(path.parent.glob("*.tmp"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG layout")
@pytest.mark.parametrize(
    "env",
    [
        {},
        {"XDG_CONFIG_HOME": "/srv/home/.conf", "XDG_CONFIG_DIRS": "/etc/kommun:/etc/xdg"},
        {"XDG_CONFIG_HOME": "  ", "XDG_CONFIG_DIRS": ""},
    ],
)
def test_config_folders_are_platformdirs_own_without_importing_it(monkeypatch, env):
    """paths computes the XDG folders itself (start-up time); they must stay platformdirs'."""
    import platformdirs

    for name in ("XDG_CONFIG_HOME", "XDG_CONFIG_DIRS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert paths.user_config_dir() == Path(
        platformdirs.user_config_dir(paths.APP_NAME, paths.APP_AUTHOR)
    )
    expected = platformdirs.site_config_dir(paths.APP_NAME, appauthor=False, multipath=True)
    assert paths.site_config_dirs() == [Path(d) for d in expected.split(os.pathsep)]
