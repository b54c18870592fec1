#include <stdio.h>
#include <stdlib.h>

// The whole input is read at once and parsed by hand; prefix sums answer each query in O(1).
static char* cursor;

static long long next_number(void) {
    while (*cursor == ' ' || *cursor == '\n' || *cursor == '\r' || *cursor == '\t') ++cursor;
    int negative = *cursor == '-';
    if (negative) ++cursor;
    long long value = 0;
    while (*cursor >= '0' && *cursor <= '9') value = value * 10 + (*cursor++ - '0');
    return negative ? -value : value;
}

int main(void) {
    size_t capacity = 1 << 20, length = 0, got;
    char* input = malloc(capacity + 1);
    while ((got = fread(input + length, 1, capacity - length, stdin)) > 0) {
        length += got;
        if (length == capacity) input = realloc(input, (capacity *= 2) + 1);
    }
    input[length] = '\0';
    cursor = input;
    int n = (int)next_number(), q = (int)next_number();
    long long* prefix = malloc(sizeof(long long) * (n + 1));
    prefix[0] = 0;
    for (int i = 1; i <= n; ++i) prefix[i] = prefix[i - 1] + next_number();
    char* out = malloc((size_t)q * 24 + 1);
    char* end = out;
    for (int k = 0; k < q; ++k) {
        int l = (int)next_number(), r = (int)next_number();
        end += sprintf(end, "%lld\n", prefix[r] - prefix[l - 1]);
    }
    fwrite(out, 1, end - out, stdout);
    free(input);
    free(prefix);
    free(out);
    return 0;
}
