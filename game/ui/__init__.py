"""The desktop game window (pygame-ce + pygame_gui): menu, table, hand-over and debrief.

Entry point for the `play` command:

    game.ui.app.run_window(scenario_path: Path | None = None, lang: str | None = None,
                           watch: bool = False, settings: Settings | None = None) -> int

opens the 1280×720 resizable window on the start menu (F11: full screen). With
`scenario_path` it goes straight to the seating of that file; `lang` ("nl"/"en") overrides
the saved language for this session; `watch` reloads the scenario file when it changes.
It returns the exit code. It needs a display: callers check for one first (or catch
`pygame.error`) and point to `play --text` without it.

Modules: app (window, scene stack, keys), focus (keyboard focus order and ring), scene
(base class), session (one game + seating + autosave), bots (who plays empty seats),
settings, theme, icons, kinds, tabledraw, scenes/* (one screen each).
"""
