# Keys in recency order in an array (least recent first): every operation searches and shifts it.
class LRUCache
  def initialize(capacity)
    @capacity = capacity
    @keys = []
    @values = {}
  end

  def get(key)
    return -1 unless @values.key?(key)

    @keys.delete_at(@keys.index(key))
    @keys << key
    @values[key]
  end

  def put(key, value)
    if @values.key?(key)
      @keys.delete_at(@keys.index(key))
    elsif @keys.size >= @capacity
      @values.delete(@keys.shift)
    end
    @keys << key
    @values[key] = value
  end
end
