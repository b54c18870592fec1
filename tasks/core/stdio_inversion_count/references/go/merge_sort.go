package main

import (
	"bufio"
	"fmt"
	"os"
)

// sortCount sorts a[lo:hi] through buf and returns its inversions: a right element placed before
// left ones jumps over every left element not yet placed, each of them larger.
func sortCount(a, buf []int, lo, hi int) int64 {
	if hi-lo < 2 {
		return 0
	}
	mid := (lo + hi) / 2
	count := sortCount(a, buf, lo, mid) + sortCount(a, buf, mid, hi)
	i, j, k := lo, mid, lo
	for i < mid && j < hi {
		if a[i] <= a[j] {
			buf[k] = a[i]
			i++
		} else {
			count += int64(mid - i)
			buf[k] = a[j]
			j++
		}
		k++
	}
	k += copy(buf[k:], a[i:mid])
	copy(buf[k:], a[j:hi])
	copy(a[lo:hi], buf[lo:hi])
	return count
}

func main() {
	in := bufio.NewReaderSize(os.Stdin, 1<<16)
	var n int
	fmt.Fscan(in, &n)
	a := make([]int, n)
	for i := range a {
		fmt.Fscan(in, &a[i])
	}
	fmt.Println(sortCount(a, make([]int, n), 0, n))
}
