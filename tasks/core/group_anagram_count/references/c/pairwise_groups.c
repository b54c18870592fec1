int groupAnagramCount(char** strs, int strsSize) {
    /* letter counts of one word per group found so far */
    int (*representatives)[26] = malloc(sizeof(int[26]) * (strsSize > 0 ? strsSize : 1));
    int groups = 0;
    for (int w = 0; w < strsSize; ++w) {
        int counts[26] = {0};
        for (const char* p = strs[w]; *p; ++p) ++counts[*p - 'a'];
        bool found = false;
        for (int g = 0; g < groups && !found; ++g)
            found = memcmp(representatives[g], counts, sizeof counts) == 0;
        if (!found) memcpy(representatives[groups++], counts, sizeof counts);
    }
    free(representatives);
    return groups;
}
