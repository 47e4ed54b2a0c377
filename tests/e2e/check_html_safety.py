#!/usr/bin/env python3
"""Checks that a report made from tests/data/report (hostile corpus strings)
shows those strings as text: one script element (the page's own), no tags or
event-handler attributes from the corpus, only in-page or http(s) links, no
resource loads, and a Content-Security-Policy.

usage: check_html_safety.py REPORT_DIR
"""
import html.parser
import json
import sys

FORBIDDEN_TAGS = {"textarea", "img", "iframe", "object", "embed", "link", "base", "form", "input"}
HOSTILE_TEXTS = [
    "<script>alert('name')</script>",
    "</textarea><script>alert('body')</script>",
    '<a href="javascript:alert(2)">click</a>',
    "javascript:alert(document.cookie)",
    "<img src=x onerror=alert('title')>",
]


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.scripts = 0
        self.csp = None
        self.text = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts += 1
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}> element")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"event handler attribute {name}= on <{tag}>")
            if name in ("src", "srcset", "action", "formaction", "background"):
                self.problems.append(f"resource attribute {name}= on <{tag}>")
            if name == "href" and not (
                value.startswith("#") or value.startswith("https://") or value.startswith("http://")
            ):
                self.problems.append(f"link to {value!r}")
            if tag == "meta" and name == "content" and "default-src 'none'" in value:
                self.csp = value

    def handle_data(self, data):
        self.text.append(data)


def main():
    report_dir = sys.argv[1]
    with open(f"{report_dir}/report.html", encoding="utf-8") as f:
        source = f.read()
    page = Page()
    page.feed(source)
    problems = list(page.problems)
    if page.scripts != 1:
        problems.append(f"{page.scripts} script elements, expected only the page's own")
    if page.csp is None:
        problems.append("no Content-Security-Policy with default-src 'none'")
    text = "".join(page.text)
    for hostile in HOSTILE_TEXTS:
        if hostile not in text:
            problems.append(f"{hostile!r} is not shown as text")
    with open(f"{report_dir}/report.md", encoding="utf-8") as f:
        if "<script>" in f.read():
            problems.append("report.md holds a raw <script> tag")
    with open(f"{report_dir}/report.json", encoding="utf-8") as f:
        if json.load(f)["corpus"]["name"] != "<script>alert('name')</script>":
            problems.append("report.json does not keep the corpus name verbatim")
    for problem in problems:
        print(f"check_html_safety: {problem}")
    if problems:
        sys.exit(1)
    print("check_html_safety: hostile corpus text rendered as text")


main()
