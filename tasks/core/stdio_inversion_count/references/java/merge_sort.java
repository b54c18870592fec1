import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

// Merge sort counting, for each right element placed early, the larger left elements it jumps over.
public class Main {
    private static long sortCount(int[] a, int[] buf, int lo, int hi) {
        if (hi - lo < 2) return 0;
        int mid = (lo + hi) >>> 1;
        long count = sortCount(a, buf, lo, mid) + sortCount(a, buf, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) {
            if (a[i] <= a[j]) {
                buf[k++] = a[i++];
            } else {
                count += mid - i;
                buf[k++] = a[j++];
            }
        }
        while (i < mid) buf[k++] = a[i++];
        while (j < hi) buf[k++] = a[j++];
        System.arraycopy(buf, lo, a, lo, hi - lo);
        return count;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        int[] a = new int[n];
        StringTokenizer tokens = new StringTokenizer(n > 0 ? in.readLine() : "");
        for (int i = 0; i < n; i++) a[i] = Integer.parseInt(tokens.nextToken());
        System.out.println(sortCount(a, new int[n], 0, n));
    }
}
