"""The web page in a real browser: Playwright drives Debian's Chromium (headless) against a
room served on loopback, the way a trainee's laptop reaches the trainer's.

Skipped, with the reason, only where no Chromium can exist (`.ci/run` installs it).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from net_support import SEATS, leaks, lindelaan, make_room
from web_support import (
    SCREENSHOTS,
    browser,
    enter,
    ids,
    next_prompt,
    record_frames,
    served,
    starter_room,
)

from game.engine import view_to_json
from game.net.protocol import FireEvent
from game.scenario.model import Scenario
from game.scenario.points import shown

PlaywrightError = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed"
).Error


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    with browser() as found:
        yield found


def kinds_of(game: Any, actor: str) -> list[str]:
    return [a.kind for a in game.actions if a.actor == actor]


def play_turn(page: Any, turn: int, done: set[str]) -> None:
    """One turn on the page: answer a question put to us, say something (a different talk
    line each turn), then one move: propose from the builder first, then support, consult,
    or pass."""
    answer = ids(page, "[id^=answer-][id$=-truthful]")
    if answer:
        page.click(f"#{answer[0]}")
        done.add("answer")
        return
    talk = [("phrase-send", "phrase"), ("say-send", "say"), ("ask-send", "ask")]
    talk.append(("reveal-send", "reveal"))
    for button, name in talk[turn % len(talk) :] + talk[: turn % len(talk)]:
        if name in done or not page.query_selector(f"#{button}"):
            continue
        if name == "say":
            page.fill("#say-text", "Wat hebben jullie nodig om ja te zeggen?")
        page.click(f"#{button}")
        done.add(name)
        next_prompt(page)  # the same turn: the moves come back
        break
    if "propose" not in done and page.query_selector("#builder-toggle"):
        propose_from_builder(page)
        done.add("propose")
        return
    for prefix, name in (("support-", "support"), ("consult-", "consult")):
        found = ids(page, f"[id^={prefix}]")
        if found and name not in done:
            page.click(f"#{found[0]}")
            done.add(name)
            return
    page.click("#move-pass")


def propose_from_builder(page: Any) -> None:
    """Open the package builder, pick the first option the mandate allows on every issue,
    and propose it."""
    page.click("#builder-toggle")
    count = len(page.query_selector_all("#moves fieldset.issue"))
    for n in range(count):  # each pick redraws the builder: find the next one afresh
        page.click(f"#moves fieldset.issue >> nth={n} >> input:not([disabled]) >> nth=0")
    page.click("#propose-send")


def test_a_trainee_joins_by_the_url_and_plays_a_whole_game_with_bots_to_the_debrief(
    chromium: Any,
) -> None:
    room = starter_room()
    me = room.scenario.actors[0].id
    with served(room) as serving:
        page = chromium.new_page(viewport={"width": 1280, "height": 800})
        enter(page, serving.url, "Anna", me)
        serving.fill_bots()
        done: set[str] = set()
        turn = 0
        while (kind := next_prompt(page)) != "debrief":
            if kind == "rating":
                page.select_option("#rating select >> nth=0", "2")
                page.click("#rate-send")
                done.add("rate")
            elif kind == "guesses":
                page.select_option("#guesses select >> nth=0", index=1)
                page.click("#guess-send")
                done.add("guess")
            elif kind == "reflection":
                page.fill("#reflect-text", "Ik vroeg\nnaar hun belangen.")
                page.click("#reflect-send")
                done.add("reflect")
            else:
                if turn == 2:  # a proposal on the table, the log filling up
                    page.evaluate("window.scrollTo(0, 0)")
                    page.screenshot(path=str(SCREENSHOTS / "table-1280x800.png"))
                play_turn(page, turn, done)
                turn += 1
        game = room.tables[0].game
        assert game.is_over()
        assert {"rate", "guess", "reflect", "phrase", "say", "ask", "propose"} <= done, done
        assert {"statement", "ask", "propose"} <= set(kinds_of(game, me))
        journal = room.tables[0].journal
        assert journal.answers_of(me)[0].text == "Ik vroeg naar hun belangen."
        # the debrief has the focus and shows the player's own figures
        assert page.evaluate("document.activeElement.id") == "debrief-heading"
        debrief = page.inner_text("#debrief")
        assert shown(game.final_points()[me], 1, lang="nl") in debrief
        assert page.query_selector("#debrief ul.feedback li")
        page.select_option("#rating select >> nth=0", "4")
        page.click("#rate-send")
        page.wait_for_selector("#debrief .shift >> text=2 → 4")
        page.select_option("#guesses select >> nth=0", index=2)
        page.click("#guess-send")
        page.wait_for_selector("#debrief >> text=Na afloop")
        assert journal.sheet(me, "end") is not None
        own = sorted((r.moment, r.ratings) for r in room.ratings.values() if r.actor == me)
        goal = next(iter(room.scenario.learning_goals)).id
        assert own == [("end", {goal: 4}), ("start", {goal: 2})]
        page.set_viewport_size({"width": 1280, "height": 800})
        page.screenshot(path=str(SCREENSHOTS / "debrief-1280x800.png"))
        page.set_viewport_size({"width": 360, "height": 740})
        page.screenshot(path=str(SCREENSHOTS / "debrief-360x740.png"))
        page.close()


def test_a_reload_mid_turn_and_a_dropped_connection_lose_nothing(chromium: Any) -> None:
    room = starter_room(seed=4)
    me = room.scenario.actors[0].id
    with served(room) as serving:
        page = chromium.new_page()
        enter(page, serving.url, "Anna", me)
        serving.fill_bots()
        assert next_prompt(page) == "rating"
        page.click("#rate-skip")
        assert next_prompt(page) == "guesses"
        page.click("#guess-skip")
        assert next_prompt(page) == "move"
        page.fill("#say-text", "Half getypt")
        page.click("#builder-toggle")
        page.click("#moves fieldset.issue input:not([disabled]) >> nth=0")
        checked = page.eval_on_selector("#moves input:checked", "e => e.id")
        log = page.inner_text("#log-lines")
        token = page.evaluate("window.roomLink.token")

        page.reload()
        assert next_prompt(page) == "move"
        assert page.input_value("#say-text") == "Half getypt"
        assert page.is_checked(f"#{checked}")
        assert page.inner_text("#log-lines") == log
        assert page.evaluate("window.roomLink.token") not in ("", token)  # rotated on resume
        game = room.tables[0].game
        assert game.current_actor == me

        # the Wi-Fi drops just as the trainee passes: the pass waits and goes once
        before = len(kinds_of(game, me))
        page.evaluate("window.roomLink.drop()")
        page.click("#move-pass")
        page.wait_for_function("() => window.roomLink.pending.length === 0")
        page.wait_for_selector("#top .status.online")
        assert kinds_of(game, me)[before:] == ["pass"]
        assert next_prompt(page) in ("move", "reflection")
        page.close()


def test_consult_withdraw_and_escalate_from_the_page(chromium: Any) -> None:
    """The moves a whole game at the starter table does not reach: a consultation (the
    starter case has none), withdrawing support, and the escalation table (confirmed); and
    a mandate limit an event announced, on the seat it concerns."""
    room = make_room()
    me = SEATS[0]
    with served(room) as serving:
        page = chromium.new_page(viewport={"width": 1280, "height": 800})
        page.on("dialog", lambda dialog: dialog.accept())
        enter(page, serving.url, "Anna", me)
        serving.fill_bots()
        # the council motion says out loud what the alderman can no longer agree to
        serving.facilitate(
            FireEvent(table=1, event="raadsmotie"),
            lambda m: any(e.id == "raadsmotie" and e.fired for e in m.tables[0].events),
        )
        limits = page.wait_for_selector(f"#seat-{me} .limits")
        assert "24" in limits.inner_text()
        game = room.tables[0].game
        plan = ["consult-", "propose", "withdraw-", "move-escalate"]
        while plan and (kind := next_prompt(page)) != "debrief":
            if kind != "move" or ids(page, "[id^=answer-]"):
                prompts = {
                    "rating": "#rate-skip",
                    "guesses": "#guess-skip",
                    "reflection": "#reflect-send",
                }
                page.click(prompts.get(kind, "[id^=answer-][id$=-truthful] >> nth=0"))
                continue
            step = plan[0]
            if step == "propose":
                propose_from_builder(page)
                plan.pop(0)
            elif found := ids(page, f"[id^={step}]"):
                page.click(f"#{found[0]}")
                plan.pop(0)
            else:
                page.click("#move-pass")  # not open yet (a withdrawal needs a proposal)
        assert not plan, f"never offered: {plan}"
        for _ in range(100):
            if "escalate" in kinds_of(game, me):
                break
            page.wait_for_timeout(50)
        assert {"consult", "propose", "withdraw_support", "escalate"} <= set(kinds_of(game, me))
        page.close()


def test_two_trainees_at_one_table_see_nothing_confidential_of_each_other(
    chromium: Any,
) -> None:
    scenario = lindelaan()
    room = make_room()
    anna_seat, ben_seat = SEATS[0], SEATS[1]
    with served(room) as serving:
        pages, frames = {}, {}
        for name, seat in (("Anna", anna_seat), ("Ben", ben_seat)):
            context = chromium.new_context()  # a laptop of its own: its own session storage
            page = context.new_page()
            frames[seat] = record_frames(page)
            enter(page, serving.url, name, seat)
            pages[seat] = page
        serving.fill_bots()
        game = room.tables[0].game
        revealed = False
        while game.round < 3 and not game.is_over():
            for seat, page in pages.items():
                if page.query_selector("#rate-skip"):
                    page.click("#rate-skip")
                elif page.query_selector("#guess-skip"):
                    page.click("#guess-skip")
                elif page.query_selector("#reflect-send"):
                    page.click("#reflect-send")
                elif page.query_selector("#moves button"):
                    answer = ids(page, "[id^=answer-][id$=-truthful]")
                    if answer:
                        page.click(f"#{answer[0]}")
                    elif seat == ben_seat and not revealed and page.query_selector("#reveal-send"):
                        page.click("#reveal-send")
                        revealed = True
                    else:
                        page.click("#move-pass")
                page.wait_for_timeout(30)
        assert revealed, "one of them told an interest at the table"
        # Anna walks away: the page asks first, and Ben's page shows it
        anna = pages[anna_seat]
        anna.on("dialog", lambda dialog: dialog.accept())
        while (kind := next_prompt(anna)) != "move" or ids(anna, "[id^=answer-]"):
            assert kind != "debrief", "the game ended before Anna could walk away"
            prompts = {
                "rating": "#rate-skip",
                "guesses": "#guess-skip",
                "reflection": "#reflect-send",
            }
            anna.click(prompts.get(kind, "[id^=answer-][id$=-truthful] >> nth=0"))
        anna.click("#move-walk_away")
        pages[ben_seat].wait_for_function(
            "() => document.querySelector('#table').innerText.includes('weggelopen')"
            " || document.querySelector('#debrief')"
        )
        assert "walk_away" in kinds_of(game, anna_seat)

        for seat, page in pages.items():
            other = ben_seat if seat == anna_seat else anna_seat
            assert frames[seat], "the page's frames were recorded"
            assert leaks(scenario, seat, frames[seat]) == []
            for lang in ("nl", "en"):
                if page.evaluate("document.documentElement.lang") != lang:
                    page.click("#lang-toggle")
                dom = page.content() + page.evaluate("JSON.stringify(sessionStorage)")
                assert dom_leaks(scenario, game, other, dom) == [], (seat, lang)
            # its own secrets are there: the scan would find a leak
            assert dom_leaks(scenario, game, seat, page.content())
        for page in pages.values():
            page.context.close()


def dom_leaks(scenario: Scenario, game: Any, other: str, dom: str) -> list[str]:
    """Another actor's confidential brief or unrevealed interests in the page's text."""
    actor = scenario.actor(other)
    public = view_to_json(game.public_view())
    found = []
    for text in _both(actor.brief.confidential):
        if _html(text) in dom:
            found.append(f"confidential brief of {other}")
    for interest in actor.interests:
        for text in _both(interest.text):
            if _html(text) in dom and text not in public:
                found.append(f"hidden interest {other}.{interest.id}")
    return found


def _both(text: Any) -> list[str]:
    if isinstance(text, str):
        return [text]
    return [t for t in (text.nl, text.en) if t]


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


#: Text whose contrast with what is behind it is below WCAG AA (4.5:1; 3:1 for large text).
LOW_CONTRAST = """() => {
  const rgb = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const behind = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c;
    }
    return [255, 255, 255];
  };
  const low = [];
  for (const el of document.querySelectorAll("body *")) {
    const text = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!text || !el.getClientRects().length || el.matches(":disabled")) continue;
    const style = getComputedStyle(el);
    const [a, b] = [lum(rgb(style.color)), lum(behind(el))].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (parseInt(style.fontWeight, 10) >= 700 && size >= 18.66);
    if (ratio < (large ? 3 : 4.5)) low.push(`${el.tagName}.${el.className} ${ratio.toFixed(2)}`);
  }
  return low;
}"""
OVERFLOW = "() => document.documentElement.scrollWidth - window.innerWidth"


def test_the_page_fits_a_phone_a_laptop_a_wide_screen_and_200_percent_zoom(
    chromium: Any,
) -> None:
    room = starter_room(seed=5)
    me = room.scenario.actors[0].id
    with served(room) as serving:
        phone = chromium.new_page(viewport={"width": 360, "height": 740})
        phone.goto(serving.url)
        phone.wait_for_selector("#join-name")
        phone.screenshot(path=str(SCREENSHOTS / "join-360x740.png"))
        enter(phone, serving.url, "Anna", me)
        serving.fill_bots()
        assert next_prompt(phone) == "rating"
        phone.wait_for_function(  # the bots are seated before the picture is taken
            "() => [...document.querySelectorAll('.seat .who')]"
            ".every((e) => e.textContent && e.textContent !== 'vrij')"
        )
        phone.screenshot(path=str(SCREENSHOTS / "table-360x740.png"))
        phone.click("#rate-skip")
        assert next_prompt(phone) == "guesses"
        phone.click("#guess-skip")
        assert next_prompt(phone) == "move"
        phone.locator("#moves").scroll_into_view_if_needed()
        phone.screenshot(path=str(SCREENSHOTS / "moves-360x740.png"))
        # the same seat in a laptop's window (sessionStorage travels with the page)
        for width, height in ((360, 740), (1280, 800), (1920, 1080)):
            phone.set_viewport_size({"width": width, "height": height})
            assert phone.evaluate(OVERFLOW) <= 0, width
            assert phone.evaluate(LOW_CONTRAST) == [], width
        phone.close()

        watcher = chromium.new_page(viewport={"width": 1280, "height": 800})
        watcher.goto(serving.url)
        watcher.fill("#join-name", "Cas")
        watcher.click("#join-send")
        watcher.click("#watch-1")
        watcher.wait_for_selector("#observe-send")
        watcher.screenshot(path=str(SCREENSHOTS / "observer-1280x800.png"))
        watcher.close()

        # 200 % zoom of a 1280 px window: 640 CSS pixels at twice the pixels per CSS pixel
        context = chromium.new_context(
            viewport={"width": 640, "height": 400}, device_scale_factor=2
        )
        zoomed = context.new_page()
        zoomed.goto(serving.url)
        zoomed.fill("#join-name", "Bo")
        zoomed.click("#join-send")
        zoomed.click("#watch-1")
        zoomed.wait_for_selector("#observe-send")
        assert zoomed.evaluate(OVERFLOW) <= 0
        assert zoomed.evaluate(LOW_CONTRAST) == []
        # the observer's form for the class board
        zoomed.click(f"label[for=observe-{me}-asks]")
        zoomed.fill("#observe-note", "Vraagt door\nnaar belangen.")
        zoomed.click("#observe-send")
        zoomed.wait_for_selector("#observe-saved")
        (entry,) = room.observations.values()
        assert (entry.week, entry.observer, entry.note) == (1, "Bo", "Vraagt door naar belangen.")
        assert entry.marks[me] == ("asks",)
        # the page's Content-Security-Policy holds in the browser: no inline style or script
        with pytest.raises(PlaywrightError, match="Content Security Policy"):
            zoomed.add_style_tag(content="body { display: none }")
        with pytest.raises(PlaywrightError, match="Content Security Policy"):
            zoomed.add_script_tag(content="document.body.remove()")
        context.close()


def tab_to(page: Any, element_id: str, limit: int = 120) -> None:
    """Press Tab until `element_id` has the focus (the keyboard is all the test uses)."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == element_id:
            return
    raise AssertionError(f"Tab never reached #{element_id}")


