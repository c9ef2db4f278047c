"""`cards` and `facilitator` on the command line: PDFs for real cases, clear errors otherwise."""

from __future__ import annotations

import re
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from game import cli
from game.facilitation.script import session_script
from game.scenario.loader import load_scenario

ROOT = Path(__file__).resolve().parents[1]
LINDELAAN = ROOT / "scenarios" / "crisisbedden-lindelaan.yaml"


def _text(path: Path) -> str:
    reader = PdfReader(BytesIO(path.read_bytes()))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def test_cards_writes_the_role_cards(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "kaarten.pdf"
    assert cli.main(["cards", str(LINDELAAN), "-o", str(out)]) == 0
    assert f"{out} geschreven (20 pagina's)." in capsys.readouterr().out
    assert "Crisisbedden Lindelaan" in _text(out)


@pytest.mark.parametrize(
    ("people", "minutes", "summary"),
    [
        (12, 90, "12 deelnemers: 2 tafel(s), 0 duo('s), 0 observator(en)."),
        (23, 180, "23 deelnemers: 3 tafel(s), 5 duo('s), 0 observator(en)."),
        (30, 90, "30 deelnemers: 5 tafel(s), 0 duo('s), 0 observator(en)."),
    ],
)
def test_facilitator_seats_everyone_and_fills_the_session(
    tmp_path: Path, people: int, minutes: int, summary: str
) -> None:
    out = tmp_path / "draaiboek.pdf"
    argv = ["facilitator", str(LINDELAAN), "-o", str(out), "--people", str(people)]
    assert cli.main([*argv, "--minutes", str(minutes)]) == 0
    text = _text(out)
    assert summary in text
    end = "1:30 Einde 90" if minutes == 90 else "3:00 Einde 180"
    assert end in text
    for phase in ("Gevoel", "Beschrijven", "Analyseren", "Transfer", "Toepassen"):
        assert phase in text
    assert "Hoe voelde het?" in text
    assert "Bronnen en fictie" in text
    assert "Omgevingswet, artikel 5.34" in text
    assert "Verzonnen of vereenvoudigd" in text
    script = session_script(load_scenario(LINDELAAN).scenario, minutes, people, "nl")
    placed = [p for table in script.seating.tables for role in table.roles for p in role]
    assert sorted(placed) == list(range(1, people + 1))
    assert sum(block.minutes for block in script.plan.blocks) == minutes


def test_facilitator_speaks_english_and_seats_observers(tmp_path: Path) -> None:
    out = tmp_path / "script.pdf"
    argv = ["facilitator", str(LINDELAAN), "-o", str(out), "--people", "23"]
    assert cli.main([*argv, "--remainder", "observers", "--lang", "en"]) == 0
    text = _text(out)
    assert "23 participants: 3 table(s), 0 duo(s), 5 observer(s)." in text
    assert "Observation form" in text or "OBSERVATION FORM" in text
    assert "How did it feel?" in text


def test_a_missing_scenario_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    missing = str(tmp_path / "geen.yaml")
    assert cli.main(["cards", missing, "-o", str(out), "--lang", "nl"]) == 1
    assert f"{missing}:1:1: bestand niet gevonden" in capsys.readouterr().err
    argv = ["facilitator", missing, "-o", str(out), "--people", "12", "--lang", "en"]
    assert cli.main(argv) == 1
    assert f"{missing}:1:1: file not found" in capsys.readouterr().err
    assert not out.exists()


def test_a_bad_scenario_path_gives_no_traceback(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "game", "cards", str(tmp_path), "-o", str(tmp_path / "k.pdf")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert str(tmp_path) in done.stderr


def test_an_unwritable_output_is_said_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["cards", str(LINDELAAN), "-o", str(tmp_path), "--lang", "en"]) == 1
    assert f"{tmp_path}: cannot write:" in capsys.readouterr().err


@pytest.mark.parametrize("people", ["0", "-3", "veel", "501"])
def test_a_bad_number_of_people_is_refused(
    tmp_path: Path, people: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["facilitator", str(LINDELAAN), "-o", str(tmp_path / "d.pdf"), "--people", people]
    with pytest.raises(SystemExit) as done:
        cli.main(argv)
    assert done.value.code == 2
    assert f"'{people}'" in capsys.readouterr().err


def test_too_many_weeks_for_the_session_is_said_plainly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long_case = tmp_path / "lang.yaml"
    long_case.write_text(
        LINDELAAN.read_text(encoding="utf-8").replace("\nrounds: 8\n", "\nrounds: 40\n"),
        encoding="utf-8",
    )
    out = tmp_path / "d.pdf"
    argv = ["facilitator", str(long_case), "-o", str(out), "--people", "10", "--lang", "en"]
    assert cli.main(argv) == 1
    assert "this case has 40 weeks" in capsys.readouterr().err
    assert not out.exists()


def test_the_kit_commands_load_no_pdf_library_for_help() -> None:
    code = (
        "import sys; from game import cli\n"
        "for name in ('cards', 'facilitator'):\n"
        "    try: cli.main([name, '--help'])\n"
        "    except SystemExit: pass\n"
        "sys.stderr.write(str('fpdf' in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert done.stderr.strip().endswith("False")
