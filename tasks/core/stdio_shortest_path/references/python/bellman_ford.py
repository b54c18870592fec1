import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    us = list(map(int, data[2:2 + 3 * m:3]))
    vs = list(map(int, data[3:3 + 3 * m:3]))
    ws = list(map(int, data[4:4 + 3 * m:3]))
    edges = list(zip(us, vs, ws))
    inf = float("inf")
    dist = [inf] * (n + 1)
    dist[1] = 0
    # At most n - 1 passes; stop as soon as a pass improves nothing.
    for _ in range(n - 1):
        changed = False
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                changed = True
        if not changed:
            break
    sys.stdout.write(" ".join(str(d) if d < inf else "-1" for d in dist[1:]) + "\n")


main()
