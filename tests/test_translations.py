"""The .ts catalogues cover every string in the code, the shipped .qm match them, and the
language is chosen as the issue says (Vietnamese by default, English for other locales).

A new ``tr()`` / ``translate()`` string without its Vietnamese makes
``test_every_string_in_the_code_is_translated`` fail with the list of what is missing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from hptracker.translations import normalise_language, resolve_language, system_language

REPO = Path(__file__).resolve().parents[1]
TRANSLATIONS = REPO / "resources" / "translations"
BIN = Path(sys.executable).parent
LANGS = ("vi", "en")
FIX = (
    "Run `make translations`, then translate the new messages "
    "(resources/translations/fill.py todo / apply) and run `make translations` again."
)
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\d+")
ACCELERATOR = re.compile(r"&[^\s&;]")


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"hptracker_{lang}.ts"


def read_ts(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            messages[key] = message
    return messages


def translation(message: ET.Element) -> str:
    node = message.find("translation")
    if node is None:
        return ""
    forms = node.findall("numerusform")
    return (forms[0].text or "") if forms else (node.text or "")


def unfinished(message: ET.Element) -> bool:
    node = message.find("translation")
    return node is None or node.get("type") is not None or not translation(message).strip()


def tool(name: str) -> Path:
    path = BIN / name
    if not path.exists():
        pytest.fail(f"{name} is missing next to the interpreter ({BIN}); PySide6 ships it")
    return path


def python_sources() -> list[str]:
    # Same file list as the Makefile: $(find hptracker -name '*.py' | sort)
    return sorted(str(p.relative_to(REPO)) for p in (REPO / "hptracker").rglob("*.py"))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[str, dict]:
    """The committed catalogues updated by lupdate from the code as it is now, in a temp folder."""
    out = tmp_path_factory.mktemp("lupdate")
    copies = []
    for lang in LANGS:
        shutil.copy2(ts_path(lang), out / ts_path(lang).name)
        copies.append(str(out / ts_path(lang).name))
    result = subprocess.run(
        [str(tool("pyside6-lupdate")), "-no-obsolete", "-locations", "none", *python_sources(), "-ts", *copies],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return {lang: read_ts(out / ts_path(lang).name) for lang in LANGS}


def describe(keys) -> str:
    return "\n".join(f"  [{c}] {s!r}" + (f" ({d})" if d else "") for c, s, d in sorted(keys))


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_holds_exactly_the_strings_of_the_code(extracted, lang):
    committed = set(read_ts(ts_path(lang)))
    current = set(extracted[lang])
    missing = current - committed
    stale = committed - current
    assert not missing, f"{len(missing)} string(s) of the code are not in {ts_path(lang).name}:\n{describe(missing)}\n{FIX}"
    assert not stale, f"{len(stale)} string(s) of {ts_path(lang).name} are no longer in the code:\n{describe(stale)}\n{FIX}"


@pytest.mark.parametrize("lang", LANGS)
def test_every_string_in_the_code_is_translated(extracted, lang):
    todo = [key for key, message in extracted[lang].items() if unfinished(message)]
    assert not todo, f"{len(todo)} string(s) have no finished {lang} translation:\n{describe(todo)}\n{FIX}"


def test_english_translations_are_the_source():
    differs = [key for key, message in read_ts(ts_path("en")).items() if translation(message) != key[1]]
    assert not differs, "English translations must equal their source:\n" + describe(differs)


def test_vietnamese_keeps_placeholders_accelerators_and_line_breaks():
    wrong = []
    for (context, source, comment), message in read_ts(ts_path("vi")).items():
        text = translation(message)
        if not text:
            continue
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            wrong.append((context, f"{source!r} → {text!r}: placeholders differ", comment))
        if len(ACCELERATOR.findall(source.replace("&&", ""))) != len(ACCELERATOR.findall(text.replace("&&", ""))):
            wrong.append((context, f"{source!r} → {text!r}: accelerator (&) differs", comment))
        if source.count("\n") != text.count("\n"):
            wrong.append((context, f"{source!r} → {text!r}: line breaks differ", comment))
    assert not wrong, "\n".join(f"[{c}] {what}" for c, what, _ in wrong)


def test_vietnamese_translations_are_vietnamese():
    """A sample the officers read every day, with the wording of SPEC §1."""
    vi = {(c, s): translation(m) for (c, s, _d), m in read_ts(ts_path("vi")).items()}
    expected = {
        ("Label", "Not started"): "Chưa triển khai",
        ("Label", "In progress"): "Đang thực hiện",
        ("Label", "Awaiting partner"): "Chờ phía bạn",
        ("Label", "On hold"): "Tạm dừng",
        ("Label", "Done"): "Đã hoàn thành",
        ("Label", "Dropped"): "Không thực hiện",
        ("Label", "Overdue"): "Quá hạn",
        ("Label", "Letter of intent"): "Thư ý định",
        ("Label", "Memorandum of understanding"): "Bản ghi nhớ",
        ("Record", "Follow-up"): "Kiến nghị",
        ("Record", "Partner"): "Đối tác",
        ("Record", "Meeting"): "Buổi làm việc",
        ("Record", "Agreement"): "Văn bản hợp tác",
        ("QPlatformTheme", "Cancel"): "Hủy",
    }
    assert {key: vi.get(key) for key in expected} == expected


@pytest.mark.parametrize("lang", LANGS)
def test_shipped_qm_is_compiled_from_the_committed_ts(tmp_path, lang):
    qm = tmp_path / f"hptracker_{lang}.qm"
    result = subprocess.run(
        [str(tool("pyside6-lrelease")), "-silent", str(ts_path(lang)), "-qm", str(qm)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    shipped = TRANSLATIONS / qm.name
    assert shipped.exists(), f"{shipped.name} is missing. {FIX}"
    assert shipped.read_bytes() == qm.read_bytes(), f"{shipped.name} is older than {ts_path(lang).name}. {FIX}"


# -- choosing the language ------------------------------------------------------------------------


def test_normalise_and_resolve_language():
    assert normalise_language("vi_VN") == "vi"
    assert normalise_language("EN-gb") == "en"
    assert normalise_language("fr") is None
    assert normalise_language("") is None
    assert resolve_language("en", saved="vi") == "en"  # --lang wins
    assert resolve_language(None, saved="en") == "en"  # then Settings
    assert resolve_language("fr", saved="") == system_language()  # then the system


@pytest.mark.parametrize(("locale", "expected"), [("vi_VN.UTF-8", "vi"), ("C", "vi"), ("en_US.UTF-8", "en"), ("de_DE.UTF-8", "en")])
def test_vietnamese_is_the_default_unless_the_system_speaks_another_language(locale, expected):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LC_ALL=locale, LANG=locale)
    result = subprocess.run(
        [sys.executable, "-c", "from hptracker.translations import system_language; print(system_language())"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == expected


@pytest.mark.parametrize(("lang", "message"), [("vi", "Không có cơ sở dữ liệu tại"), ("en", "There is no database at")])
def test_cli_shows_core_messages_in_the_chosen_language(tmp_path, lang, message):
    """The core's translate() reaches Qt's translator in a process without a window."""
    missing = tmp_path / "nowhere" / "hptracker.db"
    result = subprocess.run(
        [str(BIN / "hptracker"), "--db", str(missing), "--lang", lang, "check"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert message in result.stdout + result.stderr


def test_no_translation_wrapper_hides_strings_from_lupdate():
    """lupdate reads literal calls only: a `_tr(text)` wrapper around translate() makes every string
    passed to it invisible, and the Vietnamese window shows them in English. Field labels are the
    one sanctioned exception: they are marked with QT_TRANSLATE_NOOP("Field", ...) where declared
    (or "FollowUpField", for a follow-up's field whose English label means something else elsewhere)."""
    import ast

    package = Path(__file__).resolve().parents[1] / "hptracker"
    offenders = []
    for path in sorted(package.rglob("*.py")):
        if path.name in ("i18n.py", "translations.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and node.value.attr == "translate":
                offenders.append(f"{path.name}:{node.lineno} aliases translate")
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Attribute):  # QCoreApplication.translate(...), self.tr(...)
                receiver = getattr(func.value, "id", "")
                name = func.attr if (func.attr, receiver) in (("translate", "QCoreApplication"), ("tr", "self")) else ""
            else:
                name = getattr(func, "id", "")
            if name not in ("translate", "tr") or not node.args:
                continue
            text = node.args[1] if name == "translate" and len(node.args) > 1 else node.args[0]
            context = node.args[0] if name == "translate" else None
            literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
            field_label = isinstance(context, ast.Constant) and context.value in ("Field", "FollowUpField")
            if not literal and not field_label:
                offenders.append(f"{path.relative_to(package)}:{node.lineno} translates a non-literal")
    assert offenders == []
