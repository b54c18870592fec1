// Keys and values in recency order in slices (least recent first): every operation searches and shifts them.
type LRUCache struct {
	capacity     int
	keys, values []int
}

func Constructor(capacity int) LRUCache {
	return LRUCache{capacity: capacity}
}

func (this *LRUCache) find(key int) int {
	for i, k := range this.keys {
		if k == key {
			return i
		}
	}
	return -1
}

func (this *LRUCache) remove(i int) {
	this.keys = append(this.keys[:i], this.keys[i+1:]...)
	this.values = append(this.values[:i], this.values[i+1:]...)
}

func (this *LRUCache) Get(key int) int {
	i := this.find(key)
	if i < 0 {
		return -1
	}
	value := this.values[i]
	this.remove(i)
	this.keys = append(this.keys, key)
	this.values = append(this.values, value)
	return value
}

func (this *LRUCache) Put(key int, value int) {
	if i := this.find(key); i >= 0 {
		this.remove(i)
	} else if len(this.keys) >= this.capacity {
		this.remove(0)
	}
	this.keys = append(this.keys, key)
	this.values = append(this.values, value)
}
