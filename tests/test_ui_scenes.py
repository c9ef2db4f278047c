"""Menu, settings, resize, hotseat hand-over and practice rewind, driven by real events."""

from __future__ import annotations

import json

import pygame
from ui_support import new_session, open_menu, scene_name

from game.scenario.loader import default_scenario_path
from game.scenario.model import text_in
from game.text import t
from game.ui.app import App
from game.ui.driver import click, focus_key, press, run_until, steps
from game.ui.scenes.handover import HandoverScene
from game.ui.scenes.menu import MenuScene
from game.ui.scenes.table import TableScene
from game.ui.settings import Settings, load_settings


def button(app: App, key: str):
    return next(item.widget for item in app.focus.items if item.key == key)


def test_the_menu_is_walked_by_arrows_and_tab_and_opens_settings_with_enter(app):
    assert app.focus.current.key == "menu.solo"
    press(app, pygame.K_DOWN)
    assert app.focus.current.key == "menu.hotseat"
    press(app, pygame.K_TAB)
    assert app.focus.current.key == "menu.join"
    press(app, pygame.K_TAB)  # "continue" has no save and is skipped
    assert app.focus.current.key == "menu.settings"
    press(app, pygame.K_TAB, mod=pygame.KMOD_SHIFT)
    assert app.focus.current.key == "menu.join"
    focus_key(app, "menu.settings")
    press(app, pygame.K_RETURN)
    assert scene_name(app) == "SettingsScene"
    press(app, pygame.K_ESCAPE)
    assert scene_name(app) == "MenuScene"


def test_switching_the_language_in_settings_changes_the_texts(app):
    click(app, button(app, "menu.settings"))
    assert scene_name(app) == "SettingsScene"
    assert t("ui.settings.title", "nl") in app.scene.visible_texts()
    click(app, button(app, "settings.lang.en"))
    steps(app, 2)
    texts = app.scene.visible_texts()
    assert app.settings.lang == "en"
    assert t("ui.settings.title", "en") in texts
    assert t("ui.settings.font_scale", "en") in texts
    assert t("ui.settings.font_scale", "nl") not in texts
    press(app, pygame.K_ESCAPE)
    assert t("ui.menu.solo", "en") in app.scene.visible_texts()


def test_settings_are_kept_between_sessions(tmp_path):
    window = App(Settings(), persist=True)
    window.push(MenuScene(window))
    window.apply_settings(window.settings.with_(font_scale=150, high_contrast=True))
    steps(window, 2)
    window.close()
    saved = load_settings()
    assert saved.font_scale == 150 and saved.high_contrast


def test_a_bigger_font_scale_rebuilds_larger_buttons(app):
    before = button(app, "menu.solo").rect.height
    app.apply_settings(app.settings.with_(font_scale=200))
    steps(app, 2)
    assert button(app, "menu.solo").rect.height >= 2 * before - 2


def test_resizing_the_window_lays_the_scene_out_again(app):
    pygame.event.post(pygame.event.Event(pygame.VIDEORESIZE, w=1000, h=640, size=(1000, 640)))
    steps(app, 2)
    assert app.screen.get_size() == (1000, 640)
    quit_button = button(app, "menu.quit")
    assert quit_button.rect.bottom <= 640
    assert app.focus.current is not None


def test_the_hotseat_hand_over_hides_the_previous_players_confidential_view(app):
    session = new_session("integrative", people=2)
    scenario = session.scenario
    first, second = scenario.actors[0], scenario.actors[1]
    app.push(TableScene(app, session))
    steps(app, 2)
    assert isinstance(app.scene, HandoverScene) and app.scene.actor == first.id
    press(app, pygame.K_RETURN)  # "I am …"
    press(app, pygame.K_RETURN)  # briefing read
    assert scene_name(app) == "RatingScene" and app.scene.who == text_in(first.name, "nl")
    press(app, pygame.K_ESCAPE)  # no self-assessment
    assert scene_name(app) == "GuessScene" and app.scene.actor == first.id
    press(app, pygame.K_ESCAPE)  # no guesses this time
    assert scene_name(app) == "TableScene" and app.scene.viewer == first.id
    focus_key(app, "table.pass")
    press(app, pygame.K_RETURN)
    assert run_until(app, lambda: isinstance(app.scene, HandoverScene), 500)
    assert app.scene.actor == second.id
    steps(app, 2)
    shown = "\n".join(app.scene.visible_texts())
    secret = text_in(first.brief.confidential, "nl")
    assert secret[:40] not in shown
    for interest in first.interests:
        assert text_in(interest.text, "nl")[:30] not in shown
    # the only control is "I am <next player>": no way back to the previous view
    assert [item.key for item in app.focus.items] == ["handover.ready"]
    press(app, pygame.K_ESCAPE)
    assert isinstance(app.scene, HandoverScene)
    press(app, pygame.K_RETURN)
    assert scene_name(app) == "BriefingScene" and app.scene.actor == second.id
    assert text_in(second.brief.confidential, "nl")[:40] in "\n".join(app.scene.visible_texts())


