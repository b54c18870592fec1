import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.StringTokenizer;

// Each prefix sum minus the smallest earlier one, the earlier prefix sums kept in order by re-sorting
// them after each new one is put in front: O(n^2 log n) time.
public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(in.readLine().trim());
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        long[] earlier = new long[n];  // earlier[n - j .. n) sorted: the prefix sums before position j
        long prefix = 0, best = Long.MIN_VALUE;
        for (int j = 0; j < n; j++) {
            earlier[n - 1 - j] = prefix;
            Arrays.sort(earlier, n - 1 - j, n);
            prefix += Long.parseLong(tokens.nextToken());
            best = Math.max(best, prefix - earlier[n - 1 - j]);
        }
        System.out.println(best);
    }
}
