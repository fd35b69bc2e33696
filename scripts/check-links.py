#!/usr/bin/env python3
"""Checks the documentation site's links without building it.

Every relative link and #anchor in book/src/**/*.md must resolve: the target file exists, and an anchor names
a heading of the target page (ids as mdBook makes them) or an explicit id="..." in it. `{{#include FILE}}`
targets must exist, and the included Markdown is checked as part of the including page. Every page must be
listed in SUMMARY.md and every SUMMARY.md entry must exist. With --html DIR (mdBook's output, when mdbook is
available), the relative href/src links and #fragments of the built HTML are checked too.

Python 3 standard library only. Exit 0 when every link resolves; exit 1 naming each file and broken link.
Usage: scripts/check-links.py [--book DIR] [--html DIR]
"""

import argparse
import html.parser
import os
import re
import sys
import urllib.parse

LINK = re.compile(r"(?<!\!)\[(?:[^\]\[]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
IMAGE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+[\"'(].*)?$", re.M)
HTML_LINK = re.compile(r"""<(?:a|img)\b[^>]*?\b(?:href|src)\s*=\s*["']([^"']+)["']""", re.I)
INCLUDE = re.compile(r"\{\{#include\s+([^}\s:]+)(?::[^}]*)?\s*\}\}")
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
EXPLICIT_ID = re.compile(r"""\bid\s*=\s*["']([^"']+)["']""")
HEADING_ATTR_ID = re.compile(r"\{#([A-Za-z0-9_-]+)[^}]*\}\s*$")
FENCE = re.compile(r"^\s*(```|~~~)")


def strip_code(text, inline=True):
    """Drops fenced code blocks and (with inline) inline code spans: links in them are examples, not links."""
    out, fenced, marker = [], False, None
    for line in text.split("\n"):
        match = FENCE.match(line)
        if match:
            if not fenced:
                fenced, marker = True, match.group(1)
                out.append("")
                continue
            if line.strip().startswith(marker):
                fenced = False
                out.append("")
                continue
        if fenced:
            out.append("")
        else:
            out.append(re.sub(r"`+[^`]*`+", "``", line) if inline else line)
    return "\n".join(out)


def slug(heading):
    """mdBook's heading id: lowercase, markup dropped, spaces to hyphens, only alphanumerics, - and _ kept."""
    text = re.sub(r"<[^>]+>", "", heading)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = text.replace("`", "").replace("*", "")
    text = re.sub(r"(?<!\w)_|_(?!\w)", "", text)
    out = []
    for ch in text.strip().lower():
        if ch.isalnum() or ch in "-_":
            out.append(ch)
        elif ch.isspace():
            out.append("-")
    return "".join(out)


class Page:
    def __init__(self, path, book_src):
        self.path = path
        self.book_src = book_src
        self.text = expand_includes(path, open(path, encoding="utf-8").read(), set())

    def anchors(self):
        ids, seen = set(), {}
        body = strip_code(self.text, inline=False)
        for line in body.split("\n"):
            match = HEADING.match(line)
            if not match:
                continue
            title = match.group(2)
            explicit = HEADING_ATTR_ID.search(title)
            if explicit:
                ids.add(explicit.group(1))
                continue
            base = slug(title)
            count = seen.get(base, 0)
            ids.add(base if count == 0 else f"{base}-{count}")
            seen[base] = count + 1
        ids.update(EXPLICIT_ID.findall(self.text))
        return ids


def expand_includes(path, text, stack):
    """Replaces {{#include FILE}} by the file's text, as mdBook does; a missing file stays as the directive."""
    def replace(match):
        target = os.path.normpath(os.path.join(os.path.dirname(path), match.group(1)))
        if not os.path.isfile(target) or target in stack:
            return match.group(0)
        return expand_includes(target, open(target, encoding="utf-8").read(), stack | {target})
    return INCLUDE.sub(replace, text)


def is_external(url):
    return bool(urllib.parse.urlparse(url).scheme) or url.startswith("//") or url.startswith("mailto:")


def check_markdown(book_src):
    problems = []
    pages = {}
    for root, _dirs, files in os.walk(book_src):
        for name in files:
            if name.endswith(".md"):
                path = os.path.normpath(os.path.join(root, name))
                pages[path] = Page(path, book_src)
    anchor_cache = {}

    def anchors_of(path):
        if path not in anchor_cache:
            anchor_cache[path] = pages[path].anchors() if path in pages else Page(path, book_src).anchors()
        return anchor_cache[path]

    for path, page in sorted(pages.items()):
        raw = open(path, encoding="utf-8").read()
        for match in INCLUDE.finditer(raw):
            target = os.path.normpath(os.path.join(os.path.dirname(path), match.group(1)))
            if not os.path.isfile(target):
                problems.append(f"{path}: {{{{#include {match.group(1)}}}}}: no such file")
        body = strip_code(page.text)
        urls = LINK.findall(body) + IMAGE.findall(body) + REFERENCE_DEF.findall(body) + HTML_LINK.findall(body)
        for url in urls:
            if is_external(url):
                continue
            target, _, fragment = url.partition("#")
            target = urllib.parse.unquote(target)
            resolved = path if not target else os.path.normpath(os.path.join(os.path.dirname(path), target))
            if target and not os.path.exists(resolved):
                problems.append(f"{path}: link {url}: no such file {resolved}")
                continue
            if os.path.isdir(resolved):
                continue
            if fragment and resolved.endswith(".md") and fragment not in anchors_of(resolved):
                problems.append(f"{path}: link {url}: no heading or id #{fragment} in {resolved}")
            if target.endswith(".md") and not os.path.normpath(resolved).startswith(os.path.normpath(book_src) + os.sep):
                problems.append(f"{path}: link {url}: points outside the book; mdBook will not render it "
                                "(include it with {{#include …}} or link to the repository)")

    summary = os.path.join(book_src, "SUMMARY.md")
    if os.path.isfile(summary):
        listed = set()
        for url in LINK.findall(strip_code(open(summary, encoding="utf-8").read())):
            if not is_external(url):
                listed.add(os.path.normpath(os.path.join(book_src, url.partition("#")[0])))
        for path in sorted(pages):
            if path != os.path.normpath(summary) and path not in listed and not is_partial(path, book_src):
                problems.append(f"{path}: not listed in {summary}, so mdBook will not render it")
    else:
        problems.append(f"{summary}: missing")
    return problems, len(pages)


def is_partial(path, book_src):
    """Files only meant for {{#include}} live under src/partials/."""
    return os.path.normpath(path).startswith(os.path.join(os.path.normpath(book_src), "partials") + os.sep)


class HtmlCollector(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        for key in ("href", "src"):
            if attrs.get(key) and tag in ("a", "img", "link", "script"):
                self.links.append(attrs[key])


def check_html(root):
    problems, parsed = [], {}

    def parse(path):
        if path not in parsed:
            collector = HtmlCollector()
            collector.feed(open(path, encoding="utf-8", errors="replace").read())
            parsed[path] = collector
        return parsed[path]

    count = 0
    for directory, _dirs, files in os.walk(root):
        for name in files:
            if not name.endswith(".html"):
                continue
            count += 1
            path = os.path.join(directory, name)
            for url in parse(path).links:
                if is_external(url) or url.startswith("javascript:"):
                    continue
                target, _, fragment = url.partition("#")
                target = urllib.parse.unquote(target.partition("?")[0])
                resolved = path if not target else os.path.normpath(os.path.join(directory, target))
                if os.path.isdir(resolved):
                    resolved = os.path.join(resolved, "index.html")
                if not os.path.exists(resolved):
                    problems.append(f"{path}: link {url}: no such file {resolved}")
                elif fragment and resolved.endswith(".html") and fragment not in parse(resolved).ids:
                    problems.append(f"{path}: link {url}: no id #{fragment} in {resolved}")
    return problems, count


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--book", default=os.path.join(here, "..", "book", "src"), help="the Markdown sources")
    parser.add_argument("--html", help="mdBook's HTML output to check as well")
    args = parser.parse_args()
    book_src = os.path.normpath(args.book)
    if not os.path.isabs(args.book) or args.book == parser.get_default("book"):
        book_src = os.path.relpath(book_src)
    problems, pages = check_markdown(book_src)
    summary = f"check-links: {pages} Markdown pages"
    if args.html:
        html_problems, html_pages = check_html(os.path.relpath(args.html))
        problems += html_problems
        summary += f", {html_pages} HTML pages"
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{summary}: {len(problems)} broken link(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
