#include <algorithm>
#include <cstdio>
#include <vector>

// Depth-first branch and bound: items sorted by value per weight, the "take" branch explored first,
// a branch cut when the fractional (linear relaxation) bound of the remaining items cannot beat the
// best found. Exact on every input, exponential in the worst case.
struct Item {
    int w, v;
};

static std::vector<Item> items;
static long long best = 0;

static double bound(size_t i, long long room, long long value) {
    while (i < items.size() && items[i].w <= room) {
        room -= items[i].w;
        value += items[i].v;
        i++;
    }
    if (i < items.size()) return value + static_cast<double>(room) * items[i].v / items[i].w;
    return static_cast<double>(value);
}

static void search(size_t i, long long room, long long value) {
    if (value > best) best = value;
    if (i == items.size() || bound(i, room, value) <= static_cast<double>(best)) return;
    if (items[i].w <= room) search(i + 1, room - items[i].w, value + items[i].v);
    search(i + 1, room, value);
}

int main() {
    int n, capacity;
    if (std::scanf("%d %d", &n, &capacity) != 2) return 0;
    for (int i = 0; i < n; i++) {
        Item item;
        std::scanf("%d %d", &item.w, &item.v);
        if (item.w <= capacity) items.push_back(item);
    }
    std::stable_sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
        return static_cast<long long>(a.v) * b.w > static_cast<long long>(b.v) * a.w;
    });
    search(0, capacity, 0);
    std::printf("%lld\n", best);
}