def test_the_page_works_by_keyboard_with_a_visible_focus_and_in_english(chromium: Any) -> None:
    room = starter_room(seed=6)
    me = room.scenario.actors[0].id
    with served(room) as serving:
        page = chromium.new_page(viewport={"width": 1280, "height": 800})
        page.goto(serving.url)
        page.wait_for_selector("#join-name")
        tab_to(page, "lang-toggle")
        page.keyboard.press("Enter")
        assert page.evaluate("document.documentElement.lang") == "en"
        tab_to(page, "join-name")
        page.keyboard.type("Anna")
        page.keyboard.press("Enter")
        page.wait_for_selector(f"#take-1-{me}")
        tab_to(page, f"take-1-{me}")
        focus = page.evaluate(
            "() => { const s = getComputedStyle(document.activeElement);"
            " return [s.outlineStyle, parseFloat(s.outlineWidth)]; }"
        )
        assert focus[0] == "solid" and focus[1] >= 2, focus
        page.keyboard.press("Enter")
        page.wait_for_selector("#moves-heading")
        serving.fill_bots()
        assert next_prompt(page) == "rating"
        tab_to(page, "rate-skip")
        page.keyboard.press("Enter")
        assert next_prompt(page) == "guesses"
        texts = page.evaluate("fetch('/texts.json').then((r) => r.json())")
        assert page.inner_text("#moves-heading") == texts["en"]["web.moves.heading"]
        tab_to(page, "guess-skip")
        page.keyboard.press("Enter")
        assert next_prompt(page) == "move"
        assert page.text_content("#announce") == texts["en"]["web.table.your_turn"]
        tab_to(page, "move-pass")
        page.keyboard.press("Enter")
        game = room.tables[0].game
        for _ in range(100):  # the bots may hand the turn back before the page is looked at
            if kinds_of(game, me):
                break
            page.wait_for_timeout(50)
        assert kinds_of(game, me) == ["pass"]
        page.close()


