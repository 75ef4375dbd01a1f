"""The HTML evidence map of the bundled corpus in a real browser: Debian's chromium, headless.

The browser is driven over the Chrome DevTools protocol on a pipe (`--remote-debugging-pipe`:
JSON messages ending in NUL on file descriptors 3 and 4), so no package is needed beyond
the standard library. Each viewport is emulated exactly (`Emulation.setDeviceMetricsOverride`;
a headless window cannot be narrower than 500 px), the phone one as a mobile device, so
the page's viewport meta tag applies as on a phone.

Measured at 1,400 px and 390 px (and, for horizontal scrolling only, 320, 768 and 1,024):
no horizontal scroll (`scrollWidth <= innerWidth`), the gap map's top inside the first
screen, no console error, exception or failed request, no request leaving the file, the
legend and every bubble inside the viewport; and, with JavaScript switched off, a click
on a bubble opens the claims of its cell; printed, the map fills the first page.

Skipped when chromium is not installed (a developer machine: `apt-get install chromium`);
.ci/run installs it, so CI runs these. `python tests/render/test_report_browser.py DIR`
writes the README's screenshots of the map into DIR.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = next(
    (p for p in (shutil.which("chromium"), "/usr/bin/chromium") if p and os.access(p, os.X_OK)),
    None,
)
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--remote-debugging-pipe",
)
TIMEOUT = 60.0

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="chromium is not installed (apt-get install chromium; "
    ".ci/run installs it, so CI runs the browser tests)",
)


@dataclass(frozen=True)
class Viewport:
    """A screen to emulate."""

    width: int
    height: int
    mobile: bool = False
    scale: float = 1


DESKTOP = Viewport(1400, 900)
PHONE = Viewport(390, 844, mobile=True, scale=3)  # an iPhone 12 to 15 in CSS pixels
EXTRA = {
    "small-phone": Viewport(320, 640, mobile=True, scale=2),
    "tablet": Viewport(768, 1024, mobile=True, scale=2),
    "laptop": Viewport(1024, 768),
}


class Chromium:
    """A headless chromium, spoken to over the DevTools protocol on a pipe."""

    def __init__(self, executable: str) -> None:
        self.profile = tempfile.mkdtemp(prefix="peerclaims-chromium-")
        self.log = Path(self.profile) / "stderr.txt"
        to_browser, self._out = os.pipe()
        self._in, from_browser = os.pipe()

        def on_fds_3_and_4() -> None:  # runs in the child, before exec
            reads, writes = os.dup(to_browser), os.dup(from_browser)
            os.dup2(reads, 3)
            os.dup2(writes, 4)

        with self.log.open("wb") as stderr:
            self.process = subprocess.Popen(
                [executable, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
                close_fds=False,
                preexec_fn=on_fds_3_and_4,
            )
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._id = 0
        self.events: list[dict[str, Any]] = []

    def send(
        self, method: str, params: dict[str, Any] | None = None, session: str | None = None
    ) -> dict[str, Any]:
        """Send one command and return its result (events met meanwhile are kept)."""
        self._id += 1
        message: dict[str, Any] = {"id": self._id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + TIMEOUT
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self.events.append(reply)

    def wait_for(self, method: str, session: str) -> dict[str, Any]:
        """The first event `method` of `session`, waiting for it if need be."""
        deadline = time.monotonic() + TIMEOUT
        while True:
            for event in self.events:
                if event.get("method") == method and event.get("sessionId") == session:
                    self.events.remove(event)
                    return event
            self.events.append(self._read(deadline))

    def _read(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            ready, _, _ = select.select([self._in], [], [], max(deadline - time.monotonic(), 0))
            if not ready:
                raise TimeoutError(f"chromium did not answer; its stderr:\n{self.stderr()}")
            chunk = os.read(self._in, 1 << 20)
            if not chunk:
                raise EOFError(f"chromium closed the pipe; its stderr:\n{self.stderr()}")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        message: dict[str, Any] = json.loads(raw)
        return message

    def stderr(self) -> str:
        """The end of what chromium wrote on stderr."""
        return self.log.read_text(encoding="utf-8", errors="replace")[-3000:]

    def close(self) -> None:
        """Close the browser (killing it if it does not go) and remove its profile."""
        with contextlib.suppress(OSError, RuntimeError, TimeoutError, EOFError):
            self.send("Browser.close")
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        for fd in (self._in, self._out):
            os.close(fd)
        shutil.rmtree(self.profile, ignore_errors=True)


@dataclass
class Tab:
    """One page open in the browser, with what it reported since it opened."""

    browser: Chromium
    target: str
    session: str
    problems: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (works with scripts disabled)."""
        result = self.browser.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True, "awaitPromise": True},
            self.session,
        )
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"].get("value")

    def screenshot(self, path: Path) -> None:
        """The viewport as a PNG file."""
        data = self.browser.send("Page.captureScreenshot", {"format": "png"}, self.session)
        path.write_bytes(base64.b64decode(data["data"]))

    def collect(self) -> None:
        """Sort the events received so far into problems and requests."""
        mine = [e for e in self.browser.events if e.get("sessionId") == self.session]
        for event in mine:
            self.browser.events.remove(event)
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                self.problems.append(f"console.{params['type']}: {params.get('args')}")
            elif method == "Runtime.exceptionThrown":
                self.problems.append(f"exception: {params['exceptionDetails']}")
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                self.problems.append(f"log: {params['entry'].get('text')}")
            elif method == "Network.loadingFailed":
                self.problems.append(f"failed request: {params.get('errorText')}")
            elif method == "Network.requestWillBeSent":
                self.requests.append(params["request"]["url"])

    def close(self) -> None:
        """Close the tab."""
        self.browser.send("Target.closeTarget", {"targetId": self.target})


