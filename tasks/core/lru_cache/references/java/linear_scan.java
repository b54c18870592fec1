// Keys and values in recency order in arrays (least recent first): every operation searches and shifts them.
class LRUCache {
    private final int[] keys, values;
    private int size;

    public LRUCache(int capacity) {
        keys = new int[capacity];
        values = new int[capacity];
    }

    private int find(int key) {
        for (int i = 0; i < size; i++) if (keys[i] == key) return i;
        return -1;
    }

    private void remove(int i) {
        System.arraycopy(keys, i + 1, keys, i, size - i - 1);
        System.arraycopy(values, i + 1, values, i, size - i - 1);
        size--;
    }

    public int get(int key) {
        int i = find(key);
        if (i < 0) return -1;
        int value = values[i];
        remove(i);
        keys[size] = key;
        values[size++] = value;
        return value;
    }

    public void put(int key, int value) {
        int i = find(key);
        if (i >= 0) remove(i);
        else if (size == keys.length) remove(0);
        keys[size] = key;
        values[size++] = value;
    }
}
