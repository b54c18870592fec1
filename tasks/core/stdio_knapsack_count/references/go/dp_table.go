package main

import (
	"bufio"
	"fmt"
	"os"
)

// The textbook 2-D table: table[i][c] = best value using the first i items within capacity c.
// O(n * W) time and O(n * W) memory.
func main() {
	in := bufio.NewReader(os.Stdin)
	var n, capacity int
	if _, err := fmt.Fscan(in, &n, &capacity); err != nil {
		return
	}
	table := make([][]int, n+1)
	table[0] = make([]int, capacity+1)
	for i := 1; i <= n; i++ {
		var w, v int
		fmt.Fscan(in, &w, &v)
		previous := table[i-1]
		row := make([]int, capacity+1)
		for c := 0; c <= capacity; c++ {
			row[c] = previous[c]
			if c >= w && previous[c-w]+v > row[c] {
				row[c] = previous[c-w] + v
			}
		}
		table[i] = row
	}
	fmt.Println(table[n][capacity])
}
