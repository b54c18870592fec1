// Per key, timestamps and values in set order (increasing): get is a binary search.
type TimeMap struct {
	times  map[string][]int
	values map[string][]string
}

func Constructor() TimeMap {
	return TimeMap{times: map[string][]int{}, values: map[string][]string{}}
}

func (this *TimeMap) Set(key string, value string, timestamp int) {
	this.times[key] = append(this.times[key], timestamp)
	this.values[key] = append(this.values[key], value)
}

func (this *TimeMap) Get(key string, timestamp int) string {
	t := this.times[key]
	i := sort.Search(len(t), func(k int) bool { return t[k] > timestamp })
	if i == 0 {
		return ""
	}
	return this.values[key][i-1]
}
