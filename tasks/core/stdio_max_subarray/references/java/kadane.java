import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.StringTokenizer;

// Best sum ending at each position, extended or restarted: O(n) time, O(1) extra space.
public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        int n = Integer.parseInt(in.readLine().trim());
        StringTokenizer tokens = new StringTokenizer(in.readLine());
        long best = Long.parseLong(tokens.nextToken());
        long current = best;
        for (int i = 1; i < n; i++) {
            long x = Long.parseLong(tokens.nextToken());
            current = current > 0 ? current + x : x;
            if (current > best) best = current;
        }
        System.out.println(best);
    }
}