def open_tab(browser: Chromium, url: str, view: Viewport, *, scripts: bool = True) -> Tab:
    """Open `url` in a new tab emulating `view`, and wait until it has loaded."""
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
        "sessionId"
    ]
    for domain in ("Page", "Runtime", "Log", "Network"):
        browser.send(f"{domain}.enable", session=session)
    browser.send(
        "Emulation.setDeviceMetricsOverride",
        {
            "width": view.width,
            "height": view.height,
            "deviceScaleFactor": view.scale,
            "mobile": view.mobile,
        },
        session,
    )
    if not scripts:
        browser.send("Emulation.setScriptExecutionDisabled", {"value": True}, session)
    browser.send("Page.navigate", {"url": url}, session)
    browser.wait_for("Page.loadEventFired", session)
    tab = Tab(browser, target, session)
    if scripts:  # (a page without scripts runs no animation-frame callback either)
        tab.evaluate("new Promise(done => requestAnimationFrame(() => done(true)))")
    tab.collect()
    return tab


MEASURE = """(() => {
  const root = document.documentElement, map = document.getElementById("gap-map");
  const box = el => { const r = el.getBoundingClientRect();
    return {top: r.top, left: r.left, right: r.right, bottom: r.bottom}; };
  const wrap = map.parentElement;
  return {
    scrollWidth: root.scrollWidth, innerWidth: window.innerWidth,
    innerHeight: window.innerHeight, scrollHeight: root.scrollHeight,
    map: box(map), mapScrolls: wrap.scrollWidth > wrap.clientWidth,
    legend: box(document.querySelector(".legend")),
    bubbles: Array.from(map.querySelectorAll("a.b"), box),
    overflowing: Array.from(map.querySelectorAll("th, th span"))
      .filter(el => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
      .map(el => el.textContent),
  };
})()"""


