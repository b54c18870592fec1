// Per key (an open-addressing table of key strings), timestamps and values in set order: get scans back
// from the newest.
typedef struct {
    char* key; /* NULL: an empty slot */
    int count, cap;
    int* times;
    char** values;
} TimeMapEntry;

typedef struct {
    int size, used; /* size: a power of two */
    TimeMapEntry* slots;
} TimeMap;

static unsigned long tm_hash(const char* s) {
    unsigned long h = 5381;
    while (*s) h = h * 33 + (unsigned char)*s++;
    return h;
}

static TimeMapEntry* tm_slot(TimeMap* m, const char* key) {
    unsigned long h = tm_hash(key) & (unsigned long)(m->size - 1);
    while (m->slots[h].key != NULL && strcmp(m->slots[h].key, key) != 0) h = (h + 1) & (unsigned long)(m->size - 1);
    return &m->slots[h];
}

TimeMap* timeMapCreate(void) {
    TimeMap* m = malloc(sizeof(TimeMap));
    m->size = 16;
    m->used = 0;
    m->slots = calloc(m->size, sizeof(TimeMapEntry));
    return m;
}

void timeMapSet(TimeMap* obj, char* key, char* value, int timestamp) {
    TimeMapEntry* e = tm_slot(obj, key);
    if (e->key == NULL) {
        if (2 * (obj->used + 1) > obj->size) {
            TimeMapEntry* old = obj->slots;
            int old_size = obj->size;
            obj->size *= 2;
            obj->slots = calloc(obj->size, sizeof(TimeMapEntry));
            for (int i = 0; i < old_size; i++)
                if (old[i].key != NULL) *tm_slot(obj, old[i].key) = old[i];
            free(old);
            e = tm_slot(obj, key);
        }
        e->key = strdup(key);
        obj->used++;
    }
    if (e->count == e->cap) {
        e->cap = e->cap ? 2 * e->cap : 8;
        e->times = realloc(e->times, sizeof(int) * e->cap);
        e->values = realloc(e->values, sizeof(char*) * e->cap);
    }
    e->times[e->count] = timestamp;
    e->values[e->count++] = strdup(value);
}

char* timeMapGet(TimeMap* obj, char* key, int timestamp) {
    TimeMapEntry* e = tm_slot(obj, key);
    if (e->key == NULL) return "";
    for (int i = e->count - 1; i >= 0; i--)
        if (e->times[i] <= timestamp) return e->values[i];
    return "";
}

void timeMapFree(TimeMap* obj) {
    for (int i = 0; i < obj->size; i++) {
        TimeMapEntry* e = &obj->slots[i];
        if (e->key == NULL) continue;
        for (int k = 0; k < e->count; k++) free(e->values[k]);
        free(e->key);
        free(e->times);
        free(e->values);
    }
    free(obj->slots);
    free(obj);
}
