import java.io.DataInputStream;
import java.io.IOException;

// Input parsed from raw bytes, prefix sums answer each query in O(1), output built in one buffer.
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
        boolean negative = c == '-';
        if (negative) c = read();
        long value = 0;
        while (c >= '0' && c <= '9') {
            value = value * 10 + (c - '0');
            c = read();
        }
        return negative ? -value : value;
    }

    public static void main(String[] args) throws IOException {
        int n = (int) nextLong();
        int q = (int) nextLong();
        long[] prefix = new long[n + 1];
        for (int i = 1; i <= n; i++) prefix[i] = prefix[i - 1] + nextLong();
        StringBuilder out = new StringBuilder(q * 12);
        for (int k = 0; k < q; k++) {
            int l = (int) nextLong();
            int r = (int) nextLong();
            out.append(prefix[r] - prefix[l - 1]).append('\n');
        }
        System.out.print(out);
        System.out.flush();
    }
}
