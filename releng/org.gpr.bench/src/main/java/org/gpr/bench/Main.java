package org.gpr.bench;

import java.nio.file.Path;
import java.util.Arrays;

/** {@code ./bench [validate | generate [N...] | lsp | rollup [N...] | import [N] | start]}: runs gpr's benchmarks and prints their figures. */
public final class Main {

	private Main() {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args.length > 1 ? args[1] : ".").toAbsolutePath().normalize();
		String which = args.length > 0 ? args[0] : "validate";
		switch (which) {
		case "validate" -> new ValidationBench(root).run(System.out);
		case "generate" -> GenerateBench.run(root, Arrays.copyOfRange(args, Math.min(2, args.length), args.length));
		case "lsp" -> LspBench.run(root, System.out);
		case "rollup" -> RollupBench.run(root, Arrays.copyOfRange(args, Math.min(2, args.length), args.length));
		case "import" -> new ImportBench(root).run(System.out, args.length > 2 ? Integer.parseInt(args[2]) : 1000);
		case "start" -> StartBench.run(root);
		default -> {
			System.err.println("bench: unknown benchmark " + which + "; known: validate, generate, lsp, rollup, import, start (args: " + Arrays.toString(args) + ")");
			System.exit(2);
		}
		}
	}
}
