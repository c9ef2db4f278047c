"""`import-genius` turns a GENIUS domain and its profiles into a valid scenario, exactly."""

from __future__ import annotations

import contextlib
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.cli import main
from game.scenario.genius import GeniusError, read_domain, read_xml, slug, unique_slugs
from game.scenario.loader import load_scenario
from game.scenario.space import TableData
from game.scoring.analysis import analyse_table

FIXTURES = Path(__file__).parent / "fixtures" / "genius"
DOMAIN = FIXTURES / "kantoorpand.xml"
PROFILES = [
    FIXTURES / "verhuurder.xml",
    FIXTURES / "huurder.xml",
    FIXTURES / "Gemeente Lindeveen.xml",
]
ID = re.compile(r"^[a-z][a-z0-9_-]*$")


def _import(tmp_path: Path, *extra: str) -> Path:
    out = tmp_path / "kantoor.yaml"
    assert main(["import-genius", str(DOMAIN), *map(str, PROFILES), "-o", str(out), *extra]) == 0
    return out


def test_imported_scenario_validates_and_keeps_genius_utilities_exactly(tmp_path: Path) -> None:
    scenario = load_scenario(_import(tmp_path)).scenario
    assert [a.id for a in scenario.actors] == ["verhuurder", "huurder", "gemeente_lindeveen"]
    assert [i.id for i in scenario.issues] == ["huur_per_m2", "looptijd", "parkeerplaatsen"]
    assert scenario.issues[0].name == "Huur per m²"
    assert scenario.agreement.rule == "unanimity"
    landlord = scenario.actor("verhuurder")
    # evaluation / largest evaluation of the issue × issue weight
    assert landlord.points["huur_per_m2"] == {
        "o_150": 1 / 4 * 0.5,
        "o_175": 3 / 4 * 0.5,
        "o_200": 0.5,
    }
    assert landlord.points["looptijd"]["o_2_jaar"] == 2 / 8 * 0.375
    assert landlord.batna == 0.4
    council = scenario.actor("gemeente_lindeveen")
    assert council.points["huur_per_m2"]["o_200"] == 1 / 2 * 0.2
    assert council.points["looptijd"]["o_5_jaar"] == 0.333333  # 2 / 3 * 0.5, 6 decimals
    assert council.batna == 0.0  # no <reservation>: GENIUS' default
    tenant = scenario.actor("huurder")  # weights outside the objective, also GENIUS style
    assert tenant.points["parkeerplaatsen"]["o_25"] == 0.5 and tenant.batna == 0.375


def test_repeated_values_get_distinct_option_ids(tmp_path: Path) -> None:
    scenario = load_scenario(_import(tmp_path)).scenario
    parking = scenario.issue("parkeerplaatsen")
    assert [o.id for o in parking.options] == ["geen", "o_10", "o_25", "o_10_2"]
    assert [o.label for o in parking.options] == ["Geen", "10", "25", "10!"]


def test_best_package_of_each_actor_is_worth_its_summed_weights(tmp_path: Path) -> None:
    scenario = load_scenario(_import(tmp_path)).scenario
    analysis = analyse_table(TableData.from_scenario(scenario), scenario.agreement)
    for actor in ("verhuurder", "huurder", "gemeente_lindeveen"):
        assert analysis.best_possible[actor] == pytest.approx(1.0, abs=1e-12)


def test_existing_output_is_kept_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _import(tmp_path)
    args = ["import-genius", str(DOMAIN), *map(str, PROFILES), "-o", str(out)]
    assert main(args) == 1
    assert "--force" in capsys.readouterr().err
    assert main([*args, "--force"]) == 0


def _broken(tmp_path: Path, name: str, old: str, new: str) -> Path:
    source = FIXTURES / name
    path = tmp_path / name
    text = source.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("domain", "profiles", "says"),
    [
        ("entiteiten.xml", ["verhuurder.xml", "huurder.xml"], "DTD"),
        ("kapot.xml", ["verhuurder.xml", "huurder.xml"], "XML"),
        ("kantoorpand.xml", ["verhuurder.xml"], "2"),
        ("kantoorpand.xml", ["verhuurder.xml", "entiteiten.xml"], "DTD"),
        ("kantoorpand.xml", ["verhuurder.xml", "bestaat-niet.xml"], "bestaat-niet.xml"),
    ],
)
def test_bad_input_gives_a_message_and_exit_1(
    domain: str, profiles: list[str], says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.yaml"
    args = ["import-genius", str(FIXTURES / domain), *(str(FIXTURES / p) for p in profiles)]
    assert main([*args, "-o", str(out), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize(
    ("old", "new", "says"),
    [
        ('value="€ 200" evaluation="4"', 'value="€ 250" evaluation="4"', "unknown item"),
        ('<weight index="2" value="0.375" />', "", "no <weight>"),
        ('evaluation="6"', 'evaluation="zes"', "not a number"),
        ('evaluation="6"', 'evaluation="-6"', "negative"),
        ('name="Looptijd"', 'name="Duur"', "no evaluations for the domain's issue"),
    ],
)
def test_broken_profiles_are_named_with_what_is_wrong(
    old: str, new: str, says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = _broken(tmp_path, "verhuurder.xml", old, new)
    args = ["import-genius", str(DOMAIN), str(profile), str(PROFILES[1])]
    assert main([*args, "-o", str(tmp_path / "x.yaml"), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert says in err and "verhuurder.xml" in err and "Traceback" not in err


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_any_name_becomes_a_valid_id(text: str) -> None:
    made = slug(text, "o")
    assert ID.match(made) and len(made) <= 48


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=60), min_size=1, max_size=8))
def test_ids_of_one_issue_are_unique(texts: list[str]) -> None:
    made = unique_slugs(texts, "o")
    assert len(set(made)) == len(made)
    assert all(ID.match(m) and len(m) <= 48 for m in made)


def test_an_integer_issue_is_refused_by_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    domain = _broken(
        tmp_path,
        "kantoorpand.xml",
        'type="discrete" vtype="discrete" name="Looptijd"',
        'type="integer" vtype="integer" name="Looptijd" lowerbound="1" upperbound="10"',
    )
    args = ["import-genius", str(domain), *map(str, PROFILES[:2]), "-o", str(tmp_path / "x.yaml")]
    assert main([*args, "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert "Looptijd" in err and "only discrete issues" in err


def test_a_dtd_hidden_in_utf16_is_refused(tmp_path: Path) -> None:
    text = '<?xml version="1.0" encoding="utf-16"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'
    path = tmp_path / "utf16.xml"
    path.write_bytes(text.encode("utf-16"))
    with pytest.raises(GeniusError, match="DTD"):
        read_xml(path, "en")


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        st.binary(max_size=300),
        st.text(max_size=200).map(lambda s: f'<?xml version="1.0"?><utility_space>{s}'.encode()),
        st.sampled_from(["utf-8", "utf-16", "latin-1", "bogus", "ascii"]).map(
            lambda enc: f'<?xml version="1.0" encoding="{enc}"?><a/>'.encode()
        ),
    )
)
def test_any_bytes_give_an_element_or_a_genius_error(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.xml"
        path.write_bytes(raw)
        with contextlib.suppress(GeniusError):
            read_domain(path, "en")
