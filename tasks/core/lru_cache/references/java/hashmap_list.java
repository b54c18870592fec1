// A hash map from key to its node in a doubly linked list kept in recency order: O(1) per operation.
class LRUCache {
    private static final class Node {
        int key, value;
        Node prev, next;
    }

    private final int capacity;
    private final HashMap<Integer, Node> nodes;
    private final Node head = new Node();

    public LRUCache(int capacity) {
        this.capacity = capacity;
        nodes = new HashMap<>(2 * capacity);
        head.prev = head;
        head.next = head;
    }

    private void unlink(Node node) {
        node.prev.next = node.next;
        node.next.prev = node.prev;
    }

    private void pushFront(Node node) {
        node.prev = head;
        node.next = head.next;
        head.next.prev = node;
        head.next = node;
    }

    public int get(int key) {
        Node node = nodes.get(key);
        if (node == null) return -1;
        unlink(node);
        pushFront(node);
        return node.value;
    }

    public void put(int key, int value) {
        Node node = nodes.get(key);
        if (node != null) {
            node.value = value;
            unlink(node);
        } else {
            if (nodes.size() >= capacity) {
                Node last = head.prev;
                unlink(last);
                nodes.remove(last.key);
            }
            node = new Node();
            node.key = key;
            node.value = value;
            nodes.put(key, node);
        }
        pushFront(node);
    }
}
