// Per key, timestamps and values in set order: get scans back from the newest.
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
	for i := len(t) - 1; i >= 0; i-- {
		if t[i] <= timestamp {
			return this.values[key][i]
		}
	}
	return ""
}
