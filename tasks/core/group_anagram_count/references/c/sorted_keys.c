static int compare_keys(const void* a, const void* b) {
    return strcmp(*(char* const*)a, *(char* const*)b);
}

int groupAnagramCount(char** strs, int strsSize) {
    if (strsSize == 0) return 0;
    char** keys = malloc(sizeof(char*) * strsSize);
    for (int w = 0; w < strsSize; ++w) {
        /* counting sort of the word's letters gives its key */
        int counts[26] = {0};
        size_t length = 0;
        for (const char* p = strs[w]; *p; ++p, ++length) ++counts[*p - 'a'];
        char* key = malloc(length + 1);
        char* out = key;
        for (int c = 0; c < 26; ++c)
            for (int k = 0; k < counts[c]; ++k) *out++ = (char)('a' + c);
        *out = '\0';
        keys[w] = key;
    }
    qsort(keys, strsSize, sizeof(char*), compare_keys);
    int groups = 1;
    for (int w = 1; w < strsSize; ++w)
        if (strcmp(keys[w], keys[w - 1]) != 0) ++groups;
    for (int w = 0; w < strsSize; ++w) free(keys[w]);
    free(keys);
    return groups;
}
