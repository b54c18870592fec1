import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StreamTokenizer;

// The textbook 2-D table: table[i][c] = best value using the first i items within capacity c.
// O(n * W) time and O(n * W) memory.
public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedReader(new InputStreamReader(System.in)));
        if (in.nextToken() == StreamTokenizer.TT_EOF) return;
        int n = (int) in.nval;
        in.nextToken();
        int capacity = (int) in.nval;
        int[][] table = new int[n + 1][capacity + 1];
        for (int i = 1; i <= n; i++) {
            in.nextToken();
            int w = (int) in.nval;
            in.nextToken();
            int v = (int) in.nval;
            int[] previous = table[i - 1];
            int[] row = table[i];
            for (int c = 0; c <= capacity; c++) {
                row[c] = previous[c];
                if (c >= w && previous[c - w] + v > row[c]) row[c] = previous[c - w] + v;
            }
        }
        System.out.println(table[n][capacity]);
    }
}
