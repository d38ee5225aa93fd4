"""Drive headless Chromium over the DevTools pipe, with the network blocked.

Used by the browser tests and by :mod:`careergraph.views.screenshots`; it needs nothing but
the standard library and a Chromium binary (``CHROMIUM`` or ``/usr/bin/chromium``).  The
DevTools protocol runs over ``--remote-debugging-pipe``: Chromium reads commands from file
descriptor 3 and writes answers and events to descriptor 4, each a JSON text ended by NUL.

>>> Chromium.find_binary() is None or Path(Chromium.find_binary()).name.startswith("chrom")
True
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType
from typing import Any

__all__ = ["BrowserError", "Chromium", "Tab"]

#: Flags for a quiet, offline, throw-away browser.  Every host name resolves to nothing and
#: every request goes to a closed proxy port, so a page that tries to fetch anything fails.
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
    "--no-default-browser-check", "--disable-extensions", "--disable-default-apps",
    "--mute-audio", "--hide-scrollbars", "--remote-debugging-pipe",
    "--host-resolver-rules=MAP * ~NOTFOUND", "--proxy-server=127.0.0.1:9",
    "--proxy-bypass-list=<-loopback>",
)


class BrowserError(RuntimeError):
    """Chromium failed to start, answered with an error, or a page did not get ready."""


class Chromium:
    """One headless browser; open pages with :meth:`open`.  Use as a context manager."""

    def __init__(self, binary: str | None = None, *, timeout: float = 30.0) -> None:
        found = binary or self.find_binary()
        if found is None:
            raise BrowserError("no Chromium found: install chromium or set CHROMIUM")
        self.timeout = timeout
        self._profile = tempfile.mkdtemp(prefix="careergraph-chromium-")
        to_chrome_r, self._to_chrome = os.pipe()
        self._from_chrome, from_chrome_w = os.pipe()

        def wire_pipes() -> None:  # runs in the child, before exec
            os.dup2(to_chrome_r, 100)
            os.dup2(from_chrome_w, 101)
            os.dup2(100, 3)
            os.dup2(101, 4)

        self._proc = subprocess.Popen(
            [found, *FLAGS, f"--user-data-dir={self._profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=wire_pipes, close_fds=False,
        )
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self._lock = threading.Lock()
        self._next_id = 0
        self._waiting: dict[int, queue.Queue[dict[str, Any]]] = {}
        self._events: dict[str, list[dict[str, Any]]] = {}
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.version = str(self.send("Browser.getVersion")["product"])

    @staticmethod
    def find_binary() -> str | None:
        """``$CHROMIUM``, else the first of chromium / chromium-browser / google-chrome."""
        env = os.environ.get("CHROMIUM")
        if env:
            return env
        for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
            path = shutil.which(name)
            if path:
                return path
        return None

    # -- protocol ---------------------------------------------------------------------------
    def _read(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(self._from_chrome, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                for waiter in list(self._waiting.values()):
                    waiter.put({"error": {"message": "Chromium closed the pipe"}})
                return
            buffer += chunk
            *messages, buffer = buffer.split(b"\0")
            for raw in messages:
                self._dispatch(json.loads(raw))

    def _dispatch(self, message: dict[str, Any]) -> None:
        if "id" in message:
            waiter = self._waiting.pop(message["id"], None)
            if waiter is not None:
                waiter.put(message)
            return
        session = message.get("sessionId", "")
        with self._lock:
            self._events.setdefault(session, []).append(message)
        if message.get("method") == "Page.javascriptDialogOpening":
            # alert() would block the page: dismiss it at once (and tests see the event).
            self._post("Page.handleJavaScriptDialog", {"accept": False}, session)

    def _post(self, method: str, params: dict[str, Any] | None, session: str | None,
              ) -> queue.Queue[dict[str, Any]]:
        answer: queue.Queue[dict[str, Any]] = queue.Queue(maxsize=1)
        with self._lock:
            self._next_id += 1
            message: dict[str, Any] = {"id": self._next_id, "method": method,
                                       "params": params or {}}
            if session:
                message["sessionId"] = session
            self._waiting[self._next_id] = answer
            os.write(self._to_chrome, json.dumps(message).encode("utf-8") + b"\0")
        return answer

    def send(self, method: str, params: dict[str, Any] | None = None,
             session: str | None = None) -> dict[str, Any]:
        """Send one DevTools command and return its result (raises on an error answer)."""
        try:
            message = self._post(method, params, session).get(timeout=self.timeout)
        except queue.Empty:
            raise BrowserError(f"{method}: no answer within {self.timeout:.0f}s") from None
        if "error" in message:
            raise BrowserError(f"{method}: {message['error'].get('message')}")
        result: dict[str, Any] = message.get("result", {})
        return result

    def events(self, session: str) -> list[dict[str, Any]]:
        """Events received so far for one page session (a copy)."""
        with self._lock:
            return list(self._events.get(session, []))

    # -- pages ------------------------------------------------------------------------------
    def open(self, url: str, *, width: int = 1400, height: int = 900,
             ready: str = "document.readyState === 'complete'",
             timeout: float | None = None) -> Tab:
        """Open ``url`` in a new tab of ``width`` x ``height`` and wait until ``ready`` is true
        (at most ``timeout`` seconds, the browser's own timeout by default)."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget",
                            {"targetId": target, "flatten": True})["sessionId"]
        tab = Tab(self, str(target), str(session))
        for domain in ("Page", "Runtime", "Log", "Network"):
            self.send(f"{domain}.enable", {}, session)
        self.send("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
                  session)
        self.send("Page.navigate", {"url": url}, session)
        tab.wait_for(ready, timeout)
        return tab

    def close(self) -> None:
        """Stop the browser and remove its profile."""
        if self._proc.poll() is None:
            with contextlib.suppress(queue.Empty, OSError):
                self._post("Browser.close", None, None).get(timeout=5)
            try:
                self._proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
        for fd in (self._to_chrome, self._from_chrome):
            with contextlib.suppress(OSError):
                os.close(fd)
        shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()


