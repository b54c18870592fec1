package main

import (
	"bufio"
	"os"
	"strconv"
)

// Each query sums its range: O(n + q * L) for queries of average length L.
func main() {
	in := bufio.NewScanner(os.Stdin)
	in.Buffer(make([]byte, 1<<20), 1<<26)
	in.Split(bufio.ScanWords)
	next := func() int {
		in.Scan()
		v, _ := strconv.Atoi(in.Text())
		return v
	}
	n, q := next(), next()
	a := make([]int64, n)
	for i := range a {
		a[i] = int64(next())
	}
	out := bufio.NewWriter(os.Stdout)
	defer out.Flush()
	for k := 0; k < q; k++ {
		l, r := next(), next()
		var total int64
		for i := l - 1; i < r; i++ {
			total += a[i]
		}
		out.WriteString(strconv.FormatInt(total, 10))
		out.WriteByte('\n')
	}
}
