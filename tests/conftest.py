"""Shared fixtures: a fresh temporary database per test, seeded through the public API.

QT_QPA_PLATFORM is set here, before anything can create a QApplication, so GUI tests run
offscreen everywhere; settings go to a temporary INI file so tests never touch the officer's own.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from hptracker.core.demo import add_demo  # noqa: E402
from hptracker.core.tracker import Tracker  # noqa: E402

OFFICER = "Nguyễn Thị Hoa"


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory, monkeypatch):
    settings = tmp_path_factory.mktemp("settings") / "hptracker.ini"
    monkeypatch.setenv("HPTRACKER_SETTINGS", str(settings))
    monkeypatch.delenv("HPTRACKER_DB", raising=False)
    yield settings


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "hptracker.db"


@pytest.fixture(scope="session")
def _template_db(tmp_path_factory) -> Path:
    """One migrated database with the default categories; each test gets a copy (fast)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    t = Tracker.open(path, officer=OFFICER)
    t.ensure_categories()
    t.close()  # the last connection closing checkpoints the WAL into the file
    return path


@pytest.fixture
def tracker(db_path, _template_db):
    shutil.copy2(_template_db, db_path)
    t = Tracker.open(db_path, officer=OFFICER)
    yield t
    t.close()


@pytest.fixture(scope="session")
def _demo_template_db(tmp_path_factory, _template_db) -> Path:
    path = tmp_path_factory.mktemp("template") / "demo.db"
    shutil.copy2(_template_db, path)
    t = Tracker.open(path, officer=OFFICER)
    add_demo(t)
    t.close()
    return path


@pytest.fixture
def demo_db_path(db_path, _demo_template_db) -> Path:
    """``db_path`` holding a fresh copy of the demo records (SPEC §7).

    It is the same file as the ``tracker`` fixture's: a test wants the empty database or the demo
    one, and tests of backups rely on ``db_path`` naming the demo database.
    """
    if db_path.exists():
        raise RuntimeError("ask for either the tracker or the demo_tracker fixture, not both")
    shutil.copy2(_demo_template_db, db_path)
    return db_path


@pytest.fixture
def demo_tracker(demo_db_path):
    t = Tracker.open(demo_db_path, officer=OFFICER)
    yield t
    t.close()


@pytest.fixture
def partner(tracker):
    return tracker.create_partner(name="Huyện Thượng Ngu", name_en="Shangyu District", name_native="上虞区",
                                  kind="government", level="district", country="CN",
                                  aliases=["Thuong Ngu", "Shangyu"])


@pytest.fixture
def today() -> dt.date:
    return dt.date.today()


@pytest.fixture(autouse=True)
def _source_language():
    """Every test starts in English, the source language; tests of Vietnamese install it themselves.

    The translator is process-wide: without this, a test that opened a Vietnamese window would
    change the language of every later test in the same worker.
    """
    from PySide6.QtCore import QCoreApplication

    from hptracker.core import i18n

    if QCoreApplication.instance() is not None:
        from hptracker.translations import install_translators

        install_translators("en")
    else:
        i18n.set_translator(None, "en")
    yield
