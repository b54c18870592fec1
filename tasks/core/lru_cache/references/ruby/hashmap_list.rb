# A Ruby Hash keeps insertion order: deleting and re-inserting a key makes it the most recent, and the
# first key is the least recent. O(1) per operation.
class LRUCache
  def initialize(capacity)
    @capacity = capacity
    @items = {}
  end

  def get(key)
    return -1 unless @items.key?(key)

    value = @items.delete(key)
    @items[key] = value
  end

  def put(key, value)
    if @items.key?(key)
      @items.delete(key)
    elsif @items.size >= @capacity
      @items.shift
    end
    @items[key] = value
  end
end
