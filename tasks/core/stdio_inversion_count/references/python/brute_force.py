import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:1 + n]))
    count = 0
    for i in range(n):
        x = a[i]
        for j in range(i + 1, n):
            if x > a[j]:
                count += 1
    print(count)


main()
