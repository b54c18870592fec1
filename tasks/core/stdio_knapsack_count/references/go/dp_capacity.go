package main

import (
	"bufio"
	"fmt"
	"os"
)

// 1-D DP over capacity, capacities scanned downwards so each item is used at most once.
// O(n * W) time, O(W) memory.
func main() {
	in := bufio.NewReader(os.Stdin)
	var n, capacity int
	if _, err := fmt.Fscan(in, &n, &capacity); err != nil {
		return
	}
	best := make([]int32, capacity+1)
	for i := 0; i < n; i++ {
		var w int
		var v int32
		fmt.Fscan(in, &w, &v)
		for c := capacity; c >= w; c-- {
			if candidate := best[c-w] + v; candidate > best[c] {
				best[c] = candidate
			}
		}
	}
	fmt.Println(best[capacity])
}
