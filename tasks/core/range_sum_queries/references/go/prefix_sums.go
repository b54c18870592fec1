package main

import (
	"bufio"
	"io"
	"os"
	"strconv"
)

// The whole input is read at once and parsed by hand; prefix sums answer each query in O(1).
func main() {
	data, _ := io.ReadAll(os.Stdin)
	pos := 0
	next := func() int64 {
		for data[pos] == ' ' || data[pos] == '\n' || data[pos] == '\r' || data[pos] == '\t' {
			pos++
		}
		negative := data[pos] == '-'
		if negative {
			pos++
		}
		var v int64
		for pos < len(data) && data[pos] >= '0' && data[pos] <= '9' {
			v = v*10 + int64(data[pos]-'0')
			pos++
		}
		if negative {
			return -v
		}
		return v
	}
	n, q := int(next()), int(next())
	prefix := make([]int64, n+1)
	for i := 1; i <= n; i++ {
		prefix[i] = prefix[i-1] + next()
	}
	out := bufio.NewWriterSize(os.Stdout, 1<<16)
	defer out.Flush()
	buf := make([]byte, 0, 24)
	for k := 0; k < q; k++ {
		l, r := next(), next()
		buf = strconv.AppendInt(buf[:0], prefix[r]-prefix[l-1], 10)
		buf = append(buf, '\n')
		out.Write(buf)
	}
}
