import sys


def main():
    # Sums of blocks of about sqrt(n) values: a query adds whole blocks and at most two partial
    # ones, O(sqrt(n)) per query.
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    values = list(map(int, data[2:2 + n]))
    size = max(1, int(n ** 0.5))
    blocks = [sum(values[i:i + size]) for i in range(0, n, size)]
    out = []
    pos = 2 + n
    for _ in range(q):
        left, right = int(data[pos]) - 1, int(data[pos + 1])  # half-open [left, right)
        pos += 2
        first, last = -(-left // size), right // size  # whole blocks [first, last)
        if first >= last:
            out.append(sum(values[left:right]))
        else:
            out.append(sum(values[left:first * size]) + sum(blocks[first:last]) + sum(values[last * size:right]))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
