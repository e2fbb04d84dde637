#!/usr/bin/env python3
"""Quick check of one or more translations against English, without building.

    python3 scripts/check-locale.py de fr ...

Checks, for glassbox.ftl, rights.ftl and receiver.ftl: every English message is present, no extra message,
the same { $variables }, single-line values, and no value identical to English. The authoritative
check is the core test `every_language_has_every_message_with_the_same_placeholders`.
"""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "crates" / "core" / "locales"
MSG = re.compile(r"^([a-z][a-z0-9-]*)\s*=\s*(.*)$")
# Words that really are the same as in English in a language (kept in step with the core test).
MAY_EQUAL_ENGLISH = {("es", "explanation-no"), ("it", "explanation-no")}
VAR = re.compile(r"\{\s*\$([a-z_]+)\s*\}")


def load(lang, file):
    path = ROOT / lang / file
    out, problems = {}, []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        m = MSG.match(line)
        if not m:
            problems.append(f"{path}:{n}: not `id = value` on one line: {line!r}")
            continue
        if m.group(1) in out:
            problems.append(f"{path}:{n}: `{m.group(1)}` defined twice")
        out[m.group(1)] = m.group(2).strip()
    return out, problems


def main(langs):
    bad = 0
    for lang in langs:
        problems = []
        for file in ("glassbox.ftl", "rights.ftl", "receiver.ftl"):
            en, _ = load("en", file)
            try:
                theirs, p = load(lang, file)
            except FileNotFoundError:
                problems.append(f"{lang}/{file}: missing")
                continue
            problems += p
            for mid, value in en.items():
                if mid not in theirs:
                    problems.append(f"{lang}/{file}: missing `{mid}`")
                    continue
                t = theirs[mid]
                if sorted(set(VAR.findall(t))) != sorted(set(VAR.findall(value))):
                    problems.append(f"{lang}/{file}: `{mid}` variables {VAR.findall(t)} != English {VAR.findall(value)}")
                if re.sub(VAR, "", t).count("{") or re.sub(VAR, "", t).count("}"):
                    problems.append(f"{lang}/{file}: `{mid}` has a brace that is not {{ $variable }}")
                if t == value and (lang, mid) not in MAY_EQUAL_ENGLISH:
                    problems.append(f"{lang}/{file}: `{mid}` identical to English")
                if not t:
                    problems.append(f"{lang}/{file}: `{mid}` is empty")
            for mid in theirs:
                if mid not in en:
                    problems.append(f"{lang}/{file}: `{mid}` is not an English message")
        print(f"{lang}: {'ok' if not problems else str(len(problems)) + ' problem(s)'}")
        for p in problems:
            print("  " + p)
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or sorted(p.name for p in ROOT.iterdir() if p.is_dir() and p.name != "en")))