class Tab:
    """One open page: evaluate JavaScript, read its console and requests, take screenshots."""

    def __init__(self, browser: Chromium, target: str, session: str) -> None:
        self.browser = browser
        self.target = target
        self.session = session

    def evaluate(self, expression: str) -> Any:
        """The JSON value of a JavaScript expression (promises are awaited)."""
        result = self.browser.send("Runtime.evaluate", {
            "expression": expression, "returnByValue": True, "awaitPromise": True,
        }, self.session)
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression[:60]}: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def wait_for(self, expression: str, timeout: float | None = None) -> None:
        """Poll until ``expression`` is truthy."""
        deadline = time.monotonic() + (timeout or self.browser.timeout)
        while not self.evaluate(f"Boolean({expression})"):
            if time.monotonic() > deadline:
                raise BrowserError(f"page not ready: {expression}; console: {self.errors()}")
            time.sleep(0.05)

    def _events(self, method: str) -> list[dict[str, Any]]:
        return [e["params"] for e in self.browser.events(self.session) if e["method"] == method]

    def errors(self) -> list[str]:
        """Console errors and warnings, uncaught exceptions and failed loads, as text."""
        found = []
        for call in self._events("Runtime.consoleAPICalled"):
            if call["type"] in ("error", "warning", "assert"):
                found.append(call["type"] + ": " + " ".join(
                    str(a.get("value", a.get("description", ""))) for a in call["args"]))
        for thrown in self._events("Runtime.exceptionThrown"):
            details = thrown["exceptionDetails"]
            found.append("exception: " + str(details.get("exception", {})
                                              .get("description", details.get("text"))))
        for entry in self._events("Log.entryAdded"):
            if entry["entry"]["level"] in ("error", "warning"):
                found.append(f"log: {entry['entry']['text']} {entry['entry'].get('url', '')}")
        found.extend(f"failed load: {f.get('errorText')}"
                     for f in self._events("Network.loadingFailed"))
        return found

    def requests(self) -> list[str]:
        """URLs the page asked for (the page itself included)."""
        return [r["request"]["url"] for r in self._events("Network.requestWillBeSent")]

    def dialogs(self) -> list[str]:
        """Messages of every alert/confirm/prompt the page opened."""
        return [str(d.get("message")) for d in self._events("Page.javascriptDialogOpening")]

    def mouse_move(self, x: float, y: float) -> None:
        """Move the mouse to viewport coordinates (as a user would, e.g. to show a tooltip)."""
        self.browser.send("Input.dispatchMouseEvent",
                          {"type": "mouseMoved", "x": x, "y": y}, self.session)

    def screenshot(self, path: str | Path) -> Path:
        """Save a PNG of the viewport."""
        data = self.browser.send("Page.captureScreenshot", {"format": "png"}, self.session)
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data["data"]))
        return path

    def close(self) -> None:
        self.browser.send("Target.closeTarget", {"targetId": self.target})
