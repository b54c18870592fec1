package main

import (
	"bufio"
	"fmt"
	"os"
)

// A running sum from every start gives each of its subarrays in O(1): O(n^2) time.
func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<16)
	var n int
	fmt.Fscan(in, &n)
	a := make([]int64, n)
	for i := range a {
		fmt.Fscan(in, &a[i])
	}
	best := a[0]
	for i := 0; i < n; i++ {
		var total int64
		for _, x := range a[i:] {
			total += x
			if total > best {
				best = total
			}
		}
	}
	fmt.Println(best)
}
