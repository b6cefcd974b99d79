"""Drive Debian's headless Chromium over the DevTools protocol, for the explorer tests.

Why not selenium: it needs a matching chromedriver; the DevTools protocol is
built into Chromium and a websocket (`websocket-client`) is all it takes.
A page load records everything the tests check: console errors, uncaught
exceptions, log errors (e.g. CSP violations), JavaScript dialogs (an
injected `alert` would open one; it is dismissed and recorded) and every
network request the page made.
"""
from __future__ import annotations

import base64
import itertools
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import websocket

FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
    "--disable-extensions", "--window-size=1280,900", "--remote-debugging-port=0",
]
CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
INSTALL_HINT = "headless Chromium is needed for the browser tests: install it with `apt-get install -y chromium`"


def find_chromium() -> str | None:
    """Path of a Chromium binary ($PAPERKG_CHROMIUM first), or None."""
    env = os.environ.get("PAPERKG_CHROMIUM")
    if env:
        return env if Path(env).exists() else shutil.which(env)
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


@dataclass
class PageLoad:
    """What happened while one page loaded and settled."""

    url: str
    console_errors: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    log_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    ready_seconds: float = 0.0

    @property
    def network_requests(self) -> list[str]:
        """Requests to anything but the page's own file and data: URLs."""
        return [u for u in self.requests if not (u.startswith("file:") or u.startswith("data:"))]

    @property
    def problems(self) -> list[str]:
        return self.console_errors + self.exceptions + self.log_errors


class Chromium:
    """One headless browser with one tab; `load()` a file, `evaluate()` JS, `screenshot()`."""

    def __init__(self, binary: str, timeout: float = 30.0):
        self.profile = tempfile.mkdtemp(prefix="paperkg-chromium-")
        self.proc = subprocess.Popen([binary, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._ids = itertools.count(1)
        self.events: list[dict] = []
        try:
            port = self._wait_port(timeout)
            ws_url = self._page_ws(port, timeout)
            self.ws = websocket.create_connection(ws_url, timeout=timeout, suppress_origin=True)
            for domain in ("Page", "Runtime", "Network", "Log"):
                self.call(f"{domain}.enable")
        except BaseException:
            self.close()
            raise

    def _wait_port(self, timeout: float) -> int:
        marker = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"chromium exited with code {self.proc.returncode}")
            if marker.exists():
                text = marker.read_text().split()
                if text:
                    return int(text[0])
            time.sleep(0.05)
        raise TimeoutError("chromium did not open its DevTools port")

    @staticmethod
    def _page_ws(port: int, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=timeout) as resp:
                targets = json.load(resp)
            pages = [t for t in targets if t.get("type") == "page"]
            if pages:
                return pages[0]["webSocketDebuggerUrl"]
            time.sleep(0.05)
        raise TimeoutError("chromium has no page target")

    def _handle(self, msg: dict) -> None:
        self.events.append(msg)
        if msg.get("method") == "Page.javascriptDialogOpening":
            # Dismiss at once, or the page would block; the event stays recorded.
            self.ws.send(json.dumps({"id": next(self._ids), "method": "Page.handleJavaScriptDialog",
                                     "params": {"accept": False}}))

    def call(self, method: str, **params) -> dict:
        """Send one command and wait for its result (events arriving meanwhile are recorded)."""
        cid = next(self._ids)
        self.ws.send(json.dumps({"id": cid, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == cid:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})
            if "method" in msg:
                self._handle(msg)

    def _pump(self, seconds: float) -> None:
        """Record events for a while without sending anything."""
        self.ws.settimeout(seconds)
        try:
            while True:
                self._handle(json.loads(self.ws.recv()))
        except websocket.WebSocketTimeoutException:
            pass
        finally:
            self.ws.settimeout(30)

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def load(self, path: str | Path, ready: str = "window.paperkg && window.paperkg.stabilized === true",
             timeout: float = 30.0) -> PageLoad:
        """Open `path` as a file:// URL and wait until the JS expression `ready` is true."""
        url = Path(path).resolve().as_uri()
        self.events.clear()
        start = time.monotonic()
        self.call("Page.navigate", url=url)
        deadline = start + timeout
        while True:
            if self.evaluate(f"document.readyState === 'complete' && !!({ready})"):
                break
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url} not ready ({ready}) after {timeout}s")
            self._pump(0.05)
        elapsed = time.monotonic() - start
        self._pump(0.3)  # let late errors and requests arrive
        return self._summarise(url, elapsed)

    def _summarise(self, url: str, elapsed: float) -> PageLoad:
        page = PageLoad(url=url, ready_seconds=elapsed)
        for ev in self.events:
            method, params = ev.get("method"), ev.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                page.console_errors.append(" ".join(str(a.get("value", a.get("description"))) for a in
                                                    params.get("args", [])))
            elif method == "Runtime.exceptionThrown":
                details = params.get("exceptionDetails", {})
                page.exceptions.append(details.get("exception", {}).get("description") or details.get("text", ""))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                page.log_errors.append(params["entry"].get("text", ""))
            elif method == "Page.javascriptDialogOpening":
                page.dialogs.append(f"{params.get('type')}: {params.get('message')}")
            elif method == "Network.requestWillBeSent":
                page.requests.append(params.get("request", {}).get("url", ""))
        return page

    def screenshot(self, path: str | Path) -> Path:
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path = Path(path)
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        ws = getattr(self, "ws", None)
        if ws is not None:
            try:
                ws.close()
            except Exception:  # noqa: BLE001 - closing anyway
                pass
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)
