#!/usr/bin/env python3
"""Seeded mutation fuzzer for the liaison command line (issue 15).

Mutates copies of the sample dataset (with the world it includes), a scenario script, view
specifications, an import pair list and a JSON export, runs the tool on each case and counts:
crashes (killed by a signal, or an exit code other than 0, 1 or 2), hangs (over --timeout
seconds), and silent acceptances (exit 0 on a case built to be invalid). Exit status 1 when any
is found. Same seed, same cases.

    python3 scripts/fuzz.py --cases 5000 --seed 1      # the long run (make fuzz)
    python3 scripts/fuzz.py --cases 40 --seed 7        # the short run inside the tests
"""
import argparse, json, os, random, shutil, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WEIRD = ["", " ", "-1", "-5", "1e309", "nan", "99999", "2026-02-30", "0000-01-01", "\u00e9\u4e2d", "a\rb", "a\nb",
         '"', '""', ",", ";", "x" * 5000, "\u0000", "\u202e", "<script>alert(1)</script>", "../../etc/passwd", "{a: 1}", "[x]"]


def mutate_text(rng, text):
    """A random edit of a text file: bytes flipped, lines dropped or doubled, a field replaced."""
    lines = text.split("\n")
    op = rng.randrange(6)
    k = rng.randrange(len(lines)) if lines else 0
    if op == 0 and lines:
        del lines[k]
    elif op == 1 and lines:
        lines.insert(k, lines[k])
    elif op == 2 and lines:
        fields = lines[k].split(",")
        fields[rng.randrange(len(fields))] = rng.choice(WEIRD)
        lines[k] = ",".join(fields)
    elif op == 3:
        data = bytearray("\n".join(lines).encode())
        for _ in range(rng.randint(1, 8)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    elif op == 4 and lines:
        lines[k] = lines[k][: rng.randrange(len(lines[k]) + 1)]
    else:
        lines.insert(k, rng.choice(WEIRD))
    return "\n".join(lines).encode("utf-8", "surrogatepass")


class Fuzzer:
    def __init__(self, tool, work, rng, timeout):
        self.tool, self.work, self.rng, self.timeout = tool, work, rng, timeout
        self.cases = self.crashes = self.hangs = self.silent = 0
        self.findings = []
        self.base = os.path.join(work, "base")
        os.makedirs(self.base)
        for name in ["sample", "world"]:
            shutil.copytree(os.path.join(ROOT, "datasets", name), os.path.join(self.base, name))
        self.json = os.path.join(work, "sample.json")
        subprocess.run([tool, "export", "--format", "json", "--dataset", os.path.join(self.base, "sample"), "-o", self.json],
                       capture_output=True, check=True)

    def run(self, args, cwd, invalid, label):
        self.cases += 1
        try:
            done = subprocess.run([self.tool] + args, cwd=cwd, capture_output=True, timeout=self.timeout)
        except subprocess.TimeoutExpired:
            self.hangs += 1
            self.findings.append(f"hang over {self.timeout} s: {label}")
            return
        if done.returncode < 0 or done.returncode not in (0, 1, 2):
            self.crashes += 1
            self.findings.append(f"crash (status {done.returncode}): {label}: {done.stderr.decode(errors='replace')[-300:]}")
        elif invalid and done.returncode == 0:
            self.silent += 1
            self.findings.append(f"exit 0 on invalid input: {label}")

    def fresh(self):
        case = tempfile.mkdtemp(dir=self.work)
        for name in ["sample", "world"]:
            shutil.copytree(os.path.join(self.base, name), os.path.join(case, name))
        return case

    def dataset_case(self):
        case = self.fresh()
        folder = os.path.join(case, "sample")
        kind = self.rng.randrange(5)
        if kind == 0:  # known invalid: a reference to no entity
            with open(os.path.join(folder, "ties.csv"), "a") as f:
                f.write(f"HK,NOWHERE-{self.rng.randrange(10**6)},sister,active,2000,,,,,https://example.org\n")
            invalid, label = True, "tie to an unknown entity"
        elif kind == 1:  # known invalid: a bad as_of
            path = os.path.join(folder, "dataset.yaml")
            text = open(path).read().replace("as_of: 2026-06-30", "as_of: " + self.rng.choice(["2026-02-30", "x", "-1-01-01", "2026-13-01"]))
            open(path, "w").write(text)
            invalid, label = True, "bad as_of"
        elif kind == 2:  # known invalid: a table that is not a regular file
            path = os.path.join(folder, self.rng.choice(["ties.csv", "cities.csv"]))
            os.remove(path)
            how = self.rng.randrange(3)
            if how == 0: os.mkdir(path)
            elif how == 1: os.symlink("nowhere.csv", path)
            else: os.mkfifo(path)
            invalid, label = True, f"table {os.path.basename(path)} not a regular file ({how})"
        else:  # a random edit of a table or the manifest: valid or not, never a crash or hang
            name = self.rng.choice(["ties.csv", "cities.csv", "organisations.csv", "provinces.csv", "dataset.yaml"])
            path = os.path.join(folder, name)
            data = mutate_text(self.rng, open(path, encoding="utf-8").read())
            open(path, "wb").write(data)
            invalid, label = False, f"mutated {name}"
        self.run(["validate", folder], case, invalid, label)
        shutil.rmtree(case)

    def scenario_case(self):
        case = self.fresh()
        scripts = os.path.join(case, "sample", "scenarios")
        os.makedirs(scripts, exist_ok=True)
        text = ("name: Fuzz\nbase: ..\nfocus: HK\nsteps:\n  - id: a\n    add_tie: {from: HK, to: CN-SHA, layer: cooperation, since: 2020, source: s}\n"
                "  - id: b\n    set_attribute: {entity: CN-SHA, name: population, value: \"100\"}\n")
        invalid = False
        if self.rng.random() < 0.3:
            text = text.replace("name: population", "name: " + self.rng.choice(["id", "country", "kind"]))
            invalid = True
        else:
            text = mutate_text(self.rng, text).decode("utf-8", "replace")
        open(os.path.join(scripts, "f.yaml"), "w").write(text)
        self.run(["scenario", os.path.join(scripts, "f.yaml")], case, invalid, "scenario" + (" (structural set_attribute)" if invalid else ""))
        shutil.rmtree(case)

    def view_case(self):
        spec = self.rng.choice(["layer:", "year:", "ego:", "status:", "region:", "layer:sister", "year:2010", "ego:HK:1", "agg:country"])
        spec += self.rng.choice(WEIRD[:12]) if self.rng.random() < 0.7 else ""
        self.run(["summary", "--dataset", os.path.join(self.base, "sample"), "--view", spec], self.work, False, f"view {spec!r}")

    def import_case(self):
        case = tempfile.mkdtemp(dir=self.work)
        text = "city1,country1,city2,country2\nOsaka,Japan,Shanghai,China\nTorshavn,Faroe Islands,Shanghai,China\n"
        data = mutate_text(self.rng, text) if self.rng.random() < 0.7 else text.encode()
        open(os.path.join(case, "pairs.csv"), "wb").write(data)
        invalid = self.rng.random() < 0.2
        args = ["import", "twin-pairs", "pairs.csv", "-o", "out", "--world", os.path.join(self.base, "world")]
        if invalid:
            args += ["--as-of", self.rng.choice(["x", "2026-02-30", "2026-1-1"])]
        self.run(args, case, invalid, "import" + (" with a bad --as-of" if invalid else ""))
        shutil.rmtree(case)

    def json_case(self):
        case = tempfile.mkdtemp(dir=self.work)
        document = json.load(open(self.json))
        invalid = self.rng.random() < 0.5
        if invalid:
            e = self.rng.choice(document["entities"])
            field, value = self.rng.choice([("latitude", 1000), ("population", -5), ("since", 99999)])
            if field == "latitude": e["longitude"] = 1
            e[field] = value
            data = json.dumps(document, indent=2).encode()
        else:
            data = mutate_text(self.rng, json.dumps(document, indent=2))
        path = os.path.join(case, "x.json")
        open(path, "wb").write(data)
        self.run(["validate", path], case, invalid, "json" + (" with an out-of-range value" if invalid else " mutated"))
        shutil.rmtree(case)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=10)
    parser.add_argument("--tool", default=os.path.join(ROOT, ".build", "release", "liaison"))
    options = parser.parse_args()
    options.tool = os.path.abspath(options.tool)
    if not os.access(options.tool, os.X_OK):
        sys.exit(f"fuzz: no executable at {options.tool}; build it first (make fuzz builds the release tool)")
    rng = random.Random(options.seed)
    with tempfile.TemporaryDirectory(prefix="liaison-fuzz-") as work:
        fuzzer = Fuzzer(options.tool, work, rng, options.timeout)
        kinds = [fuzzer.dataset_case] * 4 + [fuzzer.scenario_case, fuzzer.view_case, fuzzer.import_case, fuzzer.json_case] * 1
        start = time.time()
        while fuzzer.cases < options.cases:
            rng.choice(kinds)()
        elapsed = time.time() - start
    for finding in fuzzer.findings[:50]:
        print(finding)
    print(f"fuzz: seed {options.seed}, {fuzzer.cases} cases in {elapsed:.0f} s: {fuzzer.crashes} crashes, "
          f"{fuzzer.hangs} hangs over {options.timeout:g} s, {fuzzer.silent} exits with 0 on invalid input")
    sys.exit(1 if fuzzer.findings else 0)


if __name__ == "__main__":
    main()
