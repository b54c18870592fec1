package main

import (
	"bufio"
	"container/heap"
	"os"
	"strconv"
)

type entry struct {
	dist int64
	node int
}

// entries is a min-heap of (distance, node) for container/heap.
type entries []entry

func (h entries) Len() int            { return len(h) }
func (h entries) Less(i, j int) bool  { return h[i].dist < h[j].dist }
func (h entries) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *entries) Push(x interface{}) { *h = append(*h, x.(entry)) }
func (h *entries) Pop() interface{} {
	old := *h
	last := old[len(old)-1]
	*h = old[:len(old)-1]
	return last
}

type edge struct {
	to   int
	cost int64
}

// Dijkstra with container/heap and lazy deletion: stale entries of settled nodes are skipped.
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
	adj := make([][]edge, n+1)
	for k := 0; k < m; k++ {
		u, v, w := int(next()), int(next()), next()
		adj[u] = append(adj[u], edge{v, w})
	}
	dist := make([]int64, n+1)
	for v := range dist {
		dist[v] = -1
	}
	h := &entries{{0, 1}}
	for h.Len() > 0 {
		e := heap.Pop(h).(entry)
		if dist[e.node] >= 0 {
			continue
		}
		dist[e.node] = e.dist
		for _, ed := range adj[e.node] {
			if dist[ed.to] < 0 {
				heap.Push(h, entry{e.dist + ed.cost, ed.to})
			}
		}
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for v := 1; v <= n; v++ {
		out.WriteString(strconv.FormatInt(dist[v], 10))
		if v < n {
			out.WriteByte(' ')
		}
	}
	out.WriteByte('\n')
}
