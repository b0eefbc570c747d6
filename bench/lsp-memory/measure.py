#!/usr/bin/env python3
"""Resident memory of the language server around a large document: opened, edited, closed.

Usage: python3 bench/lsp-memory/measure.py [path/to/Obligations.LanguageServer.dll] [megabytes]
Drives the server over stdio like an editor and prints RSS (from /proc, Linux only) at each step.
"""
import json, os, subprocess, sys, time

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
dll = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "src/Obligations.LanguageServer/bin/Release/net10.0/Obligations.LanguageServer.dll")
megabytes = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0

proc = subprocess.Popen(["dotnet", dll, "--stdio"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

def send(message):
    body = json.dumps(message).encode()
    proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    proc.stdin.flush()

def read():
    length = 0
    while True:
        line = proc.stdout.readline()
        if line in (b"\r\n", b"\n"): break
        if line.lower().startswith(b"content-length:"): length = int(line.split(b":")[1])
    return json.loads(proc.stdout.read(length))

def wait_for(predicate):
    while True:
        message = read()
        if predicate(message): return message

def rss_mb():
    with open(f"/proc/{proc.pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"): return int(line.split()[1]) / 1024

uri = "file:///tmp/obl-memory/big.obl"
block = "fact f{0}: bool\ntrigger t{0} when f{0}\n"
text, i = [], 0
size = 0
while size < megabytes * 1024 * 1024:
    piece = block.format(i); text.append(piece); size += len(piece); i += 1
text = "".join(text)

send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None, "capabilities": {}}})
wait_for(lambda m: m.get("id") == 1)
send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
time.sleep(1)
print(f"started: {rss_mb():.0f} MB")
start = time.time()
send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "obl", "version": 1, "text": text}}})
wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri)
print(f"{len(text) / 1e6:.1f} MB document ({i * 2} declarations) open, diagnostics published after {time.time() - start:.1f} s: {rss_mb():.0f} MB")
for version in range(2, 12):
    send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": uri, "version": version},
          "contentChanges": [{"range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}, "text": "// edit\n"}]}})
wait_for(lambda m: m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") in (11, None) and m["params"]["uri"] == uri)
print(f"after 10 edits: {rss_mb():.0f} MB")
send({"jsonrpc": "2.0", "method": "textDocument/didClose", "params": {"textDocument": {"uri": uri}}})
time.sleep(5)
print(f"5 s after closing: {rss_mb():.0f} MB")
send({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
wait_for(lambda m: m.get("id") == 2)
send({"jsonrpc": "2.0", "method": "exit", "params": None})
proc.wait(timeout=10)
print(f"exit code {proc.returncode}")
