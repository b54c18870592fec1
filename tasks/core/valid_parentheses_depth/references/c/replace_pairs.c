static int isPair(char a, char b) {
    return (a == '(' && b == ')') || (a == '[' && b == ']') || (a == '{' && b == '}');
}

int maxDepth(char* s) {
    int n = (int)strlen(s);
    char* rest = malloc(n + 1);
    memcpy(rest, s, n + 1);
    int len = n;
    for (;;) {
        /* one pass deletes every adjacent matching pair, compacting in place */
        int out = 0;
        for (int i = 0; i < len; ++i) {
            if (i + 1 < len && isPair(rest[i], rest[i + 1])) {
                ++i;
                continue;
            }
            rest[out++] = rest[i];
        }
        if (out == len) break;
        len = out;
    }
    free(rest);
    if (len != 0) return -1;
    int depth = 0, level = 0;
    for (int i = 0; i < n; ++i) {
        level += (s[i] == '(' || s[i] == '[' || s[i] == '{') ? 1 : -1;
        if (level > depth) depth = level;
    }
    return depth;
}
