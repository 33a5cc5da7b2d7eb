"""Fill the .ts catalogues from a batch of translations; the .ts files stay the source of truth.

Workflow after code changes (the test in tests/test_translations.py tells when it is needed):

    make translations                                    # lupdate: new strings appear unfinished
    .venv/bin/python resources/translations/fill.py todo > /tmp/todo.py
    # write the Vietnamese for each entry of /tmp/todo.py (keep {name}, %1 and & as they are)
    .venv/bin/python resources/translations/fill.py apply /tmp/todo.py
    make translations                                    # normalise the .ts, compile the .qm
    .venv/bin/python resources/translations/fill.py check

``apply`` reads a Python file defining ``TRANSLATIONS``, a dict whose keys are a source text (any
context), ``(context, source)`` or ``(context, source, disambiguation)`` and whose values are the
Vietnamese; the most specific key wins. It also makes every English message finished with the
source as its translation, so neither catalogue has an unfinished message. ``check`` lists
unfinished messages and translations whose placeholders or accelerators differ from the source.

Run it with the project's Python; it needs only the standard library.
"""

from __future__ import annotations

import argparse
import re
import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
VI = HERE / "hptracker_vi.ts"
EN = HERE / "hptracker_en.ts"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\d+|%[pLn]")


def messages(root: ET.Element):
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def key_of(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def translation_text(message: ET.Element) -> str:
    node = message.find("translation")
    if node is None:
        return ""
    forms = node.findall("numerusform")
    if forms:
        return "\n".join(form.text or "" for form in forms)
    return node.text or ""


def is_unfinished(message: ET.Element) -> bool:
    node = message.find("translation")
    return node is None or node.get("type") in ("unfinished", "vanished", "obsolete") or not translation_text(message)


def set_translation(message: ET.Element, text: str, forms: int) -> None:
    node = message.find("translation")
    if node is None:
        node = ET.SubElement(message, "translation")
    node.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(node):
            node.remove(child)
        node.text = None
        for _ in range(forms):
            ET.SubElement(node, "numerusform").text = text
    else:
        node.text = text


def load(path: Path) -> ET.ElementTree:
    return ET.parse(path)


def save(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def lookup(batch: dict, key: tuple[str, str, str]) -> str | None:
    context, source, comment = key
    for candidate in ((context, source, comment), (context, source) if not comment else None, source):
        if candidate is not None and candidate in batch:
            return batch[candidate]
    return None


def problems(source: str, translation: str) -> list[str]:
    found = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        found.append("placeholders differ")
    accel_source = len(re.findall(r"&(?!&)[^\s&;]", source.replace("&&", "")))
    accel_translation = len(re.findall(r"&(?!&)[^\s&;]", translation.replace("&&", "")))
    if accel_source != accel_translation:
        found.append("accelerator (&) differs")
    if source.endswith("\n") != translation.endswith("\n") or source.count("\n") != translation.count("\n"):
        found.append("line breaks differ")
    return found


def cmd_todo(_args) -> int:
    tree = load(VI)
    print("# Vietnamese for the unfinished messages of hptracker_vi.ts; apply with fill.py apply FILE")
    print("TRANSLATIONS = {")
    for context, message in messages(tree.getroot()):
        if is_unfinished(message):
            key = key_of(context, message)
            print(f"    {key[:2] if not key[2] else key!r}: {translation_text(message)!r},")
    print("}")
    return 0


def cmd_apply(args) -> int:
    batch = runpy.run_path(args.file)["TRANSLATIONS"]
    tree = load(VI)
    applied = missing = 0
    for context, message in messages(tree.getroot()):
        text = lookup(batch, key_of(context, message))
        if text:
            set_translation(message, text, forms=1)
            applied += 1
        elif is_unfinished(message):
            missing += 1
    save(tree, VI)
    fill_english()
    print(f"{applied} Vietnamese translations applied, {missing} still unfinished", file=sys.stderr)
    return 0


def fill_english() -> None:
    tree = load(EN)
    for _context, message in messages(tree.getroot()):
        set_translation(message, message.findtext("source") or "", forms=2)
    save(tree, EN)


def cmd_english(_args) -> int:
    fill_english()
    return 0


def cmd_check(_args) -> int:
    bad = 0
    for path in (VI, EN):
        for context, message in messages(load(path).getroot()):
            source = message.findtext("source") or ""
            if is_unfinished(message):
                print(f"{path.name}: unfinished: {context}: {source!r}")
                bad += 1
                continue
            for problem in problems(
                source, translation_text(message).split("\n")[0] if message.get("numerus") else translation_text(message)
            ):
                print(f"{path.name}: {problem}: {context}: {source!r} → {translation_text(message)!r}")
                bad += 1
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("todo", help="print the unfinished Vietnamese messages as a TRANSLATIONS dict").set_defaults(func=cmd_todo)
    apply = sub.add_parser("apply", help="write a TRANSLATIONS dict into hptracker_vi.ts (and finish the English)")
    apply.add_argument("file")
    apply.set_defaults(func=cmd_apply)
    sub.add_parser("english", help="English: every translation equals its source").set_defaults(func=cmd_english)
    sub.add_parser("check", help="unfinished messages, placeholder and accelerator mismatches").set_defaults(func=cmd_check)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
