// Open-addressing hash map from key to its slot in a doubly linked list (indices into arrays) kept in
// recency order: O(1) per operation. Slot 0 is the list's sentinel; keys are never removed from the map
// in place: an evicted key's entry is marked dead and the table is rebuilt when tombstones pile up.
typedef struct {
    int capacity, used, mask, entries, dead;
    int *keys, *values, *prev, *next;
    int *table_keys, *table_slots; /* table_slots: 0 empty, -1 dead, else the slot */
} LRUCache;

static unsigned lru_hash(int key, int mask) { return ((unsigned)key * 2654435761u) & (unsigned)mask; }

static int lru_find(LRUCache* c, int key) {
    unsigned h = lru_hash(key, c->mask);
    while (c->table_slots[h] != 0) {
        if (c->table_slots[h] > 0 && c->table_keys[h] == key) return (int)h;
        h = (h + 1) & (unsigned)c->mask;
    }
    return -1;
}

static void lru_insert(LRUCache* c, int key, int slot) {
    unsigned h = lru_hash(key, c->mask);
    while (c->table_slots[h] > 0) h = (h + 1) & (unsigned)c->mask;
    if (c->table_slots[h] == -1) c->dead--;
    else c->entries++;
    c->table_keys[h] = key;
    c->table_slots[h] = slot;
}

static void lru_rebuild(LRUCache* c) {
    int size = c->mask + 1;
    int* old_keys = c->table_keys;
    int* old_slots = c->table_slots;
    c->table_keys = malloc(sizeof(int) * size);
    c->table_slots = calloc(size, sizeof(int));
    c->entries = c->dead = 0;
    for (int h = 0; h < size; h++)
        if (old_slots[h] > 0) lru_insert(c, old_keys[h], old_slots[h]);
    free(old_keys);
    free(old_slots);
}

LRUCache* lRUCacheCreate(int capacity) {
    LRUCache* c = calloc(1, sizeof(LRUCache));
    c->capacity = capacity;
    int size = 16;
    while (size < 4 * (capacity + 1)) size <<= 1;
    c->mask = size - 1;
    c->keys = malloc(sizeof(int) * (capacity + 1));
    c->values = malloc(sizeof(int) * (capacity + 1));
    c->prev = malloc(sizeof(int) * (capacity + 1));
    c->next = malloc(sizeof(int) * (capacity + 1));
    c->prev[0] = c->next[0] = 0;
    c->table_keys = malloc(sizeof(int) * size);
    c->table_slots = calloc(size, sizeof(int));
    return c;
}

static void lru_unlink(LRUCache* c, int i) {
    c->next[c->prev[i]] = c->next[i];
    c->prev[c->next[i]] = c->prev[i];
}

static void lru_push_front(LRUCache* c, int i) {
    int first = c->next[0];
    c->prev[i] = 0;
    c->next[i] = first;
    c->prev[first] = i;
    c->next[0] = i;
}

int lRUCacheGet(LRUCache* obj, int key) {
    int h = lru_find(obj, key);
    if (h < 0) return -1;
    int i = obj->table_slots[h];
    lru_unlink(obj, i);
    lru_push_front(obj, i);
    return obj->values[i];
}

void lRUCachePut(LRUCache* obj, int key, int value) {
    int h = lru_find(obj, key);
    if (h >= 0) {
        int i = obj->table_slots[h];
        obj->values[i] = value;
        lru_unlink(obj, i);
        lru_push_front(obj, i);
        return;
    }
    int i;
    if (obj->used == obj->capacity) {
        i = obj->prev[0];
        lru_unlink(obj, i);
        obj->table_slots[lru_find(obj, obj->keys[i])] = -1;
        obj->dead++;
    } else {
        i = ++obj->used;
    }
    obj->keys[i] = key;
    obj->values[i] = value;
    if (2 * (obj->entries + obj->dead + 1) > obj->mask + 1) lru_rebuild(obj);
    lru_insert(obj, key, i);
    lru_push_front(obj, i);
}

void lRUCacheFree(LRUCache* obj) {
    free(obj->keys);
    free(obj->values);
    free(obj->prev);
    free(obj->next);
    free(obj->table_keys);
    free(obj->table_slots);
    free(obj);
}
