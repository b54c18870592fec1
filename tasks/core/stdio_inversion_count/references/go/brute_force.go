package main

import (
	"bufio"
	"fmt"
	"os"
)

// Compare every pair.
func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<16)
	var n int
	fmt.Fscan(in, &n)
	a := make([]int, n)
	for i := range a {
		fmt.Fscan(in, &a[i])
	}
	var count int64
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			if a[i] > a[j] {
				count++
			}
		}
	}
	fmt.Println(count)
}
