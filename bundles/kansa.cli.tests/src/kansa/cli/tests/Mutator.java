package kansa.cli.tests;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Seeded mutations of real files, the way fuzzers make them: bit flips, interesting bytes, deleted, duplicated
 * and repeated ranges, truncation, and tokens of the format spliced in. The same seed gives the same inputs, so a
 * failure is reproduced by its case number.
 */
final class Mutator {

	private static final byte[] INTERESTING = { 0, -1, 0x7F, (byte) 0x80, '<', '>', '"', '\'', '&', '{', '}', '[', ']',
			',', ':', '0', '-', '9', '\\', 0x1B, '\n', '\r' };

	private final Random random;
	private final List<byte[]> tokens;

	Mutator(long seed, List<String> tokens) {
		this.random = new Random(seed);
		this.tokens = tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
	}

	Random random() {
		return random;
	}

	/** One to four mutations of {@code input}; never longer than {@code maxLength}. */
	byte[] mutate(byte[] input, int maxLength) {
		byte[] out = input;
		int n = 1 + random.nextInt(4);
		for (int k = 0; k < n; k++) {
			out = once(out);
			if (out.length > maxLength) {
				out = Arrays.copyOf(out, maxLength);
			}
		}
		return out;
	}

	private byte[] once(byte[] in) {
		if (in.length == 0) {
			return tokens.get(random.nextInt(tokens.size())).clone();
		}
		int at = random.nextInt(in.length);
		switch (random.nextInt(8)) {
			case 0 -> {
				byte[] out = in.clone();
				out[at] ^= (byte) (1 << random.nextInt(8));
				return out;
			}
			case 1 -> {
				byte[] out = in.clone();
				out[at] = INTERESTING[random.nextInt(INTERESTING.length)];
				return out;
			}
			case 2 -> {
				int len = Math.min(in.length - at, 1 + random.nextInt(64));
				return concat(Arrays.copyOfRange(in, 0, at), Arrays.copyOfRange(in, at + len, in.length));
			}
			case 3 -> {
				int len = Math.min(in.length - at, 1 + random.nextInt(256));
				int to = random.nextInt(in.length);
				return concat(Arrays.copyOfRange(in, 0, to), Arrays.copyOfRange(in, at, at + len),
						Arrays.copyOfRange(in, to, in.length));
			}
			case 4 -> {
				int len = Math.min(in.length - at, 1 + random.nextInt(16));
				byte[] chunk = Arrays.copyOfRange(in, at, at + len);
				byte[] repeated = new byte[chunk.length * (2 + random.nextInt(2000))];
				for (int k = 0; k < repeated.length; k += chunk.length) {
					System.arraycopy(chunk, 0, repeated, k, chunk.length);
				}
				return concat(Arrays.copyOfRange(in, 0, at), repeated, Arrays.copyOfRange(in, at, in.length));
			}
			case 5 -> {
				return Arrays.copyOf(in, at);
			}
			default -> {
				byte[] token = tokens.get(random.nextInt(tokens.size()));
				boolean replace = random.nextBoolean();
				int end = replace ? Math.min(in.length, at + token.length) : at;
				return concat(Arrays.copyOfRange(in, 0, at), token, Arrays.copyOfRange(in, end, in.length));
			}
		}
	}

	private static byte[] concat(byte[]... parts) {
		int total = 0;
		for (byte[] p : parts) {
			total += p.length;
		}
		byte[] out = new byte[total];
		int at = 0;
		for (byte[] p : parts) {
			System.arraycopy(p, 0, out, at, p.length);
			at += p.length;
		}
		return out;
	}
}
