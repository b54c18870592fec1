package main

import (
	"bufio"
	"fmt"
	"os"
)

// Best sum ending at each position, extended or restarted: O(n) time, O(1) extra space.
func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<16)
	var n int
	var best, x int64
	fmt.Fscan(in, &n, &best)
	current := best
	for i := 1; i < n; i++ {
		fmt.Fscan(in, &x)
		if current > 0 {
			current += x
		} else {
			current = x
		}
		if current > best {
			best = current
		}
	}
	fmt.Println(best)
}
