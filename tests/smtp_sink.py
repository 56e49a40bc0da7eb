#!/usr/bin/env python3
"""Mail catchers for the integration tests.

    python3 tests/smtp_sink.py [--smtputf8] PORT OUTDIR
        An SMTP server on 127.0.0.1:PORT (plain, no TLS, no auth). Its EHLO offers 8BITMIME, and
        SMTPUTF8 (RFC 6531) only with --smtputf8. Prints "ready" once it accepts connections;
        stops when stdin closes, when killed, or after 60 seconds at the latest, so a test that
        dies never leaves it running.
    python3 tests/smtp_sink.py --sendmail OUTDIR -- [sendmail arguments]
        A stand-in for sendmail: reads one message on stdin.

Each message is written to OUTDIR as NNN.eml (the bytes as received) and NNN.json: the envelope
(mail_from, rcpt_tos, and mail_options: the parameters of MAIL FROM, such as SMTPUTF8) and the message as Python's e-mail parser reads it (every header, decoded,
and the decoded body), an independent check of what aun built.
"""

import json
import os
import sys
import threading
from email import policy
from email.parser import BytesParser

LIFETIME_SECONDS = 60


def store(outdir, number, data, mail_from, rcpt_tos, mail_options=()):
    """Writes NNN.eml and NNN.json; the JSON is renamed into place last, so it marks a whole message."""
    base = os.path.join(outdir, "%03d" % number)
    with open(base + ".eml", "wb") as f:
        f.write(data)
    msg = BytesParser(policy=policy.default).parsebytes(data)
    record = {
        "mail_from": mail_from,
        "rcpt_tos": rcpt_tos,
        "mail_options": list(mail_options),
        "headers": [[name, str(value)] for name, value in msg.items()],
        "body": msg.get_content(),
    }
    with open(base + ".json.tmp", "w") as f:
        json.dump(record, f)
    os.replace(base + ".json.tmp", base + ".json")


class Sink:
    """The aiosmtpd handler: stores every message it accepts."""

    def __init__(self, outdir):
        self.outdir = outdir
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            number = self.count
        data = envelope.original_content or envelope.content
        if isinstance(data, str):
            data = data.encode("utf-8")
        store(self.outdir, number, data, envelope.mail_from, envelope.rcpt_tos, envelope.mail_options)
        return "250 Message accepted"


def sendmail(outdir, args):
    """sendmail -i -f FROM -- TO...: one message on stdin."""
    os.makedirs(outdir, exist_ok=True)
    mail_from = args[args.index("-f") + 1] if "-f" in args else ""
    rcpt_tos = args[args.index("--") + 1 :] if "--" in args else []
    number = len([n for n in os.listdir(outdir) if n.endswith(".eml")]) + 1
    store(outdir, number, sys.stdin.buffer.read(), mail_from, rcpt_tos)


def main():
    if sys.argv[1] == "--sendmail":
        sendmail(sys.argv[2], sys.argv[3:])
        return
    try:
        from aiosmtpd.controller import Controller
    except ImportError:
        print("aiosmtpd is not installed (run: bash .ci/setup)", file=sys.stderr, flush=True)
        sys.exit(3)
    args = sys.argv[1:]
    smtputf8 = "--smtputf8" in args
    port, outdir = [a for a in args if a != "--smtputf8"]
    port = int(port)
    os.makedirs(outdir, exist_ok=True)
    controller = Controller(
        Sink(outdir), hostname="127.0.0.1", port=port, enable_SMTPUTF8=smtputf8
    )
    controller.start()
    print("ready", flush=True)
    stopper = threading.Timer(LIFETIME_SECONDS, lambda: os._exit(0))
    stopper.daemon = True
    stopper.start()
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
