#!/usr/bin/env python3
"""A tiny voice app for trying simu-atsim (docs/simulator.md): prints every notification the
simulator posts, one decoded field a line, and answers with ActionXML chosen by the last part
of the path: <dir>/<name>.xml if that file exists, else a built-in reply (BUILT_IN below),
else an empty <Response/> (AT hangs up). "{base}" in a reply becomes this app's own URL, so
callbackUrl attributes can point back here. Final notifications (isActive=0) get an empty 200.

    python3 scripts/atsim-echo-app.py [--port 8470] [--xml-dir DIR]
"""
import argparse
import http.server
import pathlib
import urllib.parse

BUILT_IN = {
    "dial": '<Response><Say>Connecting you to an agent.</Say>'
            '<Dial phoneNumbers="+254711000111" record="true"/></Response>',
    "hello": "<Response><Say>Hello from the echo app. Goodbye.</Say></Response>",
    "record": '<Response><Record finishOnKey="#" maxLength="10" playBeep="true" '
              'callbackUrl="{base}/recorded"><Say>Leave a message after the beep.</Say>'
              "</Record></Response>",
    "recorded": "<Response><Say>Thank you. Goodbye.</Say></Response>",
    "digits": '<Response><GetDigits numDigits="4" finishOnKey="#" timeout="30" '
              'callbackUrl="{base}/digits-done"><Say>Enter your PIN.</Say></GetDigits>'
              "<Say>We got nothing. Goodbye.</Say></Response>",
    "digits-done": "<Response><Say>Thank you. Goodbye.</Say></Response>",
}


class EchoApp(http.server.BaseHTTPRequestHandler):
    xml_dir = None

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace")
        fields = urllib.parse.parse_qsl(body, keep_blank_values=True)
        values = dict(fields)
        print(f"--> POST {self.path}  ({values.get('callSessionState', '?')})", flush=True)
        for name, value in fields:
            print(f"    {name}={value}", flush=True)
        reply = ""
        if values.get("isActive") != "0":
            name = urllib.parse.urlsplit(self.path).path.rstrip("/").rsplit("/", 1)[-1]
            file = pathlib.Path(self.xml_dir, name + ".xml") if self.xml_dir else None
            if file and file.is_file():
                reply = file.read_text(encoding="utf-8").strip()
            else:
                reply = BUILT_IN.get(name, "<Response/>")
            host, port = self.server.server_address[:2]
            reply = reply.replace("{base}", f"http://{host}:{port}")
            print(f"<-- {reply}", flush=True)
        data = reply.encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):  # the field dump above says enough
        pass


if __name__ == "__main__":
    parser = argparse.ArgumentParser(
        description="Prints simu-atsim's notifications and answers with ActionXML.")
    parser.add_argument("--port", type=int, default=8470, help="port to listen on (0: any)")
    parser.add_argument("--xml-dir", help="folder of <name>.xml replies (override built-ins)")
    args = parser.parse_args()
    EchoApp.xml_dir = args.xml_dir
    server = http.server.HTTPServer(("127.0.0.1", args.port), EchoApp)
    print(f"echo app on http://127.0.0.1:{server.server_address[1]}", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
