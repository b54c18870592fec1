import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.util.StringTokenizer;

// Each query sums its range: O(n + q * L) for queries of average length L.
public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(tokens.nextToken());
        int q = Integer.parseInt(tokens.nextToken());
        long[] a = new long[n];
        tokens = new StringTokenizer(in.readLine());
        for (int i = 0; i < n; i++) a[i] = Long.parseLong(tokens.nextToken());
        PrintWriter out = new PrintWriter(System.out);
        for (int k = 0; k < q; k++) {
            tokens = new StringTokenizer(in.readLine());
            int l = Integer.parseInt(tokens.nextToken());
            int r = Integer.parseInt(tokens.nextToken());
            long total = 0;
            for (int i = l - 1; i < r; i++) total += a[i];
            out.println(total);
        }
        out.flush();
    }
}
