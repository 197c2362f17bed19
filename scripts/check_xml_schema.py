#!/usr/bin/env python3
"""Validate GraphML and GEXF files against their formats' published schemas.

    python3 scripts/check_xml_schema.py FILE...

Each FILE is recognised by its root element: <graphml> is checked against the GraphML 1.0 XML Schema
(graphml.xsd with graphml-structure.xsd and xlink.xsd), <gexf> against GEXF 1.3's RELAX NG grammar
(gexf.rng, the source the format's XSD is generated from) and against its XML Schema (gexf.xsd). The
schemas are the published files, kept in scripts/xml-schemas/ (its README names their sources).

Two allowances, both for defects of GEXF 1.3's published schemas rather than of the files:
- RELAX NG admits no attribute it does not name, so a file's xsi:schemaLocation (a hint that XML
  Schema validators read, and that GEXF files from Gephi and NetworkX carry too) is set aside for the
  RELAX NG check only.
- The published gexf.xsd declares the visual elements (color, position, size, shape) in the GEXF
  namespace (dynamics.xsd), where the RELAX NG grammar, the GEXF 1.3 primer, Gephi and NetworkX put
  them in http://gexf.net/1.3/viz; for the XML Schema check only, they are moved into the GEXF
  namespace, so that their attributes are still checked against the XSD's declarations.

Prints one line per problem (file:line: message) and the versions of lxml and libxml2; exits 1 when
any file is invalid, 2 when lxml is missing or a file cannot be read.
"""
import sys
from pathlib import Path

try:
    from lxml import etree
except ImportError:
    print("check_xml_schema: lxml is needed (python3 -m pip install lxml; make setup installs it)", file=sys.stderr)
    sys.exit(2)

SCHEMAS = Path(__file__).resolve().parent / "xml-schemas"
GRAPHML = "http://graphml.graphdrawing.org/xmlns"
GEXF = "http://gexf.net/1.3"
VIZ = "http://gexf.net/1.3/viz"
XSI_SCHEMA_LOCATION = "{http://www.w3.org/2001/XMLSchema-instance}schemaLocation"


def load(kind, name):
    path = SCHEMAS / kind / name
    document = etree.parse(str(path))
    return etree.XMLSchema(document) if name.endswith(".xsd") else etree.RelaxNG(document)


def problems(validator, document, label):
    if validator.validate(document):
        return []
    return [f"{e.filename}:{e.line}: {label}: {e.message}" for e in validator.error_log]


def check(path, validators):
    try:
        document = etree.parse(path)
    except (OSError, etree.XMLSyntaxError) as error:
        return None, [f"{path}: not readable as XML: {error}"]
    root = etree.QName(document.getroot())
    if root.localname == "graphml" and root.namespace == GRAPHML:
        return "GraphML 1.0", problems(validators["graphml"], document, "GraphML XSD")
    if root.localname == "gexf" and root.namespace == GEXF:
        for_grammar = etree.parse(path)
        for_grammar.getroot().attrib.pop(XSI_SCHEMA_LOCATION, None)
        found = problems(validators["gexf-rng"], for_grammar, "GEXF 1.3 RELAX NG")
        for_xsd = etree.parse(path)
        for element in for_xsd.iter(f"{{{VIZ}}}*"):
            element.tag = f"{{{GEXF}}}{etree.QName(element).localname}"
        etree.cleanup_namespaces(for_xsd)
        return "GEXF 1.3", found + problems(validators["gexf-xsd"], for_xsd, "GEXF 1.3 XSD")
    return None, [f"{path}: root element {root.text} is neither GraphML ({GRAPHML}) nor GEXF 1.3 ({GEXF})"]


def main(paths):
    if not paths:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    validators = {
        "graphml": load("graphml-1.0", "graphml.xsd"),
        "gexf-rng": load("gexf-1.3", "gexf.rng"),
        "gexf-xsd": load("gexf-1.3", "gexf.xsd"),
    }
    print("lxml " + etree.__version__ + ", libxml2 " + ".".join(map(str, etree.LIBXML_VERSION)))
    status = 0
    for path in paths:
        format_name, found = check(path, validators)
        if format_name is None:
            print(found[0])
            status = max(status, 2)
            continue
        for line in found:
            print(line)
        print(f"{path}: {format_name}: " + ("valid" if not found else f"{len(found)} problems"))
        if found:
            status = max(status, 1)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
