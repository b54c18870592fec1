static int min3(int a, int b, int c) {
    int m = a < b ? a : b;
    return m < c ? m : c;
}

int minDistance(char* word1, char* word2) {
    int m = (int)strlen(word1), n = (int)strlen(word2);
    int** table = malloc(sizeof(int*) * (m + 1));
    for (int i = 0; i <= m; ++i) {
        table[i] = malloc(sizeof(int) * (n + 1));
        table[i][0] = i;
    }
    for (int j = 0; j <= n; ++j) table[0][j] = j;
    for (int i = 1; i <= m; ++i)
        for (int j = 1; j <= n; ++j)
            table[i][j] = word1[i - 1] == word2[j - 1]
                              ? table[i - 1][j - 1]
                              : 1 + min3(table[i - 1][j - 1], table[i - 1][j], table[i][j - 1]);
    int answer = table[m][n];
    for (int i = 0; i <= m; ++i) free(table[i]);
    free(table);
    return answer;
}
