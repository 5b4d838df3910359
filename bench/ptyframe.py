"""Times the interface's first full frame as a user sees it, without the
DPODESK_EXIT_AFTER_FIRST_FRAME switch: the binary runs in a pseudo-terminal of
120x40, and the time is taken when the dashboard's request total ("... open of
N") reaches the terminal; the program is then quit with q, as a user quits it.
Nothing answers the terminal's queries (as with script(1)).

    python3 bench/ptyframe.py ./bin/dpodesk --db WORKSPACE
"""
import fcntl
import os
import pty
import re
import select
import struct
import sys
import termios
import time
args = sys.argv[1:]
if not args:
    sys.exit(__doc__)
t0 = time.monotonic()
pid, fd = pty.fork()
if pid == 0:
    os.execvp(args[0], args)
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
ansi = re.compile(rb"\x1b\[[0-9;?]*[a-zA-Z]|\x1b\][^\x07]*\x07")
buf, seen = b"", None
while True:
    ready, _, _ = select.select([fd], [], [], 5)
    if not ready:
        break
    try:
        data = os.read(fd, 65536)
    except OSError:  # the program ended
        break
    if not data:
        break
    buf += data
    if seen is None and re.search(rb"open\s+of\s+[0-9]", ansi.sub(b"", buf)):
        seen = time.monotonic()
        os.write(fd, b"q")
os.waitpid(pid, 0)
done = time.monotonic()
frame = f"{(seen - t0) * 1000:.0f} ms" if seen else "not seen within 5 s"
print(f"first full frame {frame}, quit after {(done - t0) * 1000:.0f} ms")
