#!/usr/bin/env python3
"""Regenerate articles.jsonl from the sample .txt files in this directory.

Each .txt file has three header lines (Title:, Date:, Source:), a blank line,
then the article body. The JSONL record's "text" is the body exactly as it
appears in the file (trailing newline stripped), so character offsets in the
body are the same in both formats.

Usage: python3 make_jsonl.py            # writes articles.jsonl next to this file
       python3 make_jsonl.py --check    # exit 1 if articles.jsonl is out of date
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent


def parse(path):
    raw = path.read_text(encoding="utf-8")
    lines = raw.split("\n")
    if not (lines[0].startswith("Title: ") and lines[1].startswith("Date: ")
            and lines[2].startswith("Source: ") and lines[3] == ""):
        raise SystemExit(f"{path.name}: bad header")
    date = lines[1][len("Date: "):].strip()
    if not path.name.startswith(date + "-"):
        raise SystemExit(f"{path.name}: file name does not start with Date {date}")
    body = "\n".join(lines[4:]).rstrip("\n")
    return {
        "id": path.stem,
        "date": date,
        "title": lines[0][len("Title: "):].strip(),
        "source": "frontmap sample",
        "text": body,
    }


def render():
    records = [parse(p) for p in sorted(HERE.glob("*.txt"))]
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def main():
    out = HERE / "articles.jsonl"
    data = render()
    if "--check" in sys.argv[1:]:
        if not out.exists() or out.read_text(encoding="utf-8") != data:
            print("articles.jsonl is out of date; run make_jsonl.py", file=sys.stderr)
            return 1
        return 0
    out.write_text(data, encoding="utf-8")
    print(f"wrote {out.name}: {data.count(chr(10))} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
