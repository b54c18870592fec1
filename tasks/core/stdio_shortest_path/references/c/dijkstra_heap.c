#include <stdio.h>
#include <stdlib.h>

/* Dijkstra with a hand-written binary min-heap of (distance, node) and lazy deletion. Edges are kept
   in compressed rows: the edges leaving u are edge_to/edge_cost[start[u] .. start[u + 1]). */
typedef struct {
    long long dist;
    int node;
} Entry;

static Entry* heap;
static int heap_size;

static void push(long long dist, int node) {
    int i = heap_size++;
    while (i > 0 && heap[(i - 1) / 2].dist > dist) {
        heap[i] = heap[(i - 1) / 2];
        i = (i - 1) / 2;
    }
    heap[i].dist = dist;
    heap[i].node = node;
}

static Entry pop(void) {
    Entry top = heap[0], last = heap[--heap_size];
    int i = 0;
    for (;;) {
        int child = 2 * i + 1;
        if (child >= heap_size) break;
        if (child + 1 < heap_size && heap[child + 1].dist < heap[child].dist) child++;
        if (heap[child].dist >= last.dist) break;
        heap[i] = heap[child];
        i = child;
    }
    heap[i] = last;
    return top;
}

int main(void) {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 1;
    int* from = malloc((m + 1) * sizeof(int));
    int* to = malloc((m + 1) * sizeof(int));
    long long* cost = malloc((m + 1) * sizeof(long long));
    int* start = calloc(n + 2, sizeof(int));
    for (int k = 0; k < m; k++) {
        scanf("%d %d %lld", &from[k], &to[k], &cost[k]);
        start[from[k] + 1]++;
    }
    for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
    int* fill = malloc((n + 2) * sizeof(int));
    for (int v = 0; v <= n + 1; v++) fill[v] = start[v];
    int* edge_to = malloc((m + 1) * sizeof(int));
    long long* edge_cost = malloc((m + 1) * sizeof(long long));
    for (int k = 0; k < m; k++) {
        int slot = fill[from[k]]++;
        edge_to[slot] = to[k];
        edge_cost[slot] = cost[k];
    }
    long long* dist = malloc((n + 1) * sizeof(long long));
    for (int v = 0; v <= n; v++) dist[v] = -1;
    heap = malloc((m + 2) * sizeof(Entry));
    heap_size = 0;
    push(0, 1);
    while (heap_size > 0) {
        Entry e = pop();
        if (dist[e.node] >= 0) continue;  // already settled with a smaller distance
        dist[e.node] = e.dist;
        for (int s = start[e.node]; s < start[e.node + 1]; s++)
            if (dist[edge_to[s]] < 0) push(e.dist + edge_cost[s], edge_to[s]);
    }
    for (int v = 1; v <= n; v++) printf("%lld%c", dist[v], v == n ? '\n' : ' ');
    return 0;
}
