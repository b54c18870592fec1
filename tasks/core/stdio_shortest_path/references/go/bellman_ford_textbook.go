package main

import (
	"bufio"
	"os"
	"strconv"
)

// Textbook Bellman-Ford: n - 1 full passes over the edge list, whether or not anything changes.
func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<20)
	in.Split(bufio.ScanWords)
	next := func() int64 {
		in.Scan()
		v, _ := strconv.ParseInt(in.Text(), 10, 64)
		return v
	}
	n, m := int(next()), int(next())
	from, to, cost := make([]int, m), make([]int, m), make([]int64, m)
	for k := 0; k < m; k++ {
		from[k], to[k], cost[k] = int(next()), int(next()), next()
	}
	const inf = int64(1) << 62
	dist := make([]int64, n+1)
	for v := range dist {
		dist[v] = inf
	}
	dist[1] = 0
	for pass := 1; pass < n; pass++ {
		for k := 0; k < m; k++ {
			if dist[from[k]] != inf && dist[from[k]]+cost[k] < dist[to[k]] {
				dist[to[k]] = dist[from[k]] + cost[k]
			}
		}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for v := 1; v <= n; v++ {
		d := dist[v]
		if d == inf {
			d = -1
		}
		out.WriteString(strconv.FormatInt(d, 10))
		if v < n {
			out.WriteByte(' ')
		}
	}
	out.WriteByte('\n')
}
