package main

import (
	"io"
	"os"
	"strconv"
)

// sortCount sorts a[lo:hi] through buffer and returns its inversions: those inside each half plus
// the left values each right value jumps over while merging. O(n log n).
func sortCount(a, buffer []int, lo, hi int) int {
	if hi-lo <= 1 {
		return 0
	}
	mid := (lo + hi) / 2
	count := sortCount(a, buffer, lo, mid) + sortCount(a, buffer, mid, hi)
	i, j, k := lo, mid, lo
	for i < mid && j < hi {
		if a[j] < a[i] {
			buffer[k] = a[j]
			count += mid - i
			j++
		} else {
			buffer[k] = a[i]
			i++
		}
		k++
	}
	k += copy(buffer[k:], a[i:mid])
	copy(buffer[k:], a[j:hi])
	copy(a[lo:hi], buffer[lo:hi])
	return count
}

func main() {
	data, _ := io.ReadAll(os.Stdin)
	fields := splitFields(data)
	n, _ := strconv.Atoi(fields[0])
	a := make([]int, n)
	for i := range a {
		a[i], _ = strconv.Atoi(fields[1+i])
	}
	os.Stdout.WriteString(strconv.Itoa(sortCount(a, make([]int, n), 0, n)) + "\n")
}

// splitFields cuts the input at ASCII whitespace without copying it more than once.
func splitFields(data []byte) []string {
	var fields []string
	start := -1
	for i, c := range data {
		space := c == ' ' || c == '\n' || c == '\r' || c == '\t'
		if !space && start < 0 {
			start = i
		} else if space && start >= 0 {
			fields = append(fields, string(data[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		fields = append(fields, string(data[start:]))
	}
	return fields
}
