int maxDepth(char* s) {
    int n = (int)strlen(s);
    char* stack = malloc(n + 1);
    int top = 0, depth = 0, ok = 1;
    for (int i = 0; i < n && ok; ++i) {
        char ch = s[i];
        if (ch == '(' || ch == '[' || ch == '{') {
            stack[top++] = ch;
            if (top > depth) depth = top;
        } else if (top == 0) {
            ok = 0;
        } else {
            char opener = stack[--top];
            /* in ASCII a closer is its opener + 1 for () and + 2 for [] and {} */
            if (ch - opener != 1 && ch - opener != 2) ok = 0;
        }
    }
    free(stack);
    return ok && top == 0 ? depth : -1;
}
