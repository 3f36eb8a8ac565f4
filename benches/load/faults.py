"""Faults against a running `domain-rules serve` on loopback, each bounded in time: what the server
answers to malformed JSON, a wrong content type, a body over the limit, a client that sends one
byte a second, a client that hangs up mid-body, and many connections opened at once. Prints one
JSON line per fault; exits 1 when a request went unanswered (neither an answer nor a clean
refusal) or /healthz stopped answering.

Usage: python3 faults.py HOST PORT MAX_BODY_BYTES CONNECTIONS_AT_ONCE
"""

import asyncio
import json
import sys
import time

HOST, PORT, MAX_BODY, AT_ONCE = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])


async def exchange(raw: bytes, timeout: float = 30.0) -> bytes:
    """Sends raw bytes on a new connection and reads until the server closes it."""
    reader, writer = await asyncio.open_connection(HOST, PORT)
    writer.write(raw)
    await writer.drain()
    try:
        return await asyncio.wait_for(reader.read(), timeout)
    finally:
        writer.close()


def request(method: str, path: str, body: bytes = b"", content_type: str | None = "application/json") -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: load\r\nConnection: close\r\nContent-Length: {len(body)}\r\n"
    if content_type:
        head += f"Content-Type: {content_type}\r\n"
    return head.encode() + b"\r\n" + body


def summary(answer: bytes) -> dict:
    """The status and, for a refusal, its code."""
    if not answer:
        return {"status": None}
    status = int(answer.split(b" ", 2)[1])
    code = None
    body = answer.split(b"\r\n\r\n", 1)[1] if b"\r\n\r\n" in answer else b""
    if body.startswith(b"{"):
        try:
            diagnostics = json.loads(body).get("diagnostics") or []
            code = diagnostics[0]["code"] if diagnostics else None
        except ValueError:
            pass
    return {"status": status, "code": code}


async def healthy() -> bool:
    answer = await exchange(request("GET", "/healthz", content_type=None), timeout=5)
    return answer.startswith(b"HTTP/1.1 200")


async def slow_client() -> dict:
    """Sends a request's head one byte a second: the server closes the connection."""
    raw = request("POST", "/v1/domain", b'{"name":"a.de"}')
    reader, writer = await asyncio.open_connection(HOST, PORT)
    start = time.monotonic()
    sent = 0
    closed = False
    try:
        for byte in raw:
            writer.write(bytes([byte]))
            await writer.drain()
            sent += 1
            try:
                data = await asyncio.wait_for(reader.read(4096), 1.0)
                if not data or data.startswith(b"HTTP/"):
                    closed = True
                    answer = data
                    break
            except asyncio.TimeoutError:
                pass
            if time.monotonic() - start > 60:
                break
    except (ConnectionResetError, BrokenPipeError):
        closed = True
        answer = b""
    finally:
        writer.close()
    # Closed without an answer (the head never came whole) or with a refusal: both are clean.
    result = {"closed": closed, "after_seconds": round(time.monotonic() - start, 1), "bytes_sent": sent}
    if closed and answer:
        result.update(summary(answer))
    return result


async def hang_up_mid_body() -> dict:
    """Sends half a body and hangs up; the server goes on serving."""
    body = json.dumps({"names": ["a.de"] * 50}).encode()
    raw = request("POST", "/v1/domain", body)
    for _ in range(20):
        reader, writer = await asyncio.open_connection(HOST, PORT)
        writer.write(raw[: len(raw) - len(body) // 2])
        await writer.drain()
        writer.close()
    await asyncio.sleep(0.2)
    return {"hung_up": 20, "healthz_after": await healthy()}


async def many_at_once(count: int) -> dict:
    """Opens `count` connections at once, then sends a name on each: every one is answered,
    with its report or a clean refusal."""
    raw = request("POST", "/v1/domain", b'{"name":"beispiel.de"}')
    opened = []
    failed_to_open = 0
    for _ in range(count):
        try:
            opened.append(await asyncio.open_connection(HOST, PORT))
        except OSError:
            failed_to_open += 1

    async def one(pair):
        reader, writer = pair
        try:
            writer.write(raw)
            await writer.drain()
            return summary(await asyncio.wait_for(reader.read(), 60))
        except (OSError, asyncio.TimeoutError):
            return {"status": None}
        finally:
            writer.close()

    answers = await asyncio.gather(*(one(pair) for pair in opened))
    by_status = {}
    for a in answers:
        key = str(a["status"])
        by_status[key] = by_status.get(key, 0) + 1
    return {"connections": count, "opened": len(opened), "failed_to_open": failed_to_open, "answers": by_status}


async def main() -> int:
    results = []
    results.append(("malformed JSON", summary(await exchange(request("POST", "/v1/domain", b'{"name":')))))
    results.append(("wrong content type", summary(await exchange(request("POST", "/v1/domain", b'{"name":"a.de"}', "text/plain")))))
    results.append(("no content type", summary(await exchange(request("POST", "/v1/domain", b'{"name":"a.de"}', None)))))
    big = json.dumps({"name": "a" * (MAX_BODY + 1)}).encode()
    results.append(("body over the limit", summary(await exchange(request("POST", "/v1/domain", big)))))
    results.append(("wrong shape", summary(await exchange(request("POST", "/v1/domain", b'{"nam":"a.de"}')))))
    results.append(("one byte a second", await slow_client()))
    results.append(("hang up mid-body", await hang_up_mid_body()))
    results.append((f"{AT_ONCE} connections at once", await many_at_once(AT_ONCE)))
    still = await healthy()
    results.append(("healthz at the end", {"ok": still}))
    lost = False
    for name, result in results:
        print(json.dumps({"fault": name, **result}))
        if result.get("status", 0) is None:
            lost = True
    expected = {"malformed JSON": 400, "wrong content type": 415, "no content type": 415,
                "body over the limit": 413, "wrong shape": 422}
    for name, result in results:
        if name in expected and result.get("status") != expected[name]:
            print(f"faults: {name}: expected {expected[name]}, got {result.get('status')}", file=sys.stderr)
            lost = True
    crowd = results[-2][1]
    answered = sum(n for s, n in crowd["answers"].items() if s in ("200", "503"))
    if answered != crowd["opened"]:
        print(f"faults: {crowd['opened'] - answered} of {crowd['opened']} connections got no answer", file=sys.stderr)
        lost = True
    if not results[5][1]["closed"]:
        print("faults: the slow client was not cut off", file=sys.stderr)
        lost = True
    if not still or not results[6][1]["healthz_after"]:
        lost = True
    return 1 if lost else 0


sys.exit(asyncio.run(main()))