def render_page(directory: Path) -> Path:
    """The bundled corpus's HTML report, written into `directory`."""
    from peerclaims.corpus.load import read_corpus
    from peerclaims.curate.report import evidence_map
    from peerclaims.render.report import html

    path = directory / "evidence-map.html"
    path.write_text(html.render(evidence_map(read_corpus())), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def page_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The file:// URL of the bundled corpus's HTML report."""
    return render_page(tmp_path_factory.mktemp("browser")).as_uri()


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    """One headless chromium for the module."""
    assert CHROMIUM is not None
    instance = Chromium(CHROMIUM)
    try:
        yield instance
    finally:
        instance.close()


@pytest.fixture(scope="module", params=["desktop", "phone"])
def measured(
    request: pytest.FixtureRequest, browser: Chromium, page_url: str
) -> tuple[Viewport, dict[str, Any], Tab]:
    """The page at 1,400 px and at 390 px: the viewport, the measurements and the tab."""
    view = DESKTOP if request.param == "desktop" else PHONE
    tab = open_tab(browser, page_url, view)
    measures = tab.evaluate(MEASURE)
    tab.collect()
    request.addfinalizer(tab.close)
    return view, measures, tab


def test_no_horizontal_scroll(measured: tuple[Viewport, dict[str, Any], Tab]) -> None:
    """The page is no wider than the viewport, which is the width asked for (a mobile
    browser zooms out to fit a page that is too wide, widening innerWidth with it)."""
    view, m, _ = measured
    assert m["scrollWidth"] <= m["innerWidth"] == view.width, m


def test_map_is_above_the_fold(measured: tuple[Viewport, dict[str, Any], Tab]) -> None:
    """The gap map starts within the first screen, and fits across it without scrolling;
    no row or column label overflows its cell."""
    _, m, _ = measured
    assert 0 <= m["map"]["top"] < m["innerHeight"], m["map"]
    assert not m["mapScrolls"]
    assert m["map"]["right"] <= m["innerWidth"]
    assert m["overflowing"] == []


def test_legend_and_bubbles_are_on_screen(measured: tuple[Viewport, dict[str, Any], Tab]) -> None:
    """Nothing of the legend or of the bubbles runs off the right edge."""
    _, m, _ = measured
    assert m["legend"]["left"] >= 0 and m["legend"]["right"] <= m["innerWidth"], m["legend"]
    assert len(m["bubbles"]) >= 50
    assert all(b["left"] >= 0 and b["right"] <= m["innerWidth"] for b in m["bubbles"])


def test_no_console_errors_and_no_network(measured: tuple[Viewport, dict[str, Any], Tab]) -> None:
    """No console error, exception or failed request; every request stays in the file."""
    _, _, tab = measured
    tab.collect()
    assert tab.problems == []
    assert all(url.startswith(("file:", "data:")) for url in tab.requests), tab.requests


def test_page_is_short_enough(measured: tuple[Viewport, dict[str, Any], Tab]) -> None:
    """Long lists are folded: the page is a few screens, not 45,000 px."""
    _, m, _ = measured
    assert m["scrollHeight"] < 16_000, m["scrollHeight"]


@pytest.mark.parametrize("name", sorted(EXTRA))
def test_no_horizontal_scroll_at_other_widths(name: str, browser: Chromium, page_url: str) -> None:
    """A small phone, a tablet and a laptop do not scroll sideways either (on the smallest,
    the map scrolls inside its own box)."""
    view = EXTRA[name]
    tab = open_tab(browser, page_url, view)
    try:
        m = tab.evaluate(MEASURE)
        assert m["scrollWidth"] <= m["innerWidth"] == view.width, m
        assert m["overflowing"] == []
    finally:
        tab.close()


def test_a_bubble_opens_its_claims_without_javascript(browser: Chromium, page_url: str) -> None:
    """With scripts off, clicking a bubble shows its cell's claims: the folded outcome opens
    and the cell's heading comes into view."""
    tab = open_tab(browser, page_url, PHONE, scripts=False)
    try:
        bubble = tab.evaluate("""(() => { const a = document.querySelector("#gap-map a.b");
          const r = a.getBoundingClientRect();
          return {x: r.left + r.width / 2, y: r.top + r.height / 2,
                  target: a.getAttribute("href").slice(1)}; })()""")
        target = json.dumps(bubble["target"])
        assert tab.evaluate(f"document.getElementById({target}).closest('details').open") is False
        for kind in ("mousePressed", "mouseReleased"):
            browser.send(
                "Input.dispatchMouseEvent",
                {
                    "type": kind,
                    "x": bubble["x"],
                    "y": bubble["y"],
                    "button": "left",
                    "clickCount": 1,
                },
                tab.session,
            )
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and not tab.evaluate(
            f"document.getElementById({target}).closest('details').open"
        ):
            time.sleep(0.05)
        state = tab.evaluate(f"""(() => {{ const h = document.getElementById({target});
          const r = h.getBoundingClientRect();
          return {{open: h.closest("details").open, top: r.top, height: r.height,
                   hash: location.hash, rows: h.parentElement.querySelectorAll("tbody tr").length,
                   scripts: document.scripts.length}}; }})()""")
        assert state["open"] and state["hash"] == f"#{bubble['target']}", state
        assert 0 <= state["top"] < PHONE.height and state["height"] > 0, state
        assert state["rows"] >= 1
        tab.collect()
        assert tab.problems == []
    finally:
        tab.close()


def test_the_map_prints_on_one_page(browser: Chromium, page_url: str) -> None:
    """Printed on A4, the first page holds the whole map, from its title to its last row,
    and the summary starts the second."""
    from io import BytesIO

    from pypdf import PdfReader

    tab = open_tab(browser, page_url, DESKTOP)
    try:
        pdf = browser.send(
            "Page.printToPDF",
            {"paperWidth": 8.27, "paperHeight": 11.69, "printBackground": True},
            tab.session,
        )
    finally:
        tab.close()
    pages = PdfReader(BytesIO(base64.b64decode(pdf["data"]))).pages
    first, second = (" ".join(p.extract_text().split()) for p in pages[:2])
    assert "Outcomes × populations" in first and "Homeless" in first
    assert "Criminal justice" in first  # the last row
    assert second.startswith("Summary")
    assert len(pages) < 40  # what is folded stays folded


def screenshots(directory: Path) -> list[Path]:
    """Screenshots of the top of the page at 1,400 px and at 390 px, for the README."""
    assert CHROMIUM is not None, "chromium is not installed"
    browser = Chromium(CHROMIUM)
    written = []
    try:
        with tempfile.TemporaryDirectory() as work:
            url = render_page(Path(work)).as_uri()
            for name, view in (
                ("gap-map-1400.png", Viewport(1400, 1000)),
                ("gap-map-390.png", Viewport(390, 844, mobile=True, scale=2)),
            ):
                tab = open_tab(browser, url, view)
                tab.screenshot(directory / name)
                tab.close()
                written.append(directory / name)
    finally:
        browser.close()
    return written


if __name__ == "__main__":
    for path in screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/images")):
        print(path)
