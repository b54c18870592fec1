import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.Arrays;
import java.util.StringTokenizer;

// For every value, sort a fresh copy of the values on its shorter side and binary-search the larger ones:
// larger before = larger overall - larger after. O(n^2 log n).
public class Main {
    // How many of sorted[from, to) are greater than x.
    private static int countGreater(int[] sorted, int from, int to, int x) {
        int lo = from, hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= x) lo = mid + 1; else hi = mid;
        }
        return to - lo;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = Integer.parseInt(tokens.nextToken());
        int[] all = a.clone();
        Arrays.sort(all);
        long count = 0;
        for (int j = 0; j < n; j++) {
            if (j <= n - 1 - j) {
                int[] before = Arrays.copyOfRange(a, 0, j);
                Arrays.sort(before);
                count += countGreater(before, 0, j, a[j]);
            } else {
                int[] after = Arrays.copyOfRange(a, j + 1, n);
                Arrays.sort(after);
                count += countGreater(all, 0, n, a[j]) - countGreater(after, 0, after.length, a[j]);
            }
        }
        System.out.println(count);
    }
}
