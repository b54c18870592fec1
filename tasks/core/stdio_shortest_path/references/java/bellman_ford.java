import java.io.DataInputStream;
import java.io.IOException;

// Bellman-Ford with an early exit: stop after the first pass that improves nothing.
public class Main {
    private static final DataInputStream IN = new DataInputStream(System.in);
    private static final byte[] BUFFER = new byte[1 << 16];
    private static int length = 0, position = 0;

    private static int read() throws IOException {
        if (position == length) {
            length = IN.read(BUFFER, 0, BUFFER.length);
            position = 0;
            if (length <= 0) return -1;
        }
        return BUFFER[position++];
    }

    private static long nextLong() throws IOException {
        int c = read();
        while (c == ' ' || c == '\n' || c == '\r' || c == '\t') c = read();
        long value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = read();
        }
        return value;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong(), m = (int) nextLong();
        int[] from = new int[m], to = new int[m];
        long[] cost = new long[m];
        for (int k = 0; k < m; k++) {
            from[k] = (int) nextLong();
            to[k] = (int) nextLong();
            cost[k] = nextLong();
        }
        final long inf = Long.MAX_VALUE / 4;
        long[] dist = new long[n + 1];
        java.util.Arrays.fill(dist, inf);
        dist[1] = 0;
        for (int pass = 1; pass < n; pass++) {
            boolean changed = false;
            for (int k = 0; k < m; k++) {
                if (dist[from[k]] + cost[k] < dist[to[k]]) {
                    dist[to[k]] = dist[from[k]] + cost[k];
                    changed = true;
                }
            }
            if (!changed) break;
        }
        StringBuilder out = new StringBuilder();
        for (int v = 1; v <= n; v++) out.append(dist[v] >= inf ? -1 : dist[v]).append(v == n ? '\n' : ' ');
        System.out.print(out);
    }
}