def test_continue_resumes_the_autosaved_game_at_the_same_point(app):
    session = new_session("integrative", people=2)
    first = session.game.current_actor
    from game.engine import Pass

    session.apply(Pass(actor=first))
    played = len(session.game.actions)
    app.close()
    window = open_menu()
    assert focus_key(window, "menu.continue")
    press(window, pygame.K_RETURN)
    scene = window.scenes[1]
    assert isinstance(scene, TableScene)
    assert len(scene.session.game.actions) == played
    window.close()


def test_continue_after_the_case_file_is_deleted_plays_on_the_saved_copy_and_says_so(app, tmp_path):
    import shutil

    from game.engine import Pass
    from game.scenario.loader import load_scenario
    from game.ui.session import Session

    case = tmp_path / "casus.yaml"
    shutil.copyfile(default_scenario_path(), case)
    scenario = load_scenario(case).scenario
    seating = {a.id: "integrative" for a in scenario.actors}
    seating[scenario.actors[0].id] = "person"
    session = Session.start(case, scenario, seating, "solo")
    session.apply(Pass(actor=session.game.current_actor))
    app.close()
    case.unlink()
    window = open_menu()
    assert focus_key(window, "menu.continue")
    press(window, pygame.K_RETURN)
    steps(window, 2)
    assert isinstance(window.scenes[1], TableScene)
    resumed = window.scenes[1].session.game  # the bots may have moved on since
    assert resumed.actions[: len(session.game.actions)] == session.game.actions
    assert window.status is not None and str(case) in window.status
    assert "niet gevonden" in window.status
    window.close()


def test_a_broken_autosave_is_reported_in_the_window_never_raised():
    from game.ui.paths import autosave_file
    from game.ui.session import AUTOSAVE_FORMAT

    autosave_file().write_text(
        json.dumps(
            {
                "format": AUTOSAVE_FORMAT,
                "title": {"nl": "Oud spel"},
                "round": 2,
                "deadline": 8,
                "scenario_path": "/nergens/casus.yaml",
                "seating": {},
            }
        ),
        encoding="utf-8",
    )
    window = App(Settings(), persist=False)
    window.push(MenuScene(window))
    steps(window, 2)
    assert focus_key(window, "menu.continue")
    press(window, pygame.K_RETURN)
    assert scene_name(window) == "MenuScene"
    assert window.status
    window.close()


def test_the_chooser_lists_the_players_own_cases_and_explains_a_broken_one(app):
    from game.ui.paths import user_scenarios_dir

    own = user_scenarios_dir()
    (own / "kapot.yaml").write_text("id: kapot\ntitle: [\n", encoding="utf-8")
    (own / "eigen.yaml").write_text(default_scenario_path().read_text("utf-8"), "utf-8")
    press(app, pygame.K_RETURN)
    assert scene_name(app) == "ChooserScene"
    keys = [item.key for item in app.focus.items if item.key.startswith("chooser.entry.")]
    entries = app.scene.entries
    broken = next(i for i, e in enumerate(entries) if e.path.name == "kapot.yaml")
    assert any(e.own and e.scenario is not None for e in entries)
    assert f"chooser.entry.{broken}" in keys
    assert focus_key(app, f"chooser.entry.{broken}")
    press(app, pygame.K_RETURN)
    shown = "\n".join(app.scene.visible_texts())
    assert "kapot.yaml:" in shown
    assert not button(app, "chooser.choose").is_enabled


def test_the_chooser_shows_no_folder_path_and_its_button_opens_the_folder(app, monkeypatch):
    from game.ui.paths import user_scenarios_dir

    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda uri: opened.append(uri) or True)
    press(app, pygame.K_RETURN)
    assert scene_name(app) == "ChooserScene"
    own = user_scenarios_dir()
    on_screen = [getattr(e, "text", "") or "" for e in app.scene.ui.get_sprite_group().sprites()]
    assert not any(str(own) in text for text in on_screen)
    assert focus_key(app, "chooser.folder")
    assert str(own) in app.hint()  # the whole path, for whoever wants it, in the hint strip
    press(app, pygame.K_RETURN)
    assert opened == [own.as_uri()]
    monkeypatch.setattr("webbrowser.open", lambda uri: False)
    press(app, pygame.K_RETURN)
    assert str(own) in app.hint()  # no file manager: the strip says where the folder is


def test_a_long_briefing_title_wraps_whole_at_200_percent() -> None:
    """800x560 with 200% text: the title ("Briefing: <a long name>") is too wide for one
    line; it wraps onto more, every word in view, above the role and the briefing."""
    from game.ui.app import MIN_SIZE
    from game.ui.scenes.briefing import BriefingScene

    for lang in ("nl", "en"):
        window = open_menu(Settings(lang=lang, font_scale=200), MIN_SIZE)
        try:
            session = new_session("integrative", people=1)
            actor = max(session.game.scenario.actors, key=lambda a: len(text_in(a.name, lang)))
            window.push(BriefingScene(window, session, actor.id))
            steps(window, 2)
            title = t("ui.briefing.title", lang, actor=text_in(actor.name, lang))
            texts = window.scene.visible_texts()
            assert " ".join(title.split()) in " ".join(" ".join(texts).split())
            assert not any("…" in x and x.rstrip("…") in title for x in texts)
        finally:
            window.close()
