#!/usr/bin/env python3
"""Print a gold annotation as the importer's JSON report, for score.py.

Two annotators' golds of the same documents are compared by scoring one
against the other: score.py runs a command per document and reads its
JSON, so this script stands in for the importer and prints the other
annotator's gold in the report's shape. An activity's title is the
verbatim section title the second annotator records (`section_title`),
else its name.

    python3 ../shared/eval/score.py --gold FIRST/gold --docs FIRST/docs \
        --cmd 'python3 evaltools/gold_as_report.py SECOND/gold {file}' --quiet
"""
import json
import os
import sys
import tomllib


def report(gold):
    return {
        "language": gold.get("language", ""),
        "controller": {"name": gold.get("controller", ""), "email": gold.get("controller_email", "")},
        "dpo": {"name": gold.get("dpo_name", ""), "email": gold.get("dpo_email", "")},
        "supervisory_authority": gold.get("supervisory_authority", ""),
        "third_country_transfer": gold.get("third_country_transfer", False),
        "legal_bases": gold.get("legal_bases", []),
        "rights": gold.get("rights", []),
        "recipients": [{"name": r.get("name", ""), "aliases": r.get("aliases", []), "country": r.get("country", ""),
                        "safeguard": r.get("safeguard", "")} for r in gold.get("recipients", [])],
        "retention": [{"text": r.get("text", ""), "days": r.get("days", 0)} for r in gold.get("retention", [])],
        "activities": [{"title": a.get("section_title") or a.get("name", ""), "legal_bases": a.get("legal_bases", [])}
                       for a in gold.get("activities", [])],
    }


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: gold_as_report.py GOLD_DIR DOCUMENT")
    base = os.path.splitext(os.path.basename(sys.argv[2]))[0]
    path = os.path.join(sys.argv[1], base + ".toml")
    try:
        with open(path, "rb") as f:
            gold = tomllib.load(f)
    except OSError as e:
        sys.exit(f"gold_as_report.py: no gold for {base} ({e.strerror}); check GOLD_DIR")
    print(json.dumps(report(gold)))


if __name__ == "__main__":
    main()
