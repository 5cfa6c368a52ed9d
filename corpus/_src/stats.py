#!/usr/bin/env python3
"""Phenomenon counts of the corpus, so that gaps in the annotation are visible.

usage (from the repository root):
  python3 corpus/_src/stats.py            print the two tables (markdown)
  python3 corpus/_src/stats.py --update   rewrite them in corpus/README.md, between the
                                          <!-- stats:begin --> and <!-- stats:end --> markers
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
README = os.path.join(CORPUS, "README.md")

ARABIC = re.compile(r"[0-9０-９]")
FULL_WIDTH = re.compile(r"[０-９]")
CHINESE_NUMERAL = re.compile(r"[零〇一二两三四五六七八九十百千万亿半]")
SENTENCE_END = "。！？!?\n"
# A newline between two characters that are not punctuation, in a paragraph line (indented, or
# at least 25 characters long): the text was broken for layout, inside a sentence. Table rows
# (tabs) and short headlines are left out. A heuristic: it can miss or over-count a few.
LAYOUT_NEIGHBOUR = re.compile(r"[\u4e00-\u9fff0-9A-Za-z%％０-９]")


def load():
    docs = []
    for name in sorted(os.listdir(CORPUS)):
        if not name.endswith(".gold.json"):
            continue
        with open(os.path.join(CORPUS, name), encoding="utf-8") as f:
            gold = json.load(f)
        with open(os.path.join(CORPUS, gold.get("document") or name[:-10] + ".txt"), encoding="utf-8", newline="") as f:
            text = f.read()
        docs.append((name[: -len(".gold.json")], text, gold))
    return docs


def layout_breaks(text):
    n = 0
    for m in re.finditer("\n", text):
        i = m.start()
        if i == 0 or i + 1 >= len(text):
            continue
        if not (LAYOUT_NEIGHBOUR.match(text[i - 1]) and LAYOUT_NEIGHBOUR.match(text[i + 1])):
            continue
        start = text.rfind("\n", 0, i) + 1
        end = text.find("\n", i + 1)
        line, following = text[start:i], text[i + 1: end if end >= 0 else len(text)]
        if "\t" in line or "\t" in following:
            continue
        if line.startswith(("\u3000", " ")) or (len(line) >= 25 and not re.search("[。！？]$", line)):
            n += 1
    return n


def sentence_of(text, start, end):
    s = max(text.rfind(c, 0, start) for c in SENTENCE_END) + 1
    ends = [i for i in (text.find(c, end) for c in SENTENCE_END) if i >= 0]
    return text[s: min(ends) if ends else len(text)]


DURATION_UNITS = {"year", "month", "week", "day", "hour", "min", "s"}


def optional_reason(f):
    note = f.get("note") or ""
    if f.get("normalizedUnit") in DURATION_UNITS:
        return "duration"
    if "table cell" in note:
        return "table cell"
    if "stock quote" in note:
        return "inline stock quote"
    if "size class" in note or "voltage class" in note or "N大X" in note:
        return "size class"
    return "other (vague counts, examples, names' numbers …)"


def why_group(why):
    why = (why or "(no reason given)").strip()
    return re.split(r" \(|,|;", why)[0].strip() or why


def stats(docs):
    per_doc = []
    facts = collections.Counter()     # phenomenon -> all facts
    required = collections.Counter()  # phenomenon -> required facts
    text_counts = collections.Counter()
    why = collections.Counter()
    for stem, text, gold in docs:
        fs, nfs = gold.get("facts", []), gold.get("nonFacts", [])
        opt = sum(1 for f in fs if f.get("optional"))
        per_doc.append((stem, len(text), len(fs) - opt, opt, len(nfs), gold.get("referenceDate")))
        for f in fs:
            keys = [f"kind: {f.get('kind')}", f"bound: {f.get('bound')}", f"normalizedUnit: {f.get('normalizedUnit')}"]
            if f.get("modality") == "target":
                keys.append("modality: target")
            if "range" in (f.get("note") or "") or re.search(r"[0-9０-９]\s*[至到~～\-—–－]\s*[0-9０-９]", f.get("text", "")):
                keys.append("range (annotated as its low end)")
            if not ARABIC.search(f.get("text", "")) and CHINESE_NUMERAL.search(f.get("text", "")):
                keys.append("quantity in Chinese numerals only")
            if FULL_WIDTH.search(f.get("text", "")):
                keys.append("quantity with full-width digits")
            if "line break" in (f.get("note") or "") or "\n" in text[f["start"]: f["end"]]:
                keys.append("fact next to a layout line break (noted)")
            if "分别" in sentence_of(text, f["start"], f["end"]):
                keys.append("fact in a 分别 sentence")
            if f.get("baseYear") is not None:
                keys.append("with baseYear")
            if f.get("period"):
                keys.append("with period")
            if f.get("year") is None:
                keys.append("with year null")
            if f.get("optional"):
                keys.append("optional: " + optional_reason(f))
            for k in keys:
                facts[k] += 1
                if not f.get("optional"):
                    required[k] += 1
        text_counts["full-width digits in the text (characters)"] += len(FULL_WIDTH.findall(text))
        text_counts["documents with full-width digits"] += 1 if FULL_WIDTH.search(text) else 0
        text_counts["layout line breaks inside a sentence (heuristic)"] += layout_breaks(text)
        text_counts["分别 lists (occurrences of 分别)"] += text.count("分别")
        for n in nfs:
            why[why_group(n.get("why"))] += 1
    return per_doc, facts, required, text_counts, why


def render(docs):
    per_doc, facts, required, text_counts, why = stats(docs)
    out = ["### Documents", "", "| document | chars | required facts | optional | nonFacts | referenceDate |",
           "|---|---:|---:|---:|---:|---|"]
    for stem, chars, req, opt, nf, ref in per_doc:
        out.append(f"| {stem} | {chars} | {req} | {opt} | {nf} | {ref or '–'} |")
    out.append(f"| **total ({len(per_doc)})** | {sum(d[1] for d in per_doc)} | {sum(d[2] for d in per_doc)} | "
               f"{sum(d[3] for d in per_doc)} | {sum(d[4] for d in per_doc)} | |")
    out += ["", "### Phenomena", "", "Facts (all / required):", "", "| phenomenon | facts | required |", "|---|---:|---:|"]

    def section(prefix):
        for k in sorted((k for k in facts if k.startswith(prefix)), key=lambda k: (-facts[k], k)):
            out.append(f"| {k} | {facts[k]} | {required[k]} |")

    section("kind: ")
    section("bound: ")
    section("modality: ")
    section("optional: ")
    section("normalizedUnit: ")
    for k in ("range (annotated as its low end)", "quantity in Chinese numerals only", "quantity with full-width digits",
              "fact next to a layout line break (noted)", "fact in a 分别 sentence", "with baseYear", "with period",
              "with year null"):
        out.append(f"| {k} | {facts[k]} | {required[k]} |")
    out += ["", "Texts:", "", "| phenomenon | count |", "|---|---:|"]
    for k in ("full-width digits in the text (characters)", "documents with full-width digits",
              "layout line breaks inside a sentence (heuristic)", "分别 lists (occurrences of 分别)"):
        out.append(f"| {k} | {text_counts[k]} |")
    out += ["", "Non-facts by reason (`why`, grouped before the first bracket or comma):", "", "| why | count |", "|---|---:|"]
    for k, n in sorted(why.items(), key=lambda kv: (-kv[1], kv[0])):
        out.append(f"| {k} | {n} |")
    out.append(f"| **total** | {sum(why.values())} |")
    return "\n".join(out) + "\n"


def main(argv):
    table = render(load())
    if "--update" not in argv:
        sys.stdout.write(table)
        return 0
    with open(README, encoding="utf-8") as f:
        readme = f.read()
    begin, end = "<!-- stats:begin -->\n", "<!-- stats:end -->"
    a, b = readme.index(begin) + len(begin), readme.index(end)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme[:a] + table + readme[b:])
    print(f"{README}: tables updated")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
