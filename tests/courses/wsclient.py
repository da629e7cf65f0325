"""A minimal asyncio websocket client (RFC 6455 text frames) for tests and benchmarks.

The environment has no websocket client library; this is enough to open a socket with
cookies and an Origin, read server frames and close.
"""

import asyncio
import base64
import json
import os
import struct


class WebSocket:
    def __init__(self, reader, writer):
        self.reader = reader
        self.writer = writer

    @classmethod
    async def connect(cls, host: str, port: int, path: str, *, origin: str,
                      cookie: str = "", local_addr: tuple | None = None) -> "WebSocket":
        reader, writer = await asyncio.open_connection(host, port, local_addr=local_addr)
        key = base64.b64encode(os.urandom(16)).decode()
        lines = [
            f"GET {path} HTTP/1.1", f"Host: {host}:{port}", "Upgrade: websocket",
            "Connection: Upgrade", f"Sec-WebSocket-Key: {key}", "Sec-WebSocket-Version: 13",
            f"Origin: {origin}",
        ]
        if cookie:
            lines.append(f"Cookie: {cookie}")
        writer.write(("\r\n".join(lines) + "\r\n\r\n").encode())
        await writer.drain()
        status = await reader.readline()
        while (await reader.readline()) not in (b"\r\n", b""):
            pass
        if b" 101 " not in status:
            writer.close()
            raise ConnectionRefusedError(status.decode(errors="replace").strip())
        return cls(reader, writer)

    async def receive(self) -> str | None:
        """The next text message; None when the server closes."""
        while True:
            head = await self.reader.readexactly(2)
            opcode = head[0] & 0x0F
            length = head[1] & 0x7F
            if length == 126:
                length = struct.unpack("!H", await self.reader.readexactly(2))[0]
            elif length == 127:
                length = struct.unpack("!Q", await self.reader.readexactly(8))[0]
            payload = await self.reader.readexactly(length)
            if opcode == 0x8:
                return None
            if opcode == 0x9:  # daphne pings idle sockets and drops those that never answer
                await self._frame(0xA, payload)
            if opcode == 0x1:
                return payload.decode()

    async def receive_json(self) -> dict | None:
        text = await self.receive()
        return None if text is None else json.loads(text)

    async def send(self, text: str) -> None:
        """One text frame."""
        await self._frame(0x1, text.encode())

    async def _frame(self, opcode: int, payload: bytes) -> None:
        """One final frame (client frames are masked, RFC 6455 §5.3)."""
        mask = os.urandom(4)
        size = len(payload)
        if size < 126:
            head = bytes([0x80 | opcode, 0x80 | size])
        elif size < 65536:
            head = bytes([0x80 | opcode, 0x80 | 126]) + struct.pack("!H", size)
        else:
            head = bytes([0x80 | opcode, 0x80 | 127]) + struct.pack("!Q", size)
        masked = bytes(byte ^ mask[i % 4] for i, byte in enumerate(payload))
        self.writer.write(head + mask + masked)
        await self.writer.drain()

    async def send_json(self, data) -> None:
        await self.send(json.dumps(data))

    async def close(self):
        mask = os.urandom(4)
        self.writer.write(bytes([0x88, 0x80]) + mask)
        try:
            await self.writer.drain()
        except ConnectionError:
            pass
        self.writer.close()
