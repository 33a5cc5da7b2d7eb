"""Every literal string the code translates is in the catalogues, and translated.

pyside6-lupdate does not read inside f-strings: ``f'<p>{translate("Report", "None.")}</p>'`` left
"None." out of both catalogues, and a Vietnamese report printed it in English. Python's own parser
sees those calls, so the code is read here with it and each ``translate(context, text)`` and
``QCoreApplication.translate(context, text)`` with literal arguments is looked up.
"""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "resources" / "translations" / "hptracker_vi.ts"


def translated() -> dict[tuple[str, str], str]:
    found = {}
    for context in ET.parse(CATALOGUE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None and translation.get("type") != "unfinished" else None
            found[(name, message.findtext("source") or "")] = text or ""
    return found


def calls_in_code() -> list[tuple[str, int, str, str]]:
    calls = []
    for path in sorted((ROOT / "hptracker").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            context, text = node.args[0], node.args[1]
            if name == "translate" and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in (context, text)):
                calls.append((str(path.relative_to(ROOT)), node.lineno, context.value, text.value))
    return calls


def test_the_reader_finds_calls_inside_f_strings():
    tree = ast.parse("""x = f'<p>{_t(translate("Report", "None."))}</p>'""")
    found = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "translate"]
    assert [tuple(a.value for a in n.args[:2]) for n in found] == [("Report", "None.")]


def test_every_translated_literal_is_in_the_vietnamese_catalogue():
    catalogue = translated()
    calls = calls_in_code()
    assert len(calls) > 500  # the reader sees the code's calls
    missing = [f"{path}:{line}: {context!r}, {text!r}" for path, line, context, text in calls if not catalogue.get((context, text))]
    assert not missing, "not extracted or not translated:\n" + "\n".join(missing)
