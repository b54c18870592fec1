// Keys and values in recency order in arrays (least recent first): every operation searches and shifts them.
typedef struct {
    int capacity, size;
    int *keys, *values;
} LRUCache;

LRUCache* lRUCacheCreate(int capacity) {
    LRUCache* c = malloc(sizeof(LRUCache));
    c->capacity = capacity;
    c->size = 0;
    c->keys = malloc(sizeof(int) * capacity);
    c->values = malloc(sizeof(int) * capacity);
    return c;
}

static int lru_find(LRUCache* c, int key) {
    for (int i = 0; i < c->size; i++)
        if (c->keys[i] == key) return i;
    return -1;
}

static void lru_remove(LRUCache* c, int i) {
    memmove(c->keys + i, c->keys + i + 1, sizeof(int) * (c->size - i - 1));
    memmove(c->values + i, c->values + i + 1, sizeof(int) * (c->size - i - 1));
    c->size--;
}

int lRUCacheGet(LRUCache* obj, int key) {
    int i = lru_find(obj, key);
    if (i < 0) return -1;
    int value = obj->values[i];
    lru_remove(obj, i);
    obj->keys[obj->size] = key;
    obj->values[obj->size++] = value;
    return value;
}

void lRUCachePut(LRUCache* obj, int key, int value) {
    int i = lru_find(obj, key);
    if (i >= 0) lru_remove(obj, i);
    else if (obj->size == obj->capacity) lru_remove(obj, 0);
    obj->keys[obj->size] = key;
    obj->values[obj->size++] = value;
}

void lRUCacheFree(LRUCache* obj) {
    free(obj->keys);
    free(obj->values);
    free(obj);
}
