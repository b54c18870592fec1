package main

import (
	"bufio"
	"fmt"
	"os"
)

// Compare every pair: O(n^2).
func main() {
	in := bufio.NewReader(os.Stdin)
	var n int
	fmt.Fscan(in, &n)
	a := make([]int, n)
	for i := range a {
		fmt.Fscan(in, &a[i])
	}
	count := 0
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if a[j] < a[i] {
				count++
			}
		}
	}
	fmt.Println(count)
}
