import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

// Dijkstra with a binary min-heap in parallel primitive arrays (distance, node) and lazy deletion.
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

    private static long[] heapDist;
    private static int[] heapNode;
    private static int size = 0;

    private static void push(long d, int node) {
        int i = size++;
        while (i > 0 && heapDist[(i - 1) / 2] > d) {
            heapDist[i] = heapDist[(i - 1) / 2];
            heapNode[i] = heapNode[(i - 1) / 2];
            i = (i - 1) / 2;
        }
        heapDist[i] = d;
        heapNode[i] = node;
    }

    private static void pop() {
        long d = heapDist[--size];
        int node = heapNode[size];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) break;
            if (child + 1 < size && heapDist[child + 1] < heapDist[child]) child++;
            if (heapDist[child] >= d) break;
            heapDist[i] = heapDist[child];
            heapNode[i] = heapNode[child];
            i = child;
        }
        heapDist[i] = d;
        heapNode[i] = node;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong(), m = (int) nextLong();
        // Compressed rows: the edges leaving u are at start[u] .. start[u + 1] - 1.
        int[] from = new int[m], to = new int[m];
        long[] cost = new long[m];
        int[] start = new int[n + 2];
        for (int k = 0; k < m; k++) {
            from[k] = (int) nextLong();
            to[k] = (int) nextLong();
            cost[k] = nextLong();
            start[from[k] + 1]++;
        }
        for (int v = 1; v <= n + 1; v++) start[v] += start[v - 1];
        int[] fill = start.clone();
        int[] edgeTo = new int[m];
        long[] edgeCost = new long[m];
        for (int k = 0; k < m; k++) {
            int slot = fill[from[k]]++;
            edgeTo[slot] = to[k];
            edgeCost[slot] = cost[k];
        }
        long[] dist = new long[n + 1];
        Arrays.fill(dist, -1);
        heapDist = new long[m + 1];
        heapNode = new int[m + 1];
        push(0, 1);
        while (size > 0) {
            long d = heapDist[0];
            int u = heapNode[0];
            pop();
            if (dist[u] >= 0) continue;  // already settled with a smaller distance
            dist[u] = d;
            for (int s = start[u]; s < start[u + 1]; s++)
                if (dist[edgeTo[s]] < 0) push(d + edgeCost[s], edgeTo[s]);
        }
        StringBuilder out = new StringBuilder();
        for (int v = 1; v <= n; v++) out.append(dist[v]).append(v == n ? '\n' : ' ');
        System.out.print(out);
    }
}
