#!/usr/bin/env python3
"""Mutation testing of the overlay with mutmut (`make mutate`), its report and its floor.

Usage (from the project root):
    python tools/mutate.py                       # every mutant; writes tests/MUTATION.md, enforces the floor
    python tools/mutate.py --sample 60 --seed 1  # CI: a fixed sample; prints the table, overall floor only

mutmut 3 names a mutant after its file's path minus a leading "src." and puts ./mutants/src first on
sys.path, so the run happens in build/mutate/, laid out as it expects: src/sparkbot is a copy of
overlay/sparkbot, tests/ and the project's other top-level entries are linked in (tests find the spec
beside them). mutmut first runs the selected tests once, recording which tests reach each function; then
it runs, for each mutant, only those tests, stopping a run after a timeout of timeout_multiplier times
their clean duration plus timeout_constant seconds (MUTMUT_CONFIG below).

A surviving mutant that no caller can tell apart from the original ("equivalent"), or that only changes
code run at import, before any test ("not runnable": mutmut's forked runs never run it again), is listed
with its reason in tests/mutation_equivalents.yaml, by function and changed lines (not by mutmut's
number, which moves when a function changes). An entry that no longer matches a surviving mutant fails a
full run: the list cannot go stale. Score = killed / (mutants - equivalent - not runnable - not run);
mutants no selected test reaches count as survivors. A run stopped part way (SIGINT to mutmut) still
reports and saves: the mutants it never tried are "not run", outside the score, and `--rerun` of its
saved outcome tries them with its survivors.
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "mutate"
REPORT = ROOT / "tests" / "MUTATION.md"
EQUIVALENTS = ROOT / "tests" / "mutation_equivalents.yaml"
PACKAGE = "sparkbot"

FLOOR = 95.0
MODULE_FLOOR = 90.0

# The fast test files (tests/contract is the slow, spec-wide suite; tests/prism needs a Prism server).
# tests/test_typing.py and tests/test_typed_tour.py only run mypy and a script in subprocesses: they reach
# no function in this process, so they cannot be selected for any mutant.
TESTS = ["tests/test_*.py", "tests/bot", "tests/faults", "tests/fake"]
SKIP_TESTS = {"tests/test_typing.py", "tests/test_typed_tour.py"}
# mutmut keeps each mutant as an attribute of the mutated function's class, where this test, which lists a
# resource class's methods to find them in api.md, sees it (the reference checks no behaviour anyway).
DESELECT = ["tests/test_reference.py::test_api_md_lists_every_action_with_its_call"]

# Not mutated, with the reason (the report repeats it).
NOT_MUTATED = {
    "src/sparkbot/testing/*": "the fake server: a test double users run offline, checked against the spec "
    "by tests/fake; its mutants would measure the fake, not the SDK",
}
# Never linked into build/mutate/mutants (src and tests are mutmut's own; the rest is not the project's).
NOT_LINKED = {"src", "tests", "pyproject.toml", "mutants", ".git", ".venv", "build", "node_modules", ".nox"}

# Survivors tests/mutation_equivalents.yaml may explain: these kinds leave the score's denominator; a
# "survived" entry only gives the reason a survivor stays (say, it differs on Windows only) and still counts.
JUDGED = ("equivalent", "not runnable")
KINDS = (*JUDGED, "survived")
# Exit codes mutmut records per mutant (mutmut.stats.status_by_exit_code), grouped as the report counts them.
KILLED = {"killed", "timeout", "segfault", "caught by type check"}
# What a run stopped part way (Ctrl-C, or SIGINT to mutmut) leaves: counted apart, outside the score.
NOT_RUN = {"not checked", "check was interrupted by user"}

MUTMUT_CONFIG = """
[tool.mutmut]
source_paths = ["src/sparkbot"]
do_not_mutate = {do_not_mutate}
pytest_add_cli_args = {pytest_args}
pytest_add_cli_args_test_selection = {tests}
timeout_multiplier = 10.0
timeout_constant = 1.0
use_git_change_detection = false
"""


def test_selection(skip: set[str]) -> list[str]:
    found: list[str] = []
    for pattern in TESTS:
        found += sorted(p for p in glob.glob(pattern, root_dir=ROOT) if p not in SKIP_TESTS | skip)
    return found


def stage(skip: set[str]) -> None:
    """A fresh build/mutate/ laid out for mutmut (see the module docstring)."""
    shutil.rmtree(WORK, ignore_errors=True)
    (WORK / "mutants" / "src").mkdir(parents=True)
    shutil.copytree(
        ROOT / "overlay" / PACKAGE, WORK / "src" / PACKAGE, ignore=shutil.ignore_patterns("__pycache__")
    )
    (WORK / "tests").symlink_to(ROOT / "tests")
    config = MUTMUT_CONFIG.format(
        do_not_mutate=json.dumps(sorted(NOT_MUTATED)),
        pytest_args=json.dumps(
            ["-p", "no:cacheprovider", "-p", "mutate_plugin", *(f"--deselect={t}" for t in DESELECT)]
        ),
        tests=json.dumps(test_selection(skip)),
    )
    (WORK / "pyproject.toml").write_text((ROOT / "pyproject.toml").read_text() + config)
    for entry in ROOT.iterdir():
        if entry.name not in NOT_LINKED and not entry.name.startswith("."):
            (WORK / "mutants" / entry.name).symlink_to(entry)


def mutmut_env() -> dict[str, str]:
    """Subprocesses the tests start (`python -m sparkbot.cli ...`) import the mutated package too; pytest
    finds tools/mutate_plugin.py."""
    env = dict(os.environ)
    paths = [str(WORK / "mutants" / "src"), str(ROOT / "tools"), env.get("PYTHONPATH")]
    env["PYTHONPATH"] = os.pathsep.join(filter(None, paths))
    return env


GENERATE = """
from mutmut.__main__ import copy_also_copy_files, copy_src_dir, create_mutants, setup_source_paths
copy_src_dir(); copy_also_copy_files(); setup_source_paths(); create_mutants(1)
"""


def generate() -> None:
    """Write the mutants (mutmut run does this too; done first so that a sample can be drawn from them)."""
    subprocess.run(
        [sys.executable, "-c", GENERATE], cwd=WORK, env=mutmut_env(), check=True, stdout=subprocess.DEVNULL
    )


def meta_files() -> list[Path]:
    return sorted((WORK / "mutants" / "src").rglob("*.py.meta"))


def all_mutants() -> list[str]:
    names: list[str] = []
    for meta in meta_files():
        names += json.loads(meta.read_text())["exit_code_by_key"]
    return sorted(names)


def run_mutmut(names: list[str], max_children: int) -> None:
    mutmut = Path(sys.executable).parent / "mutmut"
    command = [str(mutmut), "run", "--max-children", str(max_children), *names]
    subprocess.run(command, cwd=WORK, env=mutmut_env(), check=True)


def module_of(mutant: str) -> str:
    """sparkbot._transport.xǁRetryTransportǁ_inner__mutmut_3 -> sparkbot._transport"""
    return mutant.partition("__mutmut_")[0].rpartition(".")[0]


def function_of(mutant: str) -> str:
    return mutant.partition("__mutmut_")[0]


def changed_lines(diff: str) -> list[str]:
    """The diff's removed and added lines, stripped: what identifies a mutation across renumbering."""
    return [
        line[0] + " " + line[1:].strip()
        for line in diff.splitlines()
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


@dataclass
class Outcome:
    status: dict[str, str]
    diffs: dict[str, str] = field(default_factory=dict)
    judged: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (kind, reason)
    stale: list[str] = field(default_factory=list)
    seconds: float = 0.0
    scope: list[str] = field(default_factory=list)

    def save(self, path: Path) -> None:
        keep = {"status": self.status, "diffs": self.diffs, "seconds": self.seconds, "scope": self.scope}
        path.write_text(json.dumps(keep, indent=1, ensure_ascii=False))

    @classmethod
    def load(cls, paths: list[Path]) -> Outcome:
        """Saved outcomes of several runs (say, one per group of modules) as one."""
        outcome = cls(status={})
        for path in paths:
            saved = json.loads(path.read_text())
            outcome.status.update(saved["status"])
            outcome.diffs.update(saved["diffs"])
            outcome.seconds += saved["seconds"]
            outcome.scope += saved["scope"]
        return outcome


def collect(names: list[str]) -> Outcome:
    """Each mutant's status and the diff of every survivor, from mutmut's files in build/mutate."""
    from mutmut.stats import status_by_exit_code

    codes: dict[str, int | None] = {}
    for meta in meta_files():
        codes.update(json.loads(meta.read_text())["exit_code_by_key"])
    outcome = Outcome(status={name: status_by_exit_code[codes[name]] for name in names})
    outcome.diffs = diffs([n for n, status in outcome.status.items() if status not in KILLED | NOT_RUN])
    return outcome


def judge(outcome: Outcome) -> None:
    """Mark the survivors tests/mutation_equivalents.yaml explains; list its entries that match none."""
    entries = yaml.safe_load(EQUIVALENTS.read_text()) or [] if EQUIVALENTS.exists() else []
    used = [False] * len(entries)
    for name, diff in outcome.diffs.items():
        lines = changed_lines(diff)
        for i, entry in enumerate(entries):
            if entry["function"] == function_of(name) and entry["change"] == lines:
                kind = entry.get("kind", "equivalent")
                if kind not in KINDS:
                    raise SystemExit(f"{EQUIVALENTS}: kind {kind!r} is not one of {KINDS}")
                outcome.judged[name] = (kind, entry["reason"])
                used[i] = True
                break
    tried = {function_of(name) for name in outcome.status}
    outcome.stale = [
        f"{e['function']}: {e['change']}"
        for e, u in zip(entries, used, strict=True)
        if not u and e["function"] in tried
    ]


DIFFS = """
import json, sys
from mutmut.mutation.diff_apply import get_diff_for_mutant
print(json.dumps({name: get_diff_for_mutant(name) for name in json.loads(sys.stdin.read())}))
"""


def diffs(names: list[str]) -> dict[str, str]:
    if not names:
        return {}
    done = subprocess.run(
        [sys.executable, "-c", DIFFS],
        cwd=WORK,
        input=json.dumps(names),
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, str] = json.loads(done.stdout)
    return result


@dataclass
class Row:
    module: str
    counts: Counter[str]

    @property
    def mutants(self) -> int:
        return sum(self.counts.values())

    @property
    def score(self) -> float:
        judged = self.mutants - sum(self.counts[kind] for kind in (*JUDGED, "not run"))
        return 100.0 * self.counts["killed"] / judged if judged else 100.0


def table(outcome: Outcome) -> list[Row]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for name, status in outcome.status.items():
        if status in KILLED:
            kind = "killed"
        elif status in NOT_RUN:
            kind = "not run"
        elif name in outcome.judged:
            kind = outcome.judged[name][0]
        elif status == "no tests":
            kind = "no tests"
        else:
            kind = "survived"
        counts[module_of(name)][kind] += 1
    rows = [Row(module, counts[module]) for module in sorted(counts)]
    total: Counter[str] = sum((row.counts for row in rows), Counter())
    return [*rows, Row("total", total)]


def render_table(rows: list[Row]) -> str:
    lines = [
        "| module | mutants | killed | survived | no tests | equivalent | not runnable | not run | score |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        c = row.counts
        lines.append(
            f"| {row.module} | {row.mutants} | {c['killed']} | {c['survived']} | {c['no tests']} "
            f"| {c['equivalent']} | {c['not runnable']} | {c['not run']} | {row.score:.1f} % |"
        )
    return "\n".join(lines)


def render_report(outcome: Outcome, rows: list[Row]) -> str:
    parts = [
        "# Mutation testing of the overlay",
        "",
        "Written by `make mutate` (tools/mutate.py, mutmut); do not edit by hand. Score = killed / (mutants -"
        ' equivalent - not runnable - not run); a mutant no selected test reaches ("no tests") counts as'
        ' surviving; "not run": mutants a run stopped part way never tried.'
        f" Floor: {FLOOR:.0f} % overall, {MODULE_FLOOR:.0f} % per module. Equivalent: no caller can tell"
        " it from the original; not runnable: code that runs only at import, before any test, which"
        " mutmut's forked test runs never run again. Both are listed below with their reasons"
        " (tests/mutation_equivalents.yaml), as is why a known survivor stays where no test here can"
        " reach what it changes.",
        "",
        f"Tests: {', '.join(TESTS)} (without {', '.join(sorted(SKIP_TESTS))}).",
        f"Mutants run: {'; '.join(outcome.scope)}. Run time: {outcome.seconds / 60:.1f} min"
        + (" (one worker)." if len(outcome.scope) == 1 else " (the runs' wall times added up).")
        + ("" if outcome.scope == ["every module"] else " Modules missing from the table were not run."),
        "",
        "Not mutated: " + "; ".join(f"`{k}`: {v}" for k, v in NOT_MUTATED.items()) + "; and"
        " `BotApp.__call__` (`# pragma: no mutate block`): mutmut's wrapper takes any arguments, so uvicorn,"
        " which calls an app without arguments to tell it from an app factory, would take it for one.",
        "",
        render_table(rows),
        "",
    ]
    survivors = sorted(n for n, s in outcome.status.items() if s not in KILLED | NOT_RUN)
    if survivors:
        parts += ["## Surviving mutants", ""]
        for name in survivors:
            kind, reason = outcome.judged.get(name, (outcome.status[name], "no test notices it (a gap)"))
            label = f"{kind}: {reason}"
            parts += [f"### `{name}`", "", label, "", "```diff", outcome.diffs[name], "```", ""]
    return "\n".join(parts)


def floor_failures(rows: list[Row], per_module: bool) -> list[str]:
    failures = [
        f"{row.module}: {row.score:.1f} % < {MODULE_FLOOR:.0f} %"
        for row in rows[:-1]
        if row.score < MODULE_FLOOR
    ]
    total = rows[-1]
    if total.score < FLOOR:
        failures.append(f"overall: {total.score:.1f} % < {FLOOR:.0f} %")
    return failures if per_module else failures[-1:] if total.score < FLOOR else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sample", type=int, help="run only this many mutants, drawn with --seed")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--module", action="append", help="only mutants of this module (e.g. sparkbot._errors)"
    )
    parser.add_argument(
        "--without", action="append", default=[], help="leave this test file out (to measure what it adds)"
    )
    parser.add_argument("--max-children", type=int, default=1, help="parallel mutant runs (default 1)")
    parser.add_argument("--report", type=Path, help=f"where to write the report (full runs: {REPORT})")
    parser.add_argument("--save", type=Path, help="also write the run's outcome as JSON, for --combine")
    parser.add_argument("--combine", type=Path, nargs="+", help="run nothing: report on saved outcomes")
    parser.add_argument(
        "--rerun",
        type=Path,
        help="run again the survivors of a saved outcome (after new tests), keep the rest",
    )
    parser.add_argument(
        "--survivors-only",
        action="store_true",
        help="with --rerun: leave the mutants it never tried (not run) untried",
    )
    args = parser.parse_args(argv)

    if args.combine:
        outcome = Outcome.load(args.combine)
        partial = True
    else:
        start = time.monotonic()
        stage(set(args.without))
        generate()
        names = all_mutants()
        earlier = Outcome.load([args.rerun]) if args.rerun else None
        if earlier:  # its survivors, but not those the equivalents list explains
            judge(earlier)
            skip = KILLED | NOT_RUN if args.survivors_only else KILLED
            tried = earlier.status
            names = [n for n in names if tried.get(n, "killed") not in skip and n not in earlier.judged]
        if args.module:
            names = [name for name in names if module_of(name) in args.module]
        if args.sample is not None:
            names = sorted(random.Random(args.seed).sample(names, min(args.sample, len(names))))
        print(f"mutate: {len(names)} mutants", flush=True)
        partial = args.sample is not None or bool(args.module) or bool(args.without) or bool(earlier)
        run_mutmut(names if partial else [], args.max_children)
        outcome = collect(names)
        outcome.seconds = time.monotonic() - start
        outcome.scope = [scope(args)]
        if earlier:  # the survivors' new verdicts over the earlier run's
            earlier.status.update(outcome.status)
            earlier.diffs = {n: d for n, d in earlier.diffs.items() if earlier.status[n] not in KILLED}
            earlier.diffs.update(outcome.diffs)
            earlier.seconds += outcome.seconds
            what = "survivors" if args.survivors_only else "survivors, unchecked"
            earlier.scope += [f"then its {len(names)} mutants not killed ({what}) again"]
            outcome = earlier
        if args.save:
            outcome.save(args.save)
    judge(outcome)
    rows = table(outcome)
    print(render_table(rows))
    report = args.report or (None if partial else REPORT)
    if report is not None:
        report.write_text(render_report(outcome, rows))
        print(f"mutate: report in {report}")
    failures = floor_failures(rows, per_module=args.sample is None)
    if outcome.stale and not partial:
        failures += [
            f"stale entry in {EQUIVALENTS.name} (no surviving mutant matches): {s}" for s in outcome.stale
        ]
    print(f"mutate: {outcome.seconds / 60:.1f} min")
    for failure in failures:
        print(f"mutate: FAIL {failure}", file=sys.stderr)
    return 1 if failures else 0


def scope(args: argparse.Namespace) -> str:
    """Which mutants a run tried, in words, for the report."""
    what = f"modules {', '.join(args.module)}" if args.module else "every module"
    if args.sample is not None:
        what = f"a sample of {args.sample} (seed {args.seed}) of {what}"
    if args.without:
        what += f", without {', '.join(args.without)}"
    if args.rerun:
        what = f"the survivors of {args.rerun.name}" + (f" in {what}" if args.module else "")
    return what


if __name__ == "__main__":
    sys.exit(main())
