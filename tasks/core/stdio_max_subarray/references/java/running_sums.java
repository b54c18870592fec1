import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

// A running sum from every start gives each of its subarrays in O(1): O(n^2) time.
public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(in.readLine().trim());
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = Long.parseLong(tokens.nextToken());
        long best = a[0];
        for (int i = 0; i < n; i++) {
            long total = 0;
            for (int j = i; j < n; j++) {
                total += a[j];
                if (total > best) best = total;
            }
        }
        System.out.println(best);
    }
}
