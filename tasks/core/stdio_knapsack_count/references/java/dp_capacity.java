import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;

// 1-D DP over capacity, capacities scanned downwards so each item is used at most once.
// O(n * W) time, O(W) memory.
public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        if (in.nextToken() == StreamTokenizer.TT_EOF) return;
        int n = (int) in.nval;
        in.nextToken();
        int capacity = (int) in.nval;
        int[] best = new int[capacity + 1];
        for (int i = 0; i < n; i++) {
            in.nextToken();
            int w = (int) in.nval;
            in.nextToken();
            int v = (int) in.nval;
            for (int c = capacity; c >= w; c--) {
                int candidate = best[c - w] + v;
                if (candidate > best[c]) best[c] = candidate;
            }
        }
        System.out.println(best[capacity]);
    }
}
