"""SMTP sink for the receiver's tests: aiosmtpd on 127.0.0.1, every message saved to a folder.

Usage: python smtp_sink.py PORT FOLDER
Prints READY once it accepts connections, then runs until stdin closes or it is killed.
Each message is written to FOLDER/NNNNNN.eml atomically (written under a temp name, renamed).
"""

import os
import pathlib
import sys

from aiosmtpd.controller import Controller


class Saver:
    def __init__(self, folder):
        self.folder = pathlib.Path(folder)
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        tmp = self.folder / f".{self.count:06d}.tmp"
        data = envelope.original_content or envelope.content
        if isinstance(data, str):
            data = data.encode("utf-8")
        header = f"X-Envelope-To: {', '.join(envelope.rcpt_tos)}\r\n".encode()
        tmp.write_bytes(header + data)
        os.replace(tmp, self.folder / f"{self.count:06d}.eml")
        return "250 Message accepted"


def main():
    port = int(sys.argv[1])
    folder = sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    controller = Controller(Saver(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print("READY", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