def test_a_duo_shares_a_seat_from_the_lobby_and_either_acts(chromium: Any) -> None:
    room = starter_room(seed=9)
    me = room.scenario.actors[0].id
    with served(room) as serving:
        anna = chromium.new_context().new_page()
        enter(anna, serving.url, "Anna", me)
        bram = chromium.new_context().new_page()
        bram.goto(serving.url)
        bram.fill("#join-name", "Bram")
        bram.click("#join-send")
        bram.click(f"#share-1-{me}")
        bram.wait_for_selector("#moves-heading")
        assert bram.inner_text("#brief-heading") == anna.inner_text("#brief-heading")
        serving.fill_bots()
        bram.wait_for_selector(f"#seat-{me} >> text=Anna & Bram")
        while (kind := next_prompt(bram)) != "move" or ids(bram, "[id^=answer-]"):
            prompts = {"rating": "#rate-skip", "guesses": "#guess-skip"}
            bram.click(prompts.get(kind, "[id^=answer-][id$=-truthful] >> nth=0"))
        bram.click("#move-pass")
        game = room.tables[0].game
        for _ in range(100):
            if kinds_of(game, me):
                break
            bram.wait_for_timeout(50)
        assert kinds_of(game, me) == ["pass"]
        passed = f"{room.scenario.actor(me).name.nl} past."  # Anna sees Bram's move
        anna.wait_for_function(
            "text => [...document.querySelectorAll('#log-lines li')]"
            ".some((e) => e.textContent === text)",
            arg=passed,
        )
        for page in (anna, bram):
            page.context.close()
